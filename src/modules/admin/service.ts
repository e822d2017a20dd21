import { canonicalJson, record, type VerifyResult, verifyChain } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { fromParts } from '../../platform/i18n/dates.ts';
import { normalizeDigitsInput, toLatinDigits } from '../../platform/i18n/digits.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { newId } from '../../platform/ids.ts';
import { type Fee, feeAt } from '../catalog/fees.ts';
import {
  type CatalogService,
  type ClosureRow,
  type Consulate,
  DEFAULT_OFFERING,
  localDay,
  type Offering,
} from '../catalog/service.ts';
import type { Service, ServiceCatalog } from '../catalog/services-registry.ts';
import { type ConsulateInput, consulateChanges, parseDecimal } from './consulate-form.ts';
import * as store from './store.ts';

/** Who acts, from where: every change is in the audit log under their name. */
export type AdminActor = { staffId: string; ip: string | null };

export const CLOSURE_KINDS = ['closure', 'host_holiday', 'iran_holiday'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** A service's line on the services-and-fees page. */
export type OfferingLine = {
  service: Service;
  offering: Offering;
  /** What the consulate charges for the base tariff (the override if set), in its currency. */
  fee: Fee;
};

/** As typed: `visit` is the visit length in minutes, empty for the definition's (services with a visit only). */
export type OfferingsForm = Record<string, { offered: boolean; fee: string; visit: string }>;
/** By field name (`fee-<service>`, `visit-<service>`): one service may have both wrong. */
export type OfferingsErrors = Record<string, MessageKey>;

/** A visit shorter than a few minutes or longer than a morning is a typing slip, not a schedule. */
export const VISIT_MINUTES = { min: 5, max: 240 } as const;

/** A typed visit length: null when empty (the definition's length applies), undefined when not a length. */
export function parseVisitMinutes(typed: string): number | null | undefined {
  const text = toLatinDigits(typed).trim();
  if (text === '') return null;
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= VISIT_MINUTES.min && n <= VISIT_MINUTES.max ? n : undefined;
}

export type ClosureValues = {
  'date-day'?: string;
  'date-month'?: string;
  'date-year'?: string;
  kind?: string;
  nameFa?: string;
  nameEn?: string;
};
export type ClosureErrors = Partial<Record<'date' | 'kind' | 'nameFa' | 'nameEn', MessageKey>>;

export const AUDIT_PAGE_SIZE = 50;

/** The audit viewer's filters as typed (query string), kept for the form and the page links. */
export type AuditFilterValues = {
  actor?: string;
  action?: string;
  subject?: string;
  'from-day'?: string;
  'from-month'?: string;
  'from-year'?: string;
  'to-day'?: string;
  'to-month'?: string;
  'to-year'?: string;
};
export type AuditFilterErrors = Partial<Record<'actor' | 'action' | 'subject' | 'from' | 'to', MessageKey>>;

const AUDIT_FILTER_KEYS = [
  'actor',
  'action',
  'subject',
  'from-day',
  'from-month',
  'from-year',
  'to-day',
  'to-month',
  'to-year',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = 24 * 3600_000;

/**
 * Administration: consulates, the services each offers and at what fee, the days each is closed, and the audit
 * log. Every change is audited in its own transaction, with what changed; reading the audit log is audited too.
 */
export function createAdminService(deps: {
  db: Db;
  clock: Clock;
  catalog: CatalogService;
  services: ServiceCatalog;
}) {
  const { db, clock, catalog, services } = deps;
  const actorOf = (a: AdminActor) => `staff:${a.staffId}`;

  /** A typed date (three boxes) as a UTC day, or why not. */
  function dayOf(values: Record<string, string | undefined>, name: string) {
    const parts = ['day', 'month', 'year'].map((p) => normalizeDigitsInput(values[`${name}-${p}`] ?? ''));
    if (parts.every((p) => p === '')) return { kind: 'empty' as const };
    const [d, m, y] = parts.map((p) => (/^\d{1,4}$/.test(p) ? Number(p) : Number.NaN)) as [
      number,
      number,
      number,
    ];
    const parsed = fromParts(y, m, d);
    return parsed ? { kind: 'date' as const, date: parsed.date } : { kind: 'invalid' as const };
  }

  return {
    listConsulates: () => catalog.listConsulates(),
    findConsulate: (id: string) => (UUID.test(id) ? catalog.findConsulate(id) : Promise.resolve(undefined)),

    /** A new consulate; 'taken' when its code is already used. */
    async createConsulate(
      code: string,
      input: ConsulateInput,
      actor: AdminActor,
    ): Promise<{ kind: 'created'; id: string } | { kind: 'taken' }> {
      const id = newId();
      return db.transaction(async (tx) => {
        const created = await catalog.createConsulate(tx, { ...input, id, code, createdAt: clock.now() });
        if (!created) return { kind: 'taken' as const };
        await record(tx, clock, {
          actor: actorOf(actor),
          action: 'consulate.create',
          subject: `consulate:${id}`,
          ip: actor.ip,
          details: { code, ...input },
        });
        return { kind: 'created' as const, id };
      });
    },

    /** Saves the form; the audit row names each changed field with its old and new value. */
    async updateConsulate(
      id: string,
      input: ConsulateInput,
      actor: AdminActor,
    ): Promise<'missing' | { changed: string[] }> {
      return db.transaction(async (tx) => {
        const before = await catalog.lockConsulate(tx, id);
        if (!before) return 'missing' as const;
        const changes = consulateChanges(before, input);
        const changed = Object.keys(changes);
        if (changed.length === 0) return { changed };
        await catalog.updateConsulate(tx, id, input);
        await record(tx, clock, {
          actor: actorOf(actor),
          action: 'consulate.update',
          subject: `consulate:${id}`,
          ip: actor.ip,
          details: { code: before.code, changes },
        });
        return { changed };
      });
    },

    /** Every catalog service with its offering and fee at this consulate, in the catalog's order. */
    async offeringLines(consulate: Consulate): Promise<OfferingLine[]> {
      const offerings = await catalog.offerings(consulate.id);
      return services.all.map((service) => {
        const offering = offerings.get(service.id) ?? DEFAULT_OFFERING;
        return { service, offering, fee: feeAt(consulate, offering.feeEurOverride ?? service.fee.eur) };
      });
    },

    /**
     * The services-and-fees form as posted: a box ticked for each service offered, a fee typed or left empty, and
     * for a service with a visit its length typed or left empty.
     */
    parseOfferings(body: unknown): { form: OfferingsForm; errors: OfferingsErrors } {
      const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
      const form: OfferingsForm = {};
      const errors: OfferingsErrors = {};
      const text = (name: string) => {
        const v = raw[name];
        return typeof v === 'string' ? v.slice(0, 40) : '';
      };
      for (const service of services.all) {
        const typed = text(`fee-${service.id}`);
        const visit = service.visit.required ? text(`visit-${service.id}`) : '';
        form[service.id] = { offered: raw[`offered-${service.id}`] === 'yes', fee: typed, visit };
        // numeric(10, 2) in euros; zero makes it free at this consulate.
        if (typed.trim() !== '' && parseDecimal(typed, 8, 2, { allowZero: true }) === undefined) {
          errors[`fee-${service.id}`] = 'admin.services.error.fee';
        }
        if (parseVisitMinutes(visit) === undefined)
          errors[`visit-${service.id}`] = 'admin.services.error.visit';
      }
      return { form, errors };
    },

    /** Saves what changed; one audit row lists every service changed, before and after. */
    async saveOfferings(consulateId: string, form: OfferingsForm, actor: AdminActor): Promise<string[]> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        if (!(await catalog.lockConsulate(tx, consulateId))) return [];
        const current = await catalog.offerings(consulateId, tx);
        const changes: Record<string, { from: Offering; to: Offering }> = {};
        for (const service of services.all) {
          const entry = form[service.id];
          if (!entry) continue;
          const from = current.get(service.id) ?? DEFAULT_OFFERING;
          const fee = entry.fee.trim() === '' ? null : parseDecimal(entry.fee, 8, 2, { allowZero: true });
          if (fee === undefined) continue;
          // A service without a visit keeps whatever it had: the form has no box for it.
          const visit = service.visit.required ? parseVisitMinutes(entry.visit) : from.visitMinutes;
          if (visit === undefined) continue;
          const to: Offering = { offered: entry.offered, feeEurOverride: fee, visitMinutes: visit };
          const same =
            from.offered === to.offered &&
            from.visitMinutes === to.visitMinutes &&
            (from.feeEurOverride === null
              ? null
              : parseDecimal(from.feeEurOverride, 8, 2, { allowZero: true })) === to.feeEurOverride;
          if (same) continue;
          await catalog.setOffering(tx, {
            consulateId,
            serviceId: service.id,
            offered: to.offered,
            feeEurOverride: to.feeEurOverride,
            visitMinutes: to.visitMinutes,
            updatedAt: now,
          });
          changes[service.id] = {
            from: {
              offered: from.offered,
              feeEurOverride:
                from.feeEurOverride === null
                  ? null
                  : (parseDecimal(from.feeEurOverride, 8, 2, { allowZero: true }) ?? from.feeEurOverride),
              visitMinutes: from.visitMinutes,
            },
            to,
          };
        }
        const changed = Object.keys(changes);
        if (changed.length > 0) {
          await record(tx, clock, {
            actor: actorOf(actor),
            action: 'consulate.services_update',
            subject: `consulate:${consulateId}`,
            ip: actor.ip,
            details: { changes },
          });
        }
        return changed;
      });
    },

    closures: (consulateId: string) => catalog.closures(consulateId),

    /** Today where the consulate is: closures before it are history. */
    today: (consulate: Consulate) => localDay(clock.now(), consulate.timeZone),

    /** Adds a closed day: a real date, today or later, not already closed, named in both languages. */
    async addClosure(
      consulate: Consulate,
      values: ClosureValues,
      actor: AdminActor,
    ): Promise<{ kind: 'added'; day: string } | { kind: 'invalid'; errors: ClosureErrors }> {
      const errors: ClosureErrors = {};
      const date = dayOf(values, 'date');
      let day: string | undefined;
      if (date.kind === 'empty') errors.date = 'admin.closures.error.dateEmpty';
      else if (date.kind === 'invalid') errors.date = 'admin.closures.error.dateInvalid';
      else {
        day = `${date.date.year}-${String(date.date.month).padStart(2, '0')}-${String(date.date.day).padStart(2, '0')}`;
        if (day < localDay(clock.now(), consulate.timeZone)) errors.date = 'admin.closures.error.datePast';
      }
      const kind = CLOSURE_KINDS.find((k) => k === values.kind);
      if (!kind) errors.kind = 'admin.closures.error.kind';
      const nameFa = (values.nameFa ?? '').replace(/\s+/g, ' ').trim();
      const nameEn = (values.nameEn ?? '').replace(/\s+/g, ' ').trim();
      if (!nameFa || nameFa.length > 120) errors.nameFa = 'admin.closures.error.nameFa';
      if (!nameEn || nameEn.length > 120) errors.nameEn = 'admin.closures.error.nameEn';
      if (Object.keys(errors).length > 0 || !day || !kind) return { kind: 'invalid', errors };
      const row: ClosureRow = { id: newId(), consulateId: consulate.id, day, kind, nameFa, nameEn };
      const added = await db.transaction(async (tx) => {
        if (!(await catalog.addClosure(tx, row))) return false;
        await record(tx, clock, {
          actor: actorOf(actor),
          action: 'consulate.closure_add',
          subject: `consulate:${consulate.id}`,
          ip: actor.ip,
          details: { day, kind, nameFa, nameEn },
        });
        return true;
      });
      if (!added) return { kind: 'invalid', errors: { date: 'admin.closures.error.dateTaken' } };
      return { kind: 'added', day };
    },

    async removeClosure(consulateId: string, closureId: string, actor: AdminActor) {
      if (!UUID.test(closureId)) return undefined;
      return db.transaction(async (tx) => {
        const removed = await catalog.removeClosure(tx, consulateId, closureId);
        if (!removed) return undefined;
        await record(tx, clock, {
          actor: actorOf(actor),
          action: 'consulate.closure_remove',
          subject: `consulate:${consulateId}`,
          ip: actor.ip,
          details: { day: removed.day, kind: removed.kind, nameFa: removed.nameFa, nameEn: removed.nameEn },
        });
        return removed;
      });
    },

    /** The viewer's filters from a query string: what was typed (for the form), the query, or why not. */
    async parseAuditFilters(query: unknown): Promise<{
      values: AuditFilterValues;
      errors: AuditFilterErrors;
      query: store.AuditQuery;
      cursor: { before?: number; after?: number };
    }> {
      const raw = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
      const values: AuditFilterValues = {};
      for (const key of AUDIT_FILTER_KEYS) {
        const v = raw[key];
        if (typeof v === 'string' && v.trim() !== '') values[key] = v.trim().slice(0, 200);
      }
      const errors: AuditFilterErrors = {};
      const q: store.AuditQuery = {};

      const actor = values.actor;
      if (actor) {
        const lower = actor.toLowerCase();
        if (lower === 'system' || lower === 'anonymous') q.actors = [lower];
        else if (/^(staff|applicant):[0-9a-f-]{36}$/.test(lower)) q.actors = [lower];
        else if (lower === 'staff' || lower === 'applicant' || lower === 'staff:' || lower === 'applicant:') {
          q.actorPrefix = `${lower.replace(/:$/, '')}:`;
        } else if (UUID.test(lower)) {
          const staffIds = await store.staffIdsMatching(db, lower);
          q.actors = [`applicant:${lower}`, ...staffIds.map((id) => `staff:${id}`)];
        } else if (/^[^\s@]+@[^\s@]+$/.test(lower)) {
          q.actors = (await store.staffIdsMatching(db, lower)).map((id) => `staff:${id}`);
        } else errors.actor = 'admin.audit.error.actor';
      }
      if (values.action) {
        if (/^[a-z_.]{1,80}$/.test(values.action)) q.actionPrefix = values.action;
        else errors.action = 'admin.audit.error.action';
      }
      const subject = values.subject;
      if (subject) {
        if (UUID.test(subject.toLowerCase())) q.subjectId = subject.toLowerCase();
        else if (/^[a-z_]+:?$/.test(subject)) q.subjectPrefix = `${subject.replace(/:$/, '')}:`;
        else if (/^[a-z_]+:\S{1,160}$/.test(subject)) q.subject = subject;
        else errors.subject = 'admin.audit.error.subject';
      }
      const toUtc = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day);
      const from = dayOf(values as Record<string, string | undefined>, 'from');
      const to = dayOf(values as Record<string, string | undefined>, 'to');
      if (from.kind === 'invalid') errors.from = 'admin.audit.error.date';
      if (to.kind === 'invalid') errors.to = 'admin.audit.error.date';
      if (from.kind === 'date') q.from = new Date(toUtc(from.date));
      // The "to" day is included: everything before the next midnight (UTC).
      if (to.kind === 'date') q.until = new Date(toUtc(to.date) + DAY);
      if (q.from && q.until && q.from >= q.until) errors.to = 'admin.audit.error.range';

      const cursorOf = (v: unknown) =>
        typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : undefined;
      const cursor = { before: cursorOf(raw.before), after: cursorOf(raw.after) };
      if (cursor.after !== undefined) cursor.before = undefined;
      return { values, errors, query: q, cursor };
    },

    /**
     * A page of the audit log, with the staff names of its actors. Reading the log is itself audited: who looked,
     * with which filters.
     */
    async auditPage(
      query: store.AuditQuery,
      cursor: { before?: number; after?: number },
      filters: AuditFilterValues,
      actor: AdminActor,
    ) {
      const page = await store.auditPage(db, query, cursor, AUDIT_PAGE_SIZE);
      const staffIds = page.rows.flatMap((r) => (r.actor.startsWith('staff:') ? [r.actor.slice(6)] : []));
      const names = await store.staffNames(db, staffIds);
      await db.transaction((tx) =>
        record(tx, clock, {
          actor: actorOf(actor),
          action: 'audit.view',
          subject: null,
          ip: actor.ip,
          details: { filters, ...cursor, rows: page.rows.length },
        }),
      );
      return { ...page, names };
    },

    /** Walks the whole chain; the check and its outcome are audited. */
    async verify(actor: AdminActor): Promise<VerifyResult> {
      const result = await verifyChain(db);
      await db.transaction((tx) =>
        record(tx, clock, {
          actor: actorOf(actor),
          action: 'audit.verify',
          subject: null,
          ip: actor.ip,
          details: result.ok ? { ok: true, rows: result.rows } : { ...result },
        }),
      );
      return result;
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;

/** Details in one line for the viewer: keys sorted, cut to a readable length. */
export function compactDetails(details: Record<string, unknown>, max = 300): string {
  const text = canonicalJson(details);
  if (text === '{}') return '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
