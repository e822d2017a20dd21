import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEMO_PEOPLE } from './fixtures.ts';
import { checkIdentity, type IdentityClaim, matchIdentity, normalizeForMatch } from './match.ts';
import { type CivilRegistry, CivilRegistryUnavailableError, createCivilRegistry } from './registry.ts';

const Z = '\u200c';

function person(firstName: string, lastName: string) {
  const p = DEMO_PEOPLE.find((r) => r.firstName === firstName && r.lastName === lastName);
  assert.ok(p, `demo person ${firstName} ${lastName}`);
  return p;
}

const claimOf = (p: ReturnType<typeof person>): IdentityClaim => ({
  firstName: p.firstName,
  lastName: p.lastName,
  fatherName: p.fatherName,
  birthDate: { ...p.birthDate },
  birthPlace: p.birthPlace,
  sex: p.sex,
  birthCertificateNumber: p.birthCertificateNumber,
});

test('spelling variants of one name compare equal', () => {
  const same: string[][] = [
    ['سید مهدی', 'سیدمهدی', `سيد${Z}مهدي`, ' سـيد   مهدی ', 'سيدمهدى'],
    [`نیک${Z}نام`, 'نیک نام', 'نیکنام', `نيك${Z}${Z}نام`],
    ['کیمیا', 'كيميا', 'کيميا'],
    ['یاسمن', 'ياسمن', 'ىاسمن'],
    ['آرین', 'ارین', 'آرين', 'ا\u0653رین'],
    ['مائده', 'مایده', 'مايده'],
    ['رؤیا', 'رویا'],
    ['طباطبایی', 'طباطبائی', 'طباطبائي'],
    ['عبدالله', 'عبد الله', 'عَبدُالله', 'عبدﷲ', 'ﻋﺒﺪاﻟﻠﻪ'],
    ['محمدعلی', 'محمد علی', 'مُحَمَّد عَلی', `محمد${Z}علی`],
    ['فاطمه', 'فاطمة'],
    ['اسماعیل', 'إسماعيل'],
    ['Taha', 'taha', ' TAHA '],
  ];
  for (const group of same) {
    const base = normalizeForMatch(group[0]!);
    for (const v of group) assert.equal(normalizeForMatch(v), base, `${v} ~ ${group[0]}`);
  }
});

test('different names do not compare equal', () => {
  const different: [string, string][] = [
    ['مهدی', 'سیدمهدی'],
    ['محمد', 'محمود'],
    ['علی', 'علیرضا'],
    ['کریمی', 'کریم'],
    ['زهرا', 'زهره'],
    ['حسین', 'حسن'],
    ['مریم', 'مرین'],
    ['نیما', 'نیلا'],
  ];
  for (const [a, b] of different) assert.notEqual(normalizeForMatch(a), normalizeForMatch(b), `${a} ≠ ${b}`);
});

