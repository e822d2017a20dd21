import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  formatNationalCode,
  isValidNationalCode,
  makeNationalCode,
  maskNationalCode,
  nationalCodeProblem,
  normalizeNationalCode,
} from './national-code.ts';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

/** The spec's remainder, written out again here so the tests do not trust the code under test. */
function remainder(code: string): number {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(code[i]) * (10 - i);
  return s % 11;
}

const allEqual = (s: string) => /^(.)\1*$/.test(s);

/** Nine random digits, not all equal, with the check digit computed here from the spec. */
const validCode = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((ds) => ds.join(''))
  .filter((first9) => !allEqual(first9))
  .map((first9) => {
    const r = remainder(`${first9}0`);
    return `${first9}${r < 2 ? r : 11 - r}`;
  });

test('hand-computed examples', () => {
  // 0 0 1 2 3 4 5 6 7 × 10 9 8 7 6 5 4 3 2 → 8+14+18+20+20+18+14 = 112; 112 mod 11 = 2 ≥ 2 → check 11 − 2 = 9.
  assert.equal(makeNationalCode('001234567'), '0012345679');
  assert.ok(isValidNationalCode('0012345679'));
  // 1 2 3 4 5 6 7 8 9 → 10+18+24+28+30+30+28+24+18 = 210; 210 mod 11 = 1 < 2 → check 1.
  assert.equal(makeNationalCode('123456789'), '1234567891');
  assert.ok(isValidNationalCode('1234567891'));
  // 0 0 0 7 8 0 6 1 4 → 7×7 + 8×6 + 6×4 + 1×3 + 4×2 = 49+48+24+3+8 = 132; 132 mod 11 = 0 → check 0.
  assert.equal(makeNationalCode('000780614'), '0007806140');
  // 0 0 0 0 0 0 0 1 0 → 1×3 = 3 → check 11 − 3 = 8.
  assert.equal(makeNationalCode('000000010'), '0000000108');
  assert.equal(isValidNationalCode('0000000107'), false);
  assert.throws(() => makeNationalCode('12345678'), RangeError);
  assert.equal(makeNationalCode('۰۰۱-۲۳۴۵۶۷'), '0012345679', 'any digits, separators dropped');
});

test('every generated valid code passes, in Latin, Persian and Arabic digits', () => {
  fc.assert(
    fc.property(validCode, (code) => {
      assert.ok(isValidNationalCode(code), code);
      assert.equal(nationalCodeProblem(code), undefined);
      assert.equal(makeNationalCode(code.slice(0, 9)), code);
      const persian = [...code].map((d) => PERSIAN[Number(d)]).join('');
      const arabic = [...code].map((d) => ARABIC[Number(d)]).join('');
      assert.ok(isValidNationalCode(persian));
      assert.ok(isValidNationalCode(arabic));
    }),
  );
});

/**
 * A change of one digit is caught with one exception, which is the algorithm's and not ours: remainders 1 and 10
 * both give the check digit 1 (r < 2 → r; r = 10 → 11 − 10). A change that moves the remainder from 1 to 10 or
 * back therefore leaves the code valid: 1234567891 (r = 1) and 1234567881 (r = 10) are both valid. Every other
 * change of one digit, and every change of the check digit itself, is refused.
 */
test('every single-digit change of a valid code fails, except the 1 ⇄ 10 remainder collision', () => {
  fc.assert(
    fc.property(validCode, (code) => {
      for (let pos = 0; pos < 10; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === code[pos]) continue;
          const changed = `${code.slice(0, pos)}${d}${code.slice(pos + 1)}`;
          const pair = [remainder(code), remainder(changed)].sort((a, b) => a - b).join();
          const collides = pos < 9 && pair === '1,10' && !allEqual(changed);
          assert.equal(isValidNationalCode(changed), collides, `${code} → ${changed}`);
          if (!collides) assert.ok(nationalCodeProblem(changed) !== undefined);
        }
      }
    }),
    { numRuns: 300 },
  );
  assert.ok(isValidNationalCode('1234567891') && isValidNationalCode('1234567881'));
  assert.equal(isValidNationalCode('1234567892'), false, 'a changed check digit is always caught');
});

