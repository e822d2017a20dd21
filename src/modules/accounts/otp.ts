import { randomInt } from 'node:crypto';
import { constantTimeEqualHex, hmacHex } from '../../platform/crypto.ts';

/**
 * One-time codes: 6 digits, uniform over 000000–999999 from the CSPRNG. Only an HMAC bound to the challenge id is
 * stored, so a leaked table cannot be brute-forced offline and one challenge's code never fits another.
 */
export const CODE_LENGTH = 6;
export const MAX_ATTEMPTS_PER_CODE = 5;
export const LOCK_EVERY_FAILURES = 10;
export const LOCK_FOR_REVIEW_AT = 50;
export const LOCK_MS = 60 * 60_000;

export function generateCode(random: (max: number) => number = (max) => randomInt(0, max)): string {
  return String(random(10 ** CODE_LENGTH)).padStart(CODE_LENGTH, '0');
}

export function codeHmac(key: Buffer, challengeId: string, code: string): string {
  return hmacHex(key, `${challengeId}:${code}`);
}

export function codeMatches(key: Buffer, challengeId: string, typed: string, stored: string): boolean {
  return constantTimeEqualHex(codeHmac(key, challengeId, typed), stored);
}

/** What a run of consecutive failures means: a one-hour lock at every 10th, review at the 50th. */
export function lockAfterFailures(
  failures: number,
  now: Date,
): { lockedUntil?: Date; lockedForReview?: boolean } {
  if (failures >= LOCK_FOR_REVIEW_AT) return { lockedForReview: true };
  if (failures % LOCK_EVERY_FAILURES === 0) return { lockedUntil: new Date(now.getTime() + LOCK_MS) };
  return {};
}
