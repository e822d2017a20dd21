import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { freshDatabase } from '../test-support/database.ts';
import { chainHash, record, verifyChain } from './audit.ts';
import { TestClock } from './clock.ts';
import { type Database, type Db, openDatabase } from './db.ts';
import { runMigrations } from './migrate.ts';
import { auditLog } from './schema.ts';

/**
 * The audit log's guarantees, end to end: `npm run audit:verify` passes on an intact chain and, after a row is
 * altered behind the append-only trigger by a superuser, names that very row and exits 1; concurrent writers
 * leave one unbroken chain. Runs on PGlite (its one user is a superuser) and on PostgreSQL (DATABASE_URL).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = process.env.DATABASE_URL;

/** As a superuser: triggers (the append-only one included) do not fire for this transaction's statements. */
async function behindTheTrigger(db: Db, change: (tx: Db) => Promise<unknown>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await change(tx);
  });
}

async function writeRows(db: Db, clock: TestClock, n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      record(tx, clock, {
        actor: i % 2 ? 'system' : `staff:0190a000-0000-7000-8000-00000000000${i % 10}`,
        action: `test.${tag}`,
        subject: `thing:${i}`,
        ip: '198.51.100.4',
        details: { i, nested: { b: [1, 2], a: 'x' } },
      }),
    );
    clock.advance(1_000);
  }
}

const ids = async (database: Database) =>
  (await database.rows<{ id: number }>(sql`select id from audit_log order by id`)).map((r) => Number(r.id));

