import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatTrackingCode as formatForDisplay } from '../../ui/ltr.tsx';
import {
  formatTrackingCode,
  isValidTrackingCode,
  makeTrackingCode,
  newTrackingCode,
  normalizeTrackingCode,
  TRACKING_CODE_LENGTH,
} from './tracking-code.ts';

/** Written out again here (not imported) so the tests do not trust the code under test for the alphabet. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

/** The scheme's sum: Σ (12 − i) · index(char i) mod 29 over all twelve characters; 0 for a valid code. */
function specSum(code: string): number {
  let s = 0;
  for (let i = 0; i < code.length; i++) s += (12 - i) * ALPHABET.indexOf(code[i]!);
  return s % 29;
}

const alphabetChar = fc.constantFrom(...ALPHABET);
const body = fc.array(alphabetChar, { minLength: 11, maxLength: 11 }).map((cs) => cs.join(''));
/** Eleven random alphabet characters with the check character solved here from the spec. */
const validCode = body.map((b) => {
  const c = ALPHABET[(29 - specSum(b)) % 29]!;
  return b + c;
});

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
const swap = (s: string, i: number, j: number) => {
  const cs = [...s];
  [cs[i], cs[j]] = [cs[j]!, cs[i]!];
  return cs.join('');
};

test('hand-computed example', () => {
  // K7PM4QX9T2A = 17 5 20 18 2 21 26 7 24 0 8, weights 12..2:
  // 204+55+200+162+16+147+156+35+96+0+16 = 1087 ≡ 14 (mod 29), so check = 29 − 14 = 15 = 'H'; 1087 + 15 = 38·29.
  assert.equal(makeTrackingCode('K7PM4QX9T2A'), 'K7PM4QX9T2AH');
  assert.ok(isValidTrackingCode('K7PM4QX9T2AH'));
  assert.equal(makeTrackingCode('k۷pm-۴qx٩-t2a'), 'K7PM4QX9T2AH');
  assert.equal(formatTrackingCode('K7PM4QX9T2AH'), 'K7PM-4QX9-T2AH');
  // All-'2' body: every value 0, sum 0, check value 0.
  assert.equal(makeTrackingCode('22222222222'), '222222222222');
  assert.throws(() => makeTrackingCode('K7PM4QX9T2'), RangeError);
  assert.throws(() => makeTrackingCode('K7PM4QX9T2O'), RangeError);
});

test('(a) generated codes are valid, twelve characters of the alphabet, check character as specified', () => {
  assert.equal(TRACKING_CODE_LENGTH, 12);
  for (let n = 0; n < 2000; n++) {
    const code = newTrackingCode();
    assert.match(code, /^[23456789ABCDEFGHJKMNPQRSTWXYZ]{12}$/);
    assert.equal(specSum(code), 0, code);
    assert.ok(isValidTrackingCode(code), code);
    assert.equal(normalizeTrackingCode(code), code);
    assert.equal(makeTrackingCode(code.slice(0, 11)), code);
  }
});

test('makeTrackingCode agrees with the spec for arbitrary bodies', () => {
  fc.assert(
    fc.property(validCode, (code) => {
      assert.equal(makeTrackingCode(code.slice(0, 11)), code);
      assert.ok(isValidTrackingCode(code));
    }),
    { numRuns: 2000 },
  );
});

test('(b) every single-character substitution at every position is detected', () => {
  const codes = [
    ...Array.from({ length: 300 }, newTrackingCode),
    ...fc.sample(validCode, { numRuns: 300, seed: 29 }),
  ];
  codes.push('222222222222', `ZZZZZZZZZZZ${ALPHABET[(29 - specSum('ZZZZZZZZZZZ')) % 29]}`);
  let checked = 0;
  for (const code of codes) {
    assert.ok(isValidTrackingCode(code));
    for (let i = 0; i < 12; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue;
        const wrong = replaceAt(code, i, c);
        assert.equal(isValidTrackingCode(wrong), false, `${code} → ${wrong}`);
        assert.equal(normalizeTrackingCode(wrong.toLowerCase()), undefined, `${code} → ${wrong}`);
        checked++;
      }
    }
  }
  assert.equal(checked, codes.length * 12 * 28);
});

