import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import type { FormValues } from '../../platform/http/forms.ts';
import {
  type DateOnly,
  dateOnlyToUtc,
  formatDate,
  fromParts,
  gregorianToJalali,
  isoDate,
} from '../../platform/i18n/dates.ts';
import { localDigits, normalizePersian, toLatinDigits, toPersianDigits } from '../../platform/i18n/digits.ts';
import { type Locale, type MessageKey, type Params, translator } from '../../platform/i18n/index.ts';
import { normalizeEmail } from '../../platform/personal-data.ts';
import {
  Checkboxes,
  type ChoiceOption,
  DateInput,
  type DatePart,
  Radios,
  Select,
  type SelectOption,
  Textarea,
  TextInput,
  useView,
} from '../../ui/index.ts';
import { COUNTRIES, phoneToE164 } from '../accounts/residence.ts';
import { countryName } from '../accounts/views/parts.tsx';
import type { Condition, Field, Page } from '../catalog/definition.ts';
import { type NationalCodeProblem, nationalCodeProblem, normalizeNationalCode } from '../registry/service.ts';

/**
 * The questions of a service definition, asked and read back. Answers are kept in one normal form whatever was
 * typed: ISO dates, Latin-digit numbers, 10-digit national codes, E.164 phones, lower-case emails, ISO country
 * codes, option values; the page shows them again in the reader's language and calendar.
 */

export type Answer = string | string[];
export type Answers = Record<string, Answer>;
/** Field id → the message, already in the applicant's language. */
export type FieldErrors = Record<string, string>;
export type ParsedPage =
  | { ok: true; answers: Answers }
  | { ok: false; values: FormValues; errors: FieldErrors };
export type ParseOptions = {
  /** ISO `YYYY-MM-DD`: dates `when: 'past'` may be today or before, `when: 'future'` must be after it. */
  today: string;
  /** ISO alpha-2: a phone number typed without its country code is read as a number of this country. */
  country?: string;
};

// ——— conditions ———

/** Whether a field, page or document with this condition applies: the condition's field has one of the values. */
export function isShown(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  const answer = answers[condition.field];
  if (answer === undefined) return false;
  const wanted = typeof condition.equals === 'string' ? [condition.equals] : condition.equals;
  return (typeof answer === 'string' ? [answer] : answer).some((v) => wanted.includes(v));
}

/**
 * The page's fields that apply, in order. A field hidden by its condition counts as unanswered for the fields after
 * it, so a question depending on a hidden one is hidden too.
 */
export function visibleFields(page: Page, answers: Answers): Field[] {
  let working = answers;
  const shown: Field[] = [];
  for (const field of page.fields) {
    if (isShown(field.showIf, working)) shown.push(field);
    else if (field.id in working) working = without(working, [field.id]);
  }
  return shown;
}

/** The answers with this page's replaced by `pageAnswers` (a field left empty or now hidden loses its old answer). */
export function withPageAnswers(page: Page, answers: Answers, pageAnswers: Answers): Answers {
  return {
    ...without(
      answers,
      page.fields.map((f) => f.id),
    ),
    ...pageAnswers,
  };
}

/** A page with one question shows it as the page's heading (the caller then renders no `<h1>` of its own). */
export function isOneQuestionPage(page: Page): boolean {
  return page.fields.length === 1 && !page.intro;
}

function without(answers: Answers, ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !ids.includes(k)));
}

// ——— parsing ———

/** At most this much of any one value is read, as `formValues` does for other forms. */
const MAX_INPUT = 5_000;

type Form = Record<string, unknown>;

function asForm(body: unknown): Form {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Form) : {};
}

/** A single value: the first if the name was sent more than once. */
function one(form: Form, name: string): string {
  const v = Object.hasOwn(form, name) ? form[name] : undefined;
  const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  return s.slice(0, MAX_INPUT);
}

