import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fastify from 'fastify';
import type { ComponentChildren } from 'preact';
import { dirOf, type Locale, translator } from '../platform/i18n/index.ts';
import { assetUrls, registerAssets, STATIC_DIR } from './assets.ts';
import type { ViewContext } from './context.ts';
import {
  Checkboxes,
  DateInput,
  ErrorSummary,
  Form,
  formatTrackingCode,
  Layout,
  Radios,
  renderPage,
  Select,
  SummaryList,
  Table,
  Textarea,
  TextInput,
} from './index.ts';
import { UiShowcase } from './showcase.tsx';

const asset = assetUrls();

function ctx(locale: Locale, extra: Partial<ViewContext> = {}): ViewContext {
  return {
    locale,
    dir: dirOf(locale),
    t: translator(locale),
    csrfToken: 'csrf-token-123',
    path: '/apply/name?x=1',
    branding: { serviceName: 'Mikhak', organisation: 'Example Consulate', contactEmail: 'help@example.org' },
    demo: false,
    asset,
    ...extra,
  };
}

function page(children: ComponentChildren, locale: Locale = 'fa', extra: Partial<ViewContext> = {}): string {
  return renderPage(ctx(locale, extra), <Layout title="Test">{children}</Layout>);
}

/** Ids referenced by `attr` that no element on the page carries. */
function danglingRefs(html: string, attr: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const refs = [...html.matchAll(new RegExp(`\\s${attr}="([^"]+)"`, 'g'))].flatMap((m) => m[1]!.split(' '));
  return refs.filter((r) => !ids.has(r.replace(/^#/, '')));
}

describe('layout', () => {
  test('Persian page is right-to-left with a language switch to English', () => {
    const html = page(<p>x</p>, 'fa');
    assert.ok(html.startsWith('<!doctype html><html lang="fa" dir="rtl">'));
    assert.match(html, /<meta charset="utf-8"\/>/);
    assert.match(html, /<title>Test — Mikhak<\/title>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/app\.css\?v=[0-9a-f]{10}"\/>/);
    assert.match(html, /<script src="\/assets\/app\.js\?v=[0-9a-f]{10}" defer><\/script>/);
    assert.match(html, /<a href="#main-content" class="skip-link">/);
    assert.match(html, /<main id="main-content"/);
    const lang = html.match(/<form method="post" action="\/language"[\s\S]*?<\/form>/)?.[0] ?? '';
    assert.match(lang, /name="_csrf" value="csrf-token-123"/);
    assert.match(lang, /name="next" value="\/apply\/name\?x=1"/);
    assert.match(lang, /name="lang" value="en"/);
    assert.match(lang, /<button[^>]* lang="en" dir="ltr"[^>]*>English<\/button>/);
  });

  test('English page is left-to-right and switches to Persian', () => {
    const html = page(<p>x</p>, 'en');
    assert.ok(html.startsWith('<!doctype html><html lang="en" dir="ltr">'));
    assert.match(html, /name="lang" value="fa"/);
    assert.match(html, /<button[^>]* lang="fa" dir="rtl"[^>]*>فارسی<\/button>/);
  });

  test('signed out shows a sign-in link; signed in shows a sign-out form', () => {
    const out = page(<p>x</p>, 'en');
    assert.match(out, /href="\/sign-in"/);
    assert.doesNotMatch(out, /action="\/sign-out"/);
    const inn = page(<p>x</p>, 'en', { user: { kind: 'applicant', displayName: '<b>Ali</b>' } });
    assert.doesNotMatch(inn, /href="\/sign-in"/);
    assert.match(
      inn,
      /<form method="post" action="\/sign-out" class="header__form"><input type="hidden" name="_csrf"/,
    );
    assert.match(inn, /Signed in: <bdi>&lt;b>Ali&lt;\/b><\/bdi>/);
  });

  test('demo deployments show a tag and a notice', () => {
    const html = page(<p>x</p>, 'en', { demo: true });
    assert.match(html, /class="tag tag--amber header__tag">Demo</);
    assert.match(html, /Do not enter real personal information/);
    assert.doesNotMatch(page(<p>x</p>, 'en'), /demo-banner/);
  });

  test('footer has the help, accessibility and privacy links and an isolated contact address', () => {
    const html = page(<p>x</p>, 'fa');
    for (const href of ['/help', '/accessibility', '/privacy'])
      assert.match(html, new RegExp(`href="${href}"`));
    assert.match(html, /تماس: <a href="mailto:help@example.org"><bdi dir="ltr">help@example.org<\/bdi><\/a>/);
  });

  test('a page with errors says so first in its title', () => {
    const html = renderPage(
      ctx('fa'),
      <Layout title="نام" hasErrors>
        x
      </Layout>,
    );
    assert.match(html, /<title>خطا: نام — Mikhak<\/title>/);
    const en = renderPage(
      ctx('en'),
      <Layout title="Name" hasErrors>
        x
      </Layout>,
    );
    assert.match(en, /<title>Error: Name — Mikhak<\/title>/);
  });
});

describe('form fields', () => {
  test('values are escaped', () => {
    const evil = '"><script>alert(1)</script>';
    const html = page(
      <>
        <TextInput name="a" label="A" value={evil} />
        <Textarea name="b" label="B" value={evil} />
        <ErrorSummary errors={[{ field: 'a', message: evil }]} />
      </>,
    );
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /value="&quot;>&lt;script>alert\(1\)&lt;\/script>"/);
  });

  test('a field with a hint and an error is described by both, and marked invalid', () => {
    const html = page(
      <TextInput name="email" type="email" label="Email" hint="Hint" error="Wrong" value="a@b" />,
    );
    assert.match(html, /id="f-email"/);
    assert.match(html, /<label class="label" for="f-email">Email<\/label>/);
    assert.match(html, /aria-describedby="f-email-hint f-email-error"/);
    assert.match(html, /aria-invalid="true"/);
    assert.match(html, /dir="ltr"/);
    assert.match(html, /class="form-group form-group--error"/);
    assert.match(
      html,
      /<p id="f-email-error" class="error-message"><span class="visually-hidden">خطا: <\/span>Wrong<\/p>/,
    );
    assert.deepEqual(danglingRefs(html, 'aria-describedby'), []);
  });

  test('a field without hint or error has no aria-describedby and is not invalid', () => {
    const html = page(<TextInput name="n" label="N" numeric />);
    assert.doesNotMatch(html, /aria-describedby|aria-invalid/);
    assert.match(html, /inputmode="numeric"/);
  });

  test('what was typed is kept, even when it is not valid', () => {
    const html = page(
      <>
        <DateInput
          name="dob"
          legend="Date"
          error="Not a date"
          value={{ day: '31', month: '2', year: '13x0' }}
        />
        <Radios
          name="r"
          legend="R"
          value="b"
          options={[
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ]}
        />
        <Checkboxes
          name="c"
          legend="C"
          values={['x', 'z']}
          options={['x', 'y', 'z'].map((v) => ({ value: v, label: v }))}
        />
        <Select
          name="s"
          label="S"
          value="2"
          options={[
            { value: '1', label: 'one' },
            { value: '2', label: 'two' },
          ]}
        />
        <Textarea name="t" label="T" value="typed text" />
      </>,
    );
    assert.match(html, /name="dob-day"[^>]*value="31"/);
    assert.match(html, /name="dob-month"[^>]*value="2"/);
    assert.match(html, /name="dob-year"[^>]*value="13x0"/);
    assert.match(html, /id="f-r-2" name="r" type="radio" value="b" checked/);
    assert.doesNotMatch(html, /value="a" checked/);
    assert.equal([...html.matchAll(/type="checkbox" value="[xz]" checked/g)].length, 2);
    assert.match(html, /<option value="2" selected>two<\/option>/);
    assert.match(html, />typed text<\/textarea>/);
  });

  test('the date input says both calendars are accepted and labels each box', () => {
    const html = page(<DateInput name="dob" legend="تاریخ تولد" />);
    assert.match(html, /<legend class="fieldset__legend">تاریخ تولد<\/legend>/);
    assert.match(html, /۱۳۷۰ یا ۱۹۹۱/);
    for (const [id, label] of [
      ['f-dob', 'روز'],
      ['f-dob-month', 'ماه'],
      ['f-dob-year', 'سال'],
    ]) {
      assert.match(html, new RegExp(`<label class="date-input__label" for="${id}">${label}</label>`));
    }
    assert.match(html, /aria-describedby="f-dob-hint"/);
  });

  test('a POST form carries the CSRF token and leaves validation to the server', () => {
    const post = page(<Form action="/x">x</Form>);
    assert.match(
      post,
      /<form action="\/x" method="post" novalidate class="form"><input type="hidden" name="_csrf" value="csrf-token-123"\/>/,
    );
    const get = page(
      <Form action="/search" method="get">
        x
      </Form>,
    );
    assert.doesNotMatch(get.split('<main')[1] ?? '', /_csrf/);
  });
});

describe('error summary', () => {
  test('links each message to its field', () => {
    const html = page(
      <>
        <ErrorSummary
          errors={[
            { field: 'name', message: 'Enter a name' },
            { field: 'dob-year', message: 'Year' },
            { field: 'kind', message: 'Choose one' },
          ]}
        />
        <TextInput name="name" label="Name" error="Enter a name" />
        <DateInput name="dob" legend="Date" error="Year" errorParts={['year']} />
        <Radios name="kind" legend="Kind" error="Choose one" options={[{ value: 'a', label: 'A' }]} />
      </>,
    );
    assert.match(html, /role="alert"/);
    assert.match(html, /tabindex="-1" autofocus data-module="error-summary"/);
    assert.match(html, /<h2 class="error-summary__title" id="error-summary-title">مشکلی وجود دارد<\/h2>/);
    assert.match(html, /<a href="#f-name">Enter a name<\/a>/);
    const targets = [...html.matchAll(/\shref="#(f-[^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(targets, ['f-name', 'f-dob-year', 'f-kind']);
    for (const id of targets) assert.match(html, new RegExp(`<input[^>]* id="${id}"`));
  });

  test('renders nothing without errors', () => {
    assert.doesNotMatch(page(<ErrorSummary errors={[]} />), /error-summary/);
  });
});

describe('display components', () => {
  test('summary list change links name their row for screen readers', () => {
    const html = page(
      <SummaryList rows={[{ key: 'Name', value: 'Ali', change: { href: '/name' } }]} />,
      'en',
    );
    assert.match(html, /<a href="\/name">Change<span class="visually-hidden"> Name<\/span><\/a>/);
  });

  test('tables show numbers in the page digits', () => {
    const html = page(
      <Table caption="Fees" head={[{ text: 'A' }, { text: 'B', numeric: true }]} rows={[['x', 1250]]} />,
    );
    assert.match(html, /<td class="table__cell table__cell--numeric">۱٬۲۵۰<\/td>/);
  });

  test('tracking codes are grouped in fours', () => {
    assert.equal(formatTrackingCode('abcdefghj'), 'ABCD-EFGH-J');
    assert.equal(formatTrackingCode('ABCD-EFGH-J'), 'ABCD-EFGH-J');
    assert.equal(formatTrackingCode(''), '');
  });
});

describe('showcase', () => {
  for (const locale of ['fa', 'en'] as const) {
    test(`${locale}: no inline style or script, and every reference resolves`, () => {
      const html = renderPage(ctx(locale, { demo: true, user: { kind: 'applicant' } }), <UiShowcase />);
      assert.doesNotMatch(html, /\sstyle=/);
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/);
      assert.doesNotMatch(html, /\son[a-z]+=/);
      for (const attr of ['aria-describedby', 'aria-labelledby', 'for'])
        assert.deepEqual(danglingRefs(html, attr), [], attr);
      const anchors = [...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => `#${m[1]}`);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
      for (const a of anchors) assert.ok(ids.includes(a.slice(1)), `${a} exists`);
    });
  }
});

describe('assets', () => {
  test('asset() versions files by content and refuses unknown names', () => {
    assert.match(asset('app.css'), /^\/assets\/app\.css\?v=[0-9a-f]{10}$/);
    assert.throws(() => asset('missing.css'));
  });

  test('static files and fonts are served, cached as immutable', async () => {
    const app = fastify();
    const { asset: url } = await registerAssets(app);
    const css = await app.inject(url('app.css'));
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /text\/css/);
    assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
    const font = await app.inject('/assets/fonts/Vazirmatn-NL-Regular.woff2');
    assert.equal(font.statusCode, 200);
    assert.equal(font.headers['cache-control'], 'public, max-age=31536000, immutable');
    const fonts = [...css.body.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]!);
    assert.ok(fonts.length >= 2, 'the stylesheet names its fonts');
    for (const f of fonts) assert.equal((await app.inject(f)).statusCode, 200, f);
    await app.close();
  });

  test('the stylesheet uses logical properties only, and the script stays tiny', () => {
    const css = readFileSync(join(STATIC_DIR, 'app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(
      css,
      /(margin|padding|border)-(left|right)|[\s{;](left|right)\s*:|text-align:\s*(left|right)|float:/,
    );
    assert.ok(readFileSync(join(STATIC_DIR, 'app.js')).length <= 2048);
  });
});
