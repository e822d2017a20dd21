import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { holidaysBetween } from './demo-closures.ts';
import { DEMO_CONSULATES } from './demo-consulates.ts';
import {
  type ClosureRow,
  type Consulate,
  type ConsulateFields,
  closuresBetween,
  consulatesNotOffering,
  deleteClosure,
  findConsulate,
  findConsulateByCode,
  findConsulateForUpdate,
  findOffering,
  insertClosure,
  insertConsulate,
  insertMissingClosures,
  listClosures,
  listConsulates,
  listOfferings,
  type OfferingRow,
  updateConsulate,
  upsertConsulates,
  upsertOffering,
} from './store.ts';

export type { ClosureRow, Consulate, ConsulateFields, OfferingRow };

/** Whether a consulate offers a service, and the euro tariff it charges instead of the catalog's (if any). */
export type Offering = { offered: boolean; feeEurOverride: string | null; visitMinutes: number | null };

/** A service without a row is offered at the catalog's tariff: a new consulate offers everything. */
export const DEFAULT_OFFERING: Offering = { offered: true, feeEurOverride: null, visitMinutes: null };

/** Today's date (YYYY-MM-DD) where the consulate is: closures are local calendar days. */
export function localDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** How far ahead the demo closures reach. */
const DEMO_CLOSURE_DAYS = 183;

/**
 * The demo consulates' holidays of the coming months (see demo-closures.ts): idempotent, so every start may run
 * it; a day an admin already closed (or opened again by removing it, then re-added) is left as it is.
 */
export async function seedDemoClosures(tx: Db, now: Date = new Date()): Promise<void> {
  const rows: ClosureRow[] = [];
  for (const demo of DEMO_CONSULATES) {
    const consulate = await findConsulateByCode(tx, demo.code);
    if (!consulate) continue;
    const from = localDay(now, consulate.timeZone);
    for (const h of holidaysBetween(consulate.country, from, DEMO_CLOSURE_DAYS)) {
      rows.push({ id: newId(), consulateId: consulate.id, ...h });
    }
  }
  await insertMissingClosures(tx, rows);
}

/**
 * The consulates, the services each offers (and at what tariff), and the days each is closed. Other modules reach
 * them only through here. Changes take the caller's transaction, so the admin service audits them in the same one.
 */
export function createCatalogService(db: Db) {
  const offeringOf = (row: OfferingRow | undefined): Offering =>
    row
      ? { offered: row.offered, feeEurOverride: row.feeEurOverride, visitMinutes: row.visitMinutes }
      : DEFAULT_OFFERING;
  return {
    listConsulates: (tx: Db = db) => listConsulates(tx),
    findConsulate: (id: string, tx: Db = db) => findConsulate(tx, id),
    findConsulateByCode: (code: string, tx: Db = db) => findConsulateByCode(tx, code),
    seedDemo: (tx: Db = db) => upsertConsulates(tx, DEMO_CONSULATES),
    /** The demo consulates' holidays of the coming months; `npm start`'s seed calls it after `seedDemo`. */
    seedDemoClosures: (tx: Db = db, now?: Date) => seedDemoClosures(tx, now),

    /** Whether the consulate offers the service, and its fee override. */
    async offering(consulateId: string, serviceId: string, tx: Db = db): Promise<Offering> {
      return offeringOf(await findOffering(tx, consulateId, serviceId));
    },
    /** Every service's offering at a consulate, by service id (services without a row: the default). */
    async offerings(consulateId: string, tx: Db = db): Promise<Map<string, Offering>> {
      const rows = await listOfferings(tx, consulateId);
      return new Map(rows.map((r) => [r.serviceId, offeringOf(r)]));
    },
    /** The consulates that offer a service, in the order of `listConsulates`. */
    async consulatesOffering(serviceId: string, tx: Db = db): Promise<Consulate[]> {
      const not = new Set(await consulatesNotOffering(tx, serviceId));
      return (await listConsulates(tx)).filter((c) => !not.has(c.id));
    },
    closures: (consulateId: string, tx: Db = db) => listClosures(tx, consulateId),
    /** Closed days between two local days, both included (YYYY-MM-DD): for schedules. */
    closuresBetween: (consulateId: string, from: string, to: string, tx: Db = db) =>
      closuresBetween(tx, consulateId, from, to),

    // Changes: in the caller's transaction, next to its audit row.
    createConsulate: (tx: Db, row: ConsulateFields & { id: string; code: string; createdAt: Date }) =>
      insertConsulate(tx, row),
    lockConsulate: (tx: Db, id: string) => findConsulateForUpdate(tx, id),
    updateConsulate: (tx: Db, id: string, values: Partial<ConsulateFields>) =>
      updateConsulate(tx, id, values),
    setOffering: (tx: Db, row: OfferingRow) => upsertOffering(tx, row),
    addClosure: (tx: Db, row: ClosureRow) => insertClosure(tx, row),
    removeClosure: (tx: Db, consulateId: string, id: string) => deleteClosure(tx, consulateId, id),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
