import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { requestNotes } from './schema.ts';

/** SQL for the review's own table: officers' internal notes (the text sealed by the caller). */

export type NoteRow = typeof requestNotes.$inferSelect;

export async function insertNote(db: Db, row: typeof requestNotes.$inferInsert): Promise<void> {
  await db.insert(requestNotes).values(row);
}

/** A request's notes, oldest first (the order they were written in). */
export async function notesOf(db: Db, requestId: string): Promise<NoteRow[]> {
  return db
    .select()
    .from(requestNotes)
    .where(eq(requestNotes.requestId, requestId))
    .orderBy(asc(requestNotes.at), asc(requestNotes.id));
}
