import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import type { Group } from '../catalog/definition.ts';
import type { CatalogService, Consulate } from '../catalog/service.ts';
import type { Service, ServiceCatalog } from '../catalog/services-registry.ts';
import type { Applicant, RequestsService, RequestView } from '../requests/service.ts';
import { isFinal } from '../requests/states.ts';
import { type AppointmentEmail, appointmentEmails } from './emails.ts';
import {
  addDays,
  type BookingWindow,
  bookingWindow,
  CELL_MINUTES,
  dayBounds,
  isStart,
  type LocalDay,
  lastRelease,
  localOf,
  type Schedule,
  type Start,
  startsOfDay,
  stepsFor,
  stepsOfDay,
} from './schedule.ts';
import * as store from './store.ts';

export type AppointmentsDeps = {
  db: Db;
  clock: Clock;
  keys: Keys;
  config: Config;
  catalog: CatalogService;
  services: ServiceCatalog;
  requests: RequestsService;
  applicant(id: string): Promise<Applicant | undefined>;
  wakeMailer(): void;
};

/** One visit to book: the requests it covers (same applicant, consulate and service group) and its length. */
export type Visit = {
  applicantId: string;
  consulate: Consulate;
  group: Group;
  requests: RequestView[];
  minutes: number;
};

export type AppointmentView = store.BookingRow & {
  /** The appointment a chain of moves started from: one calendar entry (UID) through every move. */
  firstId: string;
  consulate: Consulate;
  requests: { id: string; trackingCode: string | null; service: Service }[];
};

/** Why a visit cannot be booked, or a seat not taken. Each has its own words on the page. */
export type Refusal =
  | 'not_found'
  | 'no_visit'
  | 'not_bookable'
  | 'mixed'
  | 'has_appointment'
  | 'limit'
  | 'no_schedule'
  | 'outside_window'
  | 'taken'
  | 'reschedule_limit'
  | 'expired';

export type Outcome<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

/** A consulate's schedule for one service group, ready to compute with. */
export type GroupSchedule = {
  consulate: Consulate;
  group: Group;
  settings: store.SettingsRow;
  schedule: Schedule;
  window: BookingWindow;
};

export type Admission =
  | { admitted: true }
  | {
      admitted: false;
      opensAt: Date;
      /** Unknown until the release: the order is drawn then. */
      position?: number;
      total?: number;
      admitAt?: Date;
      /** Seconds until the waiting page should look again. */
      refresh: number;
    };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal);
  }
}

/** Postgres codes worth one more try: a deadlock or a serialisation failure between two bookings. */
const RETRYABLE = new Set(['40P01', '40001']);
const codeOf = (err: unknown): string | undefined => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
};

/** Visible, non-final, submitted, and its service has the applicant come in. */
export function needsVisit(r: Pick<RequestView, 'state' | 'service'>): boolean {
  return (
    r.service.visit.required &&
    r.state !== 'draft' &&
    !isFinal(r.state) &&
    r.state !== 'issued' &&
    r.state !== 'posted'
  );
}

/**
 * Appointments: computed availability, seats taken by one conditional statement per grid step, holds that lapse,
 * a waitlist that is offered what frees up, a waiting room in front of each release, reminders.
 */
