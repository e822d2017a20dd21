import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, hkdfSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatCode, newVerificationCode, normalizeCode, normalizeNumber, numberPrefix } from './numbers.ts';
import {
  canonicalClaims,
  contentDigest,
  keyRing,
  publicJwks,
  publicPem,
  ringFromConfig,
  signPayload,
  verifyPayload,
} from './signing.ts';

const CLAIMS = {
  n: 'LON-2026-000123',
  c: 'london',
  s: 'power-of-attorney',
  i: '2026-03-01',
  h: contentDigest('the document as issued').b64url,
};

const fresh = (kid?: string) => keyRing({ privateKey: generateKeyPairSync('ed25519').privateKey, kid });
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('signed payload', () => {
  test('round trip: MK1.<claims>.<signature>, the claims come back as signed', () => {
    const ring = fresh('mk-test');
    const { payload, kid } = signPayload(CLAIMS, ring);
    assert.equal(kid, 'mk-test');
    assert.match(payload, /^MK1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    const verified = verifyPayload(payload, ring.verifying);
    assert.deepEqual(verified, { ok: true, claims: { v: 1, k: 'mk-test', ...CLAIMS } });
    // The claims part is the canonical JSON, readable by anyone.
    const claims = Buffer.from(payload.split('.')[1]!, 'base64url').toString('utf8');
    assert.equal(claims, canonicalClaims({ v: 1, k: 'mk-test', ...CLAIMS }));
    assert.ok(claims.startsWith('{"v":1,"k":"mk-test","n":"LON-2026-000123"'));
    assert.ok(payload.length < 300, `compact enough for a QR code: ${payload.length}`);
  });

  test('one changed character anywhere → invalid (every position, several replacements)', () => {
    const ring = fresh();
    const { payload } = signPayload(CLAIMS, ring);
    let tried = 0;
    for (let i = 0; i < payload.length; i++) {
      const original = payload[i]!;
      const replacements = [...new Set([B64URL[(B64URL.indexOf(original) + 1) % 64]!, 'A', '_', '.'])].filter(
        (c) => c !== original,
      );
      for (const c of replacements) {
        const changed = payload.slice(0, i) + c + payload.slice(i + 1);
        assert.equal(verifyPayload(changed, ring.verifying).ok, false, `position ${i}: ${original} → ${c}`);
        tried++;
      }
    }
    assert.ok(tried > 3 * payload.length);
    // A character more or less, at either end.
    assert.equal(verifyPayload(`${payload}A`, ring.verifying).ok, false);
    assert.equal(verifyPayload(payload.slice(0, -1), ring.verifying).ok, false);
    assert.equal(verifyPayload(`x${payload}`, ring.verifying).ok, false);
  });

  test('one flipped bit in the signed bytes → invalid', () => {
    const ring = fresh();
    const { payload } = signPayload(CLAIMS, ring);
    const [prefix, claims, signature] = payload.split('.') as [string, string, string];
    const sig = Buffer.from(signature, 'base64url');
    for (let byte = 0; byte < sig.length; byte++) {
      const flipped = Buffer.from(sig);
      flipped[byte]! ^= 1;
      assert.equal(
        verifyPayload(`${prefix}.${claims}.${flipped.toString('base64url')}`, ring.verifying).ok,
        false,
      );
    }
    const json = Buffer.from(claims, 'base64url');
    for (let byte = 0; byte < json.length; byte++) {
      const flipped = Buffer.from(json);
      flipped[byte]! ^= 1;
      const result = verifyPayload(`${prefix}.${flipped.toString('base64url')}.${signature}`, ring.verifying);
      assert.equal(result.ok, false, `claims byte ${byte}`);
    }
  });

  test('wrong key → invalid; a rotated-out key still verifies when kept', () => {
    const ring = fresh('mk-1');
    const { payload } = signPayload(CLAIMS, ring);
    // Another key under the same id: the signature does not match.
    assert.deepEqual(verifyPayload(payload, fresh('mk-1').verifying), { ok: false, reason: 'bad_signature' });
    // A ring that does not know the id.
    assert.deepEqual(verifyPayload(payload, fresh('mk-2').verifying), { ok: false, reason: 'unknown_key' });
    // Rotation: the new ring keeps the old public key.
    const x = String(ring.current.publicKey.export({ format: 'jwk' }).x);
    const next = keyRing({
      privateKey: generateKeyPairSync('ed25519').privateKey,
      kid: 'mk-2',
      previous: [{ kid: 'mk-1', x }],
    });
    assert.equal(verifyPayload(payload, next.verifying).ok, true);
    assert.equal(signPayload(CLAIMS, next).kid, 'mk-2');
  });

  test('the same claims spelled differently are refused (only the canonical encoding was signed)', () => {
    const ring = fresh('mk');
    const { payload } = signPayload(CLAIMS, ring);
    const [, , signature] = payload.split('.');
    const reordered = JSON.stringify({ k: 'mk', v: 1, ...CLAIMS });
    const spaced = canonicalClaims({ v: 1, k: 'mk', ...CLAIMS }).replace(',', ', ');
    for (const json of [reordered, spaced]) {
      const forged = `MK1.${Buffer.from(json).toString('base64url')}.${signature}`;
      assert.equal(verifyPayload(forged, ring.verifying).ok, false);
    }
    assert.equal(verifyPayload(`MK2.${payload.slice(4)}`, ring.verifying).ok, false, 'the version is signed');
  });

  test('garbage never throws', () => {
    const ring = fresh();
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        assert.equal(verifyPayload(s, ring.verifying).ok, false);
        assert.equal(verifyPayload(`MK1.${s}.${s}`, ring.verifying).ok, false);
      }),
    );
    assert.throws(() => signPayload({ ...CLAIMS, n: 'not a number' }, ring));
  });

  test('published keys: a JWK set (OKP, Ed25519, kid, use sig) and a PEM, the current key first', () => {
    const old = generateKeyPairSync('ed25519').publicKey;
    const oldX = String(old.export({ format: 'jwk' }).x);
    const ring = keyRing({
      privateKey: generateKeyPairSync('ed25519').privateKey,
      kid: 'mk-now',
      previous: [{ kid: 'mk-old', x: oldX }],
    });
    const jwks = publicJwks(ring);
    assert.equal(jwks.keys.length, 2);
    assert.deepEqual(
      jwks.keys.map((k) => [k.kid, k.kty, k.crv, k.use, k.alg]),
      [
        ['mk-now', 'OKP', 'Ed25519', 'sig', 'EdDSA'],
        ['mk-old', 'OKP', 'Ed25519', 'sig', 'EdDSA'],
      ],
    );
    assert.equal(jwks.keys[1]!.x, oldX);
    assert.ok(!('d' in jwks.keys[0]!), 'no private part');
    const pem = publicPem(ring);
    assert.match(pem, /^-----BEGIN PUBLIC KEY-----/);
    assert.equal(createPublicKey(pem).export({ format: 'jwk' }).x, jwks.keys[0]!.x);
  });

  test('development key: derived from the secret key, the same after a restart, announced; refused in production', () => {
    const secret = Buffer.alloc(32, 9);
    const hmacKey = (purpose: string) =>
      Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), purpose, 32));
    const warnings: string[] = [];
    const options = { production: false, hmacKey, warn: (m: string) => warnings.push(m) };
    const none = { privateKey: undefined, keyId: undefined, previousKeys: [] };
    const a = ringFromConfig(none, options);
    const b = ringFromConfig(none, options);
    assert.equal(a.current.kid, b.current.kid);
    assert.match(a.current.kid, /^dev-/);
    assert.deepEqual(
      a.current.publicKey.export({ format: 'jwk' }),
      b.current.publicKey.export({ format: 'jwk' }),
    );
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /SIGNING_KEY is not set/);
    const { payload } = signPayload(CLAIMS, a);
    assert.equal(
      verifyPayload(payload, b.verifying).ok,
      true,
      'documents signed before a restart still verify',
    );
    assert.throws(() => ringFromConfig(none, { ...options, production: true }), /SIGNING_KEY/);
    const configured = ringFromConfig(
      { privateKey: generateKeyPairSync('ed25519').privateKey, keyId: 'mk-2026', previousKeys: [] },
      options,
    );
    assert.equal(configured.current.kid, 'mk-2026');
    assert.equal(warnings.length, 2, 'no warning with a configured key');
  });
});