/** Every value sent under the name (checkboxes). */
function many(form: Form, name: string): string[] {
  const v = Object.hasOwn(form, name) ? form[name] : undefined;
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  return list
    .filter((x): x is string => typeof x === 'string')
    .slice(0, 100)
    .map((x) => x.slice(0, MAX_INPUT).trim())
    .filter(Boolean);
}

const DATE_PARTS: DatePart[] = ['day', 'month', 'year'];
const partName = (id: string, part: DatePart) => `${id}-${part}`;

/** Option values of a checkboxes answer, as kept in `FormValues` for the page shown again: comma-separated. */
const joinValues = (values: string[]) => values.join(',');
const splitValues = (text: string) => text.split(',').filter(Boolean);

/** What was typed for every field of the page, to show it again (hidden fields too: without JavaScript they are on the page). */
function typedValues(page: Page, form: Form): FormValues {
  const values: FormValues = {};
  for (const field of page.fields) {
    if (field.type === 'date')
      for (const p of DATE_PARTS) values[partName(field.id, p)] = one(form, partName(field.id, p));
    else if (field.type === 'checkboxes') values[field.id] = joinValues(many(form, field.id));
    else values[field.id] = one(form, field.id);
  }
  return values;
}

type Outcome = { answer: Answer } | { empty: true } | { problem: MessageKey; params?: Params };

const EMPTY: Outcome = { empty: true };
const EMAIL = z.email();

const MISSING_DATE_PART: Record<string, MessageKey> = {
  day: 'requests.field.date.missing.day',
  month: 'requests.field.date.missing.month',
  year: 'requests.field.date.missing.year',
  'day,month': 'requests.field.date.missing.dayMonth',
  'day,year': 'requests.field.date.missing.dayYear',
  'month,year': 'requests.field.date.missing.monthYear',
};

/** `1,234.50`, `۱۲٫۵`, `-3` → `1234.5`, `12.5`, `-3`; undefined if it is not a plain decimal number. */
function canonicalNumber(typed: string): string | undefined {
  let s = toLatinDigits(typed)
    .replace(/[\s\u200c\u200e\u200f]/g, '')
    .replace(/٫/g, '.')
    .replace(/٬/g, '')
    .replace(/^[−–‐]/, '-');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m || s.length > 30) return undefined;
  const whole = m[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return text === '0' || !m[1] ? text : `-${text}`;
}

function parseDate(field: Extract<Field, { type: 'date' }>, form: Form, today: string): Outcome {
  const parts = DATE_PARTS.map((p) => toLatinDigits(one(form, partName(field.id, p))).replace(/\s+/g, ''));
  const missing = DATE_PARTS.filter((_, i) => parts[i] === '');
  if (missing.length === 3) return EMPTY;
  if (missing.length > 0) return { problem: MISSING_DATE_PART[missing.join(',')]! };
  const [day = '', month = '', year = ''] = parts;
  if (![day, month, year].every((p) => /^\d+$/.test(p))) return { problem: 'requests.field.date.invalid' };
  if (year.length !== 4) return { problem: 'requests.field.date.year' };
  const parsed = fromParts(Number(year), Number(month), Number(day));
  if (!parsed) return { problem: 'requests.field.date.invalid' };
  const iso = isoDate(parsed.date);
  if (field.when === 'past' && iso > today) return { problem: 'requests.field.date.past' };
  if (field.when === 'future' && iso <= today) return { problem: 'requests.field.date.future' };
  return { answer: iso };
}

