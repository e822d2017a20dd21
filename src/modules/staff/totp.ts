import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { normalizeDigitsInput } from '../../platform/i18n/digits.ts';

/**
 * TOTP (RFC 6238) as the staff second factor where a passkey is not possible: 6 digits, 30-second steps, SHA-1
 * (what every authenticator app supports). One step either side is accepted for clock drift, and a step once
 * accepted is never accepted again (the caller keeps the last one).
 */
const PERIOD = 30;
const DIGITS = 6;
const WINDOW = 1;

/**
 * The demo staff's shared secret: a constant, so `npm start` can print it and `npm run staff:code` can show the
 * current code. Only the development seed uses it; production never seeds staff.
 */
export const DEMO_TOTP_SECRET = 'MIKHAKDEMOTOTPSECRETFORSTAFF2345';

function totp(secret: string, label = 'staff', issuer = 'Mikhak'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** 160 random bits, base32: what RFC 4226 recommends for an HMAC-SHA-1 key. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The 30-second step a time falls in. */
export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/** The code for a time (tests, and `npm run staff:code` for the demo secret). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/** Digits as typed: Persian or Arabic digits, spaces and dashes allowed. */
export function normalizeCode(input: string): string {
  return normalizeDigitsInput(input, /[\s\-‐–]/g);
}

export const isCodeShaped = (code: string) => new RegExp(`^\\d{${DIGITS}}$`).test(code);

/** The step of the code if it is valid now (within the drift window), else undefined. Constant-time compare. */
export function matchingStep(secret: string, code: string, now: Date): number | undefined {
  if (!isCodeShaped(code)) return undefined;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? undefined : stepAt(now) + delta;
}

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return totp(secret, account, issuer).toString();
}

/** The QR code of the URI, as a data: URL (the CSP allows data: images). */
export async function totpQr(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}
