import { and, asc, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { applicants } from '../accounts/schema.ts';
import { requestEvents, requestVersions, serviceRequests } from './schema.ts';

/** SQL for service requests, their submitted versions and their timeline. */

export type RequestRow = typeof serviceRequests.$inferSelect;
export type EventRow = typeof requestEvents.$inferSelect;
export type VersionRow = typeof requestVersions.$inferSelect;

export async function insertRequest(db: Db, row: typeof serviceRequests.$inferInsert): Promise<RequestRow> {
  const [created] = await db.insert(serviceRequests).values(row).returning();
  return created!;
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)).limit(1);
  return row;
}

/** Locks the row for the rest of the transaction: changes to one request happen one after another. */
export async function findRequestForUpdate(db: Db, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
  return row;
}

export async function findByTrackingCode(db: Db, code: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingCode, code))
    .limit(1);
  return row;
}

export async function findBySubmitKey(
  db: Db,
  applicantId: string,
  key: string,
): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceRequests)
    .where(and(eq(serviceRequests.applicantId, applicantId), eq(serviceRequests.submitKey, key)))
    .limit(1);
  return row;
}

export async function listForApplicant(db: Db, applicantId: string): Promise<RequestRow[]> {
  return db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.applicantId, applicantId))
    .orderBy(desc(serviceRequests.updatedAt), desc(serviceRequests.id));
}

/** Changes a request only if nobody else changed it since `version` was read (optimistic lock). */
export async function updateRequest(
  db: Db,
  id: string,
  version: number,
  set: Partial<typeof serviceRequests.$inferInsert>,
): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(serviceRequests)
    .set({ ...set, version: version + 1 })
    .where(and(eq(serviceRequests.id, id), eq(serviceRequests.version, version)))
    .returning();
  return row;
}

export async function insertVersion(db: Db, row: typeof requestVersions.$inferInsert): Promise<void> {
  await db.insert(requestVersions).values(row);
}

export async function versions(db: Db, requestId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(requestVersions)
    .where(eq(requestVersions.requestId, requestId))
    .orderBy(asc(requestVersions.n));
}

export async function nextVersionNumber(db: Db, requestId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${requestVersions.n}), 0)::int` })
    .from(requestVersions)
    .where(eq(requestVersions.requestId, requestId));
  return Number(row?.n ?? 0) + 1;
}

export async function insertEvent(db: Db, row: typeof requestEvents.$inferInsert): Promise<void> {
  await db.insert(requestEvents).values(row);
}

export async function events(db: Db, requestId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(requestEvents)
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
}

export async function deleteDraft(db: Db, id: string): Promise<void> {
  await db.delete(serviceRequests).where(and(eq(serviceRequests.id, id), eq(serviceRequests.state, 'draft')));
}

export async function staleDrafts(db: Db, before: Date): Promise<{ id: string }[]> {
  return db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.state, 'draft'), lt(serviceRequests.updatedAt, before)));
}

/** Requests waiting for a correction whose deadline has passed. */
export async function overdueCorrections(db: Db, now: Date): Promise<RequestRow[]> {
  return db
    .select()
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.state, 'needs_correction'),
        sql`(${serviceRequests.correction}->>'deadline')::timestamptz < ${now}`,
      ),
    );
}

/** Requests waiting for a correction due before `by`, not yet reminded. */
export async function correctionsToRemind(db: Db, now: Date, by: Date): Promise<RequestRow[]> {
  return db
    .select()
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.state, 'needs_correction'),
        sql`(${serviceRequests.correction}->>'deadline')::timestamptz between ${now} and ${by}`,
        sql`${serviceRequests.correction}->>'remindedAt' is null`,
      ),
    );
}

/** Records the reminder inside the correction (no version bump: nothing a person edits changed). */
export async function markReminded(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(serviceRequests)
    .set({
      correction: sql`${serviceRequests.correction} || jsonb_build_object('remindedAt', ${at.toISOString()}::text)`,
    })
    .where(eq(serviceRequests.id, id));
}

/**
 * Submitted requests at the given consulates whose applicant matches: by national-code hash, or by a name typed
 * in any order (first and last name, Persian letters folded by the caller). Drafts are the applicant's own.
 */
export async function searchForStaff(
  db: Db,
  consulateIds: string[],
  match: { nationalCodeHash: string } | { words: string[] },
  limit = 50,
): Promise<RequestRow[]> {
  if (consulateIds.length === 0) return [];
  const who =
    'nationalCodeHash' in match
      ? eq(applicants.nationalCodeHash, match.nationalCodeHash)
      : and(
          ...match.words.map(
            (w) =>
              sql`(${applicants.identity}->>'firstName') || ' ' || (${applicants.identity}->>'lastName') ilike ${`%${w.replace(/[%_\\]/g, '\\$&')}%`}`,
          ),
        );
  const rows = await db
    .select({ request: serviceRequests })
    .from(serviceRequests)
    .innerJoin(applicants, eq(applicants.id, serviceRequests.applicantId))
    .where(
      and(inArray(serviceRequests.consulateId, consulateIds), isNotNull(serviceRequests.trackingCode), who),
    )
    .orderBy(desc(serviceRequests.submittedAt))
    .limit(limit);
  return rows.map((r) => r.request);
}

export async function setAssignee(db: Db, id: string, staffId: string | null): Promise<void> {
  await db.update(serviceRequests).set({ assignedTo: staffId }).where(eq(serviceRequests.id, id));
}

export async function setFeePaid(db: Db, id: string, at: Date): Promise<void> {
  await db.update(serviceRequests).set({ feePaidAt: at }).where(eq(serviceRequests.id, id));
}
