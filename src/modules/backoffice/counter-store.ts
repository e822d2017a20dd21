import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { serviceRequests } from '../requests/schema.ts';
import { staff } from '../staff/schema.ts';
import { counterVisits, feePayments } from './schema.ts';

export type CounterVisit = typeof counterVisits.$inferSelect;
export type FeePayment = typeof feePayments.$inferSelect;

/** The counter visit of a request, if the applicant has been checked in. */
export async function visitOf(db: Db, requestId: string): Promise<CounterVisit | undefined> {
  const [row] = await db.select().from(counterVisits).where(eq(counterVisits.requestId, requestId)).limit(1);
  return row;
}

/** Checks the applicant in; a later visit for the same request moves the check-in to now and keeps the rest. */
export async function upsertCheckIn(db: Db, requestId: string, at: Date, by: string): Promise<CounterVisit> {
  const [row] = await db
    .insert(counterVisits)
    .values({ requestId, checkedInAt: at, checkedInBy: by })
    .onConflictDoUpdate({ target: counterVisits.requestId, set: { checkedInAt: at, checkedInBy: by } })
    .returning();
  return row!;
}

export async function setOriginalsSeen(db: Db, requestId: string, keys: string[]): Promise<void> {
  await db.update(counterVisits).set({ originalsSeen: keys }).where(eq(counterVisits.requestId, requestId));
}

/** Records the witnessed signature once: the first officer and time stay if the button is pressed again. */
export async function witnessSignature(db: Db, requestId: string, at: Date, by: string): Promise<boolean> {
  const rows = await db
    .update(counterVisits)
    .set({ signatureWitnessedAt: at, signatureWitnessedBy: by })
    .where(sql`${counterVisits.requestId} = ${requestId} and ${counterVisits.signatureWitnessedAt} is null`)
    .returning({ requestId: counterVisits.requestId });
  return rows.length > 0;
}

/**
 * Locks the request's row for the payment's transaction and says whether its fee is already marked paid, so two
 * officers pressing "record payment" at once cannot both take it for unpaid.
 */
export async function lockFeeState(
  db: Db,
  requestId: string,
): Promise<{ feePaidAt: Date | null } | undefined> {
  const [row] = await db
    .select({ feePaidAt: serviceRequests.feePaidAt })
    .from(serviceRequests)
    .where(eq(serviceRequests.id, requestId))
    .for('update');
  return row;
}

export async function insertPayment(db: Db, row: typeof feePayments.$inferInsert): Promise<FeePayment> {
  const [created] = await db.insert(feePayments).values(row).returning();
  return created!;
}

export async function paymentsOf(db: Db, requestId: string): Promise<FeePayment[]> {
  return db
    .select()
    .from(feePayments)
    .where(eq(feePayments.requestId, requestId))
    .orderBy(asc(feePayments.recordedAt), asc(feePayments.id));
}

export async function paymentOf(
  db: Db,
  requestId: string,
  paymentId: string,
): Promise<FeePayment | undefined> {
  const [row] = await db
    .select()
    .from(feePayments)
    .where(sql`${feePayments.id} = ${paymentId} and ${feePayments.requestId} = ${requestId}`)
    .limit(1);
  return row;
}

/** Names of staff members, for "checked in by", "witnessed by", "received by". */
export async function staffNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, name: staff.name })
    .from(staff)
    .where(inArray(staff.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
