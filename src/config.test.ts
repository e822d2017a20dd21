import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

const key = Buffer.alloc(32, 7).toString('base64');
const signing = generateKeyPairSync('ed25519');
const signingPem = signing.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const productionEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/mikhak',
  SMTP_URL: 'smtp://mail:587',
  MAIL_FROM: 'Mikhak <no-reply@consulate.example>',
  SECRET_KEY: key,
  ENCRYPTION_KEY: key,
  PUBLIC_URL: 'https://mikhak.example',
  SIGNING_KEY: signingPem,
};

test('development defaults: port 3000, ./data, loopback host, dev mailbox, secrets generated once and kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  const a = loadConfig({ DATA_DIR: dir });
  assert.equal(a.port, 3000);
  assert.equal(a.host, '127.0.0.1');
  assert.equal(a.mail.devMailbox, true);
  assert.equal(a.databaseUrl, undefined);
  const file = join(dir, 'secrets.json');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const b = loadConfig({ DATA_DIR: dir });
  assert.deepEqual(b.secretKey, a.secretKey, 'a restart keeps the same keys');
  assert.deepEqual(b.encryptionKey, a.encryptionKey);
  assert.notDeepEqual(a.secretKey, a.encryptionKey);
  assert.match(readFileSync(file, 'utf8'), /secretKey/);
  assert.equal(loadConfig({ DATA_DIR: dir, PORT: '8080' }).port, 8080);
});

test('production refuses to start and names every missing variable', () => {
  for (const name of Object.keys(productionEnv).filter((k) => k !== 'NODE_ENV')) {
    const env: Record<string, string> = { ...productionEnv };
    delete env[name];
    assert.throws(
      () => loadConfig(env),
      (err: Error) => err instanceof ConfigError && err.message.includes(name),
      name,
    );
  }
  const ok = loadConfig(productionEnv);
  assert.equal(ok.production, true);
  assert.equal(ok.mail.devMailbox, false, 'never a dev mailbox in production');
  assert.equal(ok.host, '0.0.0.0');
});

test('invalid values are refused with the variable named', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
  assert.throws(() => loadConfig({ SECRET_KEY: 'short' }), /SECRET_KEY/);
  assert.throws(() => loadConfig({ ...productionEnv, DEV_MAILBOX: 'true' }), /DEV_MAILBOX/);
});

test('SMTP configured turns the dev mailbox off', () => {
  assert.equal(loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:2525' }).mail.devMailbox, false);
});

test('signing key: PEM (also with \\n escapes) or base64 DER, Ed25519 only; old public keys as kid=x', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  const fromPem = loadConfig({ DATA_DIR: dir, SIGNING_KEY: signingPem, SIGNING_KEY_ID: 'mk-2026' });
  assert.equal(fromPem.signing.privateKey?.asymmetricKeyType, 'ed25519');
  assert.equal(fromPem.signing.keyId, 'mk-2026');
  const escaped = loadConfig({ DATA_DIR: dir, SIGNING_KEY: signingPem.trim().replace(/\n/g, '\\n') });
  assert.equal(escaped.signing.privateKey?.asymmetricKeyType, 'ed25519');
  const der = signing.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  const fromDer = loadConfig({ DATA_DIR: dir, SIGNING_KEY: der });
  assert.deepEqual(
    fromDer.signing.privateKey?.export({ format: 'jwk' }),
    signing.privateKey.export({ format: 'jwk' }),
  );
  assert.equal(
    loadConfig({ DATA_DIR: dir }).signing.privateKey,
    undefined,
    'derived later, outside production',
  );

  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
  assert.throws(
    () => loadConfig({ DATA_DIR: dir, SIGNING_KEY: rsa.export({ format: 'pem', type: 'pkcs8' }).toString() }),
    (err: Error) => err instanceof ConfigError && /SIGNING_KEY.*Ed25519/.test(err.message),
  );
  assert.throws(() => loadConfig({ DATA_DIR: dir, SIGNING_KEY: 'not a key' }), /SIGNING_KEY/);
  assert.throws(() => loadConfig({ DATA_DIR: dir, SIGNING_KEY_ID: 'has space' }), /SIGNING_KEY_ID/);

  const x = String(signing.publicKey.export({ format: 'jwk' }).x);
  const old = loadConfig({ DATA_DIR: dir, SIGNING_PUBLIC_KEYS_OLD: `mk-2025=${x}, mk-2024=${x}` });
  assert.deepEqual(old.signing.previousKeys, [
    { kid: 'mk-2025', x },
    { kid: 'mk-2024', x },
  ]);
  assert.throws(
    () => loadConfig({ DATA_DIR: dir, SIGNING_PUBLIC_KEYS_OLD: 'mk-2025' }),
    /SIGNING_PUBLIC_KEYS_OLD/,
  );
  assert.throws(
    () => loadConfig({ DATA_DIR: dir, SIGNING_PUBLIC_KEYS_OLD: `mk=${x.slice(2)}` }),
    /SIGNING_PUBLIC_KEYS_OLD/,
  );
});
