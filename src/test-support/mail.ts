import { asc } from 'drizzle-orm';
import type { Keys } from '../platform/crypto.ts';
import type { Db } from '../platform/db.ts';
import type { EmailMessage } from '../platform/mail/message.ts';
import { openPayload } from '../platform/mail/outbox.ts';
import { outbox } from '../platform/schema.ts';

/** Every queued email, decrypted, oldest first: what the worker would send. */
export async function queuedEmails(db: Db, keys: Keys): Promise<(EmailMessage & { kind: string })[]> {
  const rows = await db.select().from(outbox).orderBy(asc(outbox.createdAt), asc(outbox.id));
  return rows
    .filter((r) => r.payloadEnc)
    .map((r) => ({ kind: r.kind, ...openPayload(keys, r.id, r.payloadEnc!) }));
}

/** The newest one-time code sent to an address. */
export async function latestCode(db: Db, keys: Keys, to: string): Promise<string> {
  const mine = (await queuedEmails(db, keys)).filter((m) => m.to === to && m.kind.startsWith('otp.'));
  const code = /\b(\d{6})\b/.exec(mine.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`no code was sent to ${to}`);
  return code;
}
