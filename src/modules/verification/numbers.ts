import { toLatinDigits } from '../../platform/i18n/digits.ts';
import { randomCode, UNAMBIGUOUS } from '../../platform/ids.ts';

/**
 * What is printed on an issued document for anyone to check it: its number and its verification code.
 *
 * The number is readable and sequential per consulate and year, `LON-2026-000123`: it says where and when, and
 * is what people quote. It is not a secret. The verification code is: ten characters from the unambiguous
 * alphabet (29¹⁰ ≈ 4·10¹⁴, about 48 bits), printed in two groups of five, `K7PM4-QX9T2`. Number and code
 * together open the document on the public verification page, which is rate limited per client, so the code
 * cannot be guessed there; the server keeps only its keyed hash (and a sealed copy for reprinting).
 */

export const CODE_LENGTH = 10;

/** The number's prefix for a consulate: the first three letters of its code (`london` → `LON`). */
export function numberPrefix(consulateCode: string): string {
  const letters = consulateCode.replace(/[^a-z]/gi, '').toUpperCase();
  return (letters.slice(0, 3) || 'DOC').padEnd(2, 'X');
}

export function formatNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Everything people put between characters when they type or paste a code: spaces, dashes, dots, bidi marks. */
const SEPARATORS =
  /[\s\u00ad\u0640\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_./\\]/g;

function fold(input: string): string {
  return toLatinDigits(input)
    .replace(SEPARATORS, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

/**
 * A document number as typed (`lon 2026 123`, `LON-2026-000123`, `LON2026000123`, Persian digits) in its printed
 * form, or undefined if it cannot be one. Never throws.
 */
export function normalizeNumber(input: string): string | undefined {
  if (typeof input !== 'string' || input.length > 100) return undefined;
  const m = /^([A-Z]{2,5})(\d{4})(\d{1,9})$/.exec(fold(input));
  if (!m) return undefined;
  const sequence = Number(m[3]);
  if (sequence < 1) return undefined;
  return formatNumber(m[1]!, Number(m[2]), sequence);
}

export function newVerificationCode(): string {
  return randomCode(CODE_LENGTH);
}

const CODE = new RegExp(`^[${UNAMBIGUOUS}]{${CODE_LENGTH}}$`);

/** A verification code as typed, in canonical form (ten alphabet characters), or undefined. Never throws. */
export function normalizeCode(input: string): string | undefined {
  if (typeof input !== 'string' || input.length > 100) return undefined;
  const code = fold(input);
  return CODE.test(code) ? code : undefined;
}

/** `K7PM4QX9T2` → `K7PM4-QX9T2`, as printed. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
