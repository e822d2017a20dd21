import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { counterVisits } from './schema.ts';

export type CounterVisit = typeof counterVisits.$inferSelect;

/** The counter visit of a request, if the applicant has been checked in. */
export async function visitOf(db: Db, requestId: string): Promise<CounterVisit | undefined> {
  const [row] = await db.select().from(counterVisits).where(eq(counterVisits.requestId, requestId)).limit(1);
  return row;
}
