import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { AppointmentsRouteDeps } from './deps.ts';

/** Admin screens for a consulate's appointment schedule: settings, opening hours per service group, visit lengths. */
export async function registerScheduleAdmin(_app: FastifyInstance, _platform: Platform, _deps: AppointmentsRouteDeps) {}
