import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import type { ConsulateSeed } from './demo-consulates.ts';
import { consulateClosures, consulateServices, consulates } from './schema.ts';

export type Consulate = typeof consulates.$inferSelect;

export async function listConsulates(db: Db): Promise<Consulate[]> {
  return db.select().from(consulates).orderBy(asc(consulates.nameEn));
}

export async function findConsulate(db: Db, id: string): Promise<Consulate | undefined> {
  const [row] = await db.select().from(consulates).where(eq(consulates.id, id)).limit(1);
  return row;
}

/** Inserts or refreshes consulates by their code: running it twice leaves the same rows. */
export async function upsertConsulates(db: Db, rows: ConsulateSeed[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(consulates)
    .values(rows.map((r) => ({ ...r, id: newId() })))
    .onConflictDoUpdate({
      target: consulates.code,
      set: Object.fromEntries(
        Object.keys(rows[0]!)
          .filter((k) => k !== 'code')
          .map((k) => [k, sql.raw(`excluded.${toSnake(k)}`)]),
      ),
    });
}

function toSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export async function findConsulateByCode(db: Db, code: string): Promise<Consulate | undefined> {
  const [row] = await db.select().from(consulates).where(eq(consulates.code, code)).limit(1);
  return row;
}

export type ConsulateFields = Omit<typeof consulates.$inferInsert, 'id' | 'code' | 'createdAt'>;

/** False when the code is taken (the code is the consulate's stable slug, unique). */
export async function insertConsulate(
  db: Db,
  row: ConsulateFields & { id: string; code: string; createdAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(consulates)
    .values(row)
    .onConflictDoNothing({ target: consulates.code })
    .returning({ id: consulates.id });
  return inserted.length > 0;
}

/** The consulate row locked for the change, so two admins' edits apply one after the other. */
export async function findConsulateForUpdate(db: Db, id: string): Promise<Consulate | undefined> {
  const [row] = await db.select().from(consulates).where(eq(consulates.id, id)).limit(1).for('update');
  return row;
}

export async function updateConsulate(db: Db, id: string, values: Partial<ConsulateFields>): Promise<void> {
  await db.update(consulates).set(values).where(eq(consulates.id, id));
}

export type OfferingRow = typeof consulateServices.$inferSelect;

export async function listOfferings(db: Db, consulateId: string): Promise<OfferingRow[]> {
  return db.select().from(consulateServices).where(eq(consulateServices.consulateId, consulateId));
}

export async function findOffering(
  db: Db,
  consulateId: string,
  serviceId: string,
): Promise<OfferingRow | undefined> {
  const [row] = await db
    .select()
    .from(consulateServices)
    .where(and(eq(consulateServices.consulateId, consulateId), eq(consulateServices.serviceId, serviceId)))
    .limit(1);
  return row;
}

export async function upsertOffering(db: Db, row: OfferingRow): Promise<void> {
  await db
    .insert(consulateServices)
    .values(row)
    .onConflictDoUpdate({
      target: [consulateServices.consulateId, consulateServices.serviceId],
      set: {
        offered: row.offered,
        feeEurOverride: row.feeEurOverride,
        visitMinutes: row.visitMinutes,
        updatedAt: row.updatedAt,
      },
    });
}

export type ClosureRow = typeof consulateClosures.$inferSelect;

export async function listClosures(db: Db, consulateId: string): Promise<ClosureRow[]> {
  return db
    .select()
    .from(consulateClosures)
    .where(eq(consulateClosures.consulateId, consulateId))
    .orderBy(asc(consulateClosures.day));
}

/** Closures of a consulate between two local days, both included (YYYY-MM-DD). */
export async function closuresBetween(
  db: Db,
  consulateId: string,
  from: string,
  to: string,
): Promise<ClosureRow[]> {
  return db
    .select()
    .from(consulateClosures)
    .where(
      and(
        eq(consulateClosures.consulateId, consulateId),
        gte(consulateClosures.day, from),
        lte(consulateClosures.day, to),
      ),
    )
    .orderBy(asc(consulateClosures.day));
}

/** False when the consulate is already closed that day (one closure per day). */
export async function insertClosure(db: Db, row: ClosureRow): Promise<boolean> {
  const inserted = await db
    .insert(consulateClosures)
    .values(row)
    .onConflictDoNothing({ target: [consulateClosures.consulateId, consulateClosures.day] })
    .returning({ id: consulateClosures.id });
  return inserted.length > 0;
}

export async function insertMissingClosures(db: Db, rows: ClosureRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(consulateClosures)
    .values(rows)
    .onConflictDoNothing({ target: [consulateClosures.consulateId, consulateClosures.day] });
}

/** The removed closure, if it was this consulate's. */
export async function deleteClosure(
  db: Db,
  consulateId: string,
  id: string,
): Promise<ClosureRow | undefined> {
  const [row] = await db
    .delete(consulateClosures)
    .where(and(eq(consulateClosures.id, id), eq(consulateClosures.consulateId, consulateId)))
    .returning();
  return row;
}

/** The consulates that do not offer a service (every other consulate does). */
export async function consulatesNotOffering(db: Db, serviceId: string): Promise<string[]> {
  const rows = await db
    .select({ consulateId: consulateServices.consulateId })
    .from(consulateServices)
    .where(and(eq(consulateServices.serviceId, serviceId), eq(consulateServices.offered, false)));
  return rows.map((r) => r.consulateId);
}
