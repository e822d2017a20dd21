import { Temporal } from '@js-temporal/polyfill';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import type { BackofficeDeps } from '../backoffice/deps.ts';
import type { Group } from '../catalog/definition.ts';
import type { Consulate } from '../catalog/service.ts';
import type { Service } from '../catalog/services-registry.ts';
import type { RequestState } from '../requests/states.ts';
import { isFinal } from '../requests/states.ts';
import * as day from './day-store.ts';
import { addDays, dayBounds, type LocalDay, localOf, startsOfDay, stepsFor, stepsOfDay } from './schedule.ts';
import type { BookingState } from './schema.ts';
import * as store from './store.ts';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day 'YYYY-MM-DD' that exists, or undefined. */
export function parseDay(value: unknown): LocalDay | undefined {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return undefined;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString();
  } catch {
    return undefined;
  }
}

/**
 * The applicant came to the counter: their confirmed appointment of today (local) for this request, if any, is
 * marked attended inside the counter's transaction. Uses `tx` only. Returns the appointment's id when it marked one.
 */
export async function attendAtCounter(
  tx: Db,
  clock: Clock,
  q: { requestId: string; timeZone: string; staffId: string; ip: string | null },
): Promise<string | undefined> {
  const now = clock.now();
  const { from, to } = dayBounds(localOf(now, q.timeZone).day, q.timeZone);
  const b = await day.activeForRequestBetween(tx, { requestId: q.requestId, from, to });
  if (!b) return undefined;
  await day.markBooking(tx, { bookingId: b.id, mark: 'attended', staffId: q.staffId, at: now });
  await record(tx, clock, {
    actor: `staff:${q.staffId}`,
    action: 'appointment.attended',
    subject: `appointment:${b.id}`,
    ip: q.ip,
    details: { via: 'counter', request: q.requestId, startsAt: b.startsAt.toISOString() },
  });
  return b.id;
}

/** The appointment a request has today or later (confirmed, or already marked), for the counter page. */
export async function appointmentAtCounter(
  db: Db,
  clock: Clock,
  q: { requestId: string; timeZone: string },
): Promise<{ startsAt: Date; endsAt: Date; seat: number; state: BookingState } | undefined> {
  const { from } = dayBounds(localOf(clock.now(), q.timeZone).day, q.timeZone);
  const b = await day.appointmentOfRequestFrom(db, { requestId: q.requestId, from });
  return b ? { startsAt: b.startsAt, endsAt: b.endsAt, seat: b.seat, state: b.state } : undefined;
}

/** Records the counter's check-in of one request inside the caller's transaction (the counter's own rule). */
export type CounterCheckIn = (
  tx: Db,
  clock: Clock,
  input: { requestId: string; staffId: string; ip: string | null; details?: Record<string, unknown> },
) => Promise<void>;

export type DayDeps = Pick<BackofficeDeps, 'catalog' | 'requests' | 'applicant'> & {
  db: Db;
  clock: Clock;
  counterCheckIn: CounterCheckIn;
};

type Actor = { staffId: string; ip: string | null };

/** One appointment as the day view lists it. */
export type DayEntry = {
  id: string;
  state: BookingState;
  group: Group;
  seat: number;
  startsAt: Date;
  endsAt: Date;
  applicantName: string;
  requests: { id: string; trackingCode: string; service: Service; state: RequestState }[];
  canCheckIn: boolean;
  canMarkNoShow: boolean;
};

/** One counter's list (counters are numbered per service group: each group has its own opening hours). */
export type CounterList = { group: Group; seat: number; entries: DayEntry[] };

export type DayView = {
  consulate: Consulate;
  day: LocalDay;
  today: LocalDay;
  counters: CounterList[];
  cancelled: DayEntry[];
  summary: { booked: number; attended: number; noShows: number; free: number };
  /** Opening hours with appointments on this day (false on a closure or a day without hours). */
  open: boolean;
  /** The consulate takes appointments at all (it has a schedule). */
  scheduled: boolean;
  /** The interval between offered start times: one free time is this many minutes at one counter. */
  slotMinutes: number;
};

