import { toLatinDigits } from '../../platform/i18n/digits.ts';
import { randomCode, UNAMBIGUOUS } from '../../platform/ids.ts';

/**
 * Tracking codes for service requests: what people are given when they apply, read out on the phone, copy from
 * an email or a receipt, and type back to follow their request.
 *
 *   K7PM-4QX9-T2AH
 *
 * Twelve characters from `UNAMBIGUOUS` (29 characters, no 0/O, 1/I/L, U/V): eleven random ones (29¹¹ ≈ 1.2·10¹⁶,
 * about 53 bits, from `randomCode`, so codes are neither sequential nor guessable) and one check character.
 *
 * ## The check character
 *
 * Read each character as its index in `UNAMBIGUOUS`, a number v in 0..28 (the field ℤ₂₉, 29 being prime), and give
 * position i (0-based, left to right) the weight w(i) = 12 − i: 12, 11, …, 2 for the eleven random characters and 1
 * for the check character in the last position. A code is valid when
 *
 *   Σ w(i)·v(i) ≡ 0  (mod 29)        over all twelve positions.
 *
 * The check character's weight is 1, so for any eleven characters exactly one check value c in 0..28 makes the sum
 * vanish: c = −Σ_{i<11} w(i)·v(i) mod 29. It is written with the same alphabet, a full symbol like the others.
 *
 * Proof sketch that every single substitution and every swap of two neighbouring characters is caught. The weights
 * 12..1 are all nonzero mod 29 and pairwise distinct mod 29 (they are distinct integers in 1..28; this needs the
 * length, 12, to be below 29). ℤ₂₉ is a field, so a product of two nonzero elements is nonzero.
 *  - One character at position i replaced by a different one of the alphabet: v(i) → v(i) + d with d ≢ 0 (the
 *    alphabet's characters have distinct values). The sum changes by w(i)·d; w(i) ≢ 0 and d ≢ 0, so the change is
 *    ≢ 0 and the code is no longer valid.
 *  - Two different characters a ≠ b at positions i and i+1 swapped (i = 10 is the last random character and the check
 *    character): the sum changes by w(i)·b + w(i+1)·a − w(i)·a − w(i+1)·b = (w(i) − w(i+1))·(b − a). The weights
 *    differ, a ≠ b, so both factors are ≢ 0 and so is the change.
 * The same argument catches swaps at any distance (all twelve weights are distinct, not only neighbouring ones) and
 * "twin" errors aa → bb at neighbours, whose change (w(i) + w(i+1))·(b − a) has w(i) + w(i+1) in 3..23. A character
 * outside the alphabet is refused before the sum is taken. A random string of twelve alphabet characters is accepted
 * with probability exactly 1/29: whatever the first eleven are, one of the 29 possible last characters fits.
 */

export const TRACKING_CODE_LENGTH = 12;
const BODY_LENGTH = TRACKING_CODE_LENGTH - 1;
const MODULUS = UNAMBIGUOUS.length; // 29, prime

const CANONICAL = new RegExp(`^[${UNAMBIGUOUS}]{${TRACKING_CODE_LENGTH}}$`);
const BODY = new RegExp(`^[${UNAMBIGUOUS}]{${BODY_LENGTH}}$`);

/** Weighted sum Σ (12 − i)·value, mod 29, over the characters given (all from the alphabet). */
function weightedSum(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += (TRACKING_CODE_LENGTH - i) * UNAMBIGUOUS.indexOf(chars[i]!);
  return sum % MODULUS;
}

/** The check character of eleven alphabet characters: the one whose value makes the weighted sum ≡ 0 mod 29. */
function checkCharacter(body: string): string {
  return UNAMBIGUOUS[(MODULUS - weightedSum(body)) % MODULUS]!;
}

/** A fresh tracking code: eleven random characters and their check character, canonical (no grouping). */
export function newTrackingCode(): string {
  const body = randomCode(BODY_LENGTH);
  return body + checkCharacter(body);
}

