import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { h } from 'preact';
import { dirOf, type Locale, translator } from '../../platform/i18n/index.ts';
import { assetUrls } from '../../ui/assets.ts';
import type { ViewContext } from '../../ui/context.ts';
import { ErrorSummary, errorList, renderPage } from '../../ui/index.ts';
import { type Field, Page } from '../catalog/definition.ts';
import { makeNationalCode } from '../registry/national-code.ts';
import {
  type Answers,
  answerText,
  isOneQuestionPage,
  isShown,
  PageFields,
  type PageFieldsProps,
  parsePage,
  visibleFields,
  withPageAnswers,
} from './fields.tsx';

const TODAY = '2026-02-22';
const asset = assetUrls();

function ctx(locale: Locale): ViewContext {
  return {
    locale,
    dir: dirOf(locale),
    t: translator(locale),
    csrfToken: 'csrf-token-123',
    path: '/requests/x/pages/y',
    branding: { serviceName: 'Mikhak', organisation: 'Example Consulate', contactEmail: 'help@example.org' },
    demo: false,
    asset,
  };
}

/** The page's questions as HTML, with the error summary above them as the question page puts it. */
function render(props: PageFieldsProps, locale: Locale = 'en'): string {
  return renderPage(
    ctx(locale),
    h('div', null, h(ErrorSummary, { errors: errorList(props.errors ?? {}) }), h(PageFields, props)),
  );
}

const text = (en: string, fa: string) => ({ en, fa });

/** A validated page: defaults filled in as the registry fills them. */
function page(fields: unknown[], extra: Record<string, unknown> = {}): Page {
  return Page.parse({ id: 'questions', title: text('Questions', 'پرسش‌ها'), fields, ...extra });
}

function field(def: Record<string, unknown>): Field {
  return page([def]).fields[0]!;
}

/** Parses a one-field page. */
function one(
  def: Record<string, unknown>,
  body: Record<string, unknown>,
  locale: Locale = 'en',
  country?: string,
) {
  return parsePage(page([def]), body, {}, locale, { today: TODAY, country });
}

function answerOf(result: ReturnType<typeof parsePage>, id: string) {
  assert.ok(result.ok, `expected success, got ${JSON.stringify(!result.ok && result.errors)}`);
  return result.answers[id];
}

function errorOf(result: ReturnType<typeof parsePage>, id: string) {
  assert.ok(!result.ok, `expected an error, got ${JSON.stringify(result.ok && result.answers)}`);
  return result.errors[id];
}

const YES_NO = [
  { value: 'yes', label: text('Yes', 'بله') },
  { value: 'no', label: text('No', 'خیر') },
];

describe('text', () => {
  const name = {
    id: 'fullName',
    type: 'text',
    label: text('Agent’s full name', 'نام کامل وکیل'),
    maxLength: 20,
  };

  test('trimmed, Persian letters normalised, spaces folded', () => {
    assert.equal(answerOf(one(name, { fullName: '  علي   كريمي ' }), 'fullName'), 'علی کریمی');
  });

  test('empty and required: the label in the message, in the applicant’s language', () => {
    assert.equal(errorOf(one(name, { fullName: '   ' }), 'fullName'), 'Enter agent’s full name');
    assert.equal(errorOf(one(name, {}, 'fa'), 'fullName'), 'نام کامل وکیل را وارد کنید');
  });

  test('a label written as a question is quoted whole', () => {
    const q = { id: 'job', type: 'text', label: text('What is your job?', 'شغل شما چیست؟') };
    assert.equal(errorOf(one(q, {}), 'job'), 'Enter your answer to “What is your job?”');
    assert.equal(errorOf(one(q, {}, 'fa'), 'job'), 'پاسخ «شغل شما چیست؟» را وارد کنید');
  });

  test('proper nouns keep their capital inside the sentence', () => {
    const q = { id: 'city', type: 'text', label: text('Iranian city of birth', 'شهر تولد') };
    assert.equal(errorOf(one(q, {}), 'city'), 'Enter Iranian city of birth');
  });

  test('too long', () => {
    assert.equal(
      errorOf(one(name, { fullName: 'x'.repeat(21) }), 'fullName'),
      'The answer must be 20 characters or fewer',
    );
    assert.equal(
      errorOf(one(name, { fullName: 'x'.repeat(21) }, 'fa'), 'fullName'),
      'پاسخ باید ۲۰ نویسه یا کمتر باشد',
    );
    assert.equal(answerOf(one(name, { fullName: 'x'.repeat(20) }), 'fullName'), 'x'.repeat(20));
  });

  test('multiline keeps its line breaks', () => {
    const q = { id: 'reason', type: 'text', multiline: true, label: text('Reason', 'دلیل') };
    assert.equal(
      answerOf(one(q, { reason: ' one\r\n\r\n\r\n two  words \n' }), 'reason'),
      'one\n\ntwo words',
    );
  });

  test('optional and empty: no error, no answer', () => {
    const result = one({ ...name, optional: true }, { fullName: '' });
    assert.ok(result.ok);
    assert.deepEqual(result.answers, {});
  });

  test('a repeated name: the first value is read', () => {
    assert.equal(answerOf(one(name, { fullName: ['a', 'b'] }), 'fullName'), 'a');
  });
});

