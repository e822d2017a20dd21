import { gregorianToJalali, isValidGregorian } from '../../../platform/i18n/dates.ts';
import { toPersianDigits } from '../../../platform/i18n/digits.ts';
import type { Answers } from '../fields.tsx';
import { isPoaType, POA_CLAUSES, POA_TEMPLATES } from './templates.ts';

/**
 * The power of attorney's text, composed from the answers to the service's questions and the applicant's verified
 * profile, for the applicant to read and edit before submitting. Whatever is missing becomes a visible placeholder
 * `[[…]]` naming it in Persian; a text that still holds one cannot be submitted. Composing never throws: empty
 * answers give a text made mostly of placeholders.
 *
 * Answers are read in the normal form the questions keep them in (ISO dates, Latin digits, 10-digit national
 * codes, E.164 phones, option values) and written the Persian way: Jalali dates, Persian digits. Only answers that
 * apply are used: the agents up to `agentCount`, the powers of the chosen type, the property only for a property
 * sale, and so on, so answers left over from an earlier choice never reach the text.
 */

/** The applicant, from the verified profile; never asked in the questions. */
export type Principal = {
  firstName: string;
  lastName: string;
  fatherName: string;
  nationalCode: string;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string;
};

/** A placeholder left in the text: `[[شمارهٔ پلاک ثبتی]]`. */
export const PLACEHOLDER = /\[\[[^\]]*\]\]/;

/** The placeholders still in a text, each once, in order, as written (brackets included). */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(text.match(new RegExp(PLACEHOLDER.source, 'g')) ?? [])];
}

/** Shown where the text is read and edited (research §3; the seed's warning). */
export const POA_CAUTION = {
  fa: 'متن‌های پیش‌فرض برای همهٔ موارد کامل نیستند. پیش از ثبت، متن را به یک وکیل دادگستری نشان دهید تا آن را بررسی کند. کنسولگری مشاورهٔ حقوقی نمی‌دهد.',
  en: 'The standard texts are not complete for every case. Before you submit, have a lawyer check the text. The consulate cannot give legal advice.',
} as const;

const placeholder = (what: string) => `[[${what}]]`;

/** The answer as one trimmed string ('' if missing or a list). */
function one(answers: Answers, id: string): string {
  const v = answers[id];
  return typeof v === 'string' ? v.trim() : '';
}

function many(answers: Answers, id: string): string[] {
  const v = answers[id];
  return typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
}

/**
 * Typed text as it goes into the Persian document: Persian digits, except in words with Latin letters (a chassis
 * number such as `NAAP41FD0CJ123456` stays as typed).
 */
function prose(text: string): string {
  return text.replace(/\S+/g, (word) => (/[A-Za-z]/.test(word) ? word : toPersianDigits(word)));
}

/** Typed text on one line: lines joined with «،», a final stop or comma dropped (the sentence goes on). */
function inline(text: string): string {
  return prose(
    text
      .split('\n')
      .map((line) => line.trim().replace(/[.،,؛;]+$/, ''))
      .filter(Boolean)
      .join('، '),
  );
}

/** An answer for the text, or the placeholder naming what is missing. */
function orMissing(value: string, what: string): string {
  return value ? value : placeholder(what);
}

/** `1365-04-12` → `۱۳۶۵/۰۴/۱۲`; '' if it is not a date. */
function jalali(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return '';
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.year < 1800 || date.year >= 2200 || !isValidGregorian(date)) return '';
  const j = gregorianToJalali(date);
  return toPersianDigits(`${j.year}/${String(j.month).padStart(2, '0')}/${String(j.day).padStart(2, '0')}`);
}

/**
 * A phone number without spaces or a plus sign, so it stays one left-to-right run inside the Persian text: Iranian
 * numbers as dialled in Iran (`۰۹۱۲۱۲۳۴۵۶۷`), others with the international prefix (`۰۰۴۴…`).
 */
function phone(e164: string): string {
  const digits = e164.replace(/[\s()-]/g, '');
  if (/^\+98\d+$/.test(digits)) return toPersianDigits(`0${digits.slice(3)}`);
  if (/^\+\d+$/.test(digits)) return toPersianDigits(`00${digits.slice(1)}`);
  return prose(e164);
}

/** A decimal answer (`2.5`) in Persian digits with the Persian decimal separator. */
const number = (text: string) => toPersianDigits(text.replace('.', '٫'));

type Person = { first: string; last: string; father: string; nationalCode: string; birthDate: string };