/**
 * Eleven given characters and their check character: for fixtures and tests that need a fixed code. Accepts them
 * typed as `normalizeTrackingCode` does; throws if they are not eleven characters of the alphabet.
 */
export function makeTrackingCode(body: string): string {
  const clean = foldToAscii(body);
  if (!BODY.test(clean)) {
    throw new RangeError(`makeTrackingCode needs exactly ${BODY_LENGTH} characters of ${UNAMBIGUOUS}`);
  }
  return clean + checkCharacter(clean);
}

/**
 * Whether a code already in canonical form (twelve upper-case alphabet characters, no separators; what
 * `normalizeTrackingCode` returns and the database stores) is valid. Does not normalise: use
 * `normalizeTrackingCode` for anything a person typed.
 */
export function isValidTrackingCode(normalized: string): boolean {
  return CANONICAL.test(normalized) && weightedSum(normalized) === 0;
}

/**
 * What people put between the characters, all removed: spaces of every kind (`\s` covers NBSP, thin and narrow
 * no-break spaces, the BOM), hyphens and dashes (‐ ‑ ‒ – — ― −, small and full-width hyphen-minus), underscores,
 * dots, soft hyphens, tatweel, and the invisible marks copying from Persian text brings along (ZWSP, ZWNJ, ZWJ,
 * LRM/RLM, the Arabic letter mark, bidi embeddings and isolates, word joiner).
 */
const SEPARATORS =
  /[\s\u00ad\u0640\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_.]/g;

/** Longer than any plausible typed or pasted code (12 characters plus separators): refused without work. */
const MAX_INPUT_LENGTH = 256;

/**
 * Separators removed, Persian (۰–۹), Arabic-Indic (٠–٩) and full-width (０–９, Ａ–Ｚ, ａ–ｚ) characters turned into
 * their Latin counterparts, Latin a–z upper-cased. Nothing else is changed: in particular case mapping is ASCII
 * only, because Unicode upper-casing turns ſ (long s) into S, ı (dotless i) into I and ß into SS, and NFKC would
 * turn ſ into s and ² into 2: characters that are not what anyone meant to type would become code characters.
 */
function foldToAscii(input: string): string {
  return toLatinDigits(input)
    .replace(SEPARATORS, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

/**
 * A tracking code as typed or pasted (`k7pm 4qx9 t2ah`, `K7PM–4QX9–T2AH`, `K۷PM-۴QX۹-T۲AH`) in canonical form
 * (`K7PM4QX9T2AH`), or undefined if, once separators are removed and digits and case folded, it is not twelve
 * characters of the alphabet with a correct check character. Never throws.
 *
 * Look-alikes are deliberately not mapped. The alphabet leaves out both members of each confusable pair (0 and O,
 * 1, I and L, U and V), so there is no character of the alphabet that a typed O, 0, I, 1, L, U or V could stand
 * for unambiguously: they are refused, and the person is asked to check the code. Pairs whose members are both in
 * the alphabet (5/S, 2/Z, 8/B, 6/G) cannot be mapped without hiding a real mistake; the check character catches
 * them instead. Letters from other scripts that look Latin (Cyrillic А, Greek Κ) and letters typed with the keyboard
 * left in Persian layout are refused too.
 */
export function normalizeTrackingCode(input: string): string | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return undefined;
  const code = foldToAscii(input);
  return isValidTrackingCode(code) ? code : undefined;
}

/**
 * A tracking code grouped in fours for reading, `K7PM-4QX9-T2AH`: hyphen-minus separators, which survive copying
 * and are removed again by `normalizeTrackingCode`. Accepts the code in any form `normalizeTrackingCode` does;
 * anything that is not a code is still grouped in fours after the same folding (with Persian digits turned into
 * Latin ones rather than dropped), so a legacy or mistyped code displays as typed. Same output as the
 * `formatTrackingCode` of `src/ui/ltr.tsx` for Latin input.
 */
export function formatTrackingCode(code: string): string {
  const clean = foldToAscii(code).replace(/[^0-9A-Z]/g, '');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}