export function createAppointmentsService(deps: AppointmentsDeps) {
  const { db, clock, keys, config, catalog, services, requests } = deps;
  const cfg = config.appointments;
  const emails = appointmentEmails(config);

  async function visitMinutes(consulateId: string, serviceId: string, tx: Db = db): Promise<number> {
    const service = services.find(serviceId);
    const offering = await catalog.offering(consulateId, serviceId, tx);
    if (offering.visitMinutes) return offering.visitMinutes;
    return service?.visit.required ? service.visit.minutes : 0;
  }

  async function scheduleOf(
    consulateId: string,
    group: Group,
    tx: Db = db,
  ): Promise<GroupSchedule | undefined> {
    const consulate = await catalog.findConsulate(consulateId, tx);
    const settings = await store.settingsOf(tx, consulateId);
    if (!consulate || !settings) return undefined;
    const periods = store.toPeriods(await store.periodsOf(tx, consulateId, group));
    if (periods.length === 0) return undefined;
    const window = bookingWindow(settings, consulate.timeZone, clock.now());
    const closed = await store.closedDays(tx, consulateId, window.today, addDays(window.lastDay, 1));
    return {
      consulate,
      group,
      settings,
      schedule: { timeZone: consulate.timeZone, slotMinutes: settings.slotMinutes, periods, closed },
      window,
    };
  }

  /** Every start a visit of `minutes` could take, day by day, from today to the end of the window. */
  async function startsIn(s: GroupSchedule, minutes: number, days?: { from: LocalDay; to: LocalDay }) {
    const from = days?.from && days.from > s.window.today ? days.from : s.window.today;
    const to = days?.to && days.to < s.window.lastDay ? days.to : s.window.lastDay;
    const count = stepsFor(minutes);
    const result = new Map<LocalDay, Start[]>();
    if (from > to) return result;
    const stepsByDay: [LocalDay, ReturnType<typeof stepsOfDay>][] = [];
    for (let day = from; day <= to; day = addDays(day, 1))
      stepsByDay.push([day, stepsOfDay(s.schedule, day)]);
    const all = stepsByDay.flatMap(([, steps]) => steps);
    if (all.length === 0) return result;
    const occupancy = await store.occupancy(db, {
      consulateId: s.consulate.id,
      group: s.group,
      from: all[0]!.startsAt,
      to: all[all.length - 1]!.endsAt,
      now: clock.now(),
    });
    for (const [day, steps] of stepsByDay) {
      result.set(day, startsOfDay(steps, count, occupancy, s.window.earliest, s.settings.slotMinutes));
    }
    return result;
  }

  /** The requests of one visit, checked: the first is the one booked from; the rest join it. */
  async function visitFor(
    applicantId: string,
    requestIds: readonly string[],
    replacing?: store.BookingRow,
  ): Promise<Outcome<{ visit: Visit }>> {
    const ids = [...new Set(requestIds)];
    if (ids.length === 0) return { ok: false, refusal: 'not_found' };
    const found: RequestView[] = [];
    for (const id of ids) {
      const r = await requests.owned(applicantId, id);
      if (!r) return { ok: false, refusal: 'not_found' };
      found.push(r);
    }
    const first = found[0]!;
    if (!first.service.visit.required) return { ok: false, refusal: 'no_visit' };
    if (found.some((r) => !needsVisit(r))) return { ok: false, refusal: 'not_bookable' };
    if (found.some((r) => r.consulateId !== first.consulateId || r.service.group !== first.service.group))
      return { ok: false, refusal: 'mixed' };
    const now = clock.now();
    for (const r of found) {
      const live = await store.liveForRequest(db, r.id, now);
      if (live && live.id !== replacing?.id) return { ok: false, refusal: 'has_appointment' };
    }
    const consulate = await catalog.findConsulate(first.consulateId);
    if (!consulate) return { ok: false, refusal: 'not_found' };
    let minutes = 0;
    for (const r of found) minutes += await visitMinutes(r.consulateId, r.serviceId);
    return {
      ok: true,
      visit: { applicantId, consulate, group: first.service.group, requests: found, minutes },
    };
  }

  /** Never inside a transaction: it reads through other services' connections. */
  async function view(row: store.BookingRow): Promise<AppointmentView> {
    const consulate = (await catalog.findConsulate(row.consulateId))!;
    const ids = await store.requestIdsOf(db, row.id);
    const list: AppointmentView['requests'] = [];
    for (const id of ids) {
      const r = await requests.owned(row.applicantId, id);
      if (r) list.push({ id: r.id, trackingCode: r.trackingCode, service: r.service });
    }
    const firstId = row.replacesId ? await store.firstOfChain(db, row.id) : row.id;
    return { ...row, firstId, consulate, requests: list };
  }

  /** Queues an email inside `tx`; `who` was read before the transaction opened. */
  async function mail(
    tx: Db,
    who: Applicant | undefined,
    kind: string,
    make: (locale: Applicant['locale'], name: string) => AppointmentEmail,
  ) {
    if (!who) return;
    await enqueueEmail(tx, { keys, clock }, `appointment.${kind}`, {
      to: who.email,
      ...make(who.locale, who.firstName),
    });
  }

  /** Lets one appointment go, in its own transaction; true when it was live. */
  async function release(bookingId: string, state: 'cancelled' | 'expired', by: string): Promise<boolean> {
    return db.transaction(async (tx) => {
      const b = await store.findBookingForUpdate(tx, bookingId);
      if (!b || (b.state !== 'held' && b.state !== 'active')) return false;
      await store.freeSeats(tx, b.id);
      await store.endBooking(tx, b.id, { state, endedAt: clock.now(), endedBy: by });
      if (b.waitlistId && state === 'expired') await store.missedOffer(tx, b.waitlistId);
      return true;
    });
  }

  type HoldInput = {
    visit: Visit;
    startsAt: Date;
    replaces?: store.BookingRow;
    waitlistId?: string;
  };

  async function holdOnce(
    input: HoldInput,
    run: Start['steps'],
    s: GroupSchedule,
  ): Promise<store.BookingRow> {
    const { visit } = input;
    const now = clock.now();
    return db.transaction(async (tx) => {
      await store.lockApplicant(tx, visit.applicantId);
      if (!input.replaces && (await store.liveCount(tx, visit.applicantId, now)) >= cfg.perAccount)
        throw new Refused('limit');
      for (const r of visit.requests) {
        const live = await store.liveForRequest(tx, r.id, now);
        if (live && live.id !== input.replaces?.id) throw new Refused('has_appointment');
      }
      const taken: { id: string; seats: number }[] = [];
      for (const step of run) {
        const row = await store.takeStep(tx, { consulateId: s.consulate.id, group: s.group, step });
        if (!row) throw new Refused('taken');
        taken.push(row);
      }
      const used = await store.seatsUsed(
        tx,
        taken.map((t) => t.id),
      );
      const max = Math.min(...taken.map((t) => t.seats));
      let seat = 0;
      for (let n = 1; n <= max; n++) {
        if (!used.has(n)) {
          seat = n;
          break;
        }
      }
      if (!seat) throw new Refused('taken');
      const minutes = input.waitlistId ? cfg.offerMinutes : cfg.holdMinutes;
      const booking = await store.insertBooking(tx, {
        id: newId(),
        consulateId: s.consulate.id,
        serviceGroup: s.group,
        applicantId: visit.applicantId,
        state: 'held',
        startsAt: run[0]!.startsAt,
        endsAt: run[run.length - 1]!.endsAt,
        seat,
        heldUntil: new Date(now.getTime() + minutes * 60_000),
        waitlistId: input.waitlistId ?? null,
        replacesId: input.replaces?.id ?? null,
        createdAt: now,
      });
      await store.insertSeats(
        tx,
        booking.id,
        taken.map((t) => t.id),
        seat,
      );
      // A move's new seat is linked when confirmed: until then the request's appointment is the old one.
      await store.linkRequests(
        tx,
        booking.id,
        visit.requests.map((r) => r.id),
        !input.replaces,
      );
      return booking;
    });
  }

  /**
   * Holds a seat for a visit at a start time: it counts against capacity until confirmed or lapsed. "taken" when
   * someone was faster; a full step whose holds have lapsed is freed and tried once more.
   */
  async function hold(input: HoldInput): Promise<Outcome<{ booking: store.BookingRow }>> {
    const { visit } = input;
    const s = await scheduleOf(visit.consulate.id, visit.group);
    if (!s) return { ok: false, refusal: 'no_schedule' };
    if (input.replaces) {
      const main = visit.requests[0]!;
      if ((await store.reschedulesOf(db, main.id)) >= cfg.reschedules)
        return { ok: false, refusal: 'reschedule_limit' };
    }
    const local = localOf(input.startsAt, s.consulate.timeZone);
    if (local.day > s.window.lastDay || input.startsAt.getTime() < s.window.earliest.getTime())
      return { ok: false, refusal: 'outside_window' };
    const steps = stepsOfDay(s.schedule, local.day);
    const i = steps.findIndex((st) => st.startsAt.getTime() === input.startsAt.getTime());
    const count = stepsFor(visit.minutes);
    const run = i < 0 || !isStart(steps[i]!, s.settings.slotMinutes) ? [] : steps.slice(i, i + count);
    const fits =
      run.length === count &&
      run.every(
        (st, k) =>
          st.period === run[0]!.period && (k === 0 || st.startsAt.getTime() === run[k - 1]!.endsAt.getTime()),
      );
    if (!fits) return { ok: false, refusal: 'outside_window' };
    // The applicant's own lapsed holds go first: their request links would stand in the way.
    for (const b of await store.bookingsOfApplicant(db, visit.applicantId)) {
      if (b.state === 'held' && b.heldUntil && b.heldUntil.getTime() <= clock.now().getTime())
        await release(b.id, 'expired', 'system');
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return { ok: true, booking: await holdOnce(input, run, s) };
      } catch (err) {
        if (err instanceof Refused) {
          if (err.refusal === 'taken' && attempt === 0) {
            const lapsed = await store.expiredHoldsAt(db, {
              consulateId: s.consulate.id,
              group: s.group,
              starts: run.map((st) => st.startsAt),
              now: clock.now(),
            });
            if (lapsed.length > 0) {
              for (const id of lapsed) await release(id, 'expired', 'system');
              continue;
            }
          }
          return { ok: false, refusal: err.refusal };
        }
        const code = codeOf(err);
        if (code && RETRYABLE.has(code) && attempt < 2) continue;
        // The database's own guard: a seat or a request's live appointment already taken.
        if (code === '23505') return { ok: false, refusal: 'taken' };
        throw err;
      }
    }
  }

  /** Offers freed seats to those waiting, first come first served; `skip` just let an offer lapse. */
  async function serveWaitlist(consulateId: string, group: Group, skip?: string): Promise<number> {
    let offered = 0;
    const now = clock.now();
    const s = await scheduleOf(consulateId, group);
    if (!s) return 0;
    // The sweep calls this every 30 seconds for every group with people waiting: when not even the shortest visit
    // fits anywhere, nobody's requests need reading.
    if ([...(await startsIn(s, CELL_MINUTES)).values()].every((day) => day.length === 0)) return 0;
    for (const entry of await store.waitingFor(db, consulateId, group)) {
      if (entry.id === skip) continue;
      if (await store.openOffer(db, entry.id, now)) continue;
      const v = await visitFor(entry.applicantId, entry.requestIds);
      if (!v.ok) {
        await db.transaction((tx) => store.endWaitlist(tx, entry.id, 'left', now));
        continue;
      }
      const first = [...(await startsIn(s, v.visit.minutes)).values()].flat()[0];
      if (!first) continue;
      const held = await hold({ visit: v.visit, startsAt: first.startsAt, waitlistId: entry.id });
      if (!held.ok) continue;
      offered++;
      const a = await view(held.booking);
      const who = await deps.applicant(a.applicantId);
      await db.transaction(async (tx) => {
        await mail(tx, who, 'offer', (locale, name) => emails.offer(locale, name, a, cfg.offerMinutes));
        await record(tx, clock, {
          actor: 'system',
          action: 'appointment.offered',
          subject: `appointment:${held.booking.id}`,
          details: { waitlist: entry.id },
        });
      });
    }
    if (offered) deps.wakeMailer();
    return offered;
  }

  return {
    visitMinutes,
    scheduleOf,
    startsIn,
    visitFor,
    view,
    hold,
    serveWaitlist,

    /**
     * Confirmed appointments on a local day at a consulate: a closure added for that day leaves them standing, and
     * the admin is told how many people to contact.
     */
    async activeOnDay(consulate: Consulate, day: LocalDay): Promise<number> {
      const { from, to } = dayBounds(day, consulate.timeZone);
      return store.activeBetween(db, consulate.id, from, to);
    },

    /** Requests of the applicant that could join a visit booked from `r` (same consulate and group). */
    async companions(applicantId: string, r: RequestView): Promise<RequestView[]> {
      const now = clock.now();
      const out: RequestView[] = [];
      for (const other of await requests.list(applicantId)) {
        if (other.id === r.id || !needsVisit(other)) continue;
        if (other.consulateId !== r.consulateId || other.service.group !== r.service.group) continue;
        if (await store.liveForRequest(db, other.id, now)) continue;
        out.push(other);
      }
      return out;
    },

    /** The next free starts for a visit (the "just taken" page, the public availability, the waitlist). */
    async nextStarts(consulateId: string, group: Group, minutes: number, limit: number): Promise<Start[]> {
      const s = await scheduleOf(consulateId, group);
      if (!s) return [];
      return [...(await startsIn(s, minutes)).values()].flat().slice(0, limit);
    },

    async owned(applicantId: string, bookingId: string): Promise<AppointmentView | undefined> {
      if (!UUID.test(bookingId)) return undefined;
      const b = await store.findBooking(db, bookingId);
      return b && b.applicantId === applicantId ? view(b) : undefined;
    },

    /** The live appointment of a request (a hold only while it lasts). */
    async forRequest(requestId: string): Promise<AppointmentView | undefined> {
      const b = await store.liveForRequest(db, requestId, clock.now());
      return b ? view(b) : undefined;
    },

    /** An applicant's appointments to come and held times still open, for their dashboard. */
    async upcoming(applicantId: string): Promise<AppointmentView[]> {
      const now = clock.now().getTime();
      const rows = (await store.bookingsOfApplicant(db, applicantId)).filter(
        (b) =>
          (b.state === 'active' && b.endsAt.getTime() > now) ||
          (b.state === 'held' && !!b.heldUntil && b.heldUntil.getTime() > now),
      );
      return Promise.all(rows.map((r) => view(r)));
    },

    /** The appointments that count against the per-account limit (the rule of `store.liveCount`). */
    async counted(applicantId: string): Promise<AppointmentView[]> {
      const now = clock.now().getTime();
      const rows = (await store.bookingsOfApplicant(db, applicantId)).filter(
        (b) =>
          b.state === 'active' ||
          (b.state === 'held' && !b.replacesId && !!b.heldUntil && b.heldUntil.getTime() > now),
      );
      return Promise.all(rows.map((r) => view(r)));
    },

    /** An applicant's appointments, live and past, in time order. */
    async forApplicant(applicantId: string): Promise<AppointmentView[]> {
      const rows = await store.bookingsOfApplicant(db, applicantId);
      return Promise.all(rows.map((r) => view(r)));
    },

    async reschedulesLeft(requestId: string): Promise<number> {
      return Math.max(0, cfg.reschedules - (await store.reschedulesOf(db, requestId)));
    },

    /** Confirms a hold: the appointment is made (and a move lets the old one go), emailed with its `.ics`. */
    async confirm(
      applicantId: string,
      bookingId: string,
      ip?: string,
    ): Promise<Outcome<{ appointment: AppointmentView }>> {
      const now = clock.now();
      let freed: store.BookingRow | undefined;
      const before = await store.findBooking(db, bookingId);
      if (!before || before.applicantId !== applicantId) return { ok: false, refusal: 'not_found' };
      const shown = await view(before);
      const who = await deps.applicant(applicantId);
      const result = await db.transaction(async (tx): Promise<Outcome<{ appointment: AppointmentView }>> => {
        const b = await store.findBookingForUpdate(tx, bookingId);
        if (!b || b.applicantId !== applicantId) return { ok: false, refusal: 'not_found' };
        if (b.state === 'active') return { ok: true, appointment: { ...shown, ...b } };
        if (b.state !== 'held' || !b.heldUntil || b.heldUntil.getTime() <= now.getTime())
          return { ok: false, refusal: 'expired' };
        if (b.replacesId) {
          const old = await store.findBookingForUpdate(tx, b.replacesId);
          if (old?.state === 'active') {
            await store.freeSeats(tx, old.id);
            await store.endBooking(tx, old.id, { state: 'rescheduled', endedAt: now, endedBy: 'applicant' });
            freed = old;
          }
        }
        await store.activate(tx, b.id, now);
        if (b.waitlistId) await store.endWaitlist(tx, b.waitlistId, 'booked', now);
        const ids = await store.requestIdsOf(tx, b.id);
        // Booked one way or another: a waitlist place for the same requests is no longer needed.
        for (const w of await store.waitlistOfApplicant(tx, applicantId)) {
          if (w.requestIds.some((id) => ids.includes(id))) await store.endWaitlist(tx, w.id, 'booked', now);
        }
        const a: AppointmentView = { ...shown, ...b, state: 'active', heldUntil: null, confirmedAt: now };
        await mail(tx, who, b.replacesId ? 'rescheduled' : 'confirmed', (locale, name) =>
          emails.confirmed(locale, name, a, { rescheduled: !!b.replacesId }),
        );
        await record(tx, clock, {
          actor: `applicant:${applicantId}`,
          action: b.replacesId ? 'appointment.rescheduled' : 'appointment.confirmed',
          subject: `appointment:${b.id}`,
          ip: ip ?? null,
          details: { startsAt: b.startsAt.toISOString(), requests: ids, replaces: b.replacesId },
        });
        return { ok: true, appointment: a };
      });
      deps.wakeMailer();
      if (freed) await serveWaitlist(freed.consulateId, freed.serviceGroup);
      return result;
    },

    /** Gives a hold back before its time (the applicant chose another time or left). */
    async abandon(applicantId: string, bookingId: string): Promise<boolean> {
      const b = await store.findBooking(db, bookingId);
      if (!b || b.applicantId !== applicantId || b.state !== 'held') return false;
      const done = await release(b.id, 'expired', 'applicant');
      if (done) await serveWaitlist(b.consulateId, b.serviceGroup, b.waitlistId ?? undefined);
      return done;
    },

    /** Cancels a confirmed appointment; its seat goes to the first person waiting, if any. */
    async cancel(applicantId: string, bookingId: string, ip?: string): Promise<boolean> {
      const now = clock.now();
      const before = await store.findBooking(db, bookingId);
      if (!before || before.applicantId !== applicantId) return false;
      const shown = await view(before);
      const who = await deps.applicant(applicantId);
      const done = await db.transaction(async (tx) => {
        const b = await store.findBookingForUpdate(tx, bookingId);
        if (!b || b.applicantId !== applicantId || b.state !== 'active') return undefined;
        if (b.startsAt.getTime() <= now.getTime()) return undefined;
        const a: AppointmentView = { ...shown, ...b, state: 'cancelled', endedAt: now };
        await store.freeSeats(tx, b.id);
        await store.endBooking(tx, b.id, { state: 'cancelled', endedAt: now, endedBy: 'applicant' });
        await mail(tx, who, 'cancelled', (locale, name) => emails.cancelled(locale, name, a, 'applicant'));
        await record(tx, clock, {
          actor: `applicant:${applicantId}`,
          action: 'appointment.cancelled',
          subject: `appointment:${b.id}`,
          ip: ip ?? null,
          details: { startsAt: b.startsAt.toISOString() },
        });
        return b;
      });
      if (!done) return false;
      deps.wakeMailer();
      await serveWaitlist(done.consulateId, done.serviceGroup);
      return true;
    },

    /** Joins the waitlist for a visit when nothing is free in the window. */
    async joinWaitlist(visit: Visit): Promise<Outcome<{ entry: store.WaitlistRow }>> {
      const s = await scheduleOf(visit.consulate.id, visit.group);
      if (!s) return { ok: false, refusal: 'no_schedule' };
      const free = [...(await startsIn(s, visit.minutes)).values()].flat();
      if (free.length > 0) return { ok: false, refusal: 'outside_window' };
      const now = clock.now();
      return db.transaction(async (tx) => {
        await store.lockApplicant(tx, visit.applicantId);
        const ids = visit.requests.map((r) => r.id);
        const existing = (await store.waitlistOfApplicant(tx, visit.applicantId)).find((w) =>
          w.requestIds.some((id) => ids.includes(id)),
        );
        if (existing) return { ok: true, entry: existing };
        const entry = await store.insertWaitlist(tx, {
          id: newId(),
          consulateId: visit.consulate.id,
          serviceGroup: visit.group,
          applicantId: visit.applicantId,
          requestIds: ids,
          minutes: visit.minutes,
          state: 'waiting',
          joinedAt: now,
        });
        await record(tx, clock, {
          actor: `applicant:${visit.applicantId}`,
          action: 'appointment.waitlist_joined',
          subject: `waitlist:${entry.id}`,
          details: { requests: ids },
        });
        return { ok: true, entry };
      });
    },

    async leaveWaitlist(applicantId: string, id: string): Promise<boolean> {
      if (!UUID.test(id)) return false;
      const w = await store.findWaitlist(db, id);
      if (!w || w.applicantId !== applicantId || w.state !== 'waiting') return false;
      const offer = await store.openOffer(db, w.id, clock.now());
      if (offer) await release(offer.id, 'expired', 'applicant');
      await db.transaction((tx) => store.endWaitlist(tx, w.id, 'left', clock.now()));
      return true;
    },

    waitlistOf: (applicantId: string) => store.waitlistOfApplicant(db, applicantId),

    /** Where a waiting-list entry stands: how many joined before it and still wait. */
    async waitlistPlace(entry: store.WaitlistRow): Promise<number> {
      const ahead = await store.waitingFor(db, entry.consulateId, entry.serviceGroup, 10_000);
      return ahead.findIndex((w) => w.id === entry.id) + 1;
    },

    /** The live offer made to a waiting-list entry, if any. */
    openOffer: (waitlistId: string) => store.openOffer(db, waitlistId, clock.now()),

    /**
     * The waiting room in front of a release. From a minute before a new day opens until `queueMinutes` after,
     * whoever comes to book at the consulate takes a place: those who came before the opening in an order drawn
     * at random, later arrivals after them in arrival order, admitted at `queueAdmitPerMinute`.
     */
    async admission(applicantId: string, s: GroupSchedule): Promise<Admission> {
      if (cfg.queueMinutes === 0) return { admitted: true };
      const now = clock.now();
      const next = s.window.nextRelease.at;
      const last = lastRelease(s.settings, s.consulate.timeZone, now);
      let opensAt: Date;
      if (now.getTime() >= next.getTime() - 60_000) opensAt = next;
      else if (now.getTime() < last.getTime() + cfg.queueMinutes * 60_000) opensAt = last;
      else return { admitted: true };
      const mine = await store.enterQueue(db, {
        consulateId: s.consulate.id,
        opensAt,
        applicantId,
        arrivedAt: now,
        early: now.getTime() < opensAt.getTime(),
        draw: randomBytes(8).toString('hex'),
      });
      if (now.getTime() < opensAt.getTime()) {
        return {
          admitted: false,
          opensAt,
          refresh: Math.max(1, Math.ceil((opensAt.getTime() - now.getTime()) / 1000)),
        };
      }
      const place = await store.queuePlace(db, {
        consulateId: s.consulate.id,
        opensAt,
        applicantId,
        ...mine,
      });
      const admitAt = new Date(
        opensAt.getTime() + Math.floor((place.ahead * 60_000) / cfg.queueAdmitPerMinute),
      );
      if (now.getTime() >= admitAt.getTime()) return { admitted: true };
      return {
        admitted: false,
        opensAt,
        position: place.ahead + 1,
        total: place.total,
        admitAt,
        refresh: Math.min(15, Math.max(1, Math.ceil((admitAt.getTime() - now.getTime()) / 1000))),
      };
    },

    /**
     * A request reached a final state inside `tx`: its place in a visit ends, and a visit left with no request
     * is cancelled (the seat is offered to the waitlist at the next sweep).
     */
    async requestEnded(tx: Db, requestId: string): Promise<void> {
      const now = clock.now();
      const live = await store.liveForRequest(tx, requestId, now);
      if (live) {
        const ids = await store.requestIdsOf(tx, live.id);
        const others = ids.filter((id) => id !== requestId);
        if (others.length === 0) {
          await store.freeSeats(tx, live.id);
          await store.endBooking(tx, live.id, { state: 'cancelled', endedAt: now, endedBy: 'system' });
        } else {
          await store.unlinkRequest(tx, live.id, requestId);
        }
      }
      await store.dropFromWaitlist(tx, requestId, now);
    },

    /**
     * The periodic work: lapsed holds let go (a lapsed offer passes to the next person waiting), waitlists
     * served, reminders sent, old waiting rooms cleared.
     */
    async sweep(): Promise<{ released: number; offered: number; reminded: number }> {
      const now = clock.now();
      let released = 0;
      let offered = 0;
      const touched = new Map<string, { consulateId: string; group: Group; skip?: string }>();
      for (const b of await store.expiredHolds(db, now)) {
        if (await release(b.id, 'expired', 'system')) released++;
        touched.set(`${b.consulateId}/${b.serviceGroup}/${b.waitlistId ?? ''}`, {
          consulateId: b.consulateId,
          group: b.serviceGroup,
          skip: b.waitlistId ?? undefined,
        });
      }
      for (const t of touched.values()) offered += await serveWaitlist(t.consulateId, t.group, t.skip);
      for (const g of await store.groupsWaiting(db)) offered += await serveWaitlist(g.consulateId, g.group);
      let reminded = 0;
      for (const b of await store.dueReminders(
        db,
        now,
        new Date(now.getTime() + cfg.reminderHours * 3_600_000),
      )) {
        const a = await view(b);
        const who = await deps.applicant(b.applicantId);
        const sent = await db.transaction(async (tx) => {
          if (!(await store.markReminded(tx, b.id, now))) return false;
          await mail(tx, who, 'reminder', (locale, name) => emails.reminder(locale, name, a));
          return true;
        });
        if (sent) reminded++;
      }
      if (reminded) deps.wakeMailer();
      await store.purgeQueue(db, new Date(now.getTime() - 24 * 3_600_000));
      return { released, offered, reminded };
    },
  };
}

export type AppointmentsService = ReturnType<typeof createAppointmentsService>;