function parseField(field: Field, form: Form, options: ParseOptions): Outcome {
  switch (field.type) {
    case 'text': {
      const typed = one(form, field.id);
      const text = field.multiline
        ? typed
            .replace(/\r\n?/g, '\n')
            .split('\n')
            .map(normalizePersian)
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .trim()
        : normalizePersian(typed);
      if (!text) return EMPTY;
      if (text.length > field.maxLength)
        return { problem: 'requests.field.text.long', params: { max: field.maxLength } };
      return { answer: text };
    }
    case 'number': {
      const typed = one(form, field.id);
      if (!typed.trim()) return EMPTY;
      const text = canonicalNumber(typed);
      if (text === undefined) return { problem: 'requests.field.number.invalid' };
      const n = Number(text);
      const { min, max } = field;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        if (min !== undefined && max !== undefined)
          return { problem: 'requests.field.number.between', params: { min, max } };
        if (min !== undefined) return { problem: 'requests.field.number.min', params: { min } };
        return { problem: 'requests.field.number.max', params: { max: max! } };
      }
      return { answer: text };
    }
    case 'date':
      return parseDate(field, form, options.today);
    case 'choice': {
      const value = one(form, field.id).trim();
      if (!value) return EMPTY;
      return field.options.some((o) => o.value === value)
        ? { answer: value }
        : { problem: 'requests.field.choice.invalid' };
    }
    case 'checkboxes': {
      const chosen = many(form, field.id);
      if (chosen.length === 0) return EMPTY;
      if (!chosen.every((v) => field.options.some((o) => o.value === v)))
        return { problem: 'requests.field.choice.invalid' };
      return { answer: field.options.filter((o) => chosen.includes(o.value)).map((o) => o.value) };
    }
    case 'nationalCode': {
      const typed = one(form, field.id);
      const problem = nationalCodeProblem(typed);
      if (problem === 'empty') return EMPTY;
      if (problem) return { problem: NATIONAL_CODE_PROBLEM[problem] };
      return { answer: normalizeNationalCode(typed) };
    }
    case 'phone': {
      const typed = toLatinDigits(one(form, field.id)).trim();
      if (!typed) return EMPTY;
      const e164 = phoneToE164(typed, options.country);
      return e164 ? { answer: e164 } : { problem: 'requests.field.phone.invalid' };
    }
    case 'email': {
      const email = normalizeEmail(one(form, field.id));
      if (!email) return EMPTY;
      if (email.length > 254 || !EMAIL.safeParse(email).success)
        return { problem: 'requests.field.email.invalid' };
      return { answer: email };
    }
    case 'country': {
      const code = one(form, field.id).trim().toUpperCase();
      if (!code) return EMPTY;
      return COUNTRIES.includes(code) ? { answer: code } : { problem: 'requests.field.country.invalid' };
    }
  }
}

const NATIONAL_CODE_PROBLEM: Record<Exclude<NationalCodeProblem, 'empty'>, MessageKey> = {
  length: 'requests.field.nationalCode.length',
  digits: 'requests.field.nationalCode.digits',
  repeated: 'requests.field.nationalCode.repeated',
  checksum: 'requests.field.nationalCode.checksum',
};

/** Words that keep their capital in the middle of an English sentence. */
const PROPER = /^(Iran|Iranian|Persian|Farsi|English|Islamic|Tehran|European|British|I)\b/;

