import { sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import { decrypt, encrypt, type Keys } from '../crypto.ts';
import { type Db, rowsOf } from '../db.ts';
import { isLocale } from '../i18n/index.ts';
import { newId } from '../ids.ts';
import type { EmailMessage } from './message.ts';

/**
 * The outbox: an email is a row written in the same transaction as the change it reports, so the two commit
 * together or not at all; the worker delivers it afterwards and retries through SMTP outages. The whole message
 * (address, subject, bodies, any code) is sealed with AES-GCM bound to the row id; only `kind` and the delivery
 * bookkeeping are readable.
 */

const PURPOSE = 'outbox';

export type OutboxDeps = { keys: Keys; clock: Clock };

/**
 * Queues one email inside the caller's transaction and returns the row id. `kind` names the message type
 * (`otp.sign_in`, `request.status`) for statistics and logs: never put personal data in it.
 * After the transaction commits, call the worker's `wake()` so the mail leaves without waiting for the next poll.
 */
export async function enqueueEmail(
  tx: Db,
  deps: OutboxDeps,
  kind: string,
  message: EmailMessage,
): Promise<string> {
  assertMessage(message);
  const id = newId();
  const now = deps.clock.now().toISOString();
  const payload = sealPayload(deps.keys, id, message);
  await tx.execute(
    sql`insert into outbox (id, kind, payload_enc, state, attempts, next_attempt_at, created_at)
        values (${id}, ${kind}, ${payload}, 'pending', 0, ${now}, ${now})`,
  );
  return id;
}

export function sealPayload(keys: Keys, id: string, message: EmailMessage): Buffer {
  const { to, subject, text, html, locale, attachments } = message;
  return encrypt(
    keys.encryptionKey(PURPOSE),
    JSON.stringify({ to, subject, text, html, locale, ...(attachments?.length ? { attachments } : {}) }),
    id,
  );
}

/** Decrypts and checks a row's message; throws when the bytes were altered or belong to another row. */
export function openPayload(keys: Keys, id: string, sealed: Buffer): EmailMessage {
  const value: unknown = JSON.parse(decrypt(keys.encryptionKey(PURPOSE), sealed, id).toString('utf8'));
  assertMessage(value);
  return value;
}

function assertMessage(value: unknown): asserts value is EmailMessage {
  const m = value as Partial<Record<keyof EmailMessage, unknown>> | null;
  if (
    !m ||
    typeof m.to !== 'string' ||
    typeof m.subject !== 'string' ||
    typeof m.text !== 'string' ||
    typeof m.html !== 'string' ||
    !isLocale(m.locale)
  ) {
    throw new Error('Not an email message');
  }
  if (!isSingleAddress(m.to)) throw new Error('The recipient must be one plain email address');
  if (m.attachments !== undefined && !validAttachments(m.attachments))
    throw new Error('Bad email attachments');
}

/** At most a few small text files with plain names: generated calendar entries, not a channel for anything else. */
function validAttachments(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length <= 3 &&
    value.every(
      (a) =>
        a &&
        typeof a.filename === 'string' &&
        /^[\w.-]{1,80}$/.test(a.filename) &&
        typeof a.contentType === 'string' &&
        /^[\w.+-]+\/[\w.+-]+(; ?[\w-]+=[\w.-]+)*$/.test(a.contentType) &&
        typeof a.content === 'string' &&
        a.content.length <= 64 * 1024,
    )
  );
}

/**
 * One bare address, nothing a mail library would read as a display name or a second recipient: the address
 * comes from a person, and "a@x, b@y" must not turn one sign-in code into two deliveries.
 */
export function isSingleAddress(value: string): boolean {
  return (
    value.length <= 254 && /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/.test(value)
  );
}

export type OutboxStats = {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  /** When the longest-waiting undelivered message became due (ISO), or null: a readiness check compares it to now. */
  oldestDueAt: string | null;
};

export async function outboxStats(db: Db): Promise<OutboxStats> {
  const rows = await rowsOf<{ state: string; n: number | string; oldest: string | Date | null }>(
    db,
    sql`select state, count(*)::int as n, min(next_attempt_at) as oldest from outbox group by state`,
  );
  const stats: OutboxStats = { pending: 0, sending: 0, sent: 0, failed: 0, oldestDueAt: null };
  let oldest: number | undefined;
  for (const row of rows) {
    if (
      row.state === 'pending' ||
      row.state === 'sending' ||
      row.state === 'sent' ||
      row.state === 'failed'
    ) {
      stats[row.state] = Number(row.n);
    }
    if ((row.state === 'pending' || row.state === 'sending') && row.oldest !== null) {
      const at = new Date(row.oldest).getTime();
      if (oldest === undefined || at < oldest) oldest = at;
    }
  }
  if (oldest !== undefined) stats.oldestDueAt = new Date(oldest).toISOString();
  return stats;
}

/** Deletes delivered and failed rows created before `before` (their payloads are already gone); returns how many. */
export async function pruneOutbox(db: Db, before: Date): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`with gone as (
          delete from outbox where state in ('sent', 'failed') and created_at < ${before.toISOString()} returning 1
        ) select count(*)::int as n from gone`,
  );
  return Number(rows[0]?.n ?? 0);
}