describe('number', () => {
  const count = {
    id: 'copies',
    type: 'number',
    label: text('Number of copies', 'تعداد نسخه‌ها'),
    min: 1,
    max: 10,
  };

  test('any digits, canonical decimal in Latin digits', () => {
    const free = { id: 'n', type: 'number', label: text('Amount', 'مبلغ') };
    assert.equal(answerOf(one(free, { n: '۱۲٫۵۰' }), 'n'), '12.5');
    assert.equal(answerOf(one(free, { n: '1,234' }), 'n'), '1234');
    assert.equal(answerOf(one(free, { n: '007' }), 'n'), '7');
    assert.equal(answerOf(one(free, { n: '-0.0' }), 'n'), '0');
    assert.equal(answerOf(one(free, { n: '−3' }), 'n'), '-3');
    assert.equal(answerOf(one(free, { n: ' ۳ ' }), 'n'), '3');
  });

  test('malformed, empty, out of range', () => {
    assert.equal(
      errorOf(one(count, { copies: 'two' }), 'copies'),
      'The answer must be a number, like 12 or 2.5',
    );
    assert.equal(
      errorOf(one(count, { copies: '1,2' }), 'copies'),
      'The answer must be a number, like 12 or 2.5',
    );
    assert.equal(
      errorOf(one(count, { copies: '1e3' }), 'copies'),
      'The answer must be a number, like 12 or 2.5',
    );
    assert.equal(errorOf(one(count, { copies: '' }), 'copies'), 'Enter number of copies');
    assert.equal(errorOf(one(count, { copies: '11' }), 'copies'), 'The number must be between 1 and 10');
    assert.equal(errorOf(one(count, { copies: '0' }, 'fa'), 'copies'), 'عدد باید بین ۱ و ۱۰ باشد');
    const min = { id: 'n', type: 'number', label: text('Amount', 'مبلغ'), min: 5 };
    assert.equal(errorOf(one(min, { n: '4' }), 'n'), 'The number must be 5 or more');
    const max = { id: 'n', type: 'number', label: text('Amount', 'مبلغ'), max: 5 };
    assert.equal(errorOf(one(max, { n: '5.5' }), 'n'), 'The number must be 5 or less');
  });
});

