import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { RoleGrant, StaffMember } from './roles.ts';
import { NO_CONSULATE, type StaffRow, staff, staffRoles } from './schema.ts';

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
  if (!row || row.status !== 'active') return undefined;
  return { id: row.id, email: row.email, name: row.name, roles: await rolesOf(db, id) };
}
