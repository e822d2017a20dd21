import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { AppointmentsRouteDeps } from './deps.ts';

/** The officers' day view: today's and tomorrow's appointments per counter, check-in, no-show, printable. */
export async function registerDayView(_app: FastifyInstance, _platform: Platform, _deps: AppointmentsRouteDeps) {}