describe('date', () => {
  const birth = {
    id: 'birthDate',
    type: 'date',
    when: 'past',
    label: text('Child’s date of birth', 'تاریخ تولد فرزند'),
  };
  const trip = { id: 'travelDate', type: 'date', when: 'future', label: text('Date of travel', 'تاریخ سفر') };
  const any = { id: 'd', type: 'date', label: text('Date', 'تاریخ') };
  const parts = (day: string, month: string, year: string, id = 'd') => ({
    [`${id}-day`]: day,
    [`${id}-month`]: month,
    [`${id}-year`]: year,
  });

  test('Jalali or Gregorian years, Persian or Latin digits, stored as ISO', () => {
    assert.equal(answerOf(one(any, parts('۳', '۱۲', '۱۴۰۴')), 'd'), '2026-02-22');
    assert.equal(answerOf(one(any, parts('03', '12', '1404')), 'd'), '2026-02-22');
    assert.equal(answerOf(one(any, parts('22', '2', '2026')), 'd'), '2026-02-22');
    assert.equal(answerOf(one(any, parts(' 1 ', '1', '۱۳۷۰')), 'd'), '1991-03-21');
  });

  test('empty, incomplete, malformed, impossible', () => {
    assert.equal(
      errorOf(one(birth, parts('', '', '', 'birthDate')), 'birthDate'),
      'Enter child’s date of birth',
    );
    assert.equal(errorOf(one(any, parts('3', '', '1404')), 'd'), 'The date must include a month');
    assert.equal(errorOf(one(any, parts('', '', '1404')), 'd'), 'The date must include a day and month');
    assert.equal(errorOf(one(any, parts('3', '12', '')), 'd'), 'The date must include a year');
    assert.equal(
      errorOf(one(any, parts('3', '12', '04')), 'd'),
      'The year must have 4 digits, like 1370 or 1991',
    );
    assert.equal(
      errorOf(one(any, parts('3', 'Dec', '2025')), 'd'),
      errorOf(one(any, parts('31', '2', '2026')), 'd'),
    );
    assert.match(errorOf(one(any, parts('30', '12', '1404')), 'd')!, /real date/, '1404 is not a leap year');
    assert.match(errorOf(one(any, parts('1', '1', '1750')), 'd')!, /real date/);
    assert.equal(errorOf(one(any, parts('3', '', '1404'), 'fa'), 'd'), 'تاریخ باید ماه داشته باشد');
  });

  test('past and future against today', () => {
    assert.equal(
      answerOf(one(birth, parts('22', '2', '2026', 'birthDate')), 'birthDate'),
      TODAY,
      'today is not the future',
    );
    assert.equal(
      errorOf(one(birth, parts('23', '2', '2026', 'birthDate')), 'birthDate'),
      'Enter today’s date or a date in the past',
    );
    assert.equal(
      errorOf(one(birth, parts('۴', '۱۲', '۱۴۰۴', 'birthDate'), 'fa'), 'birthDate'),
      'تاریخ امروز یا تاریخی در گذشته را وارد کنید',
    );
    assert.equal(
      errorOf(one(trip, parts('22', '2', '2026', 'travelDate')), 'travelDate'),
      'Enter a date in the future',
    );
    assert.equal(answerOf(one(trip, parts('4', '12', '1404', 'travelDate')), 'travelDate'), '2026-02-23');
  });

  test('today must be given as an ISO date', () => {
    assert.throws(() => parsePage(page([any]), {}, {}, 'en', { today: '22/02/2026' }), RangeError);
  });
});

