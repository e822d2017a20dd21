import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

/** Time-ordered ids for rows (index-friendly); people never see them. */
export function newId(): string {
  return v7();
}

/** A time-ordered id whose embedded time is the given one (a test clock's, say). */
export function newIdAt(at: Date): string {
  return v7({ msecs: at.getTime() });
}

/** No 0/O, 1/I/L, U/V look-alikes: codes people read aloud or copy from paper. */
export const UNAMBIGUOUS = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** A random code from the unambiguous alphabet, uniform per character (rejection sampling, no modulo bias). */
export function randomCode(length: number, alphabet = UNAMBIGUOUS): string {
  const out: string[] = [];
  const limit = 256 - (256 % alphabet.length);
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit) out.push(alphabet[byte % alphabet.length]!);
      if (out.length === length) break;
    }
  }
  return out.join('');
}
