import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { type Condition, GROUPS, ServiceDefinition, Text } from '../definition.ts';
import { GROUP_TEXT } from './groups.ts';
import { SERVICE_DEFINITIONS } from './index.ts';

const parsed = SERVICE_DEFINITIONS.map((input) => {
  const result = ServiceDefinition.safeParse(input);
  return { input, result, service: result.success ? result.data : undefined };
});

/** The definitions that parse; the first test reports the others, so one mistake fails one test. */
const services = () => parsed.flatMap(({ service }) => (service ? [service] : []));

const shows = (condition: Condition | undefined, field: string, value: string) =>
  condition !== undefined &&
  condition.field === field &&
  (Array.isArray(condition.equals) ? condition.equals.includes(value) : condition.equals === value);

/** Every Text inside a value, with where it is. */
function textsOf(value: unknown, path: string): { path: string; text: Text }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('fa') && keys.includes('en')) return [{ path, text: value as Text }];
  return Object.entries(value).flatMap(([k, v]) => textsOf(v, `${path}.${k}`));
}

const allTexts = () => [
  ...SERVICE_DEFINITIONS.flatMap((s) => textsOf(s, String(s.id))),
  ...textsOf(GROUP_TEXT, 'GROUP_TEXT'),
];

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

test('every definition parses', () => {
  for (const { input, result } of parsed) {
    assert.ok(result.success, `${String(input.id)}:\n${result.success ? '' : z.prettifyError(result.error)}`);
  }
});

test('service ids are unique', () => {
  const ids = services().map((s) => s.id);
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
  );
});

test('every group has services and a text, and services are listed group by group in GROUPS order', () => {
  const list = services();
  for (const group of GROUPS) {
    assert.ok(
      list.some((s) => s.group === group),
      `no service in group ${group}`,
    );
    assert.ok(Text.safeParse(GROUP_TEXT[group]?.name).success, `GROUP_TEXT.${group}.name`);
    assert.ok(Text.safeParse(GROUP_TEXT[group]?.summary).success, `GROUP_TEXT.${group}.summary`);
  }
  assert.deepEqual(Object.keys(GROUP_TEXT), [...GROUPS]);
  const order = list.map((s) => GROUPS.indexOf(s.group));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
    'services are not grouped in GROUPS order',
  );
});

test("a service for children asks the child's details and the guardian's consent, only for a child", () => {
  const forChildren = services().filter((s) => s.applicants.includes('minor'));
  assert.deepEqual(forChildren.map((s) => s.id).sort(), ['birth-registration', 'passport']);
  for (const s of forChildren) {
    const forWhom = s.pages.flatMap((p) => p.fields).find((f) => f.id === 'forWhom');
    assert.ok(forWhom?.type === 'choice', `${s.id}: a choice field forWhom`);
    assert.deepEqual(
      forWhom.options.map((o) => o.value).sort(),
      ['minor', 'self'],
      `${s.id}: forWhom options`,
    );
    const childPage = s.pages.find((p) => shows(p.showIf, 'forWhom', 'minor'));
    assert.ok(childPage, `${s.id}: a page shown only for a child`);
    assert.ok(!shows(childPage.showIf, 'forWhom', 'self'), `${s.id}: the child page is not shown for self`);
    assert.ok(
      childPage.fields.some((f) => /^child[A-Z]/.test(f.id)),
      `${s.id}: the child page asks the child's details`,
    );
    const consent = s.documents.request.find((d) => d.kind === 'guardian_consent');
    assert.ok(consent, `${s.id}: a guardian_consent document`);
    assert.ok(shows(consent.showIf, 'forWhom', 'minor'), `${s.id}: guardian_consent shown for a child`);
    assert.ok(!shows(consent.showIf, 'forWhom', 'self'), `${s.id}: guardian_consent not shown for self`);
    assert.equal(consent.optional, false, `${s.id}: guardian_consent is required when shown`);
  }
});

