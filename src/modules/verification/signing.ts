import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign as edSign,
  verify as edVerify,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';

/**
 * The signed payload an issued document carries in its QR code, checkable offline with the published key:
 *
 *   MK1.<claims>.<signature>
 *
 * `claims` is base64url (no padding) of a JSON object with its keys in this fixed order and nothing else:
 *
 *   {"v":1,"k":"<key id>","n":"LON-2026-000123","c":"london","s":"power-of-attorney","i":"2026-03-01","h":"<sha256>"}
 *
 *   v  format version (1)          n  document number           s  service id
 *   k  id of the signing key       c  consulate code            i  date of issue (consulate's calendar day, ISO)
 *   h  SHA-256 of the document's content as issued, base64url
 *
 * `signature` is base64url of the Ed25519 signature (RFC 8032, 64 bytes) of the ASCII bytes `MK1.<claims>`, so the
 * version prefix is signed too. Base64url must be canonical: a payload whose parts decode to the same bytes
 * through a different spelling is refused, so one changed character always means "invalid". The claims carry no
 * personal data: what the paper says is on the verification page, for whoever holds the number and the code.
 *
 * node:crypto does the cryptography; this module only encodes.
 */

export const PAYLOAD_PREFIX = 'MK1';

export type Claims = {
  v: 1;
  /** Key id. */
  k: string;
  /** Document number. */
  n: string;
  /** Consulate code. */
  c: string;
  /** Service id. */
  s: string;
  /** Date of issue, `YYYY-MM-DD`. */
  i: string;
  /** SHA-256 of the content, base64url. */
  h: string;
};

const ClaimsSchema = z
  .object({
    v: z.literal(1),
    k: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
    n: z.string().regex(/^[A-Z]{2,5}-\d{4}-\d{6,9}$/),
    c: z.string().regex(/^[a-z0-9-]{1,40}$/),
    s: z.string().regex(/^[a-z][a-z0-9-]{0,60}$/),
    i: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    h: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  })
  .strict();

/** A signing key and the public keys that verify (the current one first, then previous ones). */
export type KeyRing = {
  current: { kid: string; privateKey: KeyObject; publicKey: KeyObject };
  /** Every key that verifies, by id: the current one and those kept from earlier rotations. */
  verifying: Map<string, KeyObject>;
};

/** The claims as the bytes that are encoded: fixed key order, so the same document always gives the same bytes. */
export function canonicalClaims(claims: Claims): string {
  const { v, k, n, c, s, i, h } = claims;
  return JSON.stringify({ v, k, n, c, s, i, h });
}

const b64url = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');

/** Base64url decoded only if it is the canonical spelling of its bytes (no padding, no stray characters). */
function strictB64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** SHA-256 of a document's content bytes, as the payload's `h`. */
export function contentDigest(contentBytes: Buffer | string): { hex: string; b64url: string } {
  const digest = createHash('sha256').update(contentBytes).digest();
  return { hex: digest.toString('hex'), b64url: b64url(digest) };
}

export function signPayload(
  claims: Omit<Claims, 'k' | 'v'>,
  ring: KeyRing,
): { payload: string; kid: string } {
  const full: Claims = { v: 1, k: ring.current.kid, ...claims };
  const parsed = ClaimsSchema.safeParse(full);
  if (!parsed.success) throw new Error(`Cannot sign malformed claims: ${parsed.error.issues[0]?.message}`);
  const input = `${PAYLOAD_PREFIX}.${b64url(canonicalClaims(full))}`;
  const signature = edSign(null, Buffer.from(input, 'ascii'), ring.current.privateKey);
  return { payload: `${input}.${b64url(signature)}`, kid: ring.current.kid };
}

export type Verified =
  | { ok: true; claims: Claims }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

