import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { formValues } from '../../platform/http/forms.ts';
import { toLatinDigits } from '../../platform/i18n/digits.ts';
import type { MessageKey, Params } from '../../platform/i18n/index.ts';
import { GROUPS, type Group } from '../catalog/definition.ts';
import type { CatalogService, ClosureRow, Consulate } from '../catalog/service.ts';
import type { Service, ServiceCatalog } from '../catalog/services-registry.ts';
import * as adminStore from './admin-store.ts';
import {
  addDays,
  isLocalTime,
  isStart,
  type LocalDay,
  type LocalTime,
  localOf,
  minutesOf,
  type Period,
  stepsOfDay,
  weekdayOf,
} from './schedule.ts';
import type { AppointmentsService } from './service.ts';
import * as store from './store.ts';

/** The grid steps an admin may choose: each divides an hour, so opening times on the hour stay on the grid. */
export const SLOT_CHOICES = [5, 10, 15, 20, 30, 60] as const;
export const WINDOW_DAYS = { min: 1, max: 365 } as const;
/** Two weeks at most: a longer notice would empty the first part of any window. */
export const NOTICE_HOURS = { min: 0, max: 336 } as const;
export const COUNTERS = { min: 1, max: 50 } as const;
/** Empty rows offered under each group's hours, to add periods without JavaScript. */
export const BLANK_ROWS = 3;
/** Rows read per group: more than a week of periods is not a schedule but a slip. */
const MAX_ROWS = 40;
/** What a consulate without settings starts from (the columns' defaults). */
export const DEFAULT_SETTINGS = { windowDays: 30, minNoticeHours: 24, releaseTime: '08:00', slotMinutes: 10 };

export type ScheduleSettings = typeof DEFAULT_SETTINGS;

/** One row of a group's hours as typed. */
export type RowValues = { weekday: string; opens: string; closes: string; counters: string; remove: boolean };

export type ScheduleValues = {
  windowDays: string;
  minNoticeHours: string;
  releaseTime: string;
  slotMinutes: string;
  hours: Partial<Record<Group, RowValues[]>>;
};

/** A field to fix; `group` and `row` (from 0) say where, for the error summary. */
export type ScheduleError = {
  field: string;
  message: MessageKey;
  params?: Params;
  group?: Group;
  row?: number;
};

export type ScheduleInput = { settings: ScheduleSettings; hours: Partial<Record<Group, Period[]>> };

export type SaveOutcome = {
  changed: boolean;
  /** Grid steps already booked whose number of seats changed with the counters. */
  seatsRefreshed: number;
  /** Appointments to come that the new hours no longer cover (they stand). */
  outsideHours: number;
};

export type PreviewDay = {
  day: LocalDay;
  closure?: Pick<ClosureRow, 'kind' | 'nameFa' | 'nameEn'>;
  /** Each opening period of the day: its first and last start on the grid, its counters. */
  periods: { first: LocalTime; last: LocalTime; counters: number; starts: number }[];
};

export type Preview = {
  timeZone: string;
  slotMinutes: number;
  groups: { group: Group; days: PreviewDay[] }[];
};

export type ScheduleActor = { staffId: string; ip: string | null };

/** A typed time of day in any digits, with ':' or '.' between hours and minutes; 'HH:MM' or undefined. */
export function parseTime(typed: string): LocalTime | undefined {
  const text = toLatinDigits(typed)
    .trim()
    .replace(/[.٫:：]/, ':');
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return isLocalTime(time) ? time : undefined;
}

