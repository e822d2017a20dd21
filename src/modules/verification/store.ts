import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';
import { issuingDelegates, staff } from '../staff/schema.ts';
import { type IssuedDocumentRow, issuedDocuments } from './schema.ts';

export type { IssuedDocumentRow };

/** Numbers are taken under this lock (per prefix and year), so two documents never get the same one. */
const NUMBER_LOCK = 727_003;

export async function findDocument(db: Db, id: string): Promise<IssuedDocumentRow | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).limit(1);
  return row;
}

export async function findDocumentForUpdate(db: Db, id: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).for('update');
  return row;
}

export async function findByNumber(db: Db, number: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.number, number)).limit(1);
  return row;
}

/** The documents of a request, newest first (at most one of them prepared or issued). */
export async function documentsOfRequest(db: Db, requestId: string): Promise<IssuedDocumentRow[]> {
  return db
    .select()
    .from(issuedDocuments)
    .where(eq(issuedDocuments.requestId, requestId))
    .orderBy(desc(issuedDocuments.preparedAt));
}

/** The next sequence number for `PREFIX-YEAR-`, holding a transaction lock until the row is inserted. */
export async function nextSequence(tx: Db, prefix: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${NUMBER_LOCK}, hashtext(${`${prefix}-${year}`}))`);
  const rows = await rowsOf<{ n: number | null }>(
    tx,
    sql`select max(split_part(number, '-', 3)::int) as n from issued_documents
        where number like ${`${prefix}-${year}-%`}`,
  );
  return Number(rows[0]?.n ?? 0) + 1;
}

export async function insertDocument(tx: Db, row: typeof issuedDocuments.$inferInsert): Promise<void> {
  await tx.insert(issuedDocuments).values(row);
}

export async function updateDocument(
  tx: Db,
  id: string,
  set: Partial<typeof issuedDocuments.$inferInsert>,
): Promise<void> {
  await tx.update(issuedDocuments).set(set).where(eq(issuedDocuments.id, id));
}

export type AwaitingRow = IssuedDocumentRow & { preparedByName: string };

/** Documents waiting for a second approval at these consulates (`'all'` for an admin), oldest first. */
export async function awaiting(db: Db, consulateIds: string[] | 'all'): Promise<AwaitingRow[]> {
  if (consulateIds !== 'all' && consulateIds.length === 0) return [];
  const rows = await db
    .select({ doc: issuedDocuments, preparedByName: staff.name })
    .from(issuedDocuments)
    .innerJoin(staff, eq(staff.id, issuedDocuments.preparedBy))
    .where(
      and(
        eq(issuedDocuments.state, 'prepared'),
        consulateIds === 'all' ? undefined : inArray(issuedDocuments.consulateId, consulateIds),
      ),
    )
    .orderBy(issuedDocuments.preparedAt)
    .limit(200);
  return rows.map((r) => ({ ...r.doc, preparedByName: r.preparedByName }));
}

/** The consulates for which an admin named this person second approver. */
export async function delegatedConsulates(db: Db, staffId: string): Promise<string[]> {
  const rows = await db
    .select({ consulateId: issuingDelegates.consulateId })
    .from(issuingDelegates)
    .where(eq(issuingDelegates.staffId, staffId));
  return rows.map((r) => r.consulateId);
}

export async function staffNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, name: staff.name })
    .from(staff)
    .where(inArray(staff.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether a database error is a unique violation (PostgreSQL 23505), wherever the driver put the code. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
