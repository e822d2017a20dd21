import type { FastifyInstance } from 'fastify';
import {
  carriedResume,
  requireApplicant,
  requireRecentSignIn,
  resumePath,
} from '../../modules/accounts/guards.ts';
import { createAccountsService } from '../../modules/accounts/service.ts';
import { createCatalogService } from '../../modules/catalog/service.ts';
import { createCivilRegistry } from '../../modules/registry/service.ts';
import { registerPasskeys } from './routes.tsx';

/**
 * Tests only: the passkey routes wired as `src/app.ts` wires them, for a test app built with
 * `buildTestApp({ extend: withPasskeys })`. Does nothing once the app registers them itself.
 */
export function withPasskeys(app: FastifyInstance): void {
  if (app.hasRoute({ method: 'GET', url: '/account/passkeys' })) return;
  const platform = app.platform;
  const { database, clock, keys, config, limiter } = platform;
  const accounts = createAccountsService({
    db: database.db,
    clock,
    keys,
    config,
    limiter,
    registry: createCivilRegistry(config.civilRegistry),
    catalog: createCatalogService(database.db),
    wakeMailer: platform.wakeMailer,
  });
  registerPasskeys(app, platform, {
    requireApplicant: requireApplicant(platform, accounts),
    requireRecentSignIn: requireRecentSignIn(platform),
    accounts,
    carriedResume,
    resumePath: (request) => resumePath(platform, request),
  });
}
