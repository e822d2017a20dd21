import type { Db } from '../../platform/db.ts';
import { DEMO_CONSULATES } from './demo-consulates.ts';
import { type Consulate, findConsulate, listConsulates, upsertConsulates } from './store.ts';

export type { Consulate };

/** The consulates and (later) the services they offer. Other modules reach them only through here. */
export function createCatalogService(db: Db) {
  return {
    listConsulates: () => listConsulates(db),
    findConsulate: (id: string) => findConsulate(db, id),
    seedDemo: (tx: Db = db) => upsertConsulates(tx, DEMO_CONSULATES),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