/** Checks a payload against the ring's keys; never throws. */
export function verifyPayload(payload: string, verifying: Map<string, KeyObject>): Verified {
  if (typeof payload !== 'string' || payload.length > 2048) return { ok: false, reason: 'malformed' };
  const parts = payload.split('.');
  if (parts.length !== 3 || parts[0] !== PAYLOAD_PREFIX) return { ok: false, reason: 'malformed' };
  const claimsBytes = strictB64url(parts[1]!);
  const signature = strictB64url(parts[2]!);
  if (!claimsBytes || !signature || signature.length !== 64) return { ok: false, reason: 'malformed' };
  let claims: Claims;
  try {
    const parsed = ClaimsSchema.safeParse(JSON.parse(claimsBytes.toString('utf8')));
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    claims = parsed.data;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  // Only the canonical encoding is accepted: the same claims written another way are not what was signed.
  if (canonicalClaims(claims) !== claimsBytes.toString('utf8')) return { ok: false, reason: 'malformed' };
  const key = verifying.get(claims.k);
  if (!key) return { ok: false, reason: 'unknown_key' };
  const input = Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii');
  return edVerify(null, input, key, signature)
    ? { ok: true, claims }
    : { ok: false, reason: 'bad_signature' };
}

// ---- Keys ----

/** PKCS#8 DER header of an Ed25519 private key (RFC 8410): the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 private key from its 32-byte seed (RFC 8032), through node:crypto's PKCS#8 import. */
export function privateKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The RFC 7638 thumbprint of an Ed25519 public key, base64url: a key id nobody has to choose. */
export function thumbprint(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' });
  return b64url(createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest());
}

/** A public key from a JWK's `x` (base64url of the 32 raw bytes). */
export function publicKeyFromX(x: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export function keyRing(input: {
  privateKey: KeyObject;
  kid?: string;
  previous?: { kid: string; x: string }[];
}): KeyRing {
  const publicKey = createPublicKey(input.privateKey);
  const kid = input.kid ?? thumbprint(publicKey).slice(0, 16);
  const verifying = new Map<string, KeyObject>();
  for (const old of input.previous ?? []) verifying.set(old.kid, publicKeyFromX(old.x));
  verifying.set(kid, publicKey);
  return { current: { kid, privateKey: input.privateKey, publicKey }, verifying };
}

export type Jwk = { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; use: 'sig'; alg: 'EdDSA' };

/** The published key set: every key that verifies, the current one first. */
export function publicJwks(ring: KeyRing): { keys: Jwk[] } {
  const entry = (kid: string, key: KeyObject): Jwk => ({
    kty: 'OKP',
    crv: 'Ed25519',
    x: String(key.export({ format: 'jwk' }).x),
    kid,
    use: 'sig',
    alg: 'EdDSA',
  });
  return {
    keys: [
      entry(ring.current.kid, ring.current.publicKey),
      ...[...ring.verifying].filter(([kid]) => kid !== ring.current.kid).map(([kid, key]) => entry(kid, key)),
    ],
  };
}

/** The current public key as an SPKI PEM. */
export function publicPem(ring: KeyRing): string {
  return ring.current.publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

/**
 * The ring the app signs with: SIGNING_KEY, or outside production a development key derived (HKDF) from the
 * secret key, so it survives restarts without anything to configure; `warn` says so in the log. Production never
 * gets here without a key: the configuration refuses to start.
 */
export function ringFromConfig(
  signing: {
    privateKey: KeyObject | undefined;
    keyId: string | undefined;
    previousKeys: { kid: string; x: string }[];
  },
  options: { production: boolean; hmacKey: (purpose: string) => Buffer; warn: (message: string) => void },
): KeyRing {
  if (signing.privateKey) {
    return keyRing({ privateKey: signing.privateKey, kid: signing.keyId, previous: signing.previousKeys });
  }
  if (options.production) throw new Error('SIGNING_KEY is required in production');
  const privateKey = privateKeyFromSeed(options.hmacKey('issued-document-signing-development'));
  const kid = signing.keyId ?? `dev-${thumbprint(createPublicKey(privateKey)).slice(0, 8)}`;
  options.warn(
    `SIGNING_KEY is not set: issued documents are signed with a development key (${kid}) derived from the secret key. Production needs SIGNING_KEY.`,
  );
  return keyRing({ privateKey, kid, previous: signing.previousKeys });
}