describe('choices', () => {
  const marital = {
    id: 'marital',
    type: 'choice',
    label: text('Marital status', 'وضعیت تأهل'),
    options: [
      { value: 'single', label: text('Single', 'مجرد') },
      { value: 'married', label: text('Married', 'متأهل') },
    ],
  };
  const docs = {
    id: 'documents',
    type: 'checkboxes',
    label: text('Documents you have', 'مدارکی که دارید'),
    options: [
      { value: 'passport', label: text('Passport', 'گذرنامه') },
      { value: 'card', label: text('National card', 'کارت ملی') },
      { value: 'certificate', label: text('Birth certificate', 'شناسنامه') },
    ],
  };

  test('a choice is one of its options; anything else is refused, never stored', () => {
    assert.equal(answerOf(one(marital, { marital: 'married' }), 'marital'), 'married');
    const bad = one(marital, { marital: 'widowed' });
    assert.equal(errorOf(bad, 'marital'), 'Select one of the options shown');
    assert.ok(!bad.ok && !JSON.stringify(bad.errors).includes('widowed'));
    assert.equal(errorOf(one(marital, {}), 'marital'), 'Select marital status');
    assert.equal(errorOf(one(marital, {}, 'fa'), 'marital'), 'وضعیت تأهل را انتخاب کنید');
  });

  test('checkboxes: a subset of the options, in the options’ order, without repeats', () => {
    assert.deepEqual(
      answerOf(one(docs, { documents: ['certificate', 'passport', 'passport'] }), 'documents'),
      ['passport', 'certificate'],
    );
    assert.deepEqual(answerOf(one(docs, { documents: 'card' }), 'documents'), ['card']);
    assert.equal(
      errorOf(one(docs, { documents: ['card', 'visa'] }), 'documents'),
      'Select one of the options shown',
    );
    assert.equal(errorOf(one(docs, { documents: [] }), 'documents'), 'Select documents you have');
    assert.equal(errorOf(one(docs, { documents: ['', ' '] }), 'documents'), 'Select documents you have');
  });

  test('country: ISO alpha-2, Iran included; unknown codes refused', () => {
    const country = { id: 'birthCountry', type: 'country', label: text('Country of birth', 'کشور محل تولد') };
    assert.equal(answerOf(one(country, { birthCountry: 'ir' }), 'birthCountry'), 'IR');
    assert.equal(answerOf(one(country, { birthCountry: 'DE' }), 'birthCountry'), 'DE');
    assert.equal(
      errorOf(one(country, { birthCountry: 'XX' }), 'birthCountry'),
      'Select a country from the list',
    );
    assert.equal(errorOf(one(country, {}), 'birthCountry'), 'Select country of birth');
  });
});

describe('identifiers', () => {
  const code = makeNationalCode('001234567');
  const agent = {
    id: 'agentCode',
    type: 'nationalCode',
    label: text('The agent’s national code', 'کد ملی وکیل'),
  };

  test('national code: any digits and separators, kept as 10 digits', () => {
    const persian = code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const typed = `${persian.slice(0, 3)}-${persian.slice(3, 9)}-${persian.slice(9)}`;
    assert.equal(answerOf(one(agent, { agentCode: typed }), 'agentCode'), code);
  });

  test('national code: empty, length, letters, check digit', () => {
    assert.equal(errorOf(one(agent, {}), 'agentCode'), 'Enter the agent’s national code');
    assert.equal(errorOf(one(agent, {}, 'fa'), 'agentCode'), 'کد ملی وکیل را وارد کنید');
    assert.equal(
      errorOf(one(agent, { agentCode: '123456789' }), 'agentCode'),
      'The national code must be 10 digits',
    );
    assert.equal(
      errorOf(one(agent, { agentCode: '12345a7890' }), 'agentCode'),
      'The national code must contain only digits',
    );
    const wrong = `${code.slice(0, 9)}${(Number(code[9]) + 1) % 10}`;
    assert.match(errorOf(one(agent, { agentCode: wrong }), 'agentCode')!, /not a valid national code/);
    assert.equal(errorOf(one(agent, { agentCode: '۱۲۳' }, 'fa'), 'agentCode'), 'کد ملی باید ۱۰ رقم باشد');
  });

  test('phone: E.164, any digits; a number without its country code is read for the given country', () => {
    const phone = { id: 'phone', type: 'phone', label: text('Agent’s phone number', 'شمارهٔ تلفن وکیل') };
    assert.equal(answerOf(one(phone, { phone: '+44 20 7946 0000' }), 'phone'), '+442079460000');
    assert.equal(answerOf(one(phone, { phone: '+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹' }), 'phone'), '+989123456789');
    assert.equal(answerOf(one(phone, { phone: '020 7946 0000' }, 'en', 'GB'), 'phone'), '+442079460000');
    assert.match(errorOf(one(phone, { phone: '020 7946 0000' }), 'phone')!, /country code/);
    assert.match(errorOf(one(phone, { phone: '+44 123' }), 'phone')!, /country code/);
    assert.equal(errorOf(one(phone, {}), 'phone'), 'Enter agent’s phone number');
  });

  test('email: normalised; malformed refused', () => {
    const email = { id: 'email', type: 'email', label: text('Agent’s email address', 'ایمیل وکیل') };
    assert.equal(answerOf(one(email, { email: '  Name@Example.COM ' }), 'email'), 'name@example.com');
    assert.match(errorOf(one(email, { email: 'name@' }), 'email')!, /correct format/);
    assert.match(
      errorOf(one(email, { email: `${'a'.repeat(250)}@example.com` }), 'email')!,
      /correct format/,
    );
    assert.equal(errorOf(one(email, {}), 'email'), 'Enter agent’s email address');
  });
});

