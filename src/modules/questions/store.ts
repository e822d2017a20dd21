import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { questions } from './schema.ts';

export type Question = typeof questions.$inferSelect;

export async function insertQuestion(db: Db, row: typeof questions.$inferInsert): Promise<Question> {
  const [created] = await db.insert(questions).values(row).returning();
  return created!;
}

export async function findQuestionByReference(db: Db, reference: string): Promise<Question | undefined> {
  const [row] = await db.select().from(questions).where(eq(questions.reference, reference)).limit(1);
  return row;
}

export async function listQuestionsByNationalCodeHash(db: Db, hash: string): Promise<Question[]> {
  return db.select().from(questions).where(eq(questions.nationalCodeHash, hash));
}