/** The label as it reads inside a sentence: "Agent’s national code" → "agent’s national code" (English only). */
function labelInSentence(label: string, locale: Locale): string {
  const text = label.replace(/[\s:：.]+$/, '');
  if (locale !== 'en' || PROPER.test(text) || !/^[A-Z][a-z’']/.test(text)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/** "Enter the agent’s national code", or "Enter your answer to “…?”" for a label written as a question. */
function emptyMessage(field: Field, locale: Locale): string {
  const t = translator(locale);
  const verb =
    field.type === 'choice' || field.type === 'checkboxes' || field.type === 'country' ? 'select' : 'enter';
  const label = field.label[locale].trim();
  if (/[?؟]$/.test(label)) return t(`requests.field.${verb}.question`, { question: label });
  return t(`requests.field.${verb}`, { label: labelInSentence(label, locale) });
}

/**
 * One page's answers from a posted form. Conditions are read against the answers as they will be once this page
 * is saved, so a question may depend on one before it on the same page; fields that do not apply are neither
 * checked nor kept. `options.today` (ISO `YYYY-MM-DD`) bounds dates: `when: 'past'` allows today and before,
 * `when: 'future'` only after it. On success, `answers` holds only this page's answered fields that apply (merge them with
 * `withPageAnswers`); otherwise `values` is what was typed and `errors` the messages, in page order.
 */
export function parsePage(
  page: Page,
  body: unknown,
  answers: Answers,
  locale: Locale,
  options: ParseOptions,
): ParsedPage {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new RangeError('parsePage needs today as YYYY-MM-DD');
  const t = translator(locale);
  const form = asForm(body);
  let working = without(
    answers,
    page.fields.map((f) => f.id),
  );
  const out: Answers = {};
  const errors: FieldErrors = {};
  for (const field of page.fields) {
    if (!isShown(field.showIf, working)) continue;
    const outcome = parseField(field, form, options);
    if ('answer' in outcome) {
      out[field.id] = outcome.answer;
      working = { ...working, [field.id]: outcome.answer };
    } else if ('problem' in outcome) errors[field.id] = t(outcome.problem, outcome.params);
    else if (!field.optional) errors[field.id] = emptyMessage(field, locale);
  }
  if (Object.keys(errors).length > 0) return { ok: false, values: typedValues(page, form), errors };
  return { ok: true, answers: out };
}

// ——— reading answers back ———

function isoToDate(iso: string): DateOnly | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

function optionLabel(field: Field, value: string, locale: Locale): string {
  if (field.type === 'choice' || field.type === 'checkboxes')
    return field.options.find((o) => o.value === value)?.label[locale] ?? value;
  if (field.type === 'country') return countryName(value, locale);
  return value;
}

/**
 * An answer as a person reads it on the check-answers page: option labels, dates in the page's calendar, numbers in
 * its digits (a national code too); phone numbers grouped internationally. The caller keeps codes and phones left to
 * right.
 */
export function answerText(field: Field, value: Answer | undefined, locale: Locale): string {
  if (value === undefined) return '';
  const values = typeof value === 'string' ? [value] : value;
  const first = values[0] ?? '';
  switch (field.type) {
    case 'checkboxes':
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        values.map((v) => optionLabel(field, v, locale)),
      );
    case 'choice':
    case 'country':
      return optionLabel(field, first, locale);
    case 'date': {
      const date = isoToDate(first);
      return date ? formatDate(dateOnlyToUtc(date), locale) : first;
    }
    case 'number':
      return locale === 'fa' ? toPersianDigits(first.replace('.', '٫')) : first;
    case 'nationalCode':
      return localDigits(first, locale);
    case 'phone':
      return parsePhoneNumberFromString(first)?.formatInternational() ?? first;
    default:
      return first;
  }
}

// ——— the page ———

const countryChoices = new Map<Locale, SelectOption[]>();

/** Every country (Iran too: a birth or a marriage may have been there), by name in the page's language. */
function countryOptions(locale: Locale): SelectOption[] {
  let options = countryChoices.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    options = COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      String(a.label).localeCompare(String(b.label), locale),
    );
    countryChoices.set(locale, options);
  }
  return options;
}

/** Fields the page shows: those that apply, and (without JavaScript) those that depend on a question on this page. */
function renderedFields(page: Page, answers: Answers): Field[] {
  const own = new Map(page.fields.map((f) => [f.id, f]));
  const memo = new Map<string, boolean>();
  const rendered = (field: Field, seen: ReadonlySet<string>): boolean => {
    const known = memo.get(field.id);
    if (known !== undefined) return known;
    const on = field.showIf ? own.get(field.showIf.field) : undefined;
    const result = !field.showIf
      ? true
      : on
        ? !seen.has(on.id) && rendered(on, new Set([...seen, field.id]))
        : isShown(field.showIf, answers);
    memo.set(field.id, result);
    return result;
  };
  return page.fields.filter((f) => rendered(f, new Set()));
}

