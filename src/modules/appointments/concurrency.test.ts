import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../platform/db.ts';
import { type MessageKey, translator } from '../../platform/i18n/index.ts';
import { seedDemo } from '../../seed.ts';
import { freshDatabase } from '../../test-support/database.ts';
import { needPostgres } from '../../test-support/tools.ts';
import type { Start } from './schedule.ts';
import {
  type AppProcess,
  confirmOverHttp,
  consulateIdOf,
  createSurgeApplicants,
  freeStarts,
  type HttpAnswer,
  openBookingPage,
  postHold,
  type ReadyAttempt,
  SURGE_GROUP,
  startAppProcess,
} from './surge-fixtures.ts';
import { seedSchedule } from './test-helpers.ts';

/**
 * A surge on one start with 3 counters, against two app processes on one PostgreSQL database: 200 applicants, each
 * with their own submitted request and session, ask for the same seat at the same moment, half through each
 * process. The database, not either process, decides: exactly 3 holds, everyone else a clear "just taken" page,
 * never a server error, never a counter given twice; confirming the 3 does not make room for a fourth.
 */
const SURGE = 200;
const LATE = 20;
const CONFIRM = /^\/appointments\/([0-9a-f-]{36})\/confirm$/;

describe('a surge on a 3-seat start, two app processes on PostgreSQL', { ...needPostgres() }, () => {
  let database: Database;
  let fixtures: FastifyInstance;
  let dataDir: string;
  const processes: AppProcess[] = [];
  let consulateId: string;
  let target: Start;
  let surge: ReadyAttempt[];
  let late: ReadyAttempt[];
  let answers: PromiseSettledResult<HttpAnswer>[];

  before(async () => {
    database = await freshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'mikhak-surge-'));
    const env = {
      SECRET_KEY: randomBytes(32).toString('base64'),
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      SEED_DEMO: '0',
      APPOINTMENT_QUEUE_MINUTES: '0',
      RATE_LIMIT_POST_PER_MINUTE: '1000000',
      RATE_LIMIT_BOOKING_PER_HOUR: '1000000',
      RATE_LIMIT_BOOKING_IP_PER_HOUR: '1000000',
    };
    await seedDemo(database.db);
    // Fixtures through the app's own code, in this process, with the keys the two app processes will use.
    fixtures = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: join(dataDir, 'fixtures'), ...env }),
      database,
    });
    const { platform } = fixtures;
    consulateId = await consulateIdOf(platform);
    const minutes = await platform.appointments.visitMinutes(consulateId, 'no-criminal-record');
    await seedSchedule(database.db, 'london', {
      groups: [SURGE_GROUP],
      counters: 3,
      slotMinutes: minutes,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      opens: '09:00',
      closes: '13:00',
    });
    const applicants = await createSurgeApplicants(platform, SURGE + LATE);
    const free = await freeStarts(platform, { seats: 3 });
    target = free.starts[0]!;
    const url = database.pool!.options.connectionString!;
    processes.push(
      ...(await Promise.all([
        startAppProcess({ ...env, DATABASE_URL: url, DATA_DIR: join(dataDir, 'a'), RUN_WORKER: '1' }),
        startAppProcess({ ...env, DATABASE_URL: url, DATA_DIR: join(dataDir, 'b'), RUN_WORKER: '0' }),
      ])),
    );
    // Everyone opens the day's times first, as a person would; that page carries the form's token.
    const ready: ReadyAttempt[] = [];
    for (let i = 0; i < applicants.length; i += 20) {
      ready.push(
        ...(await Promise.all(
          applicants.slice(i, i + 20).map((a, k) =>
            openBookingPage(baseFor(i + k), a, free.day).catch((err: Error) => {
              throw new Error(`${err.message}\n${outputs()}`);
            }),
          ),
        )),
      );
    }
    surge = ready.slice(0, SURGE);
    late = ready.slice(SURGE);
  });

  after(async () => {
    await Promise.allSettled(processes.map((p) => p.stop()));
    await fixtures?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Even attempts go to the first process, odd ones to the second. */
  const baseFor = (i: number) => processes[i % 2]!.base;
  const outputs = () =>
    processes
      .map(
        (p, i) =>
          `--- process ${i + 1}: errors ${JSON.stringify([...p.errors()])}\n${p.output().slice(-3_000)}`,
      )
      .join('\n');

  /**
   * The seat rows of every grid cell the target visit covers (a 20-minute visit takes four 5-minute cells, each
   * a `slots` row with its own count), grouped by cell.
   */
  async function cellsOfTarget() {
    const cells = `{${target.steps.map((c) => c.startsAt.toISOString()).join(',')}}`;
    const rows = await database.rows<{
      starts_at: Date | string;
      seat: number;
      taken: number;
      seats: number;
      state: string;
      booking_id: string;
    }>(
      sql`select s.starts_at, bs.seat, s.taken, s.seats, b.state, b.id as booking_id
            from slots s join booking_seats bs on bs.slot_id = s.id join bookings b on b.id = bs.booking_id
           where s.consulate_id = ${consulateId} and s.service_group = ${SURGE_GROUP}
             and s.starts_at = any(${cells}::timestamptz[])
           order by s.starts_at, bs.seat`,
    );
    const byCell = new Map<number, typeof rows>();
    for (const r of rows) {
      const at = new Date(r.starts_at).getTime();
      byCell.set(at, [...(byCell.get(at) ?? []), r]);
    }
    return { rows, byCell };
  }

  /** Each cell of the visit: counters 1, 2, 3 each given once, the count at 3 of 3, the same appointment per counter. */
  async function assertFull(state: 'held' | 'active') {
    const { rows, byCell } = await cellsOfTarget();
    assert.equal(byCell.size, target.steps.length, 'every cell of the visit has its row');
    assert.equal(rows.length, 3 * target.steps.length, 'three seat rows in each cell');
    const first = byCell.get(target.startsAt.getTime())!;
    for (const cell of byCell.values()) {
      assert.deepEqual(
        cell.map((r) => [r.seat, r.taken, r.seats, r.state]),
        [1, 2, 3].map((seat) => [seat, 3, 3, state]),
        'each counter given once, never more than the seats',
      );
      assert.deepEqual(
        cell.map((r) => r.booking_id),
        first.map((r) => r.booking_id),
        'an appointment keeps its counter through the visit',
      );
    }
    return first.map((r) => r.booking_id);
  }

  /** Every attempt on its own connection, all sent at once. */
  async function fire(attempts: ReadyAttempt[], offset = 0) {
    const agents = processes.map(
      () => new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY }),
    );
    try {
      return await Promise.allSettled(
        attempts.map((r, i) => postHold(baseFor(i + offset), r, target.startsAt, agents[(i + offset) % 2])),
      );
    } finally {
      for (const a of agents) a.destroy();
    }
  }

  const takenTitle = () => {
    const title = translator('fa')('appointments.taken.title' as MessageKey);
    assert.ok(title, 'the catalog has the "just taken" title');
    return title;
  };

  test(`${SURGE} attempts at once on 3 seats: exactly 3 holds, every other one "just taken"`, async () => {
    answers = await fire(surge);
    const failed = answers.filter((a) => a.status === 'rejected');
    assert.equal(
      failed.length,
      0,
      `connection errors: ${failed.map((f) => String((f as PromiseRejectedResult).reason)).join('; ')}`,
    );
    const got = answers.map((a) => (a as PromiseFulfilledResult<HttpAnswer>).value);
    const serverErrors = got.filter((a) => a.status >= 500);
    assert.equal(
      serverErrors.length,
      0,
      `5xx answers: ${serverErrors.map((a) => a.body.slice(0, 200)).join('\n')}\n${outputs()}`,
    );
    const held = got.filter((a) => a.status === 303 && CONFIRM.test(a.location ?? ''));
    assert.equal(held.length, 3, `holds: ${held.length}; answers ${JSON.stringify(tally(got))}`);
    const others = got.filter((a) => !held.includes(a));
    assert.deepEqual(tally(others), { 409: SURGE - 3 }, 'every loser is told the time was just taken');
    const title = takenTitle();
    for (const a of others)
      assert.ok(a.body.includes(title), 'the "just taken" page, in the applicant’s language');

    const bookingIds = await assertFull('held');
    const [bookings] = await database.rows<{ held: number; total: number }>(
      sql`select count(*) filter (where state = 'held')::int as held, count(*)::int as total from bookings
           where consulate_id = ${consulateId} and starts_at = ${target.startsAt.toISOString()}`,
    );
    assert.deepEqual(bookings, { held: 3, total: 3 });
    const ids = held.map((a) => CONFIRM.exec(a.location!)![1]);
    assert.deepEqual(new Set(ids), new Set(bookingIds), 'the 303s point at the held appointments');
  });

  test('the 3 holds are confirmed; 20 more attempts find the start still full', async () => {
    assert.ok(answers, 'runs after the surge');
    const winners = surge.flatMap((r, i) => {
      const a = answers[i]!;
      return a.status === 'fulfilled' && a.value.status === 303 && CONFIRM.test(a.value.location ?? '')
        ? [{ ready: r, path: a.value.location!, base: baseFor(i) }]
        : [];
    });
    assert.equal(winners.length, 3);
    for (const w of winners) {
      const confirmed = await confirmOverHttp(w.base, w.ready, w.path);
      assert.equal(confirmed.status, 303, confirmed.body.slice(0, 300));
      assert.equal(confirmed.location, w.path.replace(/\/confirm$/, ''));
    }
    const lateAnswers = await fire(late, 1);
    const got = lateAnswers.map((a) => {
      assert.equal(a.status, 'fulfilled', String((a as PromiseRejectedResult).reason));
      return (a as PromiseFulfilledResult<HttpAnswer>).value;
    });
    assert.deepEqual(tally(got), { 409: LATE });
    await assertFull('active');
  });
});

function tally(answers: HttpAnswer[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const a of answers) out[a.status] = (out[a.status] ?? 0) + 1;
  return out;
}