/** «علی رضایی فرزند حسن به شمارهٔ ملی ۰۰۷۸۰۶۱۴۰۰ متولد ۱۳۶۰/۰۱/۱۵»; `who` names the person in placeholders. */
function identity(p: Person, who: string): string {
  return [
    orMissing(inline(p.first), `نام ${who}`),
    orMissing(inline(p.last), `نام خانوادگی ${who}`),
    'فرزند',
    orMissing(inline(p.father), `نام پدر ${who}`),
    'به شمارهٔ ملی',
    orMissing(toPersianDigits(p.nationalCode.trim()), `شمارهٔ ملی ${who}`),
    'متولد',
    orMissing(jalali(p.birthDate), `تاریخ تولد ${who}`),
  ].join(' ');
}

const ORDINALS = ['اول', 'دوم', 'سوم'] as const;

function agentText(answers: Answers, n: number, count: number): string {
  const who = count === 1 ? 'وکیل' : `وکیل ${ORDINALS[n - 1]}`;
  const a = (name: string) => one(answers, `agent${n}${name}`);
  const person = identity(
    {
      first: a('FirstName'),
      last: a('LastName'),
      father: a('FatherName'),
      nationalCode: a('NationalCode'),
      birthDate: a('BirthDate'),
    },
    who,
  );
  const address = orMissing(inline(a('Address')), `نشانی ${who} در ایران`);
  const tel = orMissing(a('Phone') ? phone(a('Phone')) : '', `شمارهٔ تلفن ${who}`);
  return `${person}، به نشانی ${address}، به شمارهٔ تلفن ${tel}`;
}

/** One agent inline; two or three listed one per line, the sentence going on after them. */
function agentsText(answers: Answers, count: number): string {
  if (count === 1) return `${agentText(answers, 1, 1)}،`;
  const lines = Array.from({ length: count }, (_, i) => {
    const line = `${toPersianDigits(String(i + 1))}- ${agentText(answers, i + 1, count)}`;
    return i < count - 1 ? `${line}؛` : line;
  });
  return `${count === 2 ? 'دو' : 'سه'} نفر به شرح زیر:\n${lines.join('\n')}\n`;
}

/** Words the applicant may have typed again before a number: «بخش ۱۱», «۵۶ اصلی». */
const strip = (text: string, word: string) =>
  text.replace(new RegExp(`^\\s*${word}\\s*|\\s*${word}\\s*$`, 'g'), '').trim();

const PROPERTY_KIND: Record<string, string> = {
  apartment: 'یک دستگاه آپارتمان',
  house: 'یک باب خانه',
  land: 'یک قطعه زمین',
  shop: 'یک باب مغازه',
  other: 'ملک',
};

function propertyText(answers: Answers): string {
  const shareAnswer = one(answers, 'propertyShare');
  const share = !shareAnswer
    ? placeholder('سهم از ملک به دانگ')
    : Number(shareAnswer) === 6
      ? 'ششدانگ'
      : `${number(shareAnswer)} دانگ مشاع از ششدانگ`;
  const kind = PROPERTY_KIND[one(answers, 'propertyKind')] ?? placeholder('نوع ملک');
  const main = inline(strip(one(answers, 'propertyPlateMain'), 'اصلی'));
  const sub = inline(strip(one(answers, 'propertyPlateSub'), 'فرعی'));
  const plate = !main ? placeholder('شمارهٔ پلاک ثبتی') : sub ? `${sub} فرعی از ${main} اصلی` : `${main} اصلی`;
  const section = orMissing(inline(strip(one(answers, 'propertySection'), 'بخش')), 'بخش ثبتی');
  const city = orMissing(inline(one(answers, 'propertyCity')), 'شهر محل ملک');
  const address = orMissing(inline(one(answers, 'propertyAddress')), 'نشانی ملک');
  return `${share} ${kind} به پلاک ثبتی ${plate}، واقع در بخش ${section} ثبتی ${city}، به نشانی ${address}`;
}

function vehicleText(answers: Answers): string {
  const model = orMissing(
    inline(one(answers, 'vehicleMakeModel').replace(/^خودروی?\s+/, '')),
    'نوع و سیستم خودرو',
  );
  const year = orMissing(inline(one(answers, 'vehicleYear')), 'سال ساخت خودرو');
  const plate = orMissing(inline(one(answers, 'vehiclePlate')), 'شمارهٔ پلاک خودرو');
  const engine = orMissing(inline(one(answers, 'vehicleEngine')), 'شمارهٔ موتور خودرو');
  const chassis = orMissing(inline(one(answers, 'vehicleChassis')), 'شمارهٔ شاسی خودرو');
  return `یک دستگاه خودروی ${model} مدل ${year} به شمارهٔ انتظامی ${plate}، شمارهٔ موتور ${engine} و شمارهٔ شاسی ${chassis}`;
}

