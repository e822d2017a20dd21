import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app.ts';
import type { BackofficeDeps } from '../backoffice/deps.ts';

/** Issuing (prepare, second approval, print, revoke) for staff; public verification and the published key. */
export async function registerVerification(
  _app: FastifyInstance,
  _platform: Platform,
  _deps: BackofficeDeps,
) {}