test('all-equal codes are refused although they pass the checksum', () => {
  for (let d = 0; d <= 9; d++) {
    const code = String(d).repeat(10);
    assert.equal(makeNationalCode(code.slice(0, 9)), code, 'the checksum alone would accept it');
    assert.equal(isValidNationalCode(code), false);
    assert.equal(nationalCodeProblem(code), 'repeated');
    assert.equal(nationalCodeProblem(PERSIAN[d]!.repeat(10)), 'repeated');
  }
});

test('Persian and Arabic digits and the separators people type are accepted', () => {
  assert.equal(normalizeNationalCode('۰۰۱-۲۳۴۵۶۷-۸'), '0012345678');
  assert.equal(nationalCodeProblem('۰۰۱-۲۳۴۵۶۷-۸'), 'checksum', 'normalising does not validate');
  assert.ok(isValidNationalCode('۰۰۱-۲۳۴۵۶۷-۹'));
  assert.ok(isValidNationalCode('٠٠١ ٢٣٤٥٦٧ ٩'));
  assert.ok(isValidNationalCode(' 001.234567.9 '));
  assert.ok(isValidNationalCode('001/234567/9'));
  assert.ok(isValidNationalCode('001–234567–9'), 'en dash');
  assert.ok(isValidNationalCode('\u200f۰۰۱۲۳۴۵۶۷۹\u200e'), 'direction marks from a pasted document');
  assert.ok(isValidNationalCode('۰۰۱\u00a0۲۳۴۵۶۷\u200c۹'), 'no-break space and ZWNJ');
  assert.ok(isValidNationalCode('۰۰1٢٣4۵٦7٩'), 'scripts mixed');
  fc.assert(
    fc.property(
      validCode,
      fc.array(fc.constantFrom('', ' ', '-', '‐', '.', '/', '\u200c', '\u00a0', '\t'), {
        minLength: 11,
        maxLength: 11,
      }),
      fc.constantFrom('latin', 'persian', 'arabic'),
      (code, seps, script) => {
        const digits = [...code].map((d) =>
          script === 'persian' ? PERSIAN[Number(d)] : script === 'arabic' ? ARABIC[Number(d)] : d,
        );
        const typed = seps.map((s, i) => `${s}${digits[i] ?? ''}`).join('');
        assert.equal(normalizeNationalCode(typed), code);
        assert.ok(isValidNationalCode(typed));
      },
    ),
  );
});

test('nationalCodeProblem says why', () => {
  assert.equal(nationalCodeProblem(''), 'empty');
  assert.equal(nationalCodeProblem('  - '), 'empty');
  assert.equal(nationalCodeProblem('۱۲۳'), 'length');
  assert.equal(nationalCodeProblem('001234567'), 'length', 'nine digits: a leading zero lost');
  assert.equal(nationalCodeProblem('00123456790'), 'length');
  assert.equal(nationalCodeProblem('00123a5679'), 'digits');
  assert.equal(nationalCodeProblem('۰۰۱۲۳۴۵۶۷o'), 'digits', 'a letter o for a zero');
  assert.equal(nationalCodeProblem('12'), 'length');
  assert.equal(nationalCodeProblem('7777777777'), 'repeated');
  assert.equal(nationalCodeProblem('0012345678'), 'checksum');
  assert.equal(nationalCodeProblem('0012345679'), undefined);
});

test('masking shows only the first three and last two digits', () => {
  assert.equal(maskNationalCode('0012345679'), '001•••••79');
  assert.equal(maskNationalCode('۰۰۱-۲۳۴۵۶۷-۹'), '001•••••79');
  assert.equal(maskNationalCode('12345'), '•••••', 'not a code: nothing shown');
  assert.equal(maskNationalCode('123456789012'), '••••••••••');
  fc.assert(
    fc.property(validCode, (code) => {
      const masked = maskNationalCode(code);
      assert.equal(masked.length, 10);
      assert.equal(masked.slice(3, 8), '•••••');
      assert.ok(!masked.includes(code.slice(3, 8)));
    }),
  );
  assert.equal(formatNationalCode('۰۰۱۲۳۴۵۶۷۹'), '001-234567-9');
});