test('Persian texts are Persian: no Latin letters beyond file formats and addresses', () => {
  const offenders = allTexts()
    .filter(({ text }) =>
      /[A-Za-z]/.test(text.fa.replace(/https?:\/\/\S+/g, '').replace(/\b(?:PDF|JPEG|PNG)\b/g, '')),
    )
    .map(({ path, text }) => `${path}: ${text.fa}`);
  assert.deepEqual(offenders, []);
});

test('English texts hold no Persian script except quoted «…» or in parentheses', () => {
  const offenders = allTexts()
    .filter(({ text }) => ARABIC_SCRIPT.test(text.en.replace(/«[^»]*»/g, '').replace(/\([^)]*\)/g, '')))
    .map(({ path, text }) => `${path}: ${text.en}`);
  assert.deepEqual(offenders, []);
});

test('Persian spelling: joined prefixes use a ZWNJ and «تأیید» carries its hamza (keywords may misspell)', () => {
  const offenders = allTexts()
    .filter(({ path }) => !path.includes('.keywords['))
    .filter(({ text }) => /(^|[\s(«])ن?می [\u0600-\u06FF]/.test(text.fa) || /تایید/.test(text.fa))
    .map(({ path, text }) => `${path}: ${text.fa}`);
  assert.deepEqual(offenders, []);
});

test('field ids are unique within a service', () => {
  for (const s of services()) {
    const ids = s.pages.flatMap((p) => p.fields.map((f) => f.id));
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      s.id,
    );
  }
});

test('page ids and request document kinds are unique within a service', () => {
  for (const s of services()) {
    const kinds = s.documents.request.map((d) => d.kind);
    assert.deepEqual(
      kinds.filter((k, i) => kinds.indexOf(k) !== i),
      [],
      `${s.id}: kinds`,
    );
    const pages = s.pages.map((p) => p.id);
    assert.deepEqual(
      pages.filter((p, i) => pages.indexOf(p) !== i),
      [],
      `${s.id}: pages`,
    );
  }
});

test('only notarial services are sensitive, and powers of attorney are', () => {
  for (const s of services()) {
    if (s.sensitive) assert.equal(s.group, 'notarial', `${s.id} is sensitive but not notarial`);
  }
  assert.equal(services().find((s) => s.id === 'power-of-attorney')?.sensitive, true);
});

test('choices use radios up to 6 options and a select beyond', () => {
  for (const s of services()) {
    for (const f of s.pages.flatMap((p) => p.fields)) {
      if (f.type !== 'choice') continue;
      assert.equal(f.style, f.options.length <= 6 ? 'radios' : 'select', `${s.id}.${f.id}`);
    }
  }
});

test('a condition depends on an answer given on an earlier page or earlier on the same page', () => {
  for (const s of services()) {
    const seen = new Set<string>();
    for (const page of s.pages) {
      if (page.showIf) assert.ok(seen.has(page.showIf.field), `${s.id}: page ${page.id}`);
      for (const f of page.fields) {
        if (f.showIf) assert.ok(seen.has(f.showIf.field), `${s.id}: field ${f.id}`);
        seen.add(f.id);
      }
    }
  }
});

test('a condition names a value its field can take', () => {
  for (const s of services()) {
    const fields = new Map(s.pages.flatMap((p) => p.fields).map((f) => [f.id, f]));
    const conditions = [
      ...s.pages.map((p) => p.showIf),
      ...s.pages.flatMap((p) => p.fields.map((f) => f.showIf)),
      ...s.documents.request.map((d) => d.showIf),
    ].filter((c) => c !== undefined);
    for (const c of conditions) {
      const field = fields.get(c.field);
      assert.ok(field?.type === 'choice' || field?.type === 'checkboxes', `${s.id}: ${c.field} has options`);
      const values = new Set(field.options.map((o) => o.value));
      for (const v of [c.equals].flat()) assert.ok(values.has(v), `${s.id}: ${c.field} has no option ${v}`);
    }
  }
});