describe('document numbers and verification codes', () => {
  test('numbers: prefix from the consulate, read back however typed', () => {
    assert.equal(numberPrefix('london'), 'LON');
    assert.equal(numberPrefix('berlin'), 'BER');
    for (const typed of [
      'LON-2026-000123',
      'lon 2026 123',
      'LON2026000123',
      'LON–۲۰۲۶–۰۰۰۱۲۳',
      ' lon-2026-0123 ',
    ]) {
      assert.equal(normalizeNumber(typed), 'LON-2026-000123', typed);
    }
    for (const bad of [
      '',
      'LON',
      '2026-000123',
      'LON-26-1',
      'LON-2026-000000',
      'LON-2026-ABC',
      'x'.repeat(200),
    ]) {
      assert.equal(normalizeNumber(bad), undefined, bad);
    }
  });

  test('codes: ten characters of the unambiguous alphabet, grouped by five, any separators and digits typed', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const code = newVerificationCode();
      assert.match(code, /^[23456789ABCDEFGHJKMNPQRSTWXYZ]{10}$/);
      assert.equal(normalizeCode(formatCode(code)), code);
      assert.equal(normalizeCode(formatCode(code).toLowerCase().replace('-', ' ')), code);
      seen.add(code);
    }
    assert.equal(seen.size, 200);
    assert.equal(formatCode('K7PM4QX9T2'), 'K7PM4-QX9T2');
    assert.equal(normalizeCode('k7pm4 – qx9t2'), 'K7PM4QX9T2');
    assert.equal(normalizeCode('K۷PM۴-QX۹T۲'), 'K7PM4QX9T2');
    assert.equal(normalizeCode('K7PM4-QX9T'), undefined);
    assert.equal(normalizeCode('O7PM4-QX9T2'), undefined, 'O is not in the alphabet');
  });
});

