import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import type { Clock } from './clock.ts';
import { type Db, rowsOf } from './db.ts';
import { auditLog } from './schema.ts';

/**
 * The append-only audit log. Each row carries the hash of the one before it, so a changed or removed row breaks
 * the chain at that point. Writers take a transaction-scoped advisory lock so concurrent transactions append one
 * after another instead of forking the chain; call `record` inside the transaction of the change it describes.
 */
export type AuditEntry = {
  /** Who: `applicant:<id>`, `staff:<id>`, `system`, or `anonymous`. */
  actor: string;
  /** What, as `module.verb`: `session.sign_in`, `request.approve`. */
  action: string;
  /** On what: `applicant:<id>`, `request:<id>`. */
  subject?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

const AUDIT_LOCK = 727_002;
export const GENESIS_HASH = '0'.repeat(64);

export async function record(tx: Db, clock: Clock, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const last = await rowsOf<{ hash: string }>(tx, sql`select hash from audit_log order by id desc limit 1`);
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const at = clock.now();
  const row = {
    at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  };
  await tx.insert(auditLog).values({ ...row, prevHash, hash: chainHash(prevHash, row) });
}

type Hashed = Pick<typeof auditLog.$inferSelect, 'at' | 'actor' | 'action' | 'subject' | 'ip' | 'details'>;

export function chainHash(prevHash: string, row: Hashed): string {
  const body = canonicalJson({
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    ip: row.ip,
    details: row.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** JSON with object keys sorted at every level: jsonb does not keep key order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type VerifyResult =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenAt: number; reason: string };

/** Walks the chain in id order, in pages, and names the first row whose links or content do not hold. */
export async function verifyChain(db: Db, pageSize = 5_000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${afterId}`)
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    for (const row of page) {
      count++;
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          rows: count,
          brokenAt: row.id,
          reason: 'prev_hash does not match the row before it',
        };
      }
      if (chainHash(row.prevHash, row) !== row.hash) {
        return { ok: false, rows: count, brokenAt: row.id, reason: 'content does not match its hash' };
      }
      prevHash = row.hash;
      afterId = row.id;
    }
    if (page.length < pageSize) return { ok: true, rows: count };
  }
}