describe('conditions', () => {
  const agentPage = page([
    { id: 'hasAgent', type: 'choice', label: text('Do you have an agent?', 'وکیل دارید؟'), options: YES_NO },
    {
      id: 'agentCode',
      type: 'nationalCode',
      label: text('The agent’s national code', 'کد ملی وکیل'),
      showIf: { field: 'hasAgent', equals: 'yes' },
    },
    {
      id: 'agentPhone',
      type: 'phone',
      label: text('Agent’s phone number', 'شمارهٔ تلفن وکیل'),
      showIf: { field: 'agentCode', equals: makeNationalCode('001234567') },
    },
  ]);

  test('isShown: a value, one of several, any of the checked boxes', () => {
    assert.equal(isShown(undefined, {}), true);
    assert.equal(isShown({ field: 'a', equals: 'x' }, { a: 'x' }), true);
    assert.equal(isShown({ field: 'a', equals: 'x' }, { a: 'y' }), false);
    assert.equal(isShown({ field: 'a', equals: 'x' }, {}), false);
    assert.equal(isShown({ field: 'a', equals: ['x', 'y'] }, { a: 'y' }), true);
    assert.equal(isShown({ field: 'a', equals: 'x' }, { a: ['w', 'x'] }), true);
    assert.equal(isShown({ field: 'a', equals: ['x', 'z'] }, { a: ['w', 'y'] }), false);
  });

  test('visibleFields: a question depending on a hidden one is hidden too', () => {
    const ids = (answers: Answers) => visibleFields(agentPage, answers).map((f) => f.id);
    assert.deepEqual(ids({}), ['hasAgent']);
    assert.deepEqual(ids({ hasAgent: 'yes' }), ['hasAgent', 'agentCode']);
    assert.deepEqual(ids({ hasAgent: 'yes', agentCode: makeNationalCode('001234567') }), [
      'hasAgent',
      'agentCode',
      'agentPhone',
    ]);
    assert.deepEqual(ids({ hasAgent: 'no', agentCode: makeNationalCode('001234567') }), ['hasAgent']);
  });

  test('a question depending on an earlier one on the same page: checked when it applies', () => {
    const result = parsePage(agentPage, { hasAgent: 'yes', agentCode: '' }, {}, 'en', { today: TODAY });
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, { agentCode: 'Enter the agent’s national code' });
    const code = makeNationalCode('001234568');
    const ok = parsePage(agentPage, { hasAgent: 'yes', agentCode: code }, {}, 'en', { today: TODAY });
    assert.ok(ok.ok);
    assert.deepEqual(ok.answers, { hasAgent: 'yes', agentCode: code });
  });

  test('hidden questions are neither checked nor kept, even if something was typed or saved before', () => {
    const before: Answers = { hasAgent: 'yes', agentCode: makeNationalCode('001234567'), other: 'kept' };
    const result = parsePage(
      agentPage,
      { hasAgent: 'no', agentCode: 'garbage', agentPhone: 'x' },
      before,
      'en',
      {
        today: TODAY,
      },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.answers, { hasAgent: 'no' });
    assert.deepEqual(withPageAnswers(agentPage, before, result.answers), { hasAgent: 'no', other: 'kept' });
  });

  test('a chain on the same page: the third question follows the second’s new answer', () => {
    const code = makeNationalCode('001234567');
    const result = parsePage(agentPage, { hasAgent: 'yes', agentCode: code, agentPhone: '' }, {}, 'en', {
      today: TODAY,
    });
    assert.equal(errorOf(result, 'agentPhone'), 'Enter agent’s phone number');
    const other = parsePage(
      agentPage,
      { hasAgent: 'yes', agentCode: makeNationalCode('001234568'), agentPhone: '' },
      { agentCode: code },
      'en',
      { today: TODAY },
    );
    assert.ok(other.ok, 'the saved answer is replaced by the one on the page');
  });

  test('a question depending on another page’s answer', () => {
    const p = page([
      {
        id: 'spouseName',
        type: 'text',
        label: text('Spouse’s name', 'نام همسر'),
        showIf: { field: 'marital', equals: ['married', 'widowed'] },
      },
    ]);
    assert.equal(
      errorOf(parsePage(p, {}, { marital: 'married' }, 'en', { today: TODAY }), 'spouseName'),
      'Enter spouse’s name',
    );
    const single = parsePage(p, { spouseName: 'x' }, { marital: 'single' }, 'en', { today: TODAY });
    assert.ok(single.ok);
    assert.deepEqual(single.answers, {});
  });

  test('on errors, what was typed comes back for every field of the page', () => {
    const result = parsePage(agentPage, { hasAgent: 'yes', agentCode: '12', agentPhone: '0791' }, {}, 'en', {
      today: TODAY,
    });
    assert.ok(!result.ok);
    assert.deepEqual(result.values, { hasAgent: 'yes', agentCode: '12', agentPhone: '0791' });
  });
});

