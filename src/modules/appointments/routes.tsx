import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { AppointmentsRouteDeps } from './deps.ts';

/** Applicant booking: from a request to a confirmed appointment, moves, cancellation, waitlist, waiting room. */
export async function registerBooking(_app: FastifyInstance, _platform: Platform, _deps: AppointmentsRouteDeps) {}