type Shown = string | string[] | Partial<Record<DatePart, string>>;

/** What a field's boxes hold: what was just typed if the page comes back with errors, else the saved answer. */
function shownValue(field: Field, values: FormValues | undefined, answers: Answers, locale: Locale): Shown {
  if (field.type === 'date') {
    const typed = DATE_PARTS.map((p) => values?.[partName(field.id, p)]);
    if (typed.some((v) => v !== undefined)) {
      const [day, month, year] = typed;
      return { day, month, year };
    }
  } else {
    const typed: unknown = values?.[field.id];
    if (typeof typed === 'string') return field.type === 'checkboxes' ? splitValues(typed) : typed;
  }
  const answer = answers[field.id];
  if (answer === undefined) return field.type === 'checkboxes' ? [] : field.type === 'date' ? {} : '';
  const first = typeof answer === 'string' ? answer : (answer[0] ?? '');
  switch (field.type) {
    case 'checkboxes':
      return typeof answer === 'string' ? [answer] : answer;
    case 'date': {
      const date = isoToDate(first);
      if (!date) return {};
      const d = locale === 'fa' ? gregorianToJalali(date) : date;
      const digits = (n: number) => (locale === 'fa' ? toPersianDigits(String(n)) : String(n));
      return { day: digits(d.day), month: digits(d.month), year: digits(d.year) };
    }
    case 'number':
      return answerText(field, first, locale);
    case 'phone':
      return answerText(field, first, locale);
    default:
      return first;
  }
}

/** "Only answer this if your answer to “Do you have an agent?” is “Yes”." */
function appliesIf(condition: Condition, on: Field, locale: Locale): string {
  const t = translator(locale);
  const quote = (text: string) => t('requests.field.quoted', { text });
  const wanted = typeof condition.equals === 'string' ? [condition.equals] : condition.equals;
  const answers = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    wanted.map((v) => quote(optionLabel(on, v, locale))),
  );
  return t('requests.field.appliesIf', { question: quote(on.label[locale]), answers });
}

function joinHints(parts: (ComponentChildren | undefined)[]): ComponentChildren | undefined {
  const present = parts.filter((p) => p !== undefined && p !== null && p !== '');
  if (present.length === 0) return undefined;
  return present.map((p, i) => (i === 0 ? p : [' ', p]));
}

type FieldView = {
  field: Field;
  value: Shown;
  error?: string;
  heading: boolean;
  condition?: string;
  /** Questions shown under an option only while it is chosen (radios and checkboxes). */
  nested?: Map<string, ComponentChildren>;
};

