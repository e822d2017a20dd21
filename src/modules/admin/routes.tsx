import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { BackofficeDeps } from '../backoffice/deps.ts';

/** Administration (consulates, services and fees, closures, staff and roles) and the audit log viewer. */
export async function registerAdmin(_app: FastifyInstance, _platform: Platform, _deps: BackofficeDeps) {}