test('(c) every swap of two different neighbouring characters is detected, the check character included', () => {
  const codes = [
    ...Array.from({ length: 500 }, newTrackingCode),
    ...fc.sample(validCode, { numRuns: 500, seed: 7 }),
  ];
  let checked = 0;
  for (const code of codes) {
    for (let i = 0; i + 1 < 12; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = swap(code, i, i + 1);
      assert.equal(isValidTrackingCode(swapped), false, `${code} → ${swapped}`);
      assert.equal(normalizeTrackingCode(formatTrackingCode(swapped)), undefined);
      checked++;
    }
  }
  assert.ok(checked > codes.length * 10);
  // A swap of the last random character with the check character, constructed so it must happen.
  const code = makeTrackingCode('K7PM4QX9T2A');
  assert.equal(isValidTrackingCode(swap(code, 10, 11)), false);
});

test('swaps at any distance and neighbouring twin errors (aa → bb) are detected too', () => {
  fc.assert(
    fc.property(validCode, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), (code, i, j) => {
      fc.pre(code[i] !== code[j]);
      assert.equal(isValidTrackingCode(swap(code, i, j)), false);
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(body, fc.integer({ min: 0, max: 10 }), alphabetChar, alphabetChar, (b, i, a, other) => {
      fc.pre(a !== other);
      let code: string;
      if (i < 10) {
        code = makeTrackingCode(b.slice(0, i) + a + a + b.slice(i + 2));
      } else {
        // The last random character equal to the check character: one such character exists for any first ten.
        const last = [...ALPHABET].find((x) => makeTrackingCode(b.slice(0, 10) + x).endsWith(x + x))!;
        code = makeTrackingCode(b.slice(0, 10) + last);
        a = last;
        fc.pre(a !== other);
      }
      assert.equal(code[i], code[i + 1]);
      const wrong = code.slice(0, i) + other + other + code.slice(i + 2);
      assert.equal(isValidTrackingCode(wrong), false, `${code} → ${wrong}`);
    }),
    { numRuns: 3000 },
  );
});

/** A valid code as someone might type or paste it: any case, digit script and separators between characters. */
const typed = fc
  .tuple(
    validCode,
    fc.array(fc.constantFrom('latin', 'persian', 'arabic', 'fullwidth'), { minLength: 12, maxLength: 12 }),
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    fc.array(
      fc.constantFrom(
        '',
        '',
        ' ',
        '  ',
        '-',
        '‐',
        '‑',
        '–',
        '—',
        '−',
        '_',
        '.',
        '\u00a0',
        '\u2009',
        '\u202f',
        '\u200c',
        '\u200e',
        '\u200f',
        '\u061c',
        '\u2066',
        '\u2069',
        '\t',
      ),
      { minLength: 13, maxLength: 13 },
    ),
  )
  .map(([code, scripts, lower, seps]) => {
    let out = seps[0]!;
    for (let i = 0; i < 12; i++) {
      let c = code[i]!;
      const d = '0123456789'.indexOf(c);
      const script = scripts[i]!;
      if (d >= 0 && script === 'persian') c = PERSIAN[d]!;
      else if (d >= 0 && script === 'arabic') c = ARABIC[d]!;
      else if (script === 'fullwidth') c = String.fromCharCode(c.charCodeAt(0) + 0xfee0);
      else if (lower[i]) c = c.toLowerCase();
      out += c + seps[i + 1]!;
    }
    return { code, input: out };
  });

test('(d) normalisation round-trips formatted, spaced, dashed, lower-case and Persian/Arabic-digit codes', () => {
  const code = 'K7PM4QX9T2AH';
  for (const input of [
    'K7PM-4QX9-T2AH',
    'k7pm 4qx9 t2ah',
    ' K7PM – 4QX9 — T2AH ',
    'K۷PM-۴QX۹-T۲AH',
    'K٧PM-٤QX٩-T٢AH',
    'K7PM\u00a04QX9\u00a0T2AH',
    'K7PM\u200c4QX9\u200cT2AH',
    '\u2066K7PM 4QX9 T2AH\u2069',
    'Ｋ７ＰＭ４ＱＸ９Ｔ２ＡＨ',
  ]) {
    assert.equal(normalizeTrackingCode(input), code, JSON.stringify(input));
  }
  fc.assert(
    fc.property(validCode, (c) => {
      assert.equal(normalizeTrackingCode(formatTrackingCode(c)), c);
      assert.equal(normalizeTrackingCode(formatTrackingCode(c).toLowerCase()), c);
      assert.equal(normalizeTrackingCode(formatForDisplay(c)), c);
      assert.equal(formatTrackingCode(c), formatForDisplay(c));
      assert.match(formatTrackingCode(c), /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      // Formatting is idempotent and accepts any typed form.
      assert.equal(formatTrackingCode(formatTrackingCode(c)), formatTrackingCode(c));
    }),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(typed, ({ code: c, input }) => {
      assert.equal(normalizeTrackingCode(input), c, JSON.stringify(input));
      assert.equal(formatTrackingCode(input), formatTrackingCode(c));
    }),
    { numRuns: 3000 },
  );
});

test('look-alikes outside the alphabet and non-ASCII case mappings are refused, not guessed', () => {
  const code = makeTrackingCode('K7PM4QX9T2A'); // K7PM4QX9T2AH
  // Position 3 holds M; put each excluded look-alike there (and in the check position).
  for (const c of ['0', 'O', 'o', '1', 'I', 'i', 'L', 'l', 'U', 'u', 'V', 'v', '۰', '۱', '٠', '١']) {
    assert.equal(normalizeTrackingCode(replaceAt(code, 3, c)), undefined, c);
    assert.equal(normalizeTrackingCode(replaceAt(code, 11, c)), undefined, c);
  }
  // Characters that Unicode case mapping or NFKC would turn into alphabet characters.
  const withS = makeTrackingCode('SSSSSSSSSSS');
  assert.equal(normalizeTrackingCode(withS.replace('S', 'ſ')), undefined); // long s: toUpperCase() → S
  assert.equal(normalizeTrackingCode(withS.replace('SS', 'ß')), undefined); // toUpperCase() → SS
  assert.equal(normalizeTrackingCode(code.replace('K', '\u212a')), undefined); // Kelvin sign
  assert.equal(normalizeTrackingCode(code.replace('2', '²')), undefined); // NFKC → 2
  assert.equal(normalizeTrackingCode(code.replace('K', 'К')), undefined); // Cyrillic Ka
  assert.equal(normalizeTrackingCode(code.replace('A', 'Α')), undefined); // Greek Alpha
  // Wrong lengths: missing, doubled or extra characters.
  assert.equal(normalizeTrackingCode(code.slice(0, 11)), undefined);
  assert.equal(normalizeTrackingCode(`${code}2`), undefined);
  assert.equal(normalizeTrackingCode(code + code), undefined);
  assert.equal(normalizeTrackingCode(''), undefined);
  assert.equal(normalizeTrackingCode(' - '), undefined);
  // Separators beyond the input limit are not worth normalising.
  assert.equal(normalizeTrackingCode(`${' '.repeat(300)}${code}`), undefined);
  // The canonical check does not normalise.
  assert.equal(isValidTrackingCode('K7PM-4QX9-T2AH'), false);
  assert.equal(isValidTrackingCode(code.toLowerCase()), false);
});

test('(e) 10,000 codes: no duplicates, not sequential, every character uniformly used at every position', () => {
  const codes = Array.from({ length: 10_000 }, newTrackingCode);
  assert.equal(new Set(codes).size, codes.length);
  for (let n = 1; n < codes.length; n++) {
    // Two independent codes share an eight-character prefix with probability 29⁻⁸ ≈ 2·10⁻¹².
    assert.notEqual(codes[n]!.slice(0, 8), codes[n - 1]!.slice(0, 8), `${codes[n - 1]} then ${codes[n]}`);
  }
  // Each of the 29 characters is expected 10,000 / 29 ≈ 345 times at each position (σ ≈ 18): bounds more than 7σ
  // away catch a grossly skewed position (a check character that favours some values, a constant character).
  for (let i = 0; i < 12; i++) {
    const counts = new Map<string, number>();
    for (const code of codes) counts.set(code[i]!, (counts.get(code[i]!) ?? 0) + 1);
    assert.equal(counts.size, 29, `position ${i}`);
    for (const [c, k] of counts) assert.ok(k > 210 && k < 480, `position ${i}: ${c} × ${k}`);
  }
  // Modulo bias (byte % 29 without rejection: 24 characters at 9/256, 5 at 8/256) is subtler: over the 110,000
  // random characters it pushes Pearson's χ² (28 degrees of freedom, mean 28, σ ≈ 7.5) to about 230.
  // P(χ²₂₈ > 100) ≈ 10⁻⁹ for a uniform generator.
  const pooled = new Map<string, number>();
  for (const code of codes) for (const c of code.slice(0, 11)) pooled.set(c, (pooled.get(c) ?? 0) + 1);
  const expected = (codes.length * 11) / 29;
  let chi2 = 0;
  for (const c of ALPHABET) chi2 += ((pooled.get(c) ?? 0) - expected) ** 2 / expected;
  assert.ok(chi2 < 100, `χ² = ${chi2.toFixed(1)}`);
});

test('(f) random twelve-character strings of the alphabet are accepted at the rate 1/29', () => {
  // 29,000 tries: expected 1,000 accepted, σ = √(29000 · 1/29 · 28/29) ≈ 31. The bounds are ±6σ.
  const tries = 29_000;
  let accepted = 0;
  const random = fc.sample(fc.array(alphabetChar, { minLength: 12, maxLength: 12 }), {
    numRuns: tries,
    seed: 1,
  });
  for (const cs of random) if (normalizeTrackingCode(cs.join('')) !== undefined) accepted++;
  assert.ok(accepted > 810 && accepted < 1190, `accepted ${accepted} of ${tries}`);
  // Fresh randomness too (same bounds), so the rate is not an accident of one seed.
  let fresh = 0;
  for (let n = 0; n < tries; n++) {
    const cs = Array.from({ length: 12 }, () => ALPHABET[Math.floor(Math.random() * 29)]!);
    if (isValidTrackingCode(cs.join(''))) fresh++;
  }
  assert.ok(fresh > 810 && fresh < 1190, `accepted ${fresh} of ${tries}`);
});

test('(g) normalizeTrackingCode never throws, and returns only valid canonical codes', () => {
  const check = (input: string) => {
    const out = normalizeTrackingCode(input);
    if (out !== undefined) {
      assert.ok(isValidTrackingCode(out));
      assert.equal(out.length, 12);
    }
    // formatTrackingCode never throws either.
    assert.equal(typeof formatTrackingCode(input), 'string');
  };
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 5000 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), check), { numRuns: 2000 });
  // Lone surrogates and other raw UTF-16 code units.
  fc.assert(
    fc.property(
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) }),
      check,
    ),
  );
  // Near-misses: a valid code with arbitrary characters mixed in.
  fc.assert(
    fc.property(
      validCode,
      fc.string({ unit: 'binary', maxLength: 5 }),
      fc.integer({ min: 0, max: 12 }),
      (c, junk, at) => {
        check(c.slice(0, at) + junk + c.slice(at));
      },
    ),
    { numRuns: 3000 },
  );
  for (const bad of [undefined, null, 42, {}] as unknown as string[])
    assert.equal(normalizeTrackingCode(bad), undefined);
});