export type CheckInOutcome =
  | { kind: 'checked_in' | 'already'; requestId?: string }
  | { kind: 'refused'; refusal: 'not_active' | 'not_today' };

export type NoShowOutcome =
  | { kind: 'marked' | 'already' }
  | { kind: 'refused'; refusal: 'not_active' | 'too_early' };

/**
 * The officers' day at a consulate: its appointments per counter, checking applicants in (which opens their
 * visit at the counter) and marking those who did not come. Who may see a consulate is the route's guard.
 */
export function createDayService(deps: DayDeps) {
  const { db, clock, catalog, requests } = deps;

  const todayAt = (c: Consulate) => localOf(clock.now(), c.timeZone).day;

  /** Free times still ahead on the day (per counter), and whether the day has opening hours at all. */
  async function freeTimes(
    c: Consulate,
    d: LocalDay,
  ): Promise<{ free: number; open: boolean; scheduled: boolean; slotMinutes: number }> {
    const settings = await store.settingsOf(db, c.id);
    if (!settings) return { free: 0, open: false, scheduled: false, slotMinutes: 0 };
    const closed = await store.closedDays(db, c.id, d, addDays(d, 1));
    const rows = await store.periodsOf(db, c.id);
    const groups = [...new Set(rows.map((r) => r.serviceGroup))];
    const now = clock.now();
    let free = 0;
    let open = false;
    for (const group of groups) {
      const periods = store.toPeriods(rows.filter((r) => r.serviceGroup === group));
      const steps = stepsOfDay(
        { timeZone: c.timeZone, slotMinutes: settings.slotMinutes, periods, closed },
        d,
      );
      if (steps.length === 0) continue;
      open = true;
      const used = await store.occupancy(db, {
        consulateId: c.id,
        group,
        from: steps[0]!.startsAt,
        to: steps[steps.length - 1]!.endsAt,
        now,
      });
      // A free time is one offered start with a counter free for one interval, as the booking pages count.
      const interval = settings.slotMinutes;
      for (const start of startsOfDay(steps, stepsFor(interval), used, now, interval))
        free += start.freeSeats.length;
    }
    return { free, open, scheduled: rows.length > 0, slotMinutes: settings.slotMinutes };
  }

  return {
    todayAt,

    /** An appointment by id (any state), for the route to check the consulate before anything else. */
    async find(bookingId: string): Promise<store.BookingRow | undefined> {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(bookingId))
        return undefined;
      return store.findBooking(db, bookingId);
    },

    /** The local day an appointment falls on, at its consulate. */
    async dayOf(b: store.BookingRow): Promise<LocalDay> {
      const c = await catalog.findConsulate(b.consulateId);
      return localOf(b.startsAt, c?.timeZone ?? 'UTC').day;
    },

    async view(c: Consulate, d: LocalDay): Promise<DayView> {
      const now = clock.now();
      const today = todayAt(c);
      const { from, to } = dayBounds(d, c.timeZone);
      const rows = await day.bookingsBetween(db, { consulateId: c.id, from, to });
      const names = new Map<string, string>();
      const entries: DayEntry[] = [];
      for (const b of rows) {
        if (!names.has(b.applicantId)) {
          const person = await deps.applicant(b.applicantId);
          names.set(
            b.applicantId,
            person ? `${person.identity.firstName} ${person.identity.lastName}`.trim() : '',
          );
        }
        const list: DayEntry['requests'] = [];
        for (const id of b.requestIds) {
          const r = await requests.forStaff(id, [c.id]);
          if (r?.trackingCode)
            list.push({ id: r.id, trackingCode: r.trackingCode, service: r.service, state: r.state });
        }
        entries.push({
          id: b.id,
          state: b.state,
          group: b.serviceGroup,
          seat: b.seat,
          startsAt: b.startsAt,
          endsAt: b.endsAt,
          applicantName: names.get(b.applicantId) ?? '',
          requests: list,
          canCheckIn: b.state === 'active' && d === today,
          canMarkNoShow: b.state === 'active' && b.startsAt.getTime() <= now.getTime(),
        });
      }
      const counters: CounterList[] = [];
      for (const e of entries) {
        if (e.state === 'cancelled') continue;
        let list = counters.find((k) => k.group === e.group && k.seat === e.seat);
        if (!list) {
          list = { group: e.group, seat: e.seat, entries: [] };
          counters.push(list);
        }
        list.entries.push(e);
      }
      counters.sort((a, b) => a.group.localeCompare(b.group) || a.seat - b.seat);
      const count = (state: BookingState) => entries.filter((e) => e.state === state).length;
      const { free, open, scheduled, slotMinutes } = await freeTimes(c, d);
      return {
        consulate: c,
        day: d,
        today,
        counters,
        cancelled: entries.filter((e) => e.state === 'cancelled'),
        summary: {
          booked: count('active') + count('attended') + count('no_show'),
          attended: count('attended'),
          noShows: count('no_show'),
          free,
        },
        open,
        scheduled,
        slotMinutes,
      };
    },

    /**
     * The applicant is here: the appointment is attended and each request still in the visit is checked in at
     * the counter, all in one transaction with its audit rows. Pressing twice changes nothing more.
     */
    async checkIn(b: store.BookingRow, actor: Actor): Promise<CheckInOutcome> {
      const c = await catalog.findConsulate(b.consulateId);
      if (!c) return { kind: 'refused', refusal: 'not_active' };
      const all = await store.requestIdsOf(db, b.id);
      const live: string[] = [];
      for (const id of await day.liveRequestIds(db, b.id)) {
        const r = await requests.forStaff(id, [b.consulateId]);
        if (r && !isFinal(r.state)) live.push(r.id);
      }
      const first = live[0] ?? [...all].sort()[0];
      const now = clock.now();
      return db.transaction(async (tx): Promise<CheckInOutcome> => {
        const locked = await store.findBookingForUpdate(tx, b.id);
        if (locked?.state === 'attended') return { kind: 'already', requestId: first };
        if (locked?.state !== 'active') return { kind: 'refused', refusal: 'not_active' };
        if (localOf(locked.startsAt, c.timeZone).day !== todayAt(c))
          return { kind: 'refused', refusal: 'not_today' };
        await day.markBooking(tx, { bookingId: b.id, mark: 'attended', staffId: actor.staffId, at: now });
        for (const requestId of live) {
          await deps.counterCheckIn(tx, clock, {
            requestId,
            staffId: actor.staffId,
            ip: actor.ip,
            details: { appointment: b.id },
          });
        }
        await record(tx, clock, {
          actor: `staff:${actor.staffId}`,
          action: 'appointment.attended',
          subject: `appointment:${b.id}`,
          ip: actor.ip,
          details: { via: 'day', requests: live, startsAt: locked.startsAt.toISOString() },
        });
        return { kind: 'checked_in', requestId: first };
      });
    },

    /**
     * The applicant did not come: once the appointment's time has begun, it is marked absent and its seats are
     * given back. Pressing twice changes nothing more.
     */
    async noShow(b: store.BookingRow, actor: Actor): Promise<NoShowOutcome> {
      const now = clock.now();
      return db.transaction(async (tx): Promise<NoShowOutcome> => {
        const locked = await store.findBookingForUpdate(tx, b.id);
        if (locked?.state === 'no_show') return { kind: 'already' };
        if (locked?.state !== 'active') return { kind: 'refused', refusal: 'not_active' };
        if (now.getTime() < locked.startsAt.getTime()) return { kind: 'refused', refusal: 'too_early' };
        await store.freeSeats(tx, b.id);
        await day.markBooking(tx, { bookingId: b.id, mark: 'no_show', staffId: actor.staffId, at: now });
        await record(tx, clock, {
          actor: `staff:${actor.staffId}`,
          action: 'appointment.no_show',
          subject: `appointment:${b.id}`,
          ip: actor.ip,
          details: { startsAt: locked.startsAt.toISOString() },
        });
        return { kind: 'marked' };
      });
    },
  };
}

export type DayService = ReturnType<typeof createDayService>;