describe('the page', () => {
  const mixed = page(
    [
      {
        id: 'hasAgent',
        type: 'choice',
        label: text('Do you have an agent?', 'وکیل دارید؟'),
        options: YES_NO,
      },
      {
        id: 'agentCode',
        type: 'nationalCode',
        label: text('The agent’s national code', 'کد ملی وکیل'),
        showIf: { field: 'hasAgent', equals: 'yes' },
      },
      {
        id: 'travelDate',
        type: 'date',
        label: text('Date of travel', 'تاریخ سفر'),
        hint: text('Roughly', 'تقریبی'),
      },
      {
        id: 'documents',
        type: 'checkboxes',
        label: text('Documents', 'مدارک'),
        optional: true,
        options: [
          { value: 'passport', label: text('Passport', 'گذرنامه') },
          { value: 'card', label: text('National card', 'کارت ملی') },
        ],
      },
      {
        id: 'spouseName',
        type: 'text',
        label: text('Spouse’s name', 'نام همسر'),
        showIf: { field: 'marital', equals: 'married' },
      },
      { id: 'country', type: 'country', label: text('Country', 'کشور') },
      { id: 'phone', type: 'phone', label: text('Phone', 'تلفن') },
    ],
    { intro: text('Tell us about the trip', 'دربارهٔ سفر بگویید') },
  );

  test('ids f-<id>, labels from the definition in both languages', () => {
    const en = render({ page: mixed, answers: {} });
    for (const id of ['hasAgent', 'agentCode', 'travelDate', 'documents', 'country', 'phone'])
      assert.match(en, new RegExp(`id="f-${id}"`), id);
    assert.match(en, /name="travelDate-day"/);
    assert.match(en, /Do you have an agent\?/);
    assert.match(en, /Documents \(optional\)/);
    assert.match(en, /Roughly/);
    assert.match(en, /Select all that apply/);
    assert.match(en, /<option value="IR"[^>]*>Iran<\/option>/);
    const fa = render({ page: mixed, answers: {} }, 'fa');
    assert.match(fa, /وکیل دارید؟/);
    assert.match(fa, /کد ملی وکیل/);
    assert.match(fa, /مدارک \(اختیاری\)/);
    assert.match(fa, /تقریبی/);
    assert.doesNotMatch(fa, /Do you have an agent/);
  });

  test('a question on another page’s answer shows only when it applies', () => {
    assert.doesNotMatch(render({ page: mixed, answers: {} }), /f-spouseName/);
    assert.match(render({ page: mixed, answers: { marital: 'married' } }), /id="f-spouseName"/);
  });

  test('without JavaScript a same-page conditional question is on the page, under its option, saying when it applies', () => {
    const html = render({ page: mixed, answers: {} });
    const yes = html.indexOf('id="f-hasAgent"');
    const code = html.indexOf('id="f-agentCode"');
    const no = html.indexOf('id="f-hasAgent-2"');
    assert.ok(yes < code && code < no, 'revealed under “Yes”');
    assert.match(html, /class="choice__conditional"/);
    assert.match(html, /Only answer this if your answer to “Do you have an agent\?” is “Yes”\./);
    assert.match(render({ page: mixed, answers: {} }, 'fa'), /فقط اگر پاسخ شما به «وکیل دارید؟» «بله» است/);
  });

  test('error summary links land on the fields', () => {
    const result = parsePage(mixed, { hasAgent: 'yes', phone: 'x', country: 'ZZ' }, {}, 'en', {
      today: TODAY,
    });
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors), ['agentCode', 'travelDate', 'country', 'phone']);
    const html = render({ page: mixed, values: result.values, errors: result.errors, answers: {} });
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(links, ['f-agentCode', 'f-travelDate', 'f-country', 'f-phone']);
    for (const link of links) assert.ok(ids.has(link), link);
    for (const id of ['agentCode', 'travelDate', 'country', 'phone'])
      assert.match(html, new RegExp(`id="f-${id}-error"`));
    assert.match(html, /<input[^>]*id="f-hasAgent"[^>]*checked/);
    assert.match(html, /name="phone"[^>]*value="x"/);
  });

  test('the date input marks only the missing boxes', () => {
    const p = page([
      { id: 'd', type: 'date', label: text('Date', 'تاریخ') },
      { id: 'n', type: 'text', label: text('Name', 'نام') },
    ]);
    const result = parsePage(p, { 'd-day': '3', 'd-month': '', 'd-year': '1404', n: 'x' }, {}, 'en', {
      today: TODAY,
    });
    assert.ok(!result.ok);
    const html = render({ page: p, values: result.values, errors: result.errors });
    assert.match(html, /id="f-d-month"[^>]*aria-invalid="true"/);
    assert.doesNotMatch(html, /id="f-d-year"[^>]*aria-invalid="true"/);
    assert.match(html, /id="f-d-year"[^>]*value="1404"/);
  });

  test('saved answers are shown in the page’s calendar and format', () => {
    const answers: Answers = {
      hasAgent: 'yes',
      agentCode: '0012345679',
      travelDate: '2026-02-22',
      documents: ['card'],
      country: 'DE',
      phone: '+442079460000',
    };
    const fa = render({ page: mixed, answers }, 'fa');
    assert.match(fa, /id="f-travelDate"[^>]*value="۳"/);
    assert.match(fa, /id="f-travelDate-month"[^>]*value="۱۲"/);
    assert.match(fa, /id="f-travelDate-year"[^>]*value="۱۴۰۴"/);
    const en = render({ page: mixed, answers }, 'en');
    assert.match(en, /id="f-travelDate-year"[^>]*value="2026"/);
    assert.match(en, /<input[^>]*id="f-documents-2"[^>]*checked/);
    assert.doesNotMatch(en, /<input[^>]*id="f-documents"[^>]*checked/);
    assert.match(en, /<option value="DE" selected/);
    assert.match(en, /value="\+44 20 7946 0000"/);
    assert.match(en, /name="agentCode"[^>]*value="0012345679"/);
  });

  test('values the route passes as they are (the answers themselves) do not break the page', () => {
    const html = render({
      page: mixed,
      values: { documents: ['card'] } as never,
      answers: { documents: ['card'] },
    });
    assert.match(html, /<input[^>]*id="f-documents-2"[^>]*checked/);
  });

  test('a one-question page asks its question as the page heading', () => {
    const single = page([
      { id: 'reason', type: 'text', label: text('Why do you need it?', 'چرا لازم دارید؟') },
    ]);
    assert.equal(isOneQuestionPage(single), true);
    assert.match(
      render({ page: single }),
      /<h1 class="label-wrapper"><label class="label label--l" for="f-reason">Why do you need it\?/,
    );
    const radios = page([{ id: 'yn', type: 'choice', label: text('Agent?', 'وکیل؟'), options: YES_NO }]);
    assert.match(render({ page: radios }), /<h1 class="fieldset__heading">Agent\?<\/h1>/);
    assert.equal(isOneQuestionPage(mixed), false);
    assert.doesNotMatch(render({ page: mixed }), /<h1/);
  });

  test('a definition label, hint or option and a typed answer are escaped', () => {
    const evil = page([
      {
        id: 'x',
        type: 'choice',
        label: text('<script>alert(1)</script>', '<script>alert(2)</script>'),
        hint: text('<img src=x onerror=alert(3)>', 'x'),
        options: [
          { value: 'a', label: text('<b>a</b>', 'a') },
          { value: 'b', label: text('b', 'b') },
        ],
      },
      { id: 'y', type: 'text', label: text('Y', 'Y') },
    ]);
    const html = render({ page: evil, values: { y: '"><script>alert(4)</script>' }, answers: {} });
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.doesNotMatch(html, /<b>a<\/b>/);
    assert.match(html, /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /value="&quot;>&lt;script>alert\(4\)&lt;\/script>"|value="&quot;&gt;&lt;script&gt;/);
  });
});

