import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../test-support/database.ts';
import { record, verifyChain } from './audit.ts';
import { TestClock } from './clock.ts';
import type { Database } from './db.ts';

describe('audit log', () => {
  let database: Database;
  const clock = new TestClock();
  before(async () => {
    database = await freshDatabase();
  });
  after(() => database.close());

  test('rows chain by hash and verify', async () => {
    for (let i = 0; i < 5; i++) {
      await database.db.transaction((tx) =>
        record(tx, clock, {
          actor: 'system',
          action: 'test.write',
          subject: `thing:${i}`,
          ip: '127.0.0.1',
          details: { i, z: 1, a: [1, { b: 2 }] },
        }),
      );
      clock.advance(1000);
    }
    const result = await verifyChain(database.db);
    assert.deepEqual(result, { ok: true, rows: 5 });
  });

  test('a rolled-back transaction leaves no audit row', async () => {
    const before = await verifyChain(database.db);
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await record(tx, clock, { actor: 'system', action: 'test.rollback' });
        throw new Error('change failed');
      }),
    );
    assert.equal((await verifyChain(database.db)).rows, before.rows);
  });

  test('concurrent writers keep one chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) =>
          record(tx, clock, { actor: `staff:${i}`, action: 'test.concurrent' }),
        ),
      ),
    );
    const result = await verifyChain(database.db);
    assert.equal(result.ok, true);
  });

  test('UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const refused = (err: Error & { cause?: Error }) =>
      /append-only/.test(`${err.message} ${err.cause?.message}`);
    await assert.rejects(database.db.execute(sql`update audit_log set actor = 'someone else'`), refused);
    await assert.rejects(database.db.execute(sql`delete from audit_log`), refused);
    await assert.rejects(database.db.execute(sql`truncate audit_log`), refused);
    assert.equal((await verifyChain(database.db)).ok, true, 'nothing changed');
  });

  test('verification names the first broken row when a row was altered behind the trigger', async () => {
    const rows = await database.rows<{ id: number }>(sql`select id from audit_log order by id limit 3`);
    const target = Number(rows[2]!.id);
    // Someone with owner rights disables the trigger and edits history.
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await database.db.execute(sql`update audit_log set actor = 'forged' where id = ${target}`);
    await database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    const result = await verifyChain(database.db);
    assert.equal(result.ok, false);
    assert.equal(result.ok === false && result.brokenAt, target);
  });
});
