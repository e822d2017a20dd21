import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { BackofficeDeps } from './deps.ts';

/** The queue, search, review of a request, notes, assignment and the officer's transitions. */
export async function registerBackoffice(_app: FastifyInstance, _platform: Platform, _deps: BackofficeDeps) {}
