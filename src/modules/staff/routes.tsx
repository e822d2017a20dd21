import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { PasskeysService } from '../../platform/passkeys/service.ts';

export type StaffRouteDeps = {
  /** The shared passkey rules (the applicants' passkeys use the same service). */
  passkeys: PasskeysService;
};

/** Staff sign-in at /staff (password, then a passkey or TOTP), enrolment, and the staff member's own account. */
export async function registerStaff(_app: FastifyInstance, _platform: Platform, _deps: StaffRouteDeps) {}