describe('answers read back', () => {
  test('option labels, lists, dates, numbers, phones, countries', () => {
    const choice = field({ id: 'c', type: 'choice', label: text('C', 'C'), options: YES_NO });
    assert.equal(answerText(choice, 'yes', 'en'), 'Yes');
    assert.equal(answerText(choice, 'yes', 'fa'), 'بله');
    const boxes = field({
      id: 'b',
      type: 'checkboxes',
      label: text('B', 'B'),
      options: [
        { value: 'p', label: text('Passport', 'گذرنامه') },
        { value: 'c', label: text('Card', 'کارت') },
      ],
    });
    assert.equal(answerText(boxes, ['p', 'c'], 'en'), 'Passport and Card');
    assert.match(answerText(boxes, ['p', 'c'], 'fa'), /گذرنامه.*و.*کارت/);
    const date = field({ id: 'd', type: 'date', label: text('D', 'D') });
    assert.equal(answerText(date, '2026-02-22', 'fa'), '۳ اسفند ۱۴۰۴');
    assert.equal(answerText(date, '2026-02-22', 'en'), '22 February 2026 (Esfand 3, 1404)');
    const n = field({ id: 'n', type: 'number', label: text('N', 'N') });
    assert.equal(answerText(n, '12.5', 'fa'), '۱۲٫۵');
    assert.equal(answerText(n, '12.5', 'en'), '12.5');
    assert.equal(
      answerText(field({ id: 'p', type: 'phone', label: text('P', 'P') }), '+442079460000', 'fa'),
      '+44 20 7946 0000',
    );
    assert.equal(answerText(field({ id: 'k', type: 'country', label: text('K', 'K') }), 'IR', 'fa'), 'ایران');
    assert.equal(
      answerText(field({ id: 'k', type: 'country', label: text('K', 'K') }), 'DE', 'en'),
      'Germany',
    );
    assert.equal(
      answerText(field({ id: 'k', type: 'nationalCode', label: text('K', 'K') }), '0012345679', 'fa'),
      '۰۰۱۲۳۴۵۶۷۹',
    );
    assert.equal(answerText(choice, undefined, 'en'), '');
  });
});
