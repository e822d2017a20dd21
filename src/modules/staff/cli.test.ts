import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../platform/db.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, demoStaffNotice } from './demo.ts';
import { createAdminAccount } from './service.ts';
import { findStaffByEmail, rolesOf } from './store.ts';
import { signInWithTotp } from './test-helpers.ts';
import { DEMO_TOTP_SECRET, totpCode } from './totp.ts';

const root = join(import.meta.dirname, '../../..');

/** Runs a command of src/cli as `npm run` would, with standard input piped. */
function run(script: string, args: string[], input: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(input);
  });
}

describe('npm run staff:create', () => {
  test('makes an admin from options and a password on standard input; refuses weak ones', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mikhak-staff-cli-'));
    try {
      const env = { NODE_ENV: 'development', DATA_DIR: dataDir };
      const args = ['--email', 'First.Admin@Example.org', '--name', 'First Admin'];
      const weak = await run('src/cli/staff-create.ts', args, 'short\n', env);
      assert.equal(weak.code, 1, weak.out);
      assert.match(weak.out, /at least 12 characters/);
      const same = await run('src/cli/staff-create.ts', args, 'first.admin@example.org\n', env);
      assert.equal(same.code, 1);
      assert.match(same.out, /must not be the email/);
      const missing = await run('src/cli/staff-create.ts', ['--email', 'x@example.org'], 'whatever\n', env);
      assert.equal(missing.code, 2);

      const ok = await run('src/cli/staff-create.ts', args, 'a long enough admin passphrase\n', env);
      assert.equal(ok.code, 0, ok.out);
      assert.match(ok.out, /Admin account created for first\.admin@example\.org/);
      assert.match(ok.out, /\/staff/);
      assert.match(ok.out, /second factor/);
      const twice = await run('src/cli/staff-create.ts', args, 'a long enough admin passphrase\n', env);
      assert.equal(twice.code, 1);
      assert.match(twice.out, /already exists/);

      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const row = await findStaffByEmail(database.db, 'first.admin@example.org');
        assert.ok(row);
        assert.match(row.passwordHash, /^\$argon2id\$/);
        assert.equal(row.mustChangePassword, false);
        assert.deepEqual(await rolesOf(database.db, row.id), [{ role: 'admin', consulateId: null }]);
        const audit = await database.rows<{ actor: string }>(
          sql`select actor from audit_log where action = 'staff.created'`,
        );
        assert.deepEqual(audit, [{ actor: 'system' }]);
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('demo staff and the first admin', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_POST_PER_MINUTE: '10000' } });
  });
  after(() => t.close());

  test('createAdminAccount refuses what the command refuses', async () => {
    const cases = [
      [{ email: 'nope', name: 'A', password: 'a long enough passphrase' }, 'email:invalid'],
      [{ email: 'a@example.org', name: ' ', password: 'a long enough passphrase' }, 'name:invalid'],
      [{ email: 'a@example.org', name: 'A', password: 'passwordpassword' }, 'password:common'],
      [{ email: 'a@example.org', name: 'Long Name Here', password: 'long name here' }, 'password:name'],
    ] as const;
    for (const [input, expected] of cases) {
      const outcome = await createAdminAccount(t.database.db, t.clock, input);
      assert.equal(outcome.ok ? 'ok' : `${outcome.field}:${outcome.problem}`, expected);
    }
  });

  test('the seed makes five demo staff once, who sign in with the printed password and TOTP secret', async () => {
    const options = { staff: { keys: t.app.platform.keys, production: false } };
    const first = await seedDemo(t.database.db, options);
    assert.equal(first.staff, DEMO_STAFF.length);
    const count = async () =>
      (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from staff`))[0]?.n;
    const snapshot = async () =>
      t.database.rows(sql`select id, email, password_hash, totp_secret_enc from staff order by email`);
    const before = await snapshot();
    assert.equal((await seedDemo(t.database.db, options)).staff, 0);
    assert.deepEqual(await snapshot(), before, 'a second run changes nothing');
    assert.equal(await count(), DEMO_STAFF.length);

    const london = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from staff_roles r join consulates c on c.id = r.consulate_id
          where c.code = 'london' and r.role = 'officer'`,
    );
    assert.equal(london[0]?.n, 2, 'two officers in London: four eyes');

    const officer = { email: DEMO_STAFF[0]!.email };
    const { res } = await signInWithTotp(t, officer, DEMO_TOTP_SECRET, { password: DEMO_STAFF_PASSWORD });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/staff/queue');
    t.clock.advance(60_000);
    const admin = { email: DEMO_STAFF.find((p) => p.roles[0]?.role === 'admin')!.email };
    const adminIn = await signInWithTotp(t, admin, DEMO_TOTP_SECRET, { password: DEMO_STAFF_PASSWORD });
    assert.equal(adminIn.res.headers.location, '/staff/admin');

    const notice = demoStaffNotice('http://localhost:3000', t.clock.now());
    assert.match(notice, /http:\/\/localhost:3000\/staff/);
    assert.ok(notice.includes(DEMO_TOTP_SECRET));
    assert.ok(notice.includes(DEMO_STAFF_PASSWORD));
    assert.ok(notice.includes(totpCode(DEMO_TOTP_SECRET, t.clock.now())));
    assert.match(notice, /npm run staff:code/);
  });

  test('no demo staff without keys or in production', async () => {
    const fresh = await buildTestApp();
    try {
      assert.equal((await seedDemo(fresh.database.db)).staff, 0);
      const production = await seedDemo(fresh.database.db, {
        staff: { keys: fresh.app.platform.keys, production: true },
      });
      assert.equal(production.staff, 0);
      assert.equal((await fresh.database.rows(sql`select 1 from staff`)).length, 0);
    } finally {
      await fresh.close();
    }
  });
});