/** `npm run audit:verify`, as an operator runs it, against the given database. */
function auditVerify(
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      cwd: ROOT,
      env: { ...clean, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run audit:verify', () => {
  /** A database the command can open by itself: a PGlite data folder, or a database on the server. */
  let target: { env: Record<string, string>; open(): Promise<Database>; drop(): Promise<void> };

  before(async () => {
    if (SERVER) {
      const name = `mikhak_auditcli_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
      const template = process.env.MIKHAK_TEST_PG_TEMPLATE;
      const admin = new pg.Client({ connectionString: SERVER });
      await admin.connect();
      await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
      await admin.end();
      const url = new URL(SERVER);
      url.pathname = `/${name}`;
      target = {
        env: { DATABASE_URL: url.toString() },
        open: () => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 }),
        async drop() {
          const c = new pg.Client({ connectionString: SERVER });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
      if (!template) {
        const db = await target.open();
        await runMigrations(db);
        await db.close();
      }
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'mikhak-audit-cli-'));
      target = {
        env: { DATA_DIR: dir },
        open: () => openDatabase({ kind: 'pglite', dataDir: dir }),
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
      const db = await target.open();
      await runMigrations(db);
      await db.close();
    }
  });
  after(() => target.drop());

  test('passes on an intact chain, then fails at the row altered through a superuser connection', async () => {
    const clock = new TestClock();
    let database = await target.open();
    let altered: number;
    try {
      await writeRows(database.db, clock, 12, 'cli');
      const all = await ids(database);
      assert.equal(all.length, 12);
      altered = all[6]!;
    } finally {
      // PGlite's folder is locked while open: the command opens it itself.
      await database.close();
    }

    const intact = await auditVerify(target.env);
    assert.equal(intact.code, 0, intact.err);
    assert.match(intact.out, /Audit log intact: 12 rows verified/);

    database = await target.open();
    try {
      await assert.rejects(
        database.db.execute(sql`update audit_log set details = '{"i": 999}' where id = ${altered}`),
        'the trigger refuses the change',
      );
      await behindTheTrigger(database.db, (tx) =>
        tx.execute(sql`update audit_log set details = '{"i": 999}' where id = ${altered}`),
      );
    } finally {
      await database.close();
    }

    const broken = await auditVerify(target.env);
    assert.equal(broken.code, 1);
    assert.match(broken.err, new RegExp(`BROKEN at row id ${altered}: content does not match its hash`));
    assert.doesNotMatch(broken.out, /intact/);
  });
});

describe('verification names the exact row', () => {
  let database: Database;
  let all: number[];
  before(async () => {
    database = await freshDatabase();
    await writeRows(database.db, new TestClock(), 20, 'exact');
    all = await ids(database);
  });
  after(() => database.close());

  /** A tampering, checked inside its transaction and rolled back, so each case starts from the intact chain. */
  async function tampered(change: (tx: Db) => Promise<unknown>) {
    let seen: Awaited<ReturnType<typeof verifyChain>> | undefined;
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await change(tx);
        seen = await verifyChain(tx, 7);
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal((await verifyChain(database.db)).ok, true, 'rolled back');
    return seen!;
  }

  test('an edited row, whichever column, is the broken one', async () => {
    for (const [column, value] of [
      ['actor', 'staff:someone-else'],
      ['action', 'test.innocent'],
      ['subject', 'thing:other'],
      ['ip', '203.0.113.1'],
    ] as const) {
      for (const at of [0, 9, 19]) {
        const id = all[at]!;
        const result = await tampered((tx) =>
          tx.execute(sql`update audit_log set ${sql.identifier(column)} = ${value} where id = ${id}`),
        );
        assert.deepEqual(
          result,
          { ok: false, rows: at + 1, brokenAt: id, reason: 'content does not match its hash' },
          `${column} of row ${id}`,
        );
      }
    }
    const id = all[4]!;
    const time = await tampered((tx) =>
      tx.execute(sql`update audit_log set at = at - interval '1 hour' where id = ${id}`),
    );
    assert.equal(time.ok === false && time.brokenAt, id);
    const details = await tampered((tx) =>
      tx.execute(sql`update audit_log set details = jsonb_set(details, '{i}', '42') where id = ${id}`),
    );
    assert.equal(details.ok === false && details.brokenAt, id);
  });

  test('a row rewritten with a fresh hash breaks the link to the next row; a removed row, the row after it', async () => {
    const id = all[10]!;
    const rehashed = await tampered(async (tx) => {
      const [row] = await tx.select().from(auditLog).where(eq(auditLog.id, id));
      // The forger recomputes the row's own hash: the row is consistent again, its successor's link is not.
      const forged = { ...row!, actor: 'forged' };
      await tx
        .update(auditLog)
        .set({ actor: forged.actor, hash: chainHash(forged.prevHash, forged) })
        .where(eq(auditLog.id, id));
    });
    assert.deepEqual(rehashed, {
      ok: false,
      rows: 12,
      brokenAt: all[11],
      reason: 'prev_hash does not match the row before it',
    });
    const removed = await tampered((tx) => tx.execute(sql`delete from audit_log where id = ${id}`));
    assert.equal(removed.ok === false && removed.brokenAt, all[11]);
    assert.equal(removed.ok === false && removed.reason, 'prev_hash does not match the row before it');
  });
});

describe('concurrent writers', () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase();
  });
  after(() => database.close());

  test('50 concurrent audit writes keep one chain of 50 rows', async () => {
    // On a server: a pool of its own with many connections, so the 50 transactions really overlap and contend
    // for the chain's lock. PGlite has one connection: its transactions queue behind each other.
    const url = database.pool?.options.connectionString;
    const writers = url ? await openDatabase({ kind: 'postgres', url, poolSize: 25 }) : database;
    const clock = new TestClock();
    try {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          writers.db.transaction(async (tx) => {
            // Some work in the transaction before and after the audit row, as a real change has.
            if (url) await tx.execute(sql`select pg_sleep(${(i % 5) / 1000})`);
            await record(tx, clock, { actor: `staff:${i}`, action: 'test.concurrent', details: { i } });
            if (url) await tx.execute(sql`select pg_sleep(${(i % 3) / 1000})`);
          }),
        ),
      );
    } finally {
      if (writers !== database) await writers.close();
    }
    const [counts] = await database.rows<{ n: number; links: number; actors: number }>(
      sql`select count(*)::int as n, count(distinct prev_hash)::int as links, count(distinct actor)::int as actors
          from audit_log where action = 'test.concurrent'`,
    );
    assert.deepEqual(counts, { n: 50, links: 50, actors: 50 }, 'every write kept, no two rows on one link');
    assert.deepEqual(await verifyChain(database.db), { ok: true, rows: 50 });
  });
});