test('normalizeForMatch is idempotent and ignores inserted spaces and ZWNJs', () => {
  const letters = fc.constantFrom(...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی');
  const name = fc.array(letters, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(name, fc.array(fc.constantFrom(' ', Z, '  ')), fc.nat(), (n, gaps, seed) => {
      const once = normalizeForMatch(n);
      assert.equal(normalizeForMatch(once), once);
      const chars = [...n];
      for (const [i, g] of gaps.entries()) chars.splice((seed + i * 7) % (chars.length + 1), 0, g);
      assert.equal(normalizeForMatch(chars.join('')), once);
    }),
  );
});

test('the registry record matches its own spelling and the usual variants', () => {
  const mehdi = person('سیدمهدی', 'موسوی');
  assert.deepEqual(matchIdentity(claimOf(mehdi), mehdi), { matches: true, mismatched: [] });
  const typed: IdentityClaim = {
    firstName: 'سيد مهدي',
    lastName: 'موسوي',
    fatherName: 'سیدجواد',
    birthDate: { year: 1985, month: 1, day: 27 },
    birthPlace: 'مشهد ',
    birthCertificateNumber: '۹۸۵',
  };
  assert.deepEqual(matchIdentity(typed, mehdi), { matches: true, mismatched: [] });
  const blankOptional = { ...typed, birthPlace: '  ', birthCertificateNumber: '' };
  assert.equal(matchIdentity(blankOptional, mehdi).matches, true, 'blank optional fields are not claims');
});

test('a wrong father’s name, date or other field is reported in mismatched', () => {
  const yasaman = person('یاسمن', `نیک${Z}نام`);
  const claim = claimOf(yasaman);
  assert.deepEqual(matchIdentity({ ...claim, fatherName: 'پرویز' }, yasaman), {
    matches: false,
    mismatched: ['fatherName'],
  });
  assert.deepEqual(matchIdentity({ ...claim, birthDate: { ...claim.birthDate, day: 18 } }, yasaman), {
    matches: false,
    mismatched: ['birthDate'],
  });
  assert.deepEqual(
    matchIdentity({ ...claim, birthDate: { year: 1998, month: 7, day: 25 } }, yasaman).mismatched,
    ['birthDate'],
    'a Jalali date typed as if Gregorian is a different date',
  );
  const wrong = matchIdentity(
    { ...claim, lastName: 'نیکبخت', birthPlace: 'تهران', sex: 'male', birthCertificateNumber: '123' },
    yasaman,
  );
  assert.deepEqual(wrong.mismatched, ['lastName', 'birthPlace', 'sex', 'birthCertificateNumber']);
});

test('certificate numbers compare by digits in any script', () => {
  const yasaman = person('یاسمن', `نیک${Z}نام`);
  const code = yasaman.birthCertificateNumber;
  const persian = code.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
  const arabic = code.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
  for (const typed of [persian, arabic, `${code.slice(0, 3)}-${code.slice(3)}`]) {
    assert.equal(
      matchIdentity({ ...claimOf(yasaman), birthCertificateNumber: typed }, yasaman).matches,
      true,
    );
  }
});

test('checkIdentity: match, mismatch, unknown, deceased', async () => {
  const registry = createCivilRegistry('fixture');
  const kimia = person('کیمیا', 'کریمی');
  const typedCode = kimia.nationalCode.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
  const ok = await checkIdentity(registry, typedCode, { ...claimOf(kimia), firstName: 'كيميا' });
  assert.equal(ok.outcome, 'match');
  assert.deepEqual(ok.outcome === 'match' && ok.record, kimia, 'the registry’s record, in its spelling');

  assert.deepEqual(
    await checkIdentity(registry, kimia.nationalCode, { ...claimOf(kimia), fatherName: 'حمیدرضا' }),
    {
      outcome: 'mismatch',
      mismatched: ['fatherName'],
    },
  );

  const absent = '0012345679'; // valid, but no demo person has it
  assert.deepEqual(await checkIdentity(registry, absent, claimOf(kimia)), {
    outcome: 'unusable',
    reason: 'unknown',
  });
  assert.deepEqual(await checkIdentity(registry, '0012345678', claimOf(kimia)), {
    outcome: 'unusable',
    reason: 'unknown',
  });

  const parviz = person('پرویز', `نیک${Z}نام`);
  assert.equal(parviz.alive, false);
  assert.deepEqual(await checkIdentity(registry, parviz.nationalCode, claimOf(parviz)), {
    outcome: 'unusable',
    reason: 'deceased',
  });
  const guess = { ...claimOf(parviz), firstName: 'پرویزخان' };
  assert.equal(
    (await checkIdentity(registry, parviz.nationalCode, guess)).outcome,
    'mismatch',
    'a guess that does not match learns nothing about a death',
  );
});

test('a registry that cannot be reached is an error, never "unknown"', async () => {
  const down: CivilRegistry = {
    name: 'down',
    lookup: async () => {
      throw new CivilRegistryUnavailableError('connection refused');
    },
  };
  const kimia = person('کیمیا', 'کریمی');
  await assert.rejects(
    checkIdentity(down, kimia.nationalCode, claimOf(kimia)),
    CivilRegistryUnavailableError,
  );
});

test('the fixture registry returns copies and refuses bad fixtures', async () => {
  const registry = createCivilRegistry('fixture');
  assert.equal(registry.name, 'fixture');
  const first = DEMO_PEOPLE[0]!;
  const copy = await registry.lookup(first.nationalCode);
  assert.ok(copy);
  copy.firstName = 'changed';
  assert.equal((await registry.lookup(first.nationalCode))?.firstName, first.firstName);
  assert.equal(await registry.lookup('0012345679'), undefined);
  assert.throws(() => createCivilRegistry('fixture', { people: [first, first] }), /share/);
  assert.throws(
    () => createCivilRegistry('fixture', { people: [{ ...first, nationalCode: '0012345678' }] }),
    /invalid/,
  );
});
