import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import type { ConsulateSeed } from './demo-consulates.ts';
import { consulates } from './schema.ts';

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
