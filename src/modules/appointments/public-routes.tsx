import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { AppointmentsRouteDeps } from './deps.ts';

/** Public availability: the next free dates per consulate and service, without signing in, cached briefly. */
export async function registerPublicAvailability(_app: FastifyInstance, _platform: Platform, _deps: AppointmentsRouteDeps) {}
