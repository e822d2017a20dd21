import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';
import { applicants } from '../accounts/schema.ts';
import { documents, type ScanState } from './schema.ts';

/** SQL for documents. */

export type DocumentRow = typeof documents.$inferSelect;

export async function insertDocument(db: Db, row: typeof documents.$inferInsert): Promise<DocumentRow> {
  const [created] = await db.insert(documents).values(row).returning();
  return created!;
}

export async function findDocument(db: Db, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
  return row;
}

/** The current profile documents of an applicant (one per kind). */
export async function currentProfileDocuments(db: Db, ownerId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.ownerId, ownerId), isNull(documents.requestId), isNull(documents.supersededAt)));
}

/** The current document of a kind: in the profile (`requestId` null) or attached to one request. */
export async function currentDocument(
  db: Db,
  ownerId: string,
  kind: string,
  requestId: string | null,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.ownerId, ownerId),
        eq(documents.kind, kind),
        requestId ? eq(documents.requestId, requestId) : isNull(documents.requestId),
        isNull(documents.supersededAt),
      ),
    )
    .limit(1);
  return row;
}

/** The current documents uploaded for one request. */
export async function currentRequestDocuments(db: Db, requestId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.requestId, requestId), isNull(documents.supersededAt)));
}

/** Files and bytes that count against the quota: current documents (superseded versions are the record's). */
export async function usage(db: Db, ownerId: string): Promise<{ files: number; bytes: number }> {
  const [row] = await db
    .select({
      files: sql<number>`count(*)::int`,
      bytes: sql<number>`coalesce(sum(${documents.bytes}), 0)::bigint`,
    })
    .from(documents)
    .where(and(eq(documents.ownerId, ownerId), isNull(documents.supersededAt)));
  return { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) };
}

/** Serialises one applicant's uploads (quota and "one current per kind" are then checked without races). */
export async function lockOwner(db: Db, ownerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: applicants.id })
    .from(applicants)
    .where(eq(applicants.id, ownerId))
    .for('update');
  return rows.length > 0;
}

export async function deleteDocument(db: Db, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.delete(documents).where(eq(documents.id, id)).returning();
  return row;
}

export async function supersede(db: Db, id: string, at: Date): Promise<void> {
  await db.update(documents).set({ supersededAt: at }).where(eq(documents.id, id));
}

export async function markScanned(db: Db, id: string, state: ScanState, at: Date): Promise<void> {
  await db
    .update(documents)
    .set({ scanState: state, scanKey: null, scannedAt: at, scanAfter: null })
    .where(and(eq(documents.id, id), eq(documents.scanState, 'pending')));
}

export async function deferScan(db: Db, id: string, after: Date): Promise<void> {
  await db
    .update(documents)
    .set({ scanAttempts: sql`${documents.scanAttempts} + 1`, scanAfter: after })
    .where(eq(documents.id, id));
}

/**
 * Takes up to `limit` pending scans that are due and leases them until `leaseUntil`, so that several workers never
 * scan the same file at once (a queue: SKIP LOCKED is right here).
 */
export async function claimDueScans(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    const due = await rowsOf<{ id: string }>(
      tx,
      sql`select id from documents
          where scan_state = 'pending' and (scan_after is null or scan_after <= ${now})
          order by created_at limit ${limit} for update skip locked`,
    );
    const ids = due.map((r) => r.id);
    if (ids.length > 0)
      await tx.update(documents).set({ scanAfter: leaseUntil }).where(inArray(documents.id, ids));
    return ids;
  });
}

/** Attached to a submitted request: from now on it is never deleted, only superseded by a newer version. */
export async function lockDocuments(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(documents)
    .set({ lockedAt: at })
    .where(and(inArray(documents.id, ids), isNull(documents.lockedAt)));
}

/** Which of these blob keys some document still refers to. */
export async function referencedKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ a: documents.blobKey, b: documents.thumbnailKey, c: documents.scanKey })
    .from(documents)
    .where(
      or(
        inArray(documents.blobKey, keys),
        inArray(documents.thumbnailKey, keys),
        inArray(documents.scanKey, keys),
      ),
    );
  const out = new Set<string>();
  for (const r of rows) for (const k of [r.a, r.b, r.c]) if (k) out.add(k);
  return out;
}
