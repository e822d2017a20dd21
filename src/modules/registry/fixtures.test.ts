import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidGregorian } from '../../platform/i18n/dates.ts';
import { normalizePersian } from '../../platform/i18n/digits.ts';
import { ageOn, isMinorOn, todayUtc } from './age.ts';
import { DEMO_LATIN_NAMES, DEMO_PEOPLE, demoPeopleMarkdown, demoPeopleTable } from './fixtures.ts';
import { isValidNationalCode } from './national-code.ts';

/** A fixed day, so the counts below do not drift as the children grow up. */
const ON = { year: 2026, month: 11, day: 24 };
const PERSIAN_SCRIPT = /^[\u0600-\u06ff\u200c ]+$/;

test('at least 44 people, every national code valid and unique', () => {
  assert.ok(DEMO_PEOPLE.length >= 44, `${DEMO_PEOPLE.length} people`);
  const codes = new Set(DEMO_PEOPLE.map((p) => p.nationalCode));
  assert.equal(codes.size, DEMO_PEOPLE.length);
  for (const p of DEMO_PEOPLE) {
    assert.ok(isValidNationalCode(p.nationalCode), p.nationalCode);
    assert.match(p.nationalCode, /^000[0-9]{7}$/, 'demo prefix 000: never a real person’s code');
  }
});

test('exactly two deceased, several minors and many adults', () => {
  assert.equal(DEMO_PEOPLE.filter((p) => !p.alive).length, 2);
  const minors = DEMO_PEOPLE.filter((p) => isMinorOn(p.birthDate, ON));
  assert.ok(minors.length >= 5, `${minors.length} minors`);
  assert.ok(minors.every((p) => p.alive));
  assert.ok(DEMO_PEOPLE.length - minors.length >= 35);
  assert.ok(
    DEMO_PEOPLE.some((p) => isMinorOn(p.birthDate, todayUtc())),
    'still minors today',
  );
  assert.ok(DEMO_PEOPLE.some((p) => p.sex === 'female') && DEMO_PEOPLE.some((p) => p.sex === 'male'));
});

test('names and places are non-empty Persian script, already in normal form', () => {
  for (const p of DEMO_PEOPLE) {
    for (const text of [p.firstName, p.lastName, p.fatherName, p.birthPlace]) {
      assert.match(text, PERSIAN_SCRIPT, text);
      assert.equal(normalizePersian(text), text, `${text}: no Arabic ي/ك, no double spaces`);
    }
    assert.ok(DEMO_LATIN_NAMES.get(p.nationalCode)?.latinName, `latin name for ${p.nationalCode}`);
  }
  const all = DEMO_PEOPLE.flatMap((p) => [p.firstName, p.lastName, p.fatherName]);
  assert.ok(
    all.some((n) => n.includes('\u200c')),
    'a name with ZWNJ',
  );
  assert.ok(
    all.some((n) => n.includes(' ')),
    'a name with a space',
  );
});

test('dates, certificate numbers and families are coherent', () => {
  for (const p of DEMO_PEOPLE) {
    assert.ok(isValidGregorian(p.birthDate));
    assert.ok(p.birthDate.year >= 1950 && p.birthDate.year <= 2020);
    assert.match(p.birthCertificateNumber, /^[0-9]+$/);
    if (p.birthDate.year >= 1990) assert.equal(p.birthCertificateNumber, p.nationalCode);
    else assert.ok(p.birthCertificateNumber.length < 10, 'older people have short certificate numbers');
  }
  // Every minor's father is a demo person with the same last name, so a parent can apply for them.
  for (const child of DEMO_PEOPLE.filter((p) => isMinorOn(p.birthDate, ON))) {
    const father = DEMO_PEOPLE.find(
      (p) => p.firstName === child.fatherName && p.lastName === child.lastName && p.sex === 'male',
    );
    assert.ok(father, `father of ${child.firstName}`);
    assert.ok(ageOn(father.birthDate, child.birthDate) >= 18);
  }
});

test('the README table marks the deceased and the minors', () => {
  const rows = demoPeopleTable(ON);
  assert.equal(rows.length, DEMO_PEOPLE.length);
  assert.equal(rows.filter((r) => r.deceased && r.note.includes('deceased')).length, 2);
  assert.ok(rows.filter((r) => r.minor && r.note.includes('minor')).length >= 5);
  const kimia = rows.find((r) => r.latinName === 'Kimia Karimi');
  assert.deepEqual(kimia && { ...kimia, note: undefined }, {
    nationalCode: '0001203053',
    name: 'کیمیا کریمی',
    latinName: 'Kimia Karimi',
    father: 'حمید',
    birthDate: '2012-03-05',
    birthDateJalali: '1390/12/15',
    sex: 'female',
    birthCertificateNumber: '0001203053',
    deceased: false,
    minor: true,
    note: undefined,
  });
  const md = demoPeopleMarkdown(ON).split('\n');
  assert.equal(md.length, DEMO_PEOPLE.length + 2);
});

test('age in whole years, leap-day birthdays included', () => {
  const leap = { year: 1980, month: 2, day: 29 };
  assert.equal(ageOn(leap, { year: 2026, month: 2, day: 28 }), 45);
  assert.equal(ageOn(leap, { year: 2026, month: 3, day: 1 }), 46);
  assert.equal(ageOn(leap, { year: 2028, month: 2, day: 29 }), 48);
  const child = { year: 2010, month: 6, day: 25 };
  assert.equal(isMinorOn(child, { year: 2028, month: 6, day: 24 }), true);
  assert.equal(isMinorOn(child, { year: 2028, month: 6, day: 25 }), false);
});
