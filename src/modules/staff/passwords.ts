import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Staff passwords: argon2id at OWASP's recommended cost (19 MiB, 2 passes), checked in constant work whether or
 * not the account exists, so neither the answer nor its timing tells an unknown address from a wrong password.
 */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
/** Longer input is refused before hashing: nobody types this much, and it bounds the work per request. */
export const PASSWORD_INPUT_MAX = 1_000;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

let dummy: Promise<string> | undefined;

/**
 * Whether the password matches the hash; with no hash (an unknown address) a stand-in hash made at the same cost
 * is checked instead and the answer is always false.
 */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  const input = password.slice(0, PASSWORD_INPUT_MAX);
  if (!stored) {
    dummy ??= hashPassword(`dummy:${randomInt(1e9)}`);
    await verify(await dummy, input).catch(() => false);
    return false;
  }
  return verify(stored, input).catch(() => false);
}

/** A few passwords every list of leaked ones starts with, at our minimum length. */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiop12',
  'qwertyuiopas',
  'passwordpassword',
  'password1234',
  'password12345',
  'password123456',
  'administrator',
  'administrator1',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'mikhakmikhak',
]);

export type PasswordProblem = 'short' | 'long' | 'email' | 'name' | 'common';

/** Why a new password is refused, or undefined if it is acceptable. Length is what matters most (NIST 800-63B). */
export function passwordProblem(
  password: string,
  person: { email: string; name?: string },
): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'short';
  if (length > PASSWORD_MAX) return 'long';
  const lower = password.trim().toLowerCase();
  const email = person.email.trim().toLowerCase();
  if (lower === email || lower === email.split('@')[0]) return 'email';
  if (person.name && lower.replace(/\s+/g, '') === person.name.toLowerCase().replace(/\s+/g, ''))
    return 'name';
  if (COMMON.has(lower) || new Set(lower).size <= 2) return 'common';
  return undefined;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password an admin reads out or sends once: four groups of four from an alphabet without look-alikes
 * (about 79 bits). The person must choose their own at the next sign-in.
 */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
