import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { passkeys } from '../../platform/passkeys/schema.ts';
import type { RoleGrant, StaffMember } from './roles.ts';
import { issuingDelegates, NO_CONSULATE, type StaffRow, staff, staffRoles } from './schema.ts';

export type { StaffRow };

const grantOf = (r: { role: RoleGrant['role']; consulateId: string }): RoleGrant => ({
  role: r.role,
  consulateId: r.consulateId === NO_CONSULATE ? null : r.consulateId,
});

export async function insertStaff(db: Db, row: typeof staff.$inferInsert): Promise<void> {
  await db.insert(staff).values({ ...row, email: row.email.trim().toLowerCase() });
}

export async function findStaff(db: Db, id: string): Promise<StaffRow | undefined> {
  const [row] = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
  return row;
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  const [row] = await db.select().from(staff).where(eq(staff.email, email.trim().toLowerCase())).limit(1);
  return row;
}

export async function updateStaff(
  db: Db,
  id: string,
  set: Partial<typeof staff.$inferInsert>,
): Promise<void> {
  await db.update(staff).set(set).where(eq(staff.id, id));
}

export async function rolesOf(db: Db, staffId: string): Promise<RoleGrant[]> {
  const rows = await db.select().from(staffRoles).where(eq(staffRoles.staffId, staffId));
  return rows.map(grantOf);
}

/** Replaces a person's roles with these (inside the caller's transaction, with its audit row). */
export async function setRoles(db: Db, staffId: string, roles: RoleGrant[]): Promise<void> {
  await db.delete(staffRoles).where(eq(staffRoles.staffId, staffId));
  if (roles.length === 0) return;
  await db
    .insert(staffRoles)
    .values(roles.map((r) => ({ staffId, role: r.role, consulateId: r.consulateId ?? NO_CONSULATE })))
    .onConflictDoNothing();
}

export async function listStaff(db: Db): Promise<StaffRow[]> {
  return db.select().from(staff).orderBy(asc(staff.name));
}

/** Active staff holding one of these roles at a consulate (assignment lists, four-eyes approvers). */
export async function staffAt(
  db: Db,
  consulateId: string,
  roles: RoleGrant['role'][],
): Promise<{ id: string; name: string; role: RoleGrant['role'] }[]> {
  return db
    .selectDistinct({ id: staff.id, name: staff.name, role: staffRoles.role })
    .from(staffRoles)
    .innerJoin(staff, eq(staff.id, staffRoles.staffId))
    .where(
      and(
        eq(staffRoles.consulateId, consulateId),
        inArray(staffRoles.role, roles),
        eq(staff.status, 'active'),
      ),
    )
    .orderBy(asc(staff.name));
}

/** A signed-in member as the guard hands it to routes: active only. */
export async function loadMember(db: Db, id: string): Promise<StaffMember | undefined> {
  const row = await findStaff(db, id);
  if (row?.status !== 'active') return undefined;
  return { id: row.id, email: row.email, name: row.name, roles: await rolesOf(db, id) };
}

// ——— sign-in state ———

/**
 * One more failed sign-in; at `lockAfter` in a row the account is locked until `lockedUntil` and the count starts
 * again (so the next lock needs as many failures). Atomic, so concurrent failures all count.
 */
export async function addFailure(
  db: Db,
  id: string,
  lockAfter: number,
  lockedUntil: Date,
): Promise<{ locked: boolean; failedAttempts: number }> {
  const [row] = await db
    .update(staff)
    .set({ failedAttempts: sql`${staff.failedAttempts} + 1` })
    .where(eq(staff.id, id))
    .returning({ failedAttempts: staff.failedAttempts });
  const failedAttempts = row?.failedAttempts ?? 0;
  if (failedAttempts < lockAfter) return { locked: false, failedAttempts };
  await db.update(staff).set({ failedAttempts: 0, lockedUntil }).where(eq(staff.id, id));
  return { locked: true, failedAttempts };
}

/**
 * Takes a TOTP step as used: true only if it is later than every step accepted before, in one conditional update,
 * so a code (or an earlier one still inside the drift window) cannot be used twice, even by two requests at once.
 */
export async function takeTotpStep(db: Db, id: string, step: number): Promise<boolean> {
  const taken = await db
    .update(staff)
    .set({ totpLastStep: step })
    .where(and(eq(staff.id, id), or(isNull(staff.totpLastStep), lt(staff.totpLastStep, step))))
    .returning({ id: staff.id });
  return taken.length > 0;
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${staff.id})::int` })
    .from(staffRoles)
    .innerJoin(staff, eq(staff.id, staffRoles.staffId))
    .where(and(eq(staffRoles.role, 'admin'), eq(staff.status, 'active')));
  return Number(row?.n ?? 0);
}

/** Every grant, by person (the staff list shows them all at once). */
export async function allRoles(db: Db): Promise<Map<string, RoleGrant[]>> {
  const rows = await db.select().from(staffRoles);
  const out = new Map<string, RoleGrant[]>();
  for (const r of rows) out.set(r.staffId, [...(out.get(r.staffId) ?? []), grantOf(r)]);
  return out;
}

// ——— staff passkeys (kept by the platform's passkeys table) ———

/** The credentials to offer the browser at the second step, so a non-discoverable security key works too. */
export async function staffCredentials(
  db: Db,
  staffId: string,
): Promise<{ id: string; transports: string[] }[]> {
  return db
    .select({ id: passkeys.credentialId, transports: passkeys.transports })
    .from(passkeys)
    .where(and(eq(passkeys.subjectType, 'staff'), eq(passkeys.subjectId, staffId)));
}

/** How many passkeys each staff member has. */
export async function passkeyCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: passkeys.subjectId, n: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(eq(passkeys.subjectType, 'staff'))
    .groupBy(passkeys.subjectId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** An admin's reset of the second factor: every passkey of the person goes (inside the reset's transaction). */
export async function deleteStaffPasskeys(db: Db, staffId: string): Promise<number> {
  const gone = await db
    .delete(passkeys)
    .where(and(eq(passkeys.subjectType, 'staff'), eq(passkeys.subjectId, staffId)))
    .returning({ id: passkeys.id });
  return gone.length;
}

// ——— issuing delegates ———

export type DelegateRow = {
  consulateId: string;
  staffId: string;
  staffName: string;
  staffEmail: string;
  namedBy: string;
  namedAt: Date;
};

export async function listDelegates(db: Db): Promise<DelegateRow[]> {
  return db
    .select({
      consulateId: issuingDelegates.consulateId,
      staffId: issuingDelegates.staffId,
      staffName: staff.name,
      staffEmail: staff.email,
      namedBy: issuingDelegates.namedBy,
      namedAt: issuingDelegates.namedAt,
    })
    .from(issuingDelegates)
    .innerJoin(staff, eq(staff.id, issuingDelegates.staffId))
    .orderBy(asc(issuingDelegates.consulateId), asc(staff.name));
}

export async function insertDelegate(db: Db, row: typeof issuingDelegates.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(issuingDelegates)
    .values(row)
    .onConflictDoNothing()
    .returning({ staffId: issuingDelegates.staffId });
  return inserted.length > 0;
}

export async function deleteDelegate(db: Db, consulateId: string, staffId: string): Promise<boolean> {
  const gone = await db
    .delete(issuingDelegates)
    .where(and(eq(issuingDelegates.consulateId, consulateId), eq(issuingDelegates.staffId, staffId)))
    .returning({ staffId: issuingDelegates.staffId });
  return gone.length > 0;
}
