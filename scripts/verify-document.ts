/**
 * Checks the signed payload of a Mikhak issued document offline, with the published public keys.
 *
 *   npx tsx scripts/verify-document.ts <payload or verification URL> [keys.json]
 *
 * `keys.json` is the key set published at `<portal>/.well-known/mikhak-signing-keys.json` (default: the file of
 * that name in the current folder). Prints the verified claims and exits 0, or prints `INVALID` (and why, on
 * stderr) and exits 1. The signature proves the consulate issued a document with this number and content hash;
 * only the portal's verification page says whether it has since been revoked.
 *
 * Self-contained on purpose (node:crypto and node:fs only): a notary's developer can copy it, or read it as the
 * reference for the format described in docs/verification.md.
 */
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

type Jwk = { kty?: string; crv?: string; x?: string; kid?: string };
type Claims = { v: number; k: string; n: string; c: string; s: string; i: string; h: string };

const CLAIM_KEYS = ['v', 'k', 'n', 'c', 's', 'i', 'h'] as const;

function fail(reason: string): never {
  console.log('INVALID');
  console.error(reason);
  process.exit(1);
}

/** The payload itself, or the `d` parameter of a verification URL. */
function payloadOf(input: string): string {
  const trimmed = input.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const d = new URL(trimmed).searchParams.get('d');
    if (!d) fail('the URL has no d= parameter');
    return d;
  }
  return trimmed;
}

/** Base64url decoded only if it is the canonical spelling of its bytes. */
function strictB64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

function main(args: string[]) {
  const [input, keysPath = 'mikhak-signing-keys.json'] = args;
  if (!input) {
    console.error('usage: npx tsx scripts/verify-document.ts <payload or verification URL> [keys.json]');
    process.exit(2);
  }
  if (!existsSync(keysPath)) {
    fail(`no key set at ${keysPath}: download <portal>/.well-known/mikhak-signing-keys.json first`);
  }
  const keys = (JSON.parse(readFileSync(keysPath, 'utf8')) as { keys?: Jwk[] }).keys ?? [];

  const parts = payloadOf(input).split('.');
  if (parts.length !== 3 || parts[0] !== 'MK1') fail('not an MK1 payload');
  const claimsBytes = strictB64url(parts[1]!);
  const signature = strictB64url(parts[2]!);
  if (!claimsBytes || !signature || signature.length !== 64) fail('malformed base64url');

  let claims: Claims;
  try {
    claims = JSON.parse(claimsBytes.toString('utf8')) as Claims;
  } catch {
    fail('the claims are not JSON');
  }
  // Exactly these keys, in this order, as the issuer writes them.
  const canonical = JSON.stringify(Object.fromEntries(CLAIM_KEYS.map((k) => [k, claims[k]])));
  if (canonical !== claimsBytes.toString('utf8') || claims.v !== 1) fail('unexpected claims');

  const jwk = keys.find((k) => k.kid === claims.k && k.kty === 'OKP' && k.crv === 'Ed25519' && k.x);
  if (!jwk) fail(`key ${claims.k} is not in ${keysPath}`);
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x! }, format: 'jwk' });
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii');
  if (!verify(null, signed, publicKey, signature)) fail('the signature does not match');

  console.log('VALID');
  console.log(`number:         ${claims.n}`);
  console.log(`consulate:      ${claims.c}`);
  console.log(`service:        ${claims.s}`);
  console.log(`issued:         ${claims.i}`);
  console.log(`content sha256: ${Buffer.from(claims.h, 'base64url').toString('hex')}`);
  console.log(`key:            ${claims.k}`);
  console.log('Revocation is not shown offline: check the number and code on the verification page.');
}

main(process.argv.slice(2));