/** A typed whole number within bounds, in any digits; undefined otherwise. */
export function parseWhole(typed: string, min: number, max: number): number | undefined {
  const text = toLatinDigits(typed).trim();
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

const blank = (r: RowValues) => !r.weekday && !r.opens.trim() && !r.closes.trim() && !r.counters.trim();

/** A group's periods in one canonical order, to tell whether anything changed. */
const canonical = (periods: readonly Period[]) =>
  periods
    .map((p) => `${p.weekday} ${p.opens}-${p.closes} ×${p.counters}`)
    .sort()
    .join(', ');

/** The period of a group's hours that a local start time falls in. */
function periodAt(periods: readonly Period[], day: LocalDay, minutes: number): Period | undefined {
  const weekday = weekdayOf(day);
  return periods.find(
    (p) => p.weekday === weekday && minutesOf(p.opens) <= minutes && minutes < minutesOf(p.closes),
  );
}

/**
 * Schedules on the admin screens: a consulate's booking settings and weekly hours per service group, checked and
 * saved in one audited transaction that also brings the seats of steps already booked in line with the new
 * counters; and a preview of the next days' grid as saved.
 */
export function createScheduleAdmin(deps: {
  db: Db;
  clock: Clock;
  catalog: CatalogService;
  services: ServiceCatalog;
}) {
  const { db, clock, catalog, services } = deps;

  /** The groups whose services have people come in, in the catalog's order: the only ones with hours to set. */
  const groups: Group[] = GROUPS.filter((g) => services.all.some((s) => s.group === g && s.visit.required));

  async function saved(consulateId: string, tx: Db = db) {
    const settings = await store.settingsOf(tx, consulateId);
    const rows = await store.periodsOf(tx, consulateId);
    const hours: Partial<Record<Group, Period[]>> = {};
    for (const r of rows) hours[r.serviceGroup] = [...(hours[r.serviceGroup] ?? []), ...store.toPeriods([r])];
    return { settings, hours };
  }

  return {
    groups,

    /** The form as saved (the defaults when the consulate takes no appointments yet). */
    async values(consulateId: string): Promise<ScheduleValues & { open: boolean }> {
      const { settings, hours } = await saved(consulateId);
      const s = settings ?? DEFAULT_SETTINGS;
      return {
        open: !!settings,
        windowDays: String(s.windowDays),
        minNoticeHours: String(s.minNoticeHours),
        releaseTime: s.releaseTime,
        slotMinutes: String(s.slotMinutes),
        hours: Object.fromEntries(
          groups.map((g) => [
            g,
            (hours[g] ?? []).map((p) => ({
              weekday: String(p.weekday),
              opens: p.opens,
              closes: p.closes,
              counters: String(p.counters),
              remove: false,
            })),
          ]),
        ),
      };
    },

    /**
     * The form as posted: what was typed (blank rows dropped, so the page shows the rest in order), every field
     * to fix, and the schedule when nothing is.
     */
    parse(body: unknown): { values: ScheduleValues; errors: ScheduleError[]; input?: ScheduleInput } {
      const raw = formValues(body);
      const text = (name: string) => (raw[name] ?? '').slice(0, 20);
      const values: ScheduleValues = {
        windowDays: text('windowDays'),
        minNoticeHours: text('minNoticeHours'),
        releaseTime: text('releaseTime'),
        slotMinutes: text('slotMinutes'),
        hours: {},
      };
      const errors: ScheduleError[] = [];
      const windowDays = parseWhole(values.windowDays, WINDOW_DAYS.min, WINDOW_DAYS.max);
      if (windowDays === undefined)
        errors.push({ field: 'windowDays', message: 'appointments.admin.error.windowDays' });
      const minNoticeHours = parseWhole(values.minNoticeHours, NOTICE_HOURS.min, NOTICE_HOURS.max);
      if (minNoticeHours === undefined)
        errors.push({ field: 'minNoticeHours', message: 'appointments.admin.error.minNoticeHours' });
      const releaseTime = parseTime(values.releaseTime);
      if (!releaseTime)
        errors.push({ field: 'releaseTime', message: 'appointments.admin.error.releaseTime' });
      const slotMinutes = SLOT_CHOICES.find((n) => String(n) === values.slotMinutes);
      if (!slotMinutes)
        errors.push({ field: 'slotMinutes', message: 'appointments.admin.error.slotMinutes' });

      const hours: Partial<Record<Group, Period[]>> = {};
      for (const group of groups) {
        const rows: RowValues[] = [];
        for (let i = 0; i < MAX_ROWS; i++) {
          const name = (f: string) => `${group}-${i}-${f}`;
          const row: RowValues = {
            weekday: text(name('weekday')),
            opens: text(name('opens')),
            closes: text(name('closes')),
            counters: text(name('counters')),
            remove: raw[name('remove')] === 'yes',
          };
          if (!blank(row)) rows.push(row);
        }
        values.hours[group] = rows;
        const periods: (Period & { row: number })[] = [];
        rows.forEach((row, i) => {
          if (row.remove) return;
          const at = (f: string, message: MessageKey, params?: Params) =>
            errors.push({ field: `${group}-${i}-${f}`, message, params, group, row: i });
          const weekday = parseWhole(row.weekday, 1, 7);
          if (weekday === undefined) at('weekday', 'appointments.admin.error.weekday');
          const opens = parseTime(row.opens);
          if (!opens) at('opens', 'appointments.admin.error.opens');
          const closes = parseTime(row.closes);
          if (!closes) at('closes', 'appointments.admin.error.closes');
          else if (opens && minutesOf(closes) <= minutesOf(opens))
            at('closes', 'appointments.admin.error.order');
          else if (opens && slotMinutes && minutesOf(closes) - minutesOf(opens) < slotMinutes)
            at('closes', 'appointments.admin.error.short', { minutes: slotMinutes });
          const counters = parseWhole(row.counters, COUNTERS.min, COUNTERS.max);
          if (counters === undefined) at('counters', 'appointments.admin.error.counters');
          if (weekday === undefined || !opens || !closes || counters === undefined) return;
          if (minutesOf(closes) <= minutesOf(opens)) return;
          const clash = periods.find(
            (p) =>
              p.weekday === weekday &&
              minutesOf(p.opens) < minutesOf(closes) &&
              minutesOf(opens) < minutesOf(p.closes),
          );
          if (clash) {
            at('opens', 'appointments.admin.error.overlap', {
              row: clash.row + 1,
              period: `${clash.opens}–${clash.closes}`,
            });
            return;
          }
          periods.push({ weekday, opens, closes, counters, row: i });
        });
        hours[group] = periods.map(({ row: _, ...p }) => p);
      }
      if (
        errors.length > 0 ||
        windowDays === undefined ||
        minNoticeHours === undefined ||
        !releaseTime ||
        !slotMinutes
      )
        return { values, errors };
      return {
        values,
        errors,
        input: { settings: { windowDays, minNoticeHours, releaseTime, slotMinutes }, hours },
      };
    },

    /**
     * Saves the settings and each group's hours that changed, in one transaction with its audit row (before and
     * after). Steps already booked ahead take the new counters as their seats (never fewer than are taken);
     * appointments the new hours no longer cover are kept and counted, for the admin to contact those people.
     */
    async save(consulate: Consulate, input: ScheduleInput, actor: ScheduleActor): Promise<SaveOutcome> {
      const now = clock.now();
      return db.transaction(async (tx) => {
        // Two admins saving at once: one waits for the other, then compares with what that one saved.
        await catalog.lockConsulate(tx, consulate.id);
        const before = await saved(consulate.id, tx);
        const s = before.settings;
        const settingsChanged =
          !s ||
          s.windowDays !== input.settings.windowDays ||
          s.minNoticeHours !== input.settings.minNoticeHours ||
          s.releaseTime !== input.settings.releaseTime ||
          s.slotMinutes !== input.settings.slotMinutes;
        const changed = groups.filter(
          (g) => canonical(before.hours[g] ?? []) !== canonical(input.hours[g] ?? []),
        );
        if (!settingsChanged && changed.length === 0)
          return { changed: false, seatsRefreshed: 0, outsideHours: 0 };

        await store.saveSettings(tx, { consulateId: consulate.id, ...input.settings, updatedAt: now });
        let seatsRefreshed = 0;
        for (const group of changed) {
          const periods = input.hours[group] ?? [];
          await store.replacePeriods(tx, consulate.id, group, periods);
          const bySeats = new Map<number, string[]>();
          for (const slot of await adminStore.futureSlots(tx, { consulateId: consulate.id, group, now })) {
            const local = localOf(slot.startsAt, consulate.timeZone);
            // A step the new hours leave out is offered no more; its seats stay as they were.
            const period = periodAt(periods, local.day, local.minutes);
            if (!period || Math.max(slot.taken, period.counters) === slot.seats) continue;
            bySeats.set(period.counters, [...(bySeats.get(period.counters) ?? []), slot.id]);
          }
          for (const [counters, ids] of bySeats)
            seatsRefreshed += await adminStore.setSeats(tx, ids, counters);
        }

        const after = { ...before.hours, ...input.hours };
        let outsideHours = 0;
        for (const b of await adminStore.liveAhead(tx, consulate.id, now)) {
          const start = localOf(b.startsAt, consulate.timeZone);
          const end = localOf(b.endsAt, consulate.timeZone);
          const period = periodAt(after[b.group] ?? [], start.day, start.minutes);
          const fits = period && end.day === start.day && end.minutes <= minutesOf(period.closes);
          if (!fits) outsideHours++;
        }

        const details: Record<string, unknown> = { code: consulate.code, seatsRefreshed, outsideHours };
        if (settingsChanged) {
          details.settings = {
            from: s
              ? {
                  windowDays: s.windowDays,
                  minNoticeHours: s.minNoticeHours,
                  releaseTime: s.releaseTime,
                  slotMinutes: s.slotMinutes,
                }
              : null,
            to: input.settings,
          };
        }
        if (changed.length > 0) {
          details.hours = Object.fromEntries(
            changed.map((g) => [g, { from: before.hours[g] ?? [], to: input.hours[g] ?? [] }]),
          );
        }
        await record(tx, clock, {
          actor: `staff:${actor.staffId}`,
          action: 'appointments.schedule_update',
          subject: `consulate:${consulate.id}`,
          ip: actor.ip,
          details,
        });
        return { changed: true, seatsRefreshed, outsideHours };
      });
    },

    /**
     * The grid of the next `days` local days as saved, per group: each period's first and last start and its
     * counters; a closed day (from the closures screen) with its name. Undefined when no settings are saved.
     */
    async preview(consulate: Consulate, days = 7): Promise<Preview | undefined> {
      const { settings, hours } = await saved(consulate.id);
      if (!settings) return undefined;
      const today = localOf(clock.now(), consulate.timeZone).day;
      const last = addDays(today, days - 1);
      const closures = new Map(
        (await catalog.closuresBetween(consulate.id, today, last)).map((c) => [c.day, c] as const),
      );
      const dayList = Array.from({ length: days }, (_, i) => addDays(today, i));
      return {
        timeZone: consulate.timeZone,
        slotMinutes: settings.slotMinutes,
        groups: groups.map((group) => {
          const schedule = {
            timeZone: consulate.timeZone,
            slotMinutes: settings.slotMinutes,
            periods: hours[group] ?? [],
            closed: new Set(closures.keys()),
          };
          return {
            group,
            days: dayList.map((day): PreviewDay => {
              const closure = closures.get(day);
              if (closure) return { day, closure, periods: [] };
              const byPeriod = new Map<number, PreviewDay['periods'][number]>();
              // Offered start times: the cells a whole number of intervals after each opening.
              for (const step of stepsOfDay(schedule, day).filter((st) =>
                isStart(st, settings.slotMinutes),
              )) {
                const p = byPeriod.get(step.period);
                if (p) {
                  p.last = step.time;
                  p.starts++;
                } else
                  byPeriod.set(step.period, {
                    first: step.time,
                    last: step.time,
                    counters: step.seats,
                    starts: 1,
                  });
              }
              return { day, periods: [...byPeriod.values()] };
            }),
          };
        }),
      };
    },
  };
}

export type ScheduleAdmin = ReturnType<typeof createScheduleAdmin>;

// --- public availability ----------------------------------------------------------------------------------------

export type FreeDay = { day: LocalDay; count: number; first: LocalTime };

/** What the public page says for one consulate and service. */
export type Availability =
  | { kind: 'no_visit' }
  | { kind: 'not_offered' }
  | { kind: 'no_schedule' }
  | {
      kind: 'open';
      minutes: number;
      timeZone: string;
      releaseTime: LocalTime;
      windowDays: number;
      /** The next days with a free time, in order, at most `AVAILABILITY_DAYS`. */
      days: FreeDay[];
    };

export const AVAILABILITY_DAYS = 10;
/** How long the public figures are reused: the page tells people the same for this long. */
export const AVAILABILITY_TTL_MS = 30_000;

/**
 * The next free dates of a service at a consulate, for anyone: computed from the schedule and the seats taken,
 * and kept in memory for `ttlMs` per consulate and service (by the injected clock), so a crowd refreshing the page
 * costs one computation each half-minute. Nothing personal is in it.
 */
export function createAvailability(deps: {
  clock: Clock;
  catalog: CatalogService;
  appointments: Pick<AppointmentsService, 'scheduleOf' | 'startsIn' | 'visitMinutes'>;
  ttlMs?: number;
}) {
  const { clock, catalog, appointments } = deps;
  const ttl = deps.ttlMs ?? AVAILABILITY_TTL_MS;
  const cache = new Map<string, { at: number; value: Availability }>();

  async function compute(consulate: Consulate, service: Service): Promise<Availability> {
    if (!service.visit.required) return { kind: 'no_visit' };
    if (!(await catalog.offering(consulate.id, service.id)).offered) return { kind: 'not_offered' };
    const s = await appointments.scheduleOf(consulate.id, service.group);
    if (!s) return { kind: 'no_schedule' };
    const minutes = await appointments.visitMinutes(consulate.id, service.id);
    const days: FreeDay[] = [];
    for (const [day, starts] of await appointments.startsIn(s, minutes)) {
      const first = starts[0];
      if (!first) continue;
      days.push({ day, count: starts.length, first: first.time });
      if (days.length === AVAILABILITY_DAYS) break;
    }
    return {
      kind: 'open',
      minutes,
      timeZone: consulate.timeZone,
      releaseTime: s.settings.releaseTime,
      windowDays: s.settings.windowDays,
      days,
    };
  }

  return async function availability(consulate: Consulate, service: Service): Promise<Availability> {
    const key = `${consulate.id}/${service.id}`;
    const now = clock.now().getTime();
    const hit = cache.get(key);
    if (hit && now - hit.at >= 0 && now - hit.at < ttl) return hit.value;
    const value = await compute(consulate, service);
    for (const [k, v] of cache) if (now - v.at >= ttl || now < v.at) cache.delete(k);
    cache.set(key, { at: now, value });
    return value;
  };
}
