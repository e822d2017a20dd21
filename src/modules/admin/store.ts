import { and, asc, desc, eq, gt, gte, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { auditLog } from '../../platform/schema.ts';
import { staff } from '../staff/schema.ts';

export type AuditRow = typeof auditLog.$inferSelect;

/** What the audit log viewer asks for; every part optional, all of them together. */
export type AuditQuery = {
  /** One of these exact actors (`staff:<id>`, `applicant:<id>`, `system`, …). */
  actors?: string[];
  /** Actors starting with this (`staff:`, `applicant:`). */
  actorPrefix?: string;
  actionPrefix?: string;
  subject?: string;
  /** A bare id: any subject `<kind>:<id>`. */
  subjectId?: string;
  /** Subjects of one kind (`request:`). */
  subjectPrefix?: string;
  from?: Date;
  /** Exclusive. */
  until?: Date;
};

/** `%` and `_` typed by a person are literal characters, not patterns. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(q: AuditQuery): SQL[] {
  const where: SQL[] = [];
  if (q.actors) where.push(q.actors.length > 0 ? inArray(auditLog.actor, q.actors) : sql`false`);
  if (q.actorPrefix) where.push(like(auditLog.actor, `${literal(q.actorPrefix)}%`));
  if (q.actionPrefix) where.push(like(auditLog.action, `${literal(q.actionPrefix)}%`));
  if (q.subject) where.push(eq(auditLog.subject, q.subject));
  if (q.subjectId) where.push(like(auditLog.subject, `%:${literal(q.subjectId)}`));
  if (q.subjectPrefix) where.push(like(auditLog.subject, `${literal(q.subjectPrefix)}%`));
  if (q.from) where.push(gte(auditLog.at, q.from));
  if (q.until) where.push(lt(auditLog.at, q.until));
  return where;
}

/**
 * One page of the log, newest first, by keyset on the id (stable while rows are appended, unlike an offset):
 * `before` an id for older rows, `after` an id for newer ones. Says whether there are more either side.
 */
export async function auditPage(
  db: Db,
  q: AuditQuery,
  cursor: { before?: number; after?: number },
  limit: number,
): Promise<{ rows: AuditRow[]; newer: boolean; older: boolean }> {
  const where = conditions(q);
  let rows: AuditRow[];
  if (cursor.after !== undefined) {
    rows = (
      await db
        .select()
        .from(auditLog)
        .where(and(...where, gt(auditLog.id, cursor.after)))
        .orderBy(asc(auditLog.id))
        .limit(limit)
    ).reverse();
  } else {
    rows = await db
      .select()
      .from(auditLog)
      .where(and(...where, cursor.before !== undefined ? lt(auditLog.id, cursor.before) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(limit);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const exists = async (edge: SQL) =>
    (
      await db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(...where, edge))
        .limit(1)
    ).length > 0;
  if (!first || !last) {
    // An empty page past either end: offer the way back.
    return {
      rows,
      newer: cursor.before !== undefined && (await exists(gte(auditLog.id, cursor.before))),
      older: cursor.after !== undefined && (await exists(sql`${auditLog.id} <= ${cursor.after}`)),
    };
  }
  return {
    rows,
    newer: await exists(gt(auditLog.id, first.id)),
    older: await exists(lt(auditLog.id, last.id)),
  };
}

export type StaffName = { id: string; name: string; email: string };

/**
 * Staff names for the actors on a page (the viewer shows people, not ids). Read from the staff table directly:
 * one query for a page of rows, where the staff service offers one person at a time.
 */
export async function staffNames(db: Db, ids: string[]): Promise<Map<string, StaffName>> {
  const uuids = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/.test(id));
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, name: staff.name, email: staff.email })
    .from(staff)
    .where(inArray(staff.id, uuids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Staff ids by work address (lower case) or id, for the actor filter. */
export async function staffIdsMatching(db: Db, text: string): Promise<string[]> {
  const byId = /^[0-9a-f-]{36}$/.test(text) ? [eq(staff.id, text)] : [];
  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(or(eq(staff.email, text.toLowerCase()), ...byId));
  return rows.map((r) => r.id);
}
