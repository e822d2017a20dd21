import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';
import { applicants, otpChallenges, signInGuards } from './schema.ts';

/** SQL for accounts: applicants, one-time-code challenges and the per-national-code sign-in guard. */

export type Applicant = typeof applicants.$inferSelect;
export type Challenge = typeof otpChallenges.$inferSelect;
export type Guard = typeof signInGuards.$inferSelect;

export async function findApplicantByNationalCodeHash(db: Db, hash: string): Promise<Applicant | undefined> {
  const [row] = await db.select().from(applicants).where(eq(applicants.nationalCodeHash, hash)).limit(1);
  return row;
}

export async function findApplicantByEmailHash(db: Db, hash: string): Promise<Applicant | undefined> {
  const [row] = await db.select().from(applicants).where(eq(applicants.emailHash, hash)).limit(1);
  return row;
}

export async function findApplicant(db: Db, id: string): Promise<Applicant | undefined> {
  const [row] = await db.select().from(applicants).where(eq(applicants.id, id)).limit(1);
  return row;
}

export async function insertApplicant(db: Db, row: typeof applicants.$inferInsert): Promise<Applicant> {
  const [created] = await db.insert(applicants).values(row).returning();
  return created!;
}

export async function updateApplicant(
  db: Db,
  id: string,
  set: Partial<typeof applicants.$inferInsert>,
): Promise<Applicant | undefined> {
  const [row] = await db.update(applicants).set(set).where(eq(applicants.id, id)).returning();
  return row;
}

export async function getGuard(db: Db, hash: string): Promise<Guard | undefined> {
  const [row] = await db.select().from(signInGuards).where(eq(signInGuards.nationalCodeHash, hash)).limit(1);
  return row;
}

/** Adds one failure atomically and returns the new count (concurrent wrong guesses all count). */
export async function addFailure(db: Db, hash: string, now: Date): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`insert into sign_in_guards (national_code_hash, consecutive_failures, updated_at)
        values (${hash}, 1, ${now.toISOString()})
        on conflict (national_code_hash) do update
          set consecutive_failures = sign_in_guards.consecutive_failures + 1, updated_at = excluded.updated_at
        returning consecutive_failures as n`,
  );
  return Number(rows[0]!.n);
}

export async function lockGuard(
  db: Db,
  hash: string,
  set: { lockedUntil?: Date | null; lockedForReview?: boolean },
  now: Date,
) {
  await db
    .update(signInGuards)
    .set({ ...set, updatedAt: now })
    .where(eq(signInGuards.nationalCodeHash, hash));
}

export async function resetGuard(db: Db, hash: string, now: Date) {
  await db
    .update(signInGuards)
    .set({ consecutiveFailures: 0, lockedUntil: null, lockedForReview: false, updatedAt: now })
    .where(eq(signInGuards.nationalCodeHash, hash));
}

/** Voids every open code for this national code and purpose: a new code replaces older ones. */
export async function voidOpenChallenges(
  db: Db,
  nationalCodeHash: string,
  purpose: Challenge['purpose'],
  now: Date,
) {
  await db
    .update(otpChallenges)
    .set({ voidedAt: now })
    .where(
      and(
        eq(otpChallenges.nationalCodeHash, nationalCodeHash),
        eq(otpChallenges.purpose, purpose),
        isNull(otpChallenges.usedAt),
        isNull(otpChallenges.voidedAt),
      ),
    );
}

export async function insertChallenge(db: Db, row: typeof otpChallenges.$inferInsert): Promise<void> {
  await db.insert(otpChallenges).values(row);
}

export async function findChallenge(db: Db, id: string): Promise<Challenge | undefined> {
  const [row] = await db.select().from(otpChallenges).where(eq(otpChallenges.id, id)).limit(1);
  return row;
}

/** Counts one wrong entry on a code; returns the attempts so far. */
export async function addChallengeAttempt(db: Db, id: string): Promise<number> {
  const [row] = await db
    .update(otpChallenges)
    .set({ attempts: sql`${otpChallenges.attempts} + 1` })
    .where(eq(otpChallenges.id, id))
    .returning({ attempts: otpChallenges.attempts });
  return row?.attempts ?? 0;
}

export async function voidChallenge(db: Db, id: string, now: Date) {
  await db.update(otpChallenges).set({ voidedAt: now }).where(eq(otpChallenges.id, id));
}

/** Marks a code used if, and only if, nobody used it first: of two concurrent verifications one wins. */
export async function consumeChallenge(db: Db, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(otpChallenges)
    .set({ usedAt: now })
    .where(and(eq(otpChallenges.id, id), isNull(otpChallenges.usedAt), isNull(otpChallenges.voidedAt)))
    .returning({ id: otpChallenges.id });
  return rows.length === 1;
}

/** Deletes codes older than the retention period (24 hours). */
export async function purgeChallenges(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(otpChallenges)
    .where(sql`${otpChallenges.createdAt} < ${before.toISOString()}`)
    .returning({ id: otpChallenges.id });
  return rows.length;
}