const RELATION: Record<string, string> = {
  father: 'پدر اینجانب',
  mother: 'مادر اینجانب',
  spouse: 'همسر اینجانب',
  child: 'فرزند اینجانب',
  brother: 'برادر اینجانب',
  sister: 'خواهر اینجانب',
  other: 'مورث اینجانب',
};

function deceasedText(answers: Answers): string {
  const name = orMissing(inline(one(answers, 'deceasedName')), 'نام و نام خانوادگی متوفی');
  const relation = RELATION[one(answers, 'deceasedRelation')] ?? placeholder('نسبت متوفی با موکل');
  return `شادروان ${name}، ${relation}`;
}

/** The numbered clauses: the chosen powers in the template's order, then each line of the free text. */
function powersText(answers: Answers, powers: Readonly<Record<string, string>>, field: string): string[] {
  const chosen = new Set(many(answers, field));
  const clauses = Object.entries(powers)
    .filter(([value]) => chosen.has(value))
    .map(([, clause]) => clause);
  const typed = one(answers, 'powersOther')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^(?:[-–•*]|[0-9۰-۹]+\s*[-.)])\s*/, '')
        .replace(/[.،,؛;]+$/, ''),
    )
    .filter(Boolean)
    .map(prose);
  const all = [...clauses, ...typed];
  return all.length > 0 ? all : [placeholder('اختیارات وکیل')];
}

const numbered = (items: string[]) =>
  items.map((item, i) => `${toPersianDigits(String(i + 1))}- ${item}${i < items.length - 1 ? '؛' : '.'}`);

/** Fills `{slot}`s in one pass (values are not read again, so typed braces stay as typed). */
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{([a-zA-Z]+)\}/g, (whole, slot: string) => values[slot] ?? whole);

const AGENT_COUNT: Record<string, number> = { '1': 1, '2': 2, '3': 3 };
const DELEGATION: Record<string, string> = {
  yes: POA_CLAUSES.withDelegation,
  no: POA_CLAUSES.withoutDelegation,
};

/** The full text of the power of attorney, from the answers and the applicant's profile. */
export function composePoaText(answers: Answers, principal: Principal): string {
  const poaType = one(answers, 'poaType');
  // Without a type yet, the neutral template: the subject and the typed powers carry it.
  const template = POA_TEMPLATES[isPoaType(poaType) ? poaType : 'other'];
  const count = AGENT_COUNT[one(answers, 'agentCount')] ?? 1;
  const agent = count === 1 ? 'وکیل' : 'وکلا';

  const acting =
    count === 1
      ? ''
      : one(answers, 'agentsActing') === 'jointly'
        ? POA_CLAUSES.jointly
        : one(answers, 'agentsActing') === 'severally'
          ? POA_CLAUSES.severally
          : placeholder('نحوهٔ اقدام وکلا: مجتمعاً یا منفرداً');
  const delegation = DELEGATION[one(answers, 'delegation')];
  const months = one(answers, 'durationMonths');
  const duration =
    one(answers, 'duration') === 'until-done'
      ? POA_CLAUSES.untilDone
      : one(answers, 'duration') === 'fixed'
        ? fill(POA_CLAUSES.fixedMonths, { months: months ? number(months) : placeholder('مدت وکالت به ماه') })
        : placeholder('مدت وکالت');
  const clauses = powersText(answers, template.powers, template.powersField).map((c) => fill(c, { agent }));
  const subject = one(answers, 'subject')
    .split('\n')
    .map((line) => prose(line.trim()))
    .filter(Boolean)
    .join('\n');

  const values: Record<string, string> = {
    principal: identity(
      {
        first: principal.firstName,
        last: principal.lastName,
        father: principal.fatherName,
        nationalCode: principal.nationalCode,
        birthDate: principal.birthDate,
      },
      'موکل',
    ),
    agents: agentsText(answers, count),
    agent,
    act: count === 1 ? 'نماید' : 'نمایند',
    property: poaType === 'property-sale' ? propertyText(answers) : '',
    vehicle: poaType === 'vehicle-sale' ? vehicleText(answers) : '',
    deceased: poaType === 'inheritance' ? deceasedText(answers) : '',
    subject: orMissing(subject, 'موضوع وکالت'),
    powers: numbered(clauses).join('\n'),
    acting,
    delegation: delegation ?? placeholder('حق توکیل به غیر: با حق یا بدون حق'),
    duration,
  };

  return template.text
    .split('\n')
    .flatMap((line) => {
      const filled = fill(line, values);
      // A line that was only a slot, now empty (the joint clause with one agent), goes.
      return /^\{[a-zA-Z]+\}$/.test(line) && !filled.trim() ? [] : [filled];
    })
    .join('\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
