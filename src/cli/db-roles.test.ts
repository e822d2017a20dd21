import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { record, verifyChain } from '../platform/audit.ts';
import { TestClock } from '../platform/clock.ts';
import { openDatabase } from '../platform/db.ts';
import { runMigrationsAs } from '../platform/migrate.ts';
import { seedDemo } from '../seed.ts';
import { applyRoles, checkOptions, rolesScript, scramVerifier } from './db-roles.ts';

const SERVER = process.env.DATABASE_URL;

test('the printed script: roles, database, grants, default privileges, the audit log append-only', () => {
  const script = rolesScript({
    database: 'mikhak',
    owner: 'mikhak_owner',
    app: 'mikhak_app',
    appPassword: 'secret',
  });
  assert.ok(!script.includes('secret'), 'no plain password');
  assert.match(script, /ALTER ROLE "mikhak_app" WITH LOGIN NOSUPERUSER .* PASSWORD 'SCRAM-SHA-256\$4096:/);
  assert.match(script, /\\password mikhak_owner/, 'a missing password is pointed out');
  assert.match(script, /\\gexec/);
  assert.match(script, /\\connect mikhak/);
  assert.match(
    script,
    /ALTER DEFAULT PRIVILEGES FOR ROLE "mikhak_owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "mikhak_app"/,
  );
  assert.match(script, /REVOKE UPDATE, DELETE, TRUNCATE ON public\.audit_log FROM PUBLIC, "mikhak_app"/);
  assert.deepEqual(checkOptions({ database: 'x', owner: 'a', app: 'a' }), [
    'the owner and app roles must be different roles',
  ]);
  assert.equal(checkOptions({ database: 'x; drop', owner: 'a', app: 'b' }).length, 1);
});

test('the SCRAM verifier is one a PostgreSQL client proves it knows the password against', async () => {
  // pg's own client side of SCRAM-SHA-256, answering a server that holds our verifier.
  const sasl = createRequire(import.meta.url)('pg/lib/crypto/sasl.js') as {
    startSession(m: string[]): { response: string; clientNonce: string; message: string };
    continueSession(s: object, password: string, serverData: string): Promise<void>;
  };
  for (const password of ['correct horse', 'پسورد\u00a0با فاصله']) {
    const salt = randomBytes(16);
    const verifier = scramVerifier(password, salt);
    const [, rest] = verifier.split('$4096:') as [string, string];
    const [, keys] = rest.split('$') as [string, string];
    const storedKey = Buffer.from(keys.split(':')[0]!, 'base64');
    const session = sasl.startSession(['SCRAM-SHA-256']);
    const clientFirstBare = session.response.slice(3);
    const serverFirst = `r=${session.clientNonce}server,s=${salt.toString('base64')},i=4096`;
    await sasl.continueSession(session, password, serverFirst);
    const clientFinal = (session as unknown as { response: string }).response;
    const withoutProof = clientFinal.slice(0, clientFinal.indexOf(',p='));
    const proof = Buffer.from(clientFinal.slice(clientFinal.indexOf(',p=') + 3), 'base64');
    const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
    const signature = createHmac('sha256', storedKey).update(authMessage).digest();
    const clientKey = Buffer.from(proof.map((b, i) => b ^ signature[i]!));
    assert.deepEqual(createHash('sha256').update(clientKey).digest(), storedKey, password);
  }
});

describe('database roles on a PostgreSQL server', {
  skip: !SERVER && 'PostgreSQL only: roles are server objects (set DATABASE_URL)',
}, () => {
  test('owner migrates; the app role works its tables but cannot rewrite the audit log', async () => {
    const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const options = {
      database: `mikhak_roles_${suffix}`,
      owner: `mikhak_owner_${suffix}`,
      app: `mikhak_app_${suffix}`,
      ownerPassword: 'owner-password',
      appPassword: 'app-password',
    };
    const as = (user: string, password: string) => {
      const url = new URL(SERVER!);
      url.username = user;
      url.password = password;
      url.pathname = `/${options.database}`;
      return url.toString();
    };
    const ownerUrl = as(options.owner, options.ownerPassword);
    const appUrl = as(options.app, options.appPassword);
    try {
      await applyRoles(SERVER!, options);
      // Twice: a second run changes nothing and does not fail.
      await applyRoles(SERVER!, options);
      const app = await openDatabase({ kind: 'postgres', url: appUrl, poolSize: 2 });
      try {
        // The app role alone may not migrate: it says so instead of failing on a CREATE.
        await assert.rejects(runMigrationsAs(app, undefined), /at migration 0 .*`npm run migrate`/);
        // The app's connection migrates through the owner's, as main.ts does with MIGRATION_DATABASE_URL.
        await runMigrationsAs(app, ownerUrl);
        // Migrated by the owner (a release step), a web process with only the app role starts.
        await runMigrationsAs(app, undefined);
        const [who] = await app.rows<{ current_user: string }>(sql`select current_user`);
        assert.equal(who?.current_user, options.app);
        const [owns] = await app.rows<{ owner: string }>(
          sql`select tableowner as owner from pg_tables where tablename = 'audit_log'`,
        );
        assert.equal(owns?.owner, options.owner);

        // Appending to the audit log works; rewriting it is refused by the privileges, not only the trigger.
        const clock = new TestClock();
        await app.db.transaction((tx) => record(tx, clock, { actor: 'system', action: 'test.roles' }));
        await app.db.transaction((tx) => record(tx, clock, { actor: 'system', action: 'test.roles' }));
        assert.deepEqual(await verifyChain(app.db), { ok: true, rows: 2 });
        const denied = (err: Error & { cause?: { code?: string } }) => {
          const e = (err.cause ?? err) as { code?: string; message?: string };
          return e.code === '42501' && /permission denied/.test(e.message ?? '');
        };
        await assert.rejects(app.db.execute(sql`update audit_log set actor = 'forged'`), denied);
        await assert.rejects(app.db.execute(sql`delete from audit_log`), denied);
        await assert.rejects(app.db.execute(sql`truncate audit_log`), denied);
        await assert.rejects(
          app.db.execute(sql`alter table audit_log disable trigger user`),
          (err: Error & { cause?: { code?: string } }) =>
            ['42501'].includes(String((err.cause ?? (err as { code?: string })).code)),
        );
        await assert.rejects(app.db.execute(sql`create table sneaky (id int)`), denied);

        // Normal tables: the whole demo seed, then update and delete.
        await seedDemo(app.db);
        await app.db.execute(sql`update consulates set hours_en = 'Closed' where code = 'london'`);
        await app.db.execute(
          sql`insert into consulate_closures (id, consulate_id, day, kind, name_fa, name_en)
              select gen_random_uuid(), id, '2026-12-31', 'closure', 'آزمون', 'Test' from consulates`,
        );
        await app.db.execute(sql`delete from consulate_closures`);

        // A table a later migration creates (as the owner) is the app's too, by default privileges.
        const owner = new pg.Client({ connectionString: ownerUrl });
        await owner.connect();
        try {
          await owner.query('create table later_feature (id bigserial primary key, note text)');
        } finally {
          await owner.end();
        }
        await app.db.execute(sql`insert into later_feature (note) values ('hello')`);
        await app.db.execute(sql`update later_feature set note = 'bye'`);
        await app.db.execute(sql`delete from later_feature`);
      } finally {
        await app.close();
      }
    } finally {
      const admin = new pg.Client({ connectionString: SERVER });
      await admin.connect();
      try {
        await admin.query(`drop database if exists "${options.database}" with (force)`);
        await admin.query(`drop role if exists "${options.app}"`);
        await admin.query(`drop role if exists "${options.owner}"`);
      } finally {
        await admin.end();
      }
    }
  });
});
