import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import { type Capability, can, type StaffMember } from './roles.ts';
import { loadMember } from './store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member, set by `requireStaff` (roles read fresh on every request). */
    staff?: StaffMember;
  }
}

/** Marks a staff session as past both factors; a password alone leaves the session at `password`. */
export const STAFF_STAGE = 'staffStage';
export type StaffStage = 'password' | 'complete';

/**
 * Back-office pages: a staff session that passed both factors, of someone still active. Anyone else goes to the
 * staff sign-in page. Roles are read on every request, so a role taken away by an admin counts at once.
 */
export function requireStaff(platform: Platform) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const s = request.session;
    if (s?.subjectType === 'staff' && s.subjectId && s.data[STAFF_STAGE] === 'complete') {
      const member = await loadMember(platform.database.db, s.subjectId);
      if (member) {
        request.staff = member;
        return;
      }
    }
    return reply.seeOther('/staff');
  };
}

/**
 * Inside a staff route: may the signed-in person do this here? Not being allowed answers 404 (a record of another
 * consulate does not exist for them), so callers `return notFound(reply)` when this is false.
 */
export function allowed(request: FastifyRequest, capability: Capability, consulateId?: string): boolean {
  return Boolean(request.staff && can(request.staff, capability, consulateId));
}

/** A preHandler for routes that need a capability without a consulate in the URL (admin screens). */
export function requireCapability(capability: 'admin') {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!allowed(request, capability)) return reply.callNotFound();
  };
}
