import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import { decrypt, encrypt, hmacHex, type Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import type { RateLimiter } from '../../platform/http/rate-limit.ts';
import type { SessionStore } from '../../platform/http/session.ts';
import { newId } from '../../platform/ids.ts';
import type { PasskeysService } from '../../platform/passkeys/service.ts';
import type { CatalogService } from '../catalog/service.ts';
import {
  hashPassword,
  PASSWORD_INPUT_MAX,
  type PasswordProblem,
  passwordProblem,
  temporaryPassword,
  verifyPassword,
} from './passwords.ts';
import { isAdmin, type RoleGrant, type StaffMember, workConsulates } from './roles.ts';
import { staff } from './schema.ts';
import {
  addFailure,
  allRoles,
  countActiveAdmins,
  type DelegateRow,
  deleteDelegate,
  deleteStaffPasskeys,
  findStaff,
  findStaffByEmail,
  insertDelegate,
  insertStaff,
  listDelegates,
  listStaff,
  passkeyCounts,
  rolesOf,
  type StaffRow,
  setRoles,
  staffCredentials,
  takeTotpStep,
  updateStaff,
} from './store.ts';
import { matchingStep, normalizeCode } from './totp.ts';

/**
 * Staff accounts: the two-step sign-in (password, then a passkey or TOTP), lockout, enrolment of a second factor,
 * the person's own password and factors, and the administration of accounts, roles and issuing delegates. Every
 * change and every failure is in the audit log, in the transaction of the change.
 */
export type StaffServiceDeps = {
  db: Db;
  clock: Clock;
  keys: Keys;
  sessions: SessionStore;
  limiter: RateLimiter;
  catalog: Pick<CatalogService, 'listConsulates'>;
  passkeys: PasskeysService;
};

/** Consecutive failures (password or second factor) that lock an account, and for how long. */
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60_000;

export type Actor = { ip: string | null };

export type PasswordOutcome = { kind: 'ok'; staffId: string } | { kind: 'wrong' } | Locked;
export type Locked = { kind: 'locked'; until: Date };
export type SecondFactorOutcome = { kind: 'ok' } | { kind: 'wrong' } | { kind: 'refused' } | Locked;

/** What a person has and must use as a second factor. */
export type FactorState = {
  totp: boolean;
  totpEnrolledAt: Date | null;
  passkeys: number;
  /** A consulate where they hold a role requires passkeys: TOTP is neither offered nor accepted. */
  passkeyRequired: boolean;
  mustChangePassword: boolean;
};

export type StaffSummary = {
  id: string;
  name: string;
  email: string;
  status: 'active' | 'disabled';
  roles: RoleGrant[];
  totp: boolean;
  passkeys: number;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export type NewPasswordOutcome = { ok: true } | { ok: false; problem: PasswordProblem | 'same' };

export const StaffEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'staff.error.email.invalid')
  .pipe(z.email('staff.error.email.invalid'));

/** Whether a person with these factors signs in through enrolment: nothing they may use yet. */
export const mustEnrol = (f: FactorState) => f.passkeys === 0 && (!f.totp || f.passkeyRequired);

/** Where a signed-in staff member starts: their queue, the administration for an admin with no consulate. */
export function landingPath(member: Pick<StaffMember, 'roles'>): string {
  if (workConsulates(member).length > 0) return '/staff/queue';
  return isAdmin(member) ? '/staff/admin' : '/staff/account';
}

export type AdminRefusal =
  | { field: 'email'; problem: 'invalid' | 'exists' }
  | { field: 'name'; problem: 'invalid' }
  | { field: 'password'; problem: PasswordProblem };

/**
 * An admin account with the person's own password (no temporary one): what `npm run staff:create` makes for the
 * first admin. The second factor is set up at the first sign-in.
 */
export async function createAdminAccount(
  db: Db,
  clock: Clock,
  input: { email: string; name: string; password: string },
): Promise<{ ok: true; id: string } | ({ ok: false } & AdminRefusal)> {
  const email = StaffEmail.safeParse(input.email);
  if (!email.success) return { ok: false, field: 'email', problem: 'invalid' };
  const name = input.name.trim();
  if (!name || name.length > 120) return { ok: false, field: 'name', problem: 'invalid' };
  const problem = passwordProblem(input.password, { email: email.data, name });
  if (problem) return { ok: false, field: 'password', problem };
  if (await findStaffByEmail(db, email.data)) return { ok: false, field: 'email', problem: 'exists' };
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  const roles: RoleGrant[] = [{ role: 'admin', consulateId: null }];
  await db.transaction(async (tx) => {
    await insertStaff(tx, { id, email: email.data, name, passwordHash, createdAt: clock.now() });
    await setRoles(tx, id, roles);
    await record(tx, clock, {
      actor: 'system',
      action: 'staff.created',
      subject: `staff:${id}`,
      details: { email: email.data, roles, via: 'cli' },
    });
  });
  return { ok: true, id };
}

export type StaffService = ReturnType<typeof createStaffService>;

export function createStaffService(deps: StaffServiceDeps) {
  const { db, clock, keys, sessions, limiter, catalog, passkeys } = deps;
  const totpKey = () => keys.encryptionKey('staff-totp');
  const sealTotp = (staffId: string, secret: string) => encrypt(totpKey(), secret, `staff:${staffId}`);
  const actorOf = (id: string) => `staff:${id}`;
  const locked = (row: Pick<StaffRow, 'lockedUntil'>): Locked | undefined =>
    row.lockedUntil && row.lockedUntil > clock.now() ? { kind: 'locked', until: row.lockedUntil } : undefined;

  /** A failed step: counted, audited, and at the fifth in a row the account is locked. */
  async function failure(
    staffId: string,
    stage: string,
    actor: Actor,
    reason = 'wrong',
  ): Promise<{ kind: 'wrong' } | Locked> {
    const until = new Date(clock.now().getTime() + LOCK_MS);
    return db.transaction(async (tx) => {
      const { locked: nowLocked } = await addFailure(tx, staffId, LOCK_AFTER, until);
      await record(tx, clock, {
        actor: actorOf(staffId),
        action: 'staff.sign_in_failed',
        subject: actorOf(staffId),
        ip: actor.ip,
        details: { stage, reason },
      });
      if (!nowLocked) return { kind: 'wrong' } as const;
      await record(tx, clock, {
        actor: 'system',
        action: 'staff.locked',
        subject: actorOf(staffId),
        ip: actor.ip,
        details: { until: until.toISOString(), after: LOCK_AFTER },
      });
      // Past the password step, whoever was trying knew the password (or holds a session): every session of the
      // person ends. Wrong passwords alone do not sign the real person out of their work.
      if (stage !== 'password') await sessions.destroyAllFor('staff', staffId, tx);
      return { kind: 'locked', until } as const;
    });
  }

  async function factorState(row: StaffRow): Promise<FactorState> {
    const roles = await rolesOf(db, row.id);
    const here = new Set(roles.map((r) => r.consulateId).filter(Boolean));
    const strict = (await catalog.listConsulates()).some((c) => c.requirePasskey && here.has(c.id));
    return {
      totp: row.totpSecretEnc !== null,
      totpEnrolledAt: row.totpEnrolledAt,
      passkeys: (await staffCredentials(db, row.id)).length,
      passkeyRequired: strict,
      mustChangePassword: row.mustChangePassword,
    };
  }

  async function summaries(rows: StaffRow[]): Promise<StaffSummary[]> {
    const roles = await allRoles(db);
    const keysHeld = await passkeyCounts(db);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      status: r.status,
      roles: roles.get(r.id) ?? [],
      totp: r.totpSecretEnc !== null,
      passkeys: keysHeld.get(r.id) ?? 0,
      lockedUntil: locked(r)?.until ?? null,
      lastSignInAt: r.lastSignInAt,
      createdAt: r.createdAt,
    }));
  }

  /** Would this change leave nobody able to administer? (The change itself is the caller's.) */
  async function removesLastAdmin(staffId: string, after: { roles?: RoleGrant[]; active?: boolean }) {
    const row = await findStaff(db, staffId);
    if (row?.status !== 'active') return false;
    if (!isAdmin({ roles: await rolesOf(db, staffId) })) return false;
    const stillAdmin =
      (after.active ?? true) && isAdmin({ roles: after.roles ?? [{ role: 'admin', consulateId: null }] });
    return !stillAdmin && (await countActiveAdmins(db)) <= 1;
  }

  return {
    findStaff: (id: string) => findStaff(db, id),

    async factors(staffId: string): Promise<FactorState | undefined> {
      const row = await findStaff(db, staffId);
      return row ? factorState(row) : undefined;
    },

    // ——— signing in ———

    /**
     * The first step. Unknown address, wrong password and disabled account give the same answer after the same
     * work (one argon2 verification). Unknown addresses are counted too, so that five tries at an address lock
     * it whether or not it belongs to someone.
     */
    async checkPassword(input: { email: string; password: string }, actor: Actor): Promise<PasswordOutcome> {
      const email = input.email.trim().toLowerCase().slice(0, 254);
      const row = email ? await findStaffByEmail(db, email) : undefined;
      const ok =
        input.password.length <= PASSWORD_INPUT_MAX &&
        (await verifyPassword(row?.passwordHash, input.password));
      if (!row) {
        const hit = await limiter.hit(
          `staff-sign-in:${hmacHex(keys.hmacKey('staff-sign-in'), email)}`,
          LOCK_AFTER - 1,
          LOCK_MS,
        );
        await db.transaction((tx) =>
          record(tx, clock, {
            actor: 'anonymous',
            action: 'staff.sign_in_failed',
            ip: actor.ip,
            details: { stage: 'password', reason: 'unknown' },
          }),
        );
        return hit.allowed ? { kind: 'wrong' } : { kind: 'locked', until: hit.resetAt };
      }
      const isLocked = locked(row);
      if (isLocked) {
        await db.transaction((tx) =>
          record(tx, clock, {
            actor: actorOf(row.id),
            action: 'staff.sign_in_failed',
            subject: actorOf(row.id),
            ip: actor.ip,
            details: { stage: 'password', reason: 'locked' },
          }),
        );
        return isLocked;
      }
      if (row.status !== 'active') {
        await db.transaction((tx) =>
          record(tx, clock, {
            actor: actorOf(row.id),
            action: 'staff.sign_in_failed',
            subject: actorOf(row.id),
            ip: actor.ip,
            details: { stage: 'password', reason: 'disabled' },
          }),
        );
        return { kind: 'wrong' };
      }
      if (!ok) return failure(row.id, 'password', actor);
      return { kind: 'ok', staffId: row.id };
    },

    /**
     * The second step by TOTP: refused outright where a passkey is required (unless `stepUp`: the code only
     * proves it is the person before they add a passkey); a code is good once.
     */
    async checkTotp(
      input: { staffId: string; code: string; stepUp?: boolean },
      actor: Actor,
    ): Promise<SecondFactorOutcome> {
      const row = await findStaff(db, input.staffId);
      if (row?.status !== 'active') return { kind: 'refused' };
      const isLocked = locked(row);
      if (isLocked) return isLocked;
      const state = await factorState(row);
      if (!row.totpSecretEnc || (state.passkeyRequired && !input.stepUp)) return { kind: 'refused' };
      const secret = decrypt(totpKey(), row.totpSecretEnc, `staff:${row.id}`).toString();
      const step = matchingStep(secret, normalizeCode(input.code), clock.now());
      if (step === undefined) return failure(row.id, 'totp', actor);
      if (!(await takeTotpStep(db, row.id, step))) return failure(row.id, 'totp', actor, 'reused');
      return { kind: 'ok' };
    },

    /** A passkey answer that did not hold at the second step counts as a failure like a wrong code. */
    passkeyFailed: (staffId: string, actor: Actor) => failure(staffId, 'passkey', actor),

    /** Is the account still able to finish signing in (active, not locked)? */
    async mayContinue(staffId: string): Promise<{ ok: boolean; locked?: Locked }> {
      const row = await findStaff(db, staffId);
      if (row?.status !== 'active') return { ok: false };
      const isLocked = locked(row);
      return isLocked ? { ok: false, locked: isLocked } : { ok: true };
    },

    /** Both factors passed: the count starts again and the sign-in is recorded. */
    async completeSignIn(staffId: string, method: string, actor: Actor): Promise<StaffMember | undefined> {
      await db.transaction(async (tx) => {
        await updateStaff(tx, staffId, { failedAttempts: 0, lockedUntil: null, lastSignInAt: clock.now() });
        await record(tx, clock, {
          actor: actorOf(staffId),
          action: 'staff.sign_in',
          subject: actorOf(staffId),
          ip: actor.ip,
          details: { method },
        });
      });
      const row = await findStaff(db, staffId);
      if (!row) return undefined;
      return { id: row.id, email: row.email, name: row.name, roles: await rolesOf(db, staffId) };
    },

    /** The credentials the browser may offer at the second step. */
    credentials: (staffId: string) => staffCredentials(db, staffId),

    // ——— TOTP enrolment ———

    /** A secret being set up travels in the session sealed (it is not the person's factor until confirmed). */
    sealPending: (staffId: string, secret: string) =>
      encrypt(totpKey(), secret, `staff-pending:${staffId}`).toString('base64'),
    openPending(staffId: string, sealed: unknown): string | undefined {
      if (typeof sealed !== 'string') return undefined;
      try {
        return decrypt(totpKey(), Buffer.from(sealed, 'base64'), `staff-pending:${staffId}`).toString();
      } catch {
        return undefined;
      }
    },

    /**
     * Keeps a new TOTP secret once the person typed a code from it (their app has it). The code's step counts as
     * used. `replacing` when a signed-in person replaces an old one.
     */
    async enrolTotp(
      input: { staffId: string; secret: string; code: string; replacing: boolean },
      actor: Actor,
    ): Promise<boolean> {
      const step = matchingStep(input.secret, normalizeCode(input.code), clock.now());
      if (step === undefined) return false;
      await db.transaction(async (tx) => {
        await updateStaff(tx, input.staffId, {
          totpSecretEnc: sealTotp(input.staffId, input.secret),
          totpEnrolledAt: clock.now(),
          totpLastStep: step,
        });
        await record(tx, clock, {
          actor: actorOf(input.staffId),
          action: input.replacing ? 'staff.totp_replaced' : 'staff.totp_enrolled',
          subject: actorOf(input.staffId),
          ip: actor.ip,
        });
      });
      return true;
    },

    // ——— the person's own account ———

    /** Re-entering the password before a sensitive change (adding or removing a passkey); failures count. */
    async confirmPassword(staffId: string, password: string, actor: Actor): Promise<'ok' | 'wrong' | Locked> {
      const row = await findStaff(db, staffId);
      if (row?.status !== 'active') return 'wrong';
      const isLocked = locked(row);
      if (isLocked) return isLocked;
      if (await verifyPassword(row.passwordHash, password)) return 'ok';
      const outcome = await failure(staffId, 'confirm', actor);
      return outcome.kind === 'locked' ? outcome : 'wrong';
    },

    /**
     * A new password. With `current`, it must be right (failures count towards the lock); without, the caller
     * has just checked both factors (the forced change after a temporary password). Every other session ends.
     */
    async changePassword(
      input: { staffId: string; current?: string; next: string; keepSession?: string },
      actor: Actor,
    ): Promise<NewPasswordOutcome | { ok: false; problem: 'current' } | Locked> {
      const row = await findStaff(db, input.staffId);
      if (row?.status !== 'active') return { ok: false, problem: 'current' };
      if (input.current !== undefined) {
        const isLocked = locked(row);
        if (isLocked) return isLocked;
        if (!(await verifyPassword(row.passwordHash, input.current))) {
          const outcome = await failure(row.id, 'password_change', actor);
          return outcome.kind === 'locked' ? outcome : { ok: false, problem: 'current' };
        }
      }
      const problem = passwordProblem(input.next, { email: row.email, name: row.name });
      if (problem) return { ok: false, problem };
      if (await verifyPassword(row.passwordHash, input.next)) return { ok: false, problem: 'same' };
      const passwordHash = await hashPassword(input.next);
      await db.transaction(async (tx) => {
        await updateStaff(tx, row.id, { passwordHash, mustChangePassword: false });
        await record(tx, clock, {
          actor: actorOf(row.id),
          action: 'staff.password_changed',
          subject: actorOf(row.id),
          ip: actor.ip,
          details: { forced: row.mustChangePassword },
        });
        await sessions.destroyAllFor('staff', row.id, tx);
      });
      return { ok: true };
    },

    /**
     * Removes one of the person's passkeys, unless it is the last way they have to sign in (the last passkey
     * without TOTP, or the last passkey where passkeys are required).
     */
    async removePasskey(
      staffId: string,
      passkeyId: string,
      actor: Actor,
    ): Promise<'removed' | 'last' | 'missing'> {
      const row = await findStaff(db, staffId);
      if (!row) return 'missing';
      const state = await factorState(row);
      const list = await passkeys.list({ type: 'staff', id: staffId });
      if (!list.some((p) => p.id === passkeyId)) return 'missing';
      if (list.length === 1 && (!state.totp || state.passkeyRequired)) return 'last';
      return (await passkeys.remove({ type: 'staff', id: staffId }, passkeyId, actor.ip))
        ? 'removed'
        : 'missing';
    },

    listPasskeys: (staffId: string) => passkeys.list({ type: 'staff', id: staffId }),

    // ——— administration ———

    async list(): Promise<StaffSummary[]> {
      return summaries(await listStaff(db));
    },

    async get(id: string): Promise<StaffSummary | undefined> {
      const row = await findStaff(db, id);
      return row ? (await summaries([row]))[0] : undefined;
    },

    /** A new account with a temporary password, shown once to the admin; it must be changed at first sign-in. */
    async create(
      input: { name: string; email: string; roles: RoleGrant[] },
      by: string,
      actor: Actor,
    ): Promise<{ ok: true; id: string; temporaryPassword: string } | { ok: false; problem: 'exists' }> {
      if (await findStaffByEmail(db, input.email)) return { ok: false, problem: 'exists' };
      const id = newId();
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const created = await db.transaction(async (tx) => {
        const [clash] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.email, input.email));
        if (clash) return false;
        await insertStaff(tx, {
          id,
          email: input.email,
          name: input.name,
          passwordHash,
          mustChangePassword: true,
          createdAt: clock.now(),
        });
        await setRoles(tx, id, input.roles);
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.created',
          subject: actorOf(id),
          ip: actor.ip,
          details: { email: input.email, roles: input.roles },
        });
        return true;
      });
      return created ? { ok: true, id, temporaryPassword: password } : { ok: false, problem: 'exists' };
    },

    /** The first admin, from the command line (`npm run staff:create`). */
    createAdmin: (input: { email: string; name: string; password: string }) =>
      createAdminAccount(db, clock, input),

    async setRoles(
      id: string,
      roles: RoleGrant[],
      by: string,
      actor: Actor,
    ): Promise<'ok' | 'missing' | 'lastAdmin'> {
      const row = await findStaff(db, id);
      if (!row) return 'missing';
      if (await removesLastAdmin(id, { roles })) return 'lastAdmin';
      const before = await rolesOf(db, id);
      await db.transaction(async (tx) => {
        await setRoles(tx, id, roles);
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.roles_changed',
          subject: actorOf(id),
          ip: actor.ip,
          details: { before, after: roles },
        });
      });
      return 'ok';
    },

    /** Disabling ends every session of the person at once; nobody disables themselves or the last admin. */
    async setStatus(
      id: string,
      status: 'active' | 'disabled',
      by: string,
      actor: Actor,
    ): Promise<'ok' | 'missing' | 'self' | 'lastAdmin'> {
      const row = await findStaff(db, id);
      if (!row) return 'missing';
      if (id === by && status === 'disabled') return 'self';
      if (status === 'disabled' && (await removesLastAdmin(id, { active: false }))) return 'lastAdmin';
      if (row.status === status) return 'ok';
      await db.transaction(async (tx) => {
        await updateStaff(tx, id, { status });
        if (status === 'disabled') await sessions.destroyAllFor('staff', id, tx);
        await record(tx, clock, {
          actor: actorOf(by),
          action: status === 'disabled' ? 'staff.disabled' : 'staff.enabled',
          subject: actorOf(id),
          ip: actor.ip,
        });
      });
      return 'ok';
    },

    async unlock(id: string, by: string, actor: Actor): Promise<'ok' | 'missing'> {
      const row = await findStaff(db, id);
      if (!row) return 'missing';
      await db.transaction(async (tx) => {
        await updateStaff(tx, id, { failedAttempts: 0, lockedUntil: null });
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.unlocked',
          subject: actorOf(id),
          ip: actor.ip,
        });
      });
      return 'ok';
    },

    /**
     * A lost phone or key: TOTP and every passkey go and the person's sessions end; at the next sign-in they
     * enrol again after their password. Not for one's own account (the account page does that, with a factor).
     */
    async resetSecondFactor(id: string, by: string, actor: Actor): Promise<'ok' | 'missing' | 'self'> {
      if (id === by) return 'self';
      const row = await findStaff(db, id);
      if (!row) return 'missing';
      await db.transaction(async (tx) => {
        await updateStaff(tx, id, { totpSecretEnc: null, totpEnrolledAt: null, totpLastStep: null });
        const removed = await deleteStaffPasskeys(tx, id);
        await sessions.destroyAllFor('staff', id, tx);
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.second_factor_reset',
          subject: actorOf(id),
          ip: actor.ip,
          details: { totp: row.totpSecretEnc !== null, passkeys: removed },
        });
      });
      return 'ok';
    },

    /** A new temporary password (shown once), which also lifts a lock; the person's sessions end. */
    async resetPassword(
      id: string,
      by: string,
      actor: Actor,
    ): Promise<{ ok: true; temporaryPassword: string } | { ok: false; problem: 'missing' | 'self' }> {
      if (id === by) return { ok: false, problem: 'self' };
      const row = await findStaff(db, id);
      if (!row) return { ok: false, problem: 'missing' };
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        await updateStaff(tx, id, {
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
        });
        await sessions.destroyAllFor('staff', id, tx);
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.password_reset',
          subject: actorOf(id),
          ip: actor.ip,
        });
      });
      return { ok: true, temporaryPassword: password };
    },

    // ——— issuing delegates (four eyes for a one-officer mission) ———

    listDelegates: (): Promise<DelegateRow[]> => listDelegates(db),

    /** Active supervisors, with the consulates they supervise: who may be named a delegate. */
    async supervisors(): Promise<{ id: string; name: string; email: string; consulateIds: string[] }[]> {
      const people = await summaries(await listStaff(db));
      return people
        .filter((p) => p.status === 'active' && p.roles.some((r) => r.role === 'supervisor'))
        .map((p) => ({
          id: p.id,
          name: p.name,
          email: p.email,
          consulateIds: p.roles.filter((r) => r.role === 'supervisor').map((r) => r.consulateId!),
        }));
    },

    /** Names a supervisor of another consulate as second approver for a consulate. */
    async nameDelegate(
      input: { consulateId: string; staffId: string },
      by: string,
      actor: Actor,
    ): Promise<'ok' | 'notSupervisor' | 'sameConsulate' | 'exists' | 'noConsulate'> {
      if (!(await catalog.listConsulates()).some((c) => c.id === input.consulateId)) return 'noConsulate';
      const row = await findStaff(db, input.staffId);
      const roles = row && row.status === 'active' ? await rolesOf(db, input.staffId) : [];
      const supervises = roles.filter((r) => r.role === 'supervisor').map((r) => r.consulateId);
      if (supervises.length === 0) return 'notSupervisor';
      // Their own consulate's approvals they give anyway; a delegate is for another mission.
      if (roles.some((r) => r.consulateId === input.consulateId)) return 'sameConsulate';
      return db.transaction(async (tx) => {
        const added = await insertDelegate(tx, {
          consulateId: input.consulateId,
          staffId: input.staffId,
          namedBy: by,
          namedAt: clock.now(),
        });
        if (!added) return 'exists' as const;
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.delegate_named',
          subject: actorOf(input.staffId),
          ip: actor.ip,
          details: { consulate: input.consulateId },
        });
        return 'ok' as const;
      });
    },

    async removeDelegate(
      input: { consulateId: string; staffId: string },
      by: string,
      actor: Actor,
    ): Promise<boolean> {
      return db.transaction(async (tx) => {
        if (!(await deleteDelegate(tx, input.consulateId, input.staffId))) return false;
        await record(tx, clock, {
          actor: actorOf(by),
          action: 'staff.delegate_removed',
          subject: actorOf(input.staffId),
          ip: actor.ip,
          details: { consulate: input.consulateId },
        });
        return true;
      });
    },
  };
}
