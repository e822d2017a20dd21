import { toLatinDigits } from '../../platform/i18n/digits.ts';

/**
 * The Iranian national code (کد ملی): ten digits, the last a check digit. People type it with Persian, Arabic or
 * Latin digits, grouped as printed on the card (۰۰۱-۲۳۴۵۶۷-۸) or pasted from a document with invisible direction
 * marks, so all of that is accepted and removed before the code is judged.
 */

/**
 * What people put between the digits: spaces of every kind, dashes and hyphens, dots, slashes, commas (Latin and
 * Arabic), underscores, tatweel, and the zero-width and bidirectional marks that copying from Persian text carries.
 */
const SEPARATORS = /[\s\u00ad\u0640\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\-‐‑‒–—―−_.,/\\،٫٬·]/g;

export type NationalCodeProblem = 'empty' | 'length' | 'digits' | 'repeated' | 'checksum';

/** The digits of a typed code, in Latin digits, separators removed. Letters are kept: this does not validate. */
export function normalizeNationalCode(input: string): string {
  return toLatinDigits(input).replace(SEPARATORS, '');
}

/** The check digit of nine digits: s = Σ digit[i] × (10 − i); r = s mod 11; r if r < 2, else 11 − r. */
function checkDigitOf(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const r = sum % 11;
  return r < 2 ? r : 11 - r;
}

/**
 * Why a typed value is not a valid national code, or undefined if it is. Letters are reported before length, so
 * someone who typed a letter by mistake is told about the letter rather than the count.
 */
export function nationalCodeProblem(input: string): NationalCodeProblem | undefined {
  const code = normalizeNationalCode(input);
  if (code === '') return 'empty';
  if (!/^[0-9]+$/.test(code)) return 'digits';
  if (code.length !== 10) return 'length';
  // Every all-equal code passes the checksum (for digit d the remainder is 11 − d, or 0 for d = 0), and the
  // registry issues none of them, so they are refused on their own.
  if (/^([0-9])\1{9}$/.test(code)) return 'repeated';
  return checkDigitOf(code) === Number(code[9]) ? undefined : 'checksum';
}

export function isValidNationalCode(code: string): boolean {
  return nationalCodeProblem(code) === undefined;
}

/** Nine digits (any script) followed by their check digit. For fixtures and tests. */
export function makeNationalCode(first9: string): string {
  const digits = normalizeNationalCode(first9);
  if (!/^[0-9]{9}$/.test(digits)) throw new RangeError('makeNationalCode needs exactly nine digits');
  return `${digits}${checkDigitOf(digits)}`;
}

/**
 * `001•••••79`: the first three and last two digits, for logs and officers' lists. Anything that is not ten digits
 * is masked entirely, so a mistyped code never reaches a log in clear either.
 */
export function maskNationalCode(code: string): string {
  const digits = normalizeNationalCode(code);
  if (/^[0-9]{10}$/.test(digits)) return `${digits.slice(0, 3)}•••••${digits.slice(8)}`;
  return '•'.repeat(Math.min(digits.length, 10));
}

/** `001-234567-9`, grouped as printed on the national card. Anything else is returned normalised, ungrouped. */
export function formatNationalCode(code: string): string {
  const digits = normalizeNationalCode(code);
  if (!/^[0-9]{10}$/.test(digits)) return digits;
  return `${digits.slice(0, 3)}-${digits.slice(3, 9)}-${digits.slice(9)}`;
}