describe('scripts/verify-document.ts (offline check)', () => {
  const script = join(import.meta.dirname, '../../../scripts/verify-document.ts');
  // tsx by its resolved path: one run below is from a folder with no node_modules.
  const tsx = import.meta.resolve('tsx');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', tsx, script, ...args], { encoding: 'utf8', timeout: 30_000 });

  test('prints the verified claims for a payload or a verification URL; INVALID for a changed byte or another key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mikhak-verify-'));
    try {
      const ring = fresh('mk-script');
      const keys = join(dir, 'keys.json');
      writeFileSync(keys, JSON.stringify(publicJwks(ring)));
      const { payload } = signPayload(CLAIMS, ring);

      const ok = run([payload, keys]);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /^VALID$/m);
      assert.match(ok.stdout, /number:\s+LON-2026-000123/);
      assert.match(ok.stdout, /service:\s+power-of-attorney/);
      assert.match(ok.stdout, /issued:\s+2026-03-01/);
      assert.match(ok.stdout, new RegExp(contentDigest('the document as issued').hex));

      const viaUrl = run([`https://mikhak.example/verify?d=${payload}`, keys]);
      assert.equal(viaUrl.status, 0, viaUrl.stderr);

      const i = 40;
      const tampered = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
      const bad = run([tampered, keys]);
      assert.equal(bad.status, 1);
      assert.equal(bad.stdout.trim(), 'INVALID');

      const otherKeys = join(dir, 'other.json');
      writeFileSync(otherKeys, JSON.stringify(publicJwks(fresh('mk-script'))));
      const other = run([payload, otherKeys]);
      assert.equal(other.status, 1);
      assert.equal(other.stdout.trim(), 'INVALID');
      assert.match(other.stderr, /signature/);

      // The default key file is mikhak-signing-keys.json in the current folder.
      writeFileSync(join(dir, 'mikhak-signing-keys.json'), JSON.stringify(publicJwks(ring)));
      const byDefault = execFileSync(process.execPath, ['--import', tsx, script, payload], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      assert.match(byDefault, /^VALID$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
