import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { BackofficeDeps } from './deps.ts';

/** The counter: check-in by tracking code, originals seen, fees taken, signatures witnessed. */
export async function registerCounter(_app: FastifyInstance, _platform: Platform, _deps: BackofficeDeps) {}
