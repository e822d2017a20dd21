import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  dateForInput,
  formatDate,
  fromParts,
  gregorianToJalali,
  jalaliToGregorian,
  parseDateInput,
} from './dates.ts';
import { normalizeDigitsInput, normalizePersian, toLatinDigits, toPersianDigits } from './digits.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { formatNumber, translator } from './index.ts';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

test('any digits typed become Latin digits, and back to Persian for display', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 20 }), (ds) => {
      const latin = ds.join('');
      const persian = ds.map((d) => PERSIAN[d]).join('');
      const arabic = ds.map((d) => ARABIC[d]).join('');
      assert.equal(toLatinDigits(persian), latin);
      assert.equal(toLatinDigits(arabic), latin);
      assert.equal(toLatinDigits(latin), latin);
      assert.equal(toPersianDigits(latin), persian);
      assert.equal(toPersianDigits(arabic), persian);
      assert.equal(toLatinDigits(toPersianDigits(latin)), latin);
    }),
  );
});

test('non-digit text is left as it is by digit conversion', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const stripped = s.replace(/[0-9۰-۹٠-٩]/g, '');
      assert.equal(toLatinDigits(stripped), stripped);
      assert.equal(toPersianDigits(stripped), stripped);
    }),
  );
});

test('Arabic ي and ك become Persian ی and ک; spaces fold; ZWNJ kept', () => {
  assert.equal(normalizePersian('علي  كريمي'), 'علی کریمی');
  assert.equal(normalizePersian('می\u200cخواهم'), 'می\u200cخواهم');
  assert.equal(normalizePersian(' حسـين '), 'حسین');
  assert.equal(normalizeDigitsInput('۰۰۱-۲۳۴ ۵۶۷۸'), '0012345678');
});

test('Jalali ⇄ Gregorian round-trips over every day of three centuries', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
      (d) => {
        const g = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const j = gregorianToJalali(g);
        assert.deepEqual(jalaliToGregorian(j), g);
        assert.deepEqual(parseDateInput(`${j.year}/${j.month}/${j.day}`)?.date, g);
        assert.deepEqual(parseDateInput(toPersianDigits(`${j.year}-${j.month}-${j.day}`))?.date, g);
        assert.deepEqual(parseDateInput(`${g.year}-${g.month}-${g.day}`)?.date, g);
      },
    ),
  );
});

test('typed dates: either calendar, any digits; impossible dates refused', () => {
  assert.deepEqual(parseDateInput('۱۴۰۴/۱۲/۰۳'), {
    date: { year: 2026, month: 2, day: 22 },
    calendar: 'jalali',
  });
  assert.deepEqual(parseDateInput('22/02/2026'), {
    date: { year: 2026, month: 2, day: 22 },
    calendar: 'gregorian',
  });
  assert.equal(parseDateInput('1404/12/30'), undefined, '1404 is not a leap year');
  assert.ok(parseDateInput('1403/12/30'), '1403 is');
  assert.equal(parseDateInput('2025-02-29'), undefined);
  assert.equal(parseDateInput('yesterday'), undefined);
  assert.equal(fromParts(1370, 13, 1), undefined);
  assert.deepEqual(fromParts(1370, 1, 1)?.date, { year: 1991, month: 3, day: 21 });
  assert.equal(dateForInput({ year: 2026, month: 2, day: 22 }, 'fa'), '۱۴۰۴/۱۲/۰۳');
});

test('dates shown: Jalali in Persian digits; Gregorian with Jalali beside it in English', () => {
  const d = new Date('2026-03-21T08:00:00Z');
  assert.equal(formatDate(d, 'fa'), '۱ فروردین ۱۴۰۵');
  assert.equal(formatDate(d, 'en'), '21 March 2026 (Farvardin 1, 1405)');
  // The weekday first, with the Persian comma (Intl alone puts it after the year with a Latin comma).
  assert.equal(formatDate(d, 'fa', { weekday: true }), 'شنبه، ۱ فروردین ۱۴۰۵');
  // Local time of the consulate, not the server's.
  assert.match(
    formatDate(new Date('2026-03-20T23:30:00Z'), 'en', { timeZone: 'Asia/Tokyo' }),
    /^21 March 2026/,
  );
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1950-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      (x) => {
        assert.doesNotMatch(formatDate(x, 'fa'), /[0-9]/, 'no Latin digit in a Persian date');
      },
    ),
  );
});

test('catalogs: same keys in both, no empty text; numbers in page digits', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fa).sort());
  for (const [k, v] of Object.entries({ ...fa, ...en })) assert.ok(v.trim().length > 0, `${k} is empty`);
  const t = translator('fa');
  assert.equal(t('error.tooMany.body', { minutes: 15 }).includes('۱۵'), true);
  assert.equal(formatNumber(1234567, 'fa'), '۱٬۲۳۴٬۵۶۷');
  assert.equal(formatNumber(1234567, 'en'), '1,234,567');
});
