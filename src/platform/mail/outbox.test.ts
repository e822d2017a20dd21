import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../../test-support/database.ts';
import { TestClock } from '../clock.ts';
import { deriveKeys } from '../crypto.ts';
import type { Database } from '../db.ts';
import type { EmailMessage } from './message.ts';
import { enqueueEmail, isSingleAddress, openPayload, outboxStats, pruneOutbox } from './outbox.ts';
import { otpEmail } from './templates.ts';

let database: Database;
const keys = deriveKeys(randomBytes(32), randomBytes(32));
const clock = new TestClock();
const deps = { keys, clock };

const message = (to: string, code: string): EmailMessage => ({
  to,
  ...otpEmail('fa', { code, minutes: 10 }),
});

before(async () => {
  database = await freshDatabase();
});
after(async () => {
  await database?.close();
});

type Row = {
  id: string;
  kind: string;
  state: string;
  attempts: number;
  payload_enc: Uint8Array;
  next_attempt_at: unknown;
};
const rowById = async (id: string) =>
  (await database.rows<Row>(sql`select * from outbox where id = ${id}`)).map((r) => ({
    ...r,
    payload_enc: Buffer.from(r.payload_enc),
  }))[0];

test('an email queued in a transaction that rolls back leaves no row', async () => {
  let id: string | undefined;
  await assert.rejects(
    database.db.transaction(async (tx) => {
      id = await enqueueEmail(tx, deps, 'otp.sign_in', message('rollback@example.org', '111111'));
      throw new Error('the change failed');
    }),
    /the change failed/,
  );
  assert.ok(id);
  assert.equal(await rowById(id), undefined);
});

test('a committed email is one pending row with nothing readable in it', async () => {
  const id = await database.db.transaction((tx) =>
    enqueueEmail(tx, deps, 'otp.sign_in', message('reader@example.org', '482913')),
  );
  const row = await rowById(id);
  assert.ok(row);
  assert.equal(row.kind, 'otp.sign_in');
  assert.equal(row.state, 'pending');
  assert.equal(row.attempts, 0);
  assert.equal(new Date(row.next_attempt_at as string).toISOString(), clock.now().toISOString());
  for (const secret of ['reader@example.org', 'reader', '482913']) {
    assert.equal(row.payload_enc.includes(Buffer.from(secret)), false, `${secret} is in the payload`);
  }
  const opened = openPayload(keys, id, row.payload_enc);
  assert.equal(opened.to, 'reader@example.org');
  assert.match(opened.text, /482913/);
  assert.equal(opened.locale, 'fa');
});

test('a flipped byte, another row id or another key fails decryption', async () => {
  const id = await enqueueEmail(database.db, deps, 'otp.sign_in', message('flip@example.org', '123456'));
  const row = await rowById(id);
  assert.ok(row);
  for (const at of [1, 20, row.payload_enc.length - 1]) {
    const altered = Buffer.from(row.payload_enc);
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    assert.throws(() => openPayload(keys, id, altered));
  }
  const other = await enqueueEmail(database.db, deps, 'otp.sign_in', message('other@example.org', '654321'));
  assert.throws(
    () => openPayload(keys, other, row.payload_enc),
    'a payload moved to another row does not open',
  );
  assert.throws(() => openPayload(deriveKeys(randomBytes(32), randomBytes(32)), id, row.payload_enc));
});

test('only one plain address is accepted as recipient', async () => {
  for (const bad of [
    'a@x.org, b@y.org',
    'Name <a@x.org>',
    'a@x.org\r\nBcc: b@y.org',
    'no-at-sign',
    'a@localhost',
    '',
  ]) {
    assert.equal(isSingleAddress(bad), false, bad);
    await assert.rejects(enqueueEmail(database.db, deps, 'x', message(bad, '1')), /one plain email address/);
  }
  assert.equal(isSingleAddress('first.last+tag@sub.example.org'), true);
});

test('attachments: a few small files with plain names are sealed with the message; anything else is refused', async () => {
  const ics = {
    filename: 'appointment.ics',
    contentType: 'text/calendar; method=REQUEST; charset=utf-8',
    content: 'BEGIN:VCALENDAR',
  };
  const id = await enqueueEmail(database.db, deps, 'appointment.confirmed', {
    ...message('calendar@example.org', '1'),
    attachments: [ics],
  });
  const [row] = await database.rows<{ payload_enc: Buffer }>(
    sql`select payload_enc from outbox where id = ${id}`,
  );
  assert.deepEqual(openPayload(keys, id, row!.payload_enc).attachments, [ics]);
  const bad = [
    { ...ics, filename: '../../etc/passwd' },
    { ...ics, filename: 'a b.ics' },
    { ...ics, contentType: 'text/calendar\r\nBcc: x@example.org' },
    { ...ics, content: 'x'.repeat(64 * 1024 + 1) },
  ];
  for (const attachment of bad) {
    await assert.rejects(
      enqueueEmail(database.db, deps, 'x', {
        ...message('calendar@example.org', '1'),
        attachments: [attachment],
      }),
      /attachments/,
    );
  }
  await assert.rejects(
    enqueueEmail(database.db, deps, 'x', {
      ...message('calendar@example.org', '1'),
      attachments: [ics, ics, ics, ics],
    }),
    /attachments/,
  );
});

test('statistics count rows by state; pruning removes old delivered rows only', async () => {
  const before = await outboxStats(database.db);
  assert.ok(before.pending >= 3);
  assert.equal(before.sent, 0);
  assert.equal(before.oldestDueAt, clock.now().toISOString());
  const id = await enqueueEmail(database.db, deps, 'notice', message('stats@example.org', '1'));
  await database.db.execute(sql`update outbox set state = 'sent', payload_enc = null where id = ${id}`);
  const after = await outboxStats(database.db);
  assert.equal(after.sent, 1);
  assert.equal(after.pending, before.pending);
  assert.equal(await pruneOutbox(database.db, new Date(clock.now().getTime() + 1)), 1);
  assert.equal(await rowById(id), undefined);
  assert.equal((await outboxStats(database.db)).pending, before.pending, 'pending rows are never pruned');
});
