import { sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Keys } from '../crypto.ts';
import { type Database, rowsOf } from '../db.ts';
import type { EmailMessage } from './message.ts';
import { openPayload } from './outbox.ts';
import type { MailLogger, Transport } from './transports.ts';

/**
 * Delivers the outbox. Any number of workers may run against one PostgreSQL: each claims due rows with
 * `FOR UPDATE SKIP LOCKED` and stamps them with a lease, so no two workers hold the same row, and a row whose
 * worker died mid-send is taken again once its lease has run out. Delivery is therefore at least once: a worker
 * killed after the SMTP server accepted a message but before it recorded that will send it again.
 */

export type MailWorkerOptions = {
  database: Database;
  keys: Keys;
  clock: Clock;
  transport: Transport;
  logger: MailLogger;
  /** Rows claimed per run (default 10). */
  batchSize?: number;
  /** Pause between polls when there is nothing to do (default 1000 ms). */
  pollMs?: number;
  /** Attempts before a message is given up as failed (default 8, about an hour of retries). */
  maxAttempts?: number;
  /** How long a claim lasts before another worker may take the row (default 5 minutes). */
  leaseMs?: number;
  /** Messages of one batch sent at a time (default 4). */
  concurrency?: number;
  /** For tests: the jitter source. */
  random?: () => number;
};

export type RunResult = { sent: number; failed: number; retried: number };

export type MailWorker = {
  /** Claims one batch of due messages and delivers it. Safe to call concurrently, here or in other processes. */
  runOnce(): Promise<RunResult>;
  /** Polls until `stop()`; never throws, never keeps the process alive on its own. */
  start(): void;
  /** Stops polling and waits for the run in progress. */
  stop(): Promise<void>;
  /** Runs as soon as possible (after a commit that enqueued mail) instead of at the next poll. */
  wake(): void;
};

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
const MAX_IDLE_AFTER_ERRORS_MS = 30_000;