function FieldControl({ field, value, error, heading, condition, nested }: FieldView) {
  const { t, locale } = useView();
  const label = field.label[locale];
  const own = field.hint?.[locale];
  const text = typeof value === 'string' ? value : '';
  const common = { name: field.id, label, error, optional: field.optional, pageHeading: heading };
  const legend = field.optional ? `${label} ${t('ui.optional')}` : label;
  const fieldset = { name: field.id, legend, error, pageHeading: heading };
  const options = (list: Extract<Field, { type: 'choice' }>['options']) =>
    list.map(
      (o): ChoiceOption => ({
        value: o.value,
        label: o.label[locale],
        hint: o.hint?.[locale],
        conditional: nested?.get(o.value),
      }),
    );
  switch (field.type) {
    case 'text':
      return field.multiline ? (
        <Textarea {...common} hint={joinHints([condition, own])} value={text} />
      ) : (
        <TextInput {...common} hint={joinHints([condition, own])} value={text} />
      );
    case 'number':
      return <TextInput {...common} hint={joinHints([condition, own])} value={text} numeric width={10} />;
    case 'nationalCode':
      return (
        <TextInput
          {...common}
          hint={joinHints([condition, own])}
          value={text}
          numeric
          ltr
          width={10}
          autocomplete="off"
        />
      );
    case 'phone':
      return (
        <TextInput
          {...common}
          hint={joinHints([condition, own ?? t('requests.field.phone.hint')])}
          value={text}
          type="tel"
          width={20}
        />
      );
    case 'email':
      return <TextInput {...common} hint={joinHints([condition, own])} value={text} type="email" />;
    case 'country':
      return (
        <Select
          {...common}
          hint={joinHints([condition, own])}
          value={text}
          options={countryOptions(locale)}
        />
      );
    case 'date': {
      const parts = typeof value === 'object' && !Array.isArray(value) ? value : {};
      const empty = DATE_PARTS.filter((p) => !parts[p]?.trim());
      return (
        <DateInput
          {...fieldset}
          hint={joinHints([condition, own, t('ui.date.hint')])}
          value={parts}
          errorParts={empty.length > 0 && empty.length < 3 ? empty : undefined}
        />
      );
    }
    case 'choice':
      return field.style === 'select' ? (
        <Select
          {...common}
          hint={joinHints([condition, own])}
          value={text}
          options={field.options.map((o) => ({ value: o.value, label: o.label[locale] }))}
        />
      ) : (
        <Radios
          {...fieldset}
          hint={joinHints([condition, own])}
          value={text}
          options={options(field.options)}
        />
      );
    case 'checkboxes':
      return (
        <Checkboxes
          {...fieldset}
          hint={joinHints([condition, own ?? t('requests.field.checkboxes.hint')])}
          values={Array.isArray(value) ? value : []}
          options={options(field.options)}
        />
      );
  }
}

export type PageFieldsProps = {
  page: Page;
  /** What was typed, when the page comes back with errors (`parsePage`'s `values`); else the answers are shown. */
  values?: FormValues;
  /** `parsePage`'s messages, by field id. */
  errors?: FieldErrors;
  /** The request's answers so far: conditions on other pages' questions are read from them. */
  answers?: Answers;
};

/**
 * The page's questions, each with its id `f-<field id>` (the error summary's links land there). A question that
 * depends on another on the same page is shown as well, its hint saying when it applies; under a radio or checkbox
 * option it is also revealed only while that option is chosen (CSS, no JavaScript needed). `parsePage` ignores it
 * when it does not apply. The page's title and intro are the caller's; on a one-question page
 * (`isOneQuestionPage`) the question's label is the `<h1>`.
 */
export function PageFields({ page, values, errors = {}, answers = {} }: PageFieldsProps) {
  const { locale } = useView();
  const fields = renderedFields(page, answers);
  const own = new Map(page.fields.map((f) => [f.id, f]));
  const heading = isOneQuestionPage(page) && fields.length === 1;
  const view = (field: Field): FieldView => {
    const on = field.showIf ? own.get(field.showIf.field) : undefined;
    return {
      field,
      value: shownValue(field, values, answers, locale),
      error: errors[field.id],
      heading,
      condition: on && field.showIf ? appliesIf(field.showIf, on, locale) : undefined,
    };
  };
  const out: ComponentChildren[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const nested = new Map<string, ComponentChildren[]>();
    if ((field.type === 'choice' && field.style === 'radios') || field.type === 'checkboxes') {
      // The questions right after it that apply for one of its options go under that option.
      for (let next = fields[i + 1]; next; next = fields[i + 1]) {
        const c = next.showIf;
        const only =
          c && (typeof c.equals === 'string' ? c.equals : c.equals.length === 1 ? c.equals[0] : undefined);
        if (!c || c.field !== field.id || !only || !field.options.some((o) => o.value === only)) break;
        nested.set(only, [...(nested.get(only) ?? []), <FieldControl key={next.id} {...view(next)} />]);
        i++;
      }
    }
    out.push(<FieldControl key={field.id} {...view(field)} nested={nested.size > 0 ? nested : undefined} />);
  }
  return <>{out}</>;
}
