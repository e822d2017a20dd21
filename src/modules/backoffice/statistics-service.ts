import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { type Locale, type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { Consulate } from '../catalog/service.ts';
import { isFinal, type RequestState, STATES } from '../requests/states.ts';
import { consulatesWith, isAdmin, type StaffMember } from '../staff/roles.ts';
import type { BackofficeDeps } from './deps.ts';
import * as store from './statistics-store.ts';
import { BACKLOG_BUCKETS, type BacklogBucket } from './statistics-store.ts';

/** Periods a supervisor may choose, in weeks; twelve unless they say otherwise. */
export const PERIODS = [4, 12, 26, 52] as const;
export const DEFAULT_WEEKS = 12;

/** Every state a submitted request can be in, in the order of its story. */
export const SUBMITTED_STATES: RequestState[] = STATES.filter((s) => s !== 'draft');
/** The backlog: submitted and not yet over. */
export const OPEN_STATES: RequestState[] = SUBMITTED_STATES.filter((s) => !isFinal(s));

export type Statistics = {
  consulate: Consulate;
  serviceId?: string;
  weeks: number;
  from: Date;
  now: Date;
  byState: { state: RequestState; n: number }[];
  /** Overall first (`serviceId` null), then per service. Median in days. */
  medians: { serviceId: string | null; n: number; median: number }[];
  backlog: { bucket: BacklogBucket; n: number }[];
  /** Every week of the period, oldest first; `week` is its Monday's local date (YYYY-MM-DD). */
  perWeek: { week: string; n: number }[];
  /** What happened to appointments in the period; the no-show rate is of those marked (null when none was). */
  appointments: store.AppointmentFigures & { noShowRate: number | null };
  /** Appointments booked in each week of the period, like `perWeek`. */
  appointmentsPerWeek: { week: string; n: number }[];
};

/** No-shows among the appointments marked either way, in percent; null when none was marked. */
export function noShowRate(f: Pick<store.AppointmentFigures, 'attended' | 'noShows'>): number | null {
  const marked = f.attended + f.noShows;
  return marked === 0 ? null : (100 * f.noShows) / marked;
}

/** The next local date after `day` (YYYY-MM-DD) by `days` days, calendar arithmetic only. */
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Statistics per consulate and service, for supervisors of that consulate and admins. Nothing here is personal:
 * counts and medians only, so reading them is not audited.
 */
export function createStatisticsService(
  deps: Pick<BackofficeDeps, 'catalog' | 'services'> & { db: Db; clock: Clock },
) {
  const { db, clock } = deps;

  return {
    /** The consulates whose statistics this person may read: supervised ones; every one for an admin. */
    async consulatesFor(member: StaffMember): Promise<Consulate[]> {
      const all = await deps.catalog.listConsulates();
      if (isAdmin(member)) return all;
      const mine = consulatesWith(member, ['supervisor']);
      return all.filter((c) => mine.includes(c.id));
    },

    async compute(consulate: Consulate, options: { serviceId?: string; weeks: number }): Promise<Statistics> {
      const now = clock.now();
      const scope = { consulateId: consulate.id, serviceId: options.serviceId };
      const { start, day } = await store.periodStart(db, now, consulate.timeZone, options.weeks);
      const states = new Map((await store.countByState(db, scope, start, now)).map((r) => [r.state, r.n]));
      const backlog = new Map(
        (await store.backlogByAge(db, scope, OPEN_STATES, now)).map((r) => [r.bucket, r.n]),
      );
      const weekly = new Map(
        (await store.submittedPerWeek(db, scope, consulate.timeZone, start, now)).map((r) => [r.week, r.n]),
      );
      const medians = await store.medianDaysToDecision(db, scope, start, now);
      const figures = await store.appointmentFigures(db, scope, start, now);
      const booked = new Map(
        (await store.bookedPerWeek(db, scope, consulate.timeZone, start, now)).map((r) => [r.week, r.n]),
      );
      const weeks = (counts: Map<string, number>) =>
        Array.from({ length: options.weeks }, (_, i) => {
          const week = addDays(day, 7 * i);
          return { week, n: counts.get(week) ?? 0 };
        });
      return {
        consulate,
        serviceId: options.serviceId,
        weeks: options.weeks,
        from: start,
        now,
        byState: SUBMITTED_STATES.map((state) => ({ state, n: states.get(state) ?? 0 })),
        medians: medians.length > 0 ? medians : [{ serviceId: null, n: 0, median: 0 }],
        backlog: BACKLOG_BUCKETS.map((bucket) => ({ bucket, n: backlog.get(bucket) ?? 0 })),
        perWeek: weeks(weekly),
        appointments: { ...figures, noShowRate: noShowRate(figures) },
        appointmentsPerWeek: weeks(booked),
      };
    },

    /** The same numbers as a spreadsheet: UTF-8 with a byte-order mark, in the reader's language. */
    csv(stats: Statistics, locale: Locale): string {
      const t = translator(locale);
      const consulateName = locale === 'fa' ? stats.consulate.nameFa : stats.consulate.nameEn;
      const serviceName = (id: string | null | undefined) =>
        id ? (deps.services.find(id)?.name[locale] ?? id) : t('counter.stats.allServices');
      const rows: string[][] = [
        [
          t('counter.stats.csv.consulate'),
          t('counter.stats.csv.service'),
          t('counter.stats.csv.section'),
          t('counter.stats.csv.item'),
          t('counter.stats.csv.count'),
          t('counter.stats.csv.medianDays'),
        ],
      ];
      const row = (section: MessageKey, item: string, count: number, median = '') =>
        rows.push([consulateName, serviceName(stats.serviceId), t(section), item, String(count), median]);
      for (const s of stats.byState) row('counter.stats.byState.title', t(`requests.state.${s.state}`), s.n);
      for (const m of stats.medians) {
        row('counter.stats.median.title', serviceName(m.serviceId), m.n, m.n > 0 ? m.median.toFixed(1) : '');
      }
      for (const b of stats.backlog)
        row('counter.stats.backlog.title', t(`counter.stats.bucket.${b.bucket}`), b.n);
      for (const w of stats.perWeek) row('counter.stats.perWeek.title', w.week, w.n);
      const a = stats.appointments;
      const section = 'appointments.staff.stats.title';
      row(section, t('appointments.staff.stats.booked'), a.booked);
      row(section, t('appointments.staff.stats.attended'), a.attended);
      row(section, t('appointments.staff.stats.noShows'), a.noShows);
      rows.push([
        consulateName,
        serviceName(stats.serviceId),
        t(section),
        t('appointments.staff.stats.noShowRate'),
        a.noShowRate === null ? '' : a.noShowRate.toFixed(1),
        '',
      ]);
      row(section, t('appointments.staff.stats.cancelled'), a.cancelledByApplicants);
      row(section, t('appointments.staff.stats.moved'), a.moved);
      row(section, t('appointments.staff.stats.waitlist'), a.waitlistJoins);
      for (const w of stats.appointmentsPerWeek) row('appointments.staff.stats.perWeek.title', w.week, w.n);
      return toCsv(rows);
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;

/**
 * A spreadsheet cell that cannot run: text starting with = + - @ (or a tab or carriage return, which some
 * programs skip before looking) is a formula to Excel and LibreOffice, so it gets a leading apostrophe.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when needed, quotes doubled, CRLF line ends; with a BOM so spreadsheets read UTF-8 Persian. */
export function toCsv(rows: string[][]): string {
  const cell = (raw: string) => {
    const v = neutralizeCell(raw);
    return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
