import { seedDemoSchedules } from './modules/appointments/demo.ts';
import { createCatalogService } from './modules/catalog/service.ts';
import { seedDemoStaff } from './modules/staff/demo.ts';
import type { Keys } from './platform/crypto.ts';
import type { Db } from './platform/db.ts';

export type SeedOptions = {
  /**
   * Demo staff (with a fixed password and TOTP secret) need the installation's keys to seal the secret; without
   * them, or in production, no staff are seeded. Tests make their own staff.
   */
  staff?: { keys: Keys; production: boolean };
  /**
   * Opening hours and booking settings for the demo consulates that have none yet (on by default, so the demo
   * takes appointments at once); a test about a consulate without a schedule turns it off.
   */
  schedules?: boolean;
};

/**
 * Demo data for `npm start` and `npm run seed`: idempotent, so every start may run it and a second run changes
 * nothing. Each module adds its part here.
 */
export async function seedDemo(
  db: Db,
  options: SeedOptions = {},
): Promise<{ consulates: number; staff: number }> {
  return db.transaction(async (tx) => {
    const catalog = createCatalogService(tx);
    await catalog.seedDemo(tx);
    await catalog.seedDemoClosures(tx);
    if (options.schedules !== false) await seedDemoSchedules(tx, catalog);
    const staff = options.staff ? await seedDemoStaff(tx, options.staff) : { created: 0 };
    return { consulates: (await catalog.listConsulates()).length, staff: staff.created };
  });
}
