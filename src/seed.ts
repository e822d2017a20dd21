import { createCatalogService } from './modules/catalog/service.ts';
import type { Db } from './platform/db.ts';

/**
 * Demo data for `npm start` and `npm run seed`: idempotent, so every start may run it and a second run changes
 * nothing. Each module adds its part here.
 */
export async function seedDemo(db: Db): Promise<{ consulates: number }> {
  return db.transaction(async (tx) => {
    const catalog = createCatalogService(tx);
    await catalog.seedDemo(tx);
    return { consulates: (await catalog.listConsulates()).length };
  });
}