/** 30 s × 2^(attempts−1), capped at one hour, less up to a quarter at random so retries do not arrive in step. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(base * (0.75 + 0.25 * random()));
}

type Claimed = { id: string; kind: string; payload_enc: Uint8Array | null; attempts: number };

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { database, keys, clock, transport, logger } = options;
  const db = database.db;
  const batchSize = options.batchSize ?? 10;
  const pollMs = options.pollMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const random = options.random ?? Math.random;

  async function claim(): Promise<Claimed[]> {
    const now = clock.now();
    return rowsOf<Claimed>(
      db,
      sql`update outbox
          set state = 'sending', locked_until = ${new Date(now.getTime() + leaseMs).toISOString()},
              attempts = attempts + 1
          where id in (
            select id from outbox
            where (state = 'pending' or (state = 'sending' and locked_until < ${now.toISOString()}))
              and next_attempt_at <= ${now.toISOString()}
            order by next_attempt_at
            limit ${batchSize}
            for update skip locked)
          returning id, kind, payload_enc, attempts`,
    );
  }

  // Every bookkeeping update names the attempt it closes: if the lease ran out and another worker took the row,
  // this worker's late answer changes nothing.
  const mine = (row: Claimed) => sql`id = ${row.id} and state = 'sending' and attempts = ${row.attempts}`;

  async function markSent(row: Claimed): Promise<void> {
    await db.execute(
      sql`update outbox set state = 'sent', sent_at = ${clock.now().toISOString()}, payload_enc = null,
            locked_until = null, last_error = null
          where ${mine(row)}`,
    );
  }

  async function markFailed(row: Claimed, error: string): Promise<void> {
    // A message that could not go out in about an hour is stale (codes have expired): its payload goes too.
    await db.execute(
      sql`update outbox set state = 'failed', payload_enc = null, locked_until = null, last_error = ${error}
          where ${mine(row)}`,
    );
  }

  async function scheduleRetry(row: Claimed, error: string): Promise<Date> {
    const next = new Date(clock.now().getTime() + retryDelayMs(row.attempts, random));
    await db.execute(
      sql`update outbox set state = 'pending', next_attempt_at = ${next.toISOString()}, locked_until = null,
            last_error = ${error}
          where ${mine(row)}`,
    );
    return next;
  }

  /** Hands back a claimed row untouched (the attempt is not counted): the lease is too close to its end. */
  async function release(row: Claimed): Promise<void> {
    await db.execute(
      sql`update outbox set state = 'pending', locked_until = null, attempts = attempts - 1 where ${mine(row)}`,
    );
  }

  async function deliver(row: Claimed, deadline: number, result: RunResult): Promise<void> {
    const log = { outboxId: row.id, kind: row.kind, attempt: row.attempts };
    if (row.attempts > maxAttempts) {
      // Claimed again after its last attempt never reported back: a worker died while sending it.
      await markFailed(row, 'gave up: the last attempt did not finish');
      result.failed++;
      logger.error(log, 'email given up');
      return;
    }
    if (clock.now().getTime() > deadline) {
      await release(row);
      return;
    }
    let message: EmailMessage;
    try {
      if (!row.payload_enc) throw new Error('no payload');
      message = openPayload(keys, row.id, Buffer.from(row.payload_enc));
    } catch {
      // Retrying cannot repair altered bytes or a changed key.
      await markFailed(row, 'payload could not be decrypted');
      result.failed++;
      logger.error(log, 'email payload unreadable; marked failed');
      return;
    }
    try {
      await transport.send(message);
    } catch (err) {
      const error = describeError(err, message.to);
      if (row.attempts >= maxAttempts) {
        await markFailed(row, error);
        result.failed++;
        logger.error({ ...log, error }, 'email failed; giving up');
      } else {
        const next = await scheduleRetry(row, error);
        result.retried++;
        logger.warn({ ...log, error, nextAttemptAt: next.toISOString() }, 'email not sent; will retry');
      }
      return;
    }
    await markSent(row);
    result.sent++;
    logger.info({ ...log, transport: transport.name }, 'email sent');
  }

  async function runBatch(): Promise<{ result: RunResult; claimed: number }> {
    const result: RunResult = { sent: 0, failed: 0, retried: 0 };
    const rows = await claim();
    // Rows not started by half the lease go back to the queue rather than risk a second worker sending them too.
    const deadline = clock.now().getTime() + leaseMs / 2;
    let next = 0;
    const lane = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        try {
          await deliver(row, deadline, result);
        } catch (err) {
          // The database failed while recording: the lease runs out and the row is tried again.
          logger.error(
            { outboxId: row.id, error: describeError(err) },
            'mail worker: could not record delivery',
          );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, lane));
    return { result, claimed: rows.length };
  }

  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let rerun = false;
  let consecutiveErrors = 0;

  function schedule(ms: number): void {
    if (!started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  function tick(): void {
    timer = undefined;
    if (current) {
      rerun = true;
      return;
    }
    current = (async () => {
      let full = false;
      try {
        full = (await runBatch()).claimed >= batchSize;
        consecutiveErrors = 0;
      } catch (err) {
        consecutiveErrors++;
        logger.error({ error: describeError(err) }, 'mail worker: run failed; will try again');
      }
      const again = full || rerun;
      rerun = false;
      current = undefined;
      const idle =
        consecutiveErrors > 0 ? Math.min(pollMs * 2 ** consecutiveErrors, MAX_IDLE_AFTER_ERRORS_MS) : pollMs;
      schedule(again ? 0 : idle);
    })();
  }

  return {
    async runOnce() {
      return (await runBatch()).result;
    },
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await current;
    },
    wake() {
      if (!started) return;
      if (current) rerun = true;
      else schedule(0);
    },
  };
}

/**
 * What is recorded and logged about a failure: the error's code and message, never the message itself; an SMTP
 * reply may quote the recipient, so addresses are blanked.
 */
export function describeError(err: unknown, recipient?: string): string {
  const e = (err ?? {}) as { message?: unknown; code?: unknown; responseCode?: unknown; command?: unknown };
  const prefix = [e.code, e.responseCode, e.command].filter(
    (v) => typeof v === 'string' || typeof v === 'number',
  );
  let text = `${prefix.length > 0 ? `${prefix.join(' ')}: ` : ''}${typeof e.message === 'string' ? e.message : String(err)}`;
  if (recipient) text = text.split(recipient).join('<recipient>');
  text = text.replace(/[^\s<>()[\]@"',;:]+@[^\s<>()[\]@"',;:]+/g, '<address>');
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}
