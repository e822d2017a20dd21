/**
 * Who may do what, where. Every staff route and service asks these questions and nothing else, so the
 * authorization matrix test exercises one set of rules. Anything a person may not see is answered 404 by the
 * caller, never 403: a consulate's requests do not exist for another consulate's officer.
 */
export const STAFF_ROLES = ['officer', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type RoleGrant = { role: StaffRole; consulateId: string | null };

/** A signed-in staff member as routes and services see them. */
export type StaffMember = {
  id: string;
  email: string;
  name: string;
  roles: RoleGrant[];
};

export type Capability =
  /** Open the queue and requests, review, correct, approve, reject, check in, take fees, prepare documents. */
  | 'work'
  /** Give the second approval to an issued document (also `work`: any other officer of the consulate). */
  | 'approve_issue'
  /** Reassign requests, revoke issued documents, read statistics. */
  | 'supervise'
  /** Consulates, services, fees, closures, staff accounts, the audit log. */
  | 'admin';

export const isAdmin = (m: Pick<StaffMember, 'roles'>) => m.roles.some((r) => r.role === 'admin');

/** The consulates where a person holds the role (admins: every consulate, given by the caller). */
export function consulatesWith(m: Pick<StaffMember, 'roles'>, roles: readonly StaffRole[]): string[] {
  return [
    ...new Set(m.roles.filter((r) => roles.includes(r.role) && r.consulateId).map((r) => r.consulateId!)),
  ];
}

/** The consulates whose records this person may open: their own as officer or supervisor. Admin: all. */
export function workConsulates(m: Pick<StaffMember, 'roles'>): string[] {
  return consulatesWith(m, ['officer', 'supervisor']);
}

/** Whether the person may do this at that consulate (or, for `admin`, at all). */
export function can(m: Pick<StaffMember, 'roles'>, capability: Capability, consulateId?: string): boolean {
  if (isAdmin(m)) return true;
  if (capability === 'admin') return false;
  if (!consulateId) return false;
  const here = m.roles.filter((r) => r.consulateId === consulateId).map((r) => r.role);
  if (capability === 'supervise') return here.includes('supervisor');
  return here.includes('officer') || here.includes('supervisor');
}
