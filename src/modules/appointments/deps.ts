import type { preHandlerAsyncHookHandler } from 'fastify';
import type { BackofficeDeps } from '../backoffice/deps.ts';
import type { AppointmentsService } from './service.ts';

/** What the appointment routes (applicant booking, public availability, admin schedules, day view) are given. */
export type AppointmentsRouteDeps = BackofficeDeps & {
  appointments: AppointmentsService;
  /** Signed-in applicant; sets `request.applicant`. */
  requireApplicant: preHandlerAsyncHookHandler;
};
