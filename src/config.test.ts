import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

const key = Buffer.alloc(32, 7).toString('base64');
const productionEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/mikhak',
  SMTP_URL: 'smtp://mail:587',
  MAIL_FROM: 'Mikhak <no-reply@consulate.example>',
  SECRET_KEY: key,
  ENCRYPTION_KEY: key,
  PUBLIC_URL: 'https://mikhak.example',
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
