import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import type { RequestView } from '../requests/service.ts';
import type { AppointmentsRouteDeps } from './deps.ts';
import { appointmentCalendar } from './ics.ts';
import { addDays, type LocalDay, localOf, type Start, stepsOfDay } from './schedule.ts';
import type { AppointmentView, GroupSchedule, Refusal, Visit } from './service.ts';
import {
  type AppointmentFlash,
  AppointmentPage,
  CancelPage,
  ConfirmPage,
  ExpiredPage,
} from './views/appointment.tsx';
import { type BookingFlash, BookingPage, type DayCell, WaitingRoomPage } from './views/booking.tsx';
import { bookingHref, mainRequestOf } from './views/parts.tsx';
import { RefusalPage, TakenPage, TooManyPage } from './views/refusals.tsx';
import { monthOf, parseMonthKey } from './views/when.ts';

const HOUR = 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FLASH = 'appointmentsFlash';
/** How many free times the "just taken" page offers instead. */
const NEXT_TIMES = 6;

type Flash = { kind: BookingFlash | AppointmentFlash; id: string };

/** Each refusal's HTTP status: the request is wrong (400) or the state of things stands in the way (409). */
const STATUS: Record<Refusal, number> = {
  not_found: 404,
  no_visit: 400,
  not_bookable: 409,
  mixed: 400,
  has_appointment: 409,
  limit: 409,
  no_schedule: 409,
  outside_window: 400,
  taken: 409,
  reschedule_limit: 409,
  expired: 409,
};

/** Request ids from a repeated form or query field; anything else is dropped. */
function idList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(list.filter((v): v is string => typeof v === 'string' && UUID.test(v)))].slice(0, 10);
}

function one(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : undefined;
}

/** A real calendar day `YYYY-MM-DD`, or undefined. */
function dayParam(value: unknown): LocalDay | undefined {
  const v = one(value);
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d ? v : undefined;
}

/** A booking being made: the request it starts from, the visit, the schedule, and a move if it is one. */
type Booking = {
  r: RequestView;
  visit: Visit;
  withIds: string[];
  replacing?: AppointmentView;
  s: GroupSchedule;
};

/** Applicant booking: from a request to a confirmed appointment, moves, cancellation, waitlist, waiting room. */
export async function registerBooking(app: FastifyInstance, platform: Platform, deps: AppointmentsRouteDeps) {
  const { appointments, requests } = deps;
  const { config, clock, limiter, sessions } = platform;
  const cfg = config.appointments;
  const guard = { preHandler: deps.requireApplicant };
  const me = (request: FastifyRequest) => request.applicant!.id;
  const paramId = (request: FastifyRequest) => (request.params as { id: string }).id;

  async function setFlash(request: FastifyRequest, flash: Flash) {
    const s = request.session;
    if (!s) return;
    s.data = { ...s.data, [FLASH]: flash };
    await sessions.saveData(s.idHash, s.data);
  }

  /**
   * The message left for this page (by request or appointment id), taken so it shows once; one left for another
   * page is dropped too, so it never turns up later out of place.
   */
  async function takeFlash(request: FastifyRequest, id: string): Promise<Flash['kind'] | undefined> {
    const s = request.session;
    const flash = s?.data[FLASH] as Flash | undefined;
    if (!s || !flash) return undefined;
    const { [FLASH]: _, ...rest } = s.data;
    s.data = rest;
    await sessions.saveData(s.idHash, rest);
    return flash.id === id ? flash.kind : undefined;
  }

  const ownedRequest = (request: FastifyRequest) => requests.owned(me(request), paramId(request));

  async function ownedAppointment(request: FastifyRequest, id = paramId(request)) {
    return UUID.test(id) ? appointments.owned(me(request), id) : undefined;
  }

  const liveOf = (applicantId: string) => appointments.counted(applicantId);

  /**
   * Counts a booking action against the hour's allowance of the account and of the address; over either, the
   * "too many" page is sent and true returned.
   */
  async function limited(request: FastifyRequest, reply: FastifyReply, back: string, timeZone: string) {
    const account = await limiter.hit(`appointments:applicant:${me(request)}`, cfg.actionsPerHour, HOUR);
    const address = await limiter.hit(`appointments:ip:${request.ip}`, cfg.actionsPerIpPerHour, HOUR);
    if (account.allowed && address.allowed) return false;
    const resetAt = new Date(
      Math.max(
        account.allowed ? 0 : account.resetAt.getTime(),
        address.allowed ? 0 : address.resetAt.getTime(),
      ),
    );
    reply.header(
      'retry-after',
      String(Math.max(1, Math.ceil((resetAt.getTime() - clock.now().getTime()) / 1000))),
    );
    void reply.page(<TooManyPage resetAt={resetAt} timeZone={timeZone} back={back} />, { status: 429 });
    return true;
  }

  async function refuse(
    reply: FastifyReply,
    refusal: Refusal,
    r: RequestView,
    extra: { visitIds?: string[]; applicantId?: string } = {},
  ) {
    if (refusal === 'not_found') return reply.callNotFound();
    const consulate = await deps.catalog.findConsulate(r.consulateId);
    let existing: AppointmentView | undefined;
    if (refusal === 'has_appointment') {
      for (const id of extra.visitIds ?? [r.id]) {
        existing = await appointments.forRequest(id);
        if (existing) break;
      }
    }
    const live = refusal === 'limit' && extra.applicantId ? await liveOf(extra.applicantId) : undefined;
    return reply.page(
      <RefusalPage
        refusal={refusal}
        requestId={r.id}
        consulate={consulate}
        live={live}
        perAccount={cfg.perAccount}
        existing={existing}
      />,
      { status: STATUS[refusal] },
    );
  }

  /**
   * The visit a booking page or form is about: the request, the companions chosen (`with`), or the appointment
   * being moved (`replaces`, whose requests the visit keeps). Sends the refusal page and returns undefined when
   * it cannot be booked.
   */
  async function resolve(
    request: FastifyRequest,
    reply: FastifyReply,
    r: RequestView,
    source: Record<string, unknown>,
  ): Promise<Booking | undefined> {
    const applicantId = me(request);
    let replacing: AppointmentView | undefined;
    const replacesId = one(source.replaces);
    if (replacesId) {
      replacing = await ownedAppointment(request, replacesId);
      if (!replacing?.requests.some((x) => x.id === r.id)) {
        void reply.callNotFound();
        return undefined;
      }
      if (replacing.state !== 'active' || replacing.startsAt.getTime() <= clock.now().getTime()) {
        void reply.seeOther(`/appointments/${replacing.id}`);
        return undefined;
      }
      if ((await appointments.reschedulesLeft(r.id)) === 0) {
        await refuse(reply, 'reschedule_limit', r);
        return undefined;
      }
    }
    const withIds = (replacing ? replacing.requests.map((x) => x.id) : idList(source.with)).filter(
      (id) => id !== r.id,
    );
    if (!replacing && (await liveOf(applicantId)).length >= cfg.perAccount) {
      await refuse(reply, 'limit', r, { applicantId });
      return undefined;
    }
    const v = await appointments.visitFor(applicantId, [r.id, ...withIds], replacing);
    if (!v.ok) {
      await refuse(reply, v.refusal, r, { visitIds: [r.id, ...withIds], applicantId });
      return undefined;
    }
    const s = await appointments.scheduleOf(v.visit.consulate.id, v.visit.group);
    if (!s) {
      await refuse(reply, 'no_schedule', r);
      return undefined;
    }
    return { r, visit: v.visit, withIds, replacing, s };
  }

  /** What each day of a month offers, in words: the reason when nothing, the count of free times otherwise. */
  function dayCells(b: Booking, first: LocalDay, last: LocalDay, starts: Map<LocalDay, Start[]>) {
    const cells = new Map<LocalDay, DayCell>();
    const { window } = b.s;
    for (let day = first; day <= last; day = addDays(day, 1)) {
      const free = starts.get(day)?.length ?? 0;
      if (day < window.today) cells.set(day, { status: 'past', free: 0 });
      else if (day > window.lastDay) cells.set(day, { status: 'later', free: 0 });
      else if (free > 0) cells.set(day, { status: 'open', free });
      else {
        const steps = stepsOfDay(b.s.schedule, day);
        if (steps.length === 0) cells.set(day, { status: 'closed', free: 0 });
        else if (steps.every((st) => st.startsAt.getTime() < window.earliest.getTime()))
          cells.set(day, { status: 'soon', free: 0 });
        else cells.set(day, { status: 'full', free: 0 });
      }
    }
    return cells;
  }

  /** The waiting room when a release is near, else the calendar (and the chosen day's times). */
  async function bookingPage(
    request: FastifyRequest,
    reply: FastifyReply,
    b: Booking,
    o: { month?: string; day?: LocalDay; flash?: BookingFlash; error?: 'start' },
    status = 200,
  ) {
    const { s, visit, r } = b;
    const locale = request.locale;
    const admission = await appointments.admission(me(request), s);
    if (!admission.admitted) {
      return reply.page(
        <WaitingRoomPage
          request={r}
          schedule={s}
          opensAt={admission.opensAt}
          position={admission.position}
          total={admission.total}
          admitAt={admission.admitAt}
          refresh={admission.refresh}
          href={bookingHref(r.id, { with: b.withIds, replaces: b.replacing?.id })}
        />,
      );
    }
    const starts = await appointments.startsIn(s, visit.minutes);
    const firstFree = [...starts.values()].flat()[0];
    const { today, lastDay } = s.window;
    let anchor = o.day ?? (o.month ? parseMonthKey(o.month) : undefined) ?? firstFree?.day ?? today;
    if (anchor < today) anchor = today;
    if (anchor > lastDay && lastDay >= today) anchor = lastDay;
    const month = monthOf(anchor, locale);
    // A month touching the window only by its days before today still pages back to nothing.
    const prevMonth = month.first > today ? monthOf(addDays(month.first, -1), locale).key : undefined;
    const nextMonth = month.last < lastDay ? monthOf(addDays(month.last, 1), locale).key : undefined;
    const waitlist = b.replacing
      ? undefined
      : (await appointments.waitlistOf(me(request))).find((w) => w.requestIds.includes(r.id));
    return reply.page(
      <BookingPage
        request={r}
        visit={visit}
        withIds={b.withIds}
        companions={b.replacing ? [] : await appointments.companions(me(request), r)}
        replacing={b.replacing}
        reschedulesLeft={b.replacing ? await appointments.reschedulesLeft(r.id) : undefined}
        schedule={s}
        month={month}
        prevMonth={prevMonth}
        nextMonth={nextMonth}
        cells={dayCells(b, month.first, month.last, starts)}
        firstFree={firstFree}
        day={o.day}
        dayStarts={o.day ? (starts.get(o.day) ?? []) : undefined}
        nothingFree={!firstFree}
        waitlist={
          waitlist ? { entry: waitlist, place: await appointments.waitlistPlace(waitlist) } : undefined
        }
        flash={o.flash}
        error={o.error}
        holdMinutes={cfg.holdMinutes}
        offerMinutes={cfg.offerMinutes}
      />,
      { status },
    );
  }

  async function appointmentPage(request: FastifyRequest, reply: FastifyReply, a: AppointmentView) {
    const now = clock.now();
    if (a.state === 'held') {
      if (!a.heldUntil || a.heldUntil.getTime() <= now.getTime()) return reply.page(<ExpiredPage a={a} />);
      const replacing = a.replacesId ? await appointments.owned(me(request), a.replacesId) : undefined;
      return reply.page(<ConfirmPage a={a} now={now} replacing={replacing} />);
    }
    const flash = (await takeFlash(request, a.id)) as AppointmentFlash | undefined;
    const main = mainRequestOf(a);
    const left = main ? await appointments.reschedulesLeft(main.id) : 0;
    return reply.page(<AppointmentPage a={a} flash={flash} reschedulesLeft={left} now={now} />);
  }

  /**
   * The applicant's own holds that a new choice replaces: a plain hold on the same requests (they went back and
   * chose another time), or an earlier hold for the same move. An offer from the waitlist is left alone.
   */
  async function releaseOwnHolds(applicantId: string, requestIds: string[], replaces?: string) {
    const now = clock.now().getTime();
    for (const a of await appointments.forApplicant(applicantId)) {
      if (a.state !== 'held' || a.waitlistId || !a.heldUntil || a.heldUntil.getTime() <= now) continue;
      const same = replaces
        ? a.replacesId === replaces
        : !a.replacesId && a.requests.some((x) => requestIds.includes(x.id));
      if (same) await appointments.abandon(applicantId, a.id);
    }
  }

  const zoneOf = async (consulateId: string) =>
    (await deps.catalog.findConsulate(consulateId))?.timeZone ?? 'UTC';

  // --- the booking page and the choice of a time ----------------------------------------------------------

  app.get('/requests/:id/appointment', guard, async (request, reply) => {
    const r = await ownedRequest(request);
    if (!r) return reply.callNotFound();
    const q = (request.query ?? {}) as Record<string, unknown>;
    if (!one(q.replaces)) {
      const live = await appointments.forRequest(r.id);
      if (live) return appointmentPage(request, reply, live);
    }
    const flash = (await takeFlash(request, r.id)) as BookingFlash | undefined;
    const b = await resolve(request, reply, r, q);
    if (!b) return reply;
    return bookingPage(request, reply, b, { month: one(q.month), day: dayParam(q.day), flash });
  });

  app.post('/requests/:id/appointment/hold', guard, async (request, reply) => {
    const r = await ownedRequest(request);
    if (!r) return reply.callNotFound();
    const body = (request.body ?? {}) as Record<string, unknown>;
    const back = bookingHref(r.id, { with: idList(body.with), replaces: one(body.replaces) });
    if (await limited(request, reply, back, await zoneOf(r.consulateId))) return reply;
    await releaseOwnHolds(me(request), [r.id, ...idList(body.with)], one(body.replaces));
    const b = await resolve(request, reply, r, body);
    if (!b) return reply;
    const start = one(body.start);
    const startsAt = start && /^\d{4}-\d{2}-\d{2}T/.test(start) ? new Date(start) : undefined;
    if (!startsAt || Number.isNaN(startsAt.getTime()))
      return bookingPage(request, reply, b, { day: dayParam(body.day), error: 'start' }, 400);
    const admission = await appointments.admission(me(request), b.s);
    if (!admission.admitted) return reply.seeOther(back);
    const held = await appointments.hold({ visit: b.visit, startsAt, replaces: b.replacing });
    if (held.ok) return reply.seeOther(`/appointments/${held.booking.id}/confirm`);
    if (held.refusal === 'taken') {
      const next = await appointments.nextStarts(
        b.visit.consulate.id,
        b.visit.group,
        b.visit.minutes,
        NEXT_TIMES,
      );
      return reply.page(
        <TakenPage
          requestId={r.id}
          withIds={b.withIds}
          replaces={b.replacing?.id}
          next={next}
          timeZone={b.s.consulate.timeZone}
        />,
        { status: 409 },
      );
    }
    return refuse(reply, held.refusal, r, { visitIds: [r.id, ...b.withIds], applicantId: me(request) });
  });

  // --- the waiting list --------------------------------------------------------------------------------------

  app.post('/requests/:id/appointment/waitlist', guard, async (request, reply) => {
    const r = await ownedRequest(request);
    if (!r) return reply.callNotFound();
    const body = (request.body ?? {}) as Record<string, unknown>;
    const b = await resolve(request, reply, r, { with: body.with });
    if (!b) return reply;
    const joined = await appointments.joinWaitlist(b.visit);
    const back = bookingHref(r.id, { with: b.withIds });
    // Times are free after all: the calendar shows them.
    if (!joined.ok && joined.refusal === 'outside_window') return reply.seeOther(back);
    if (!joined.ok) return refuse(reply, joined.refusal, r);
    await setFlash(request, { kind: 'waitlist_joined', id: r.id });
    return reply.seeOther(back);
  });

  app.post('/waitlist/:id/leave', guard, async (request, reply) => {
    const id = paramId(request);
    const entry = UUID.test(id)
      ? (await appointments.waitlistOf(me(request))).find((w) => w.id === id)
      : undefined;
    if (!entry) return reply.callNotFound();
    await appointments.leaveWaitlist(me(request), entry.id);
    const [main, ...rest] = entry.requestIds;
    if (!main) return reply.seeOther('/account');
    await setFlash(request, { kind: 'waitlist_left', id: main });
    return reply.seeOther(bookingHref(main, { with: rest }));
  });

  // --- a held time: confirm or give back ----------------------------------------------------------------------

  app.get('/appointments/:id/confirm', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a) return reply.callNotFound();
    if (a.state === 'held' || a.state === 'expired') {
      if (a.state === 'expired' || !a.heldUntil || a.heldUntil.getTime() <= clock.now().getTime())
        return reply.page(<ExpiredPage a={a} />);
      return appointmentPage(request, reply, a);
    }
    return reply.seeOther(`/appointments/${a.id}`);
  });

  app.post('/appointments/:id/confirm', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a) return reply.callNotFound();
    if (await limited(request, reply, `/appointments/${a.id}/confirm`, a.consulate.timeZone)) return reply;
    const done = await appointments.confirm(me(request), a.id, request.ip);
    if (done.ok) {
      await setFlash(request, { kind: a.replacesId ? 'rescheduled' : 'confirmed', id: a.id });
      return reply.seeOther(`/appointments/${a.id}`);
    }
    if (done.refusal === 'expired') return reply.page(<ExpiredPage a={a} />, { status: STATUS.expired });
    return reply.callNotFound();
  });

  app.post('/appointments/:id/release', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a) return reply.callNotFound();
    if (a.state === 'held') await appointments.abandon(me(request), a.id);
    const main = mainRequestOf(a);
    if (!main) return reply.seeOther('/account');
    await setFlash(request, { kind: 'released', id: main.id });
    return reply.seeOther(
      bookingHref(
        main.id,
        {
          with: a.requests.filter((x) => x.id !== main.id).map((x) => x.id),
          replaces: a.replacesId ?? undefined,
          day: localOf(a.startsAt, a.consulate.timeZone).day,
        },
        'times',
      ),
    );
  });

  // --- the appointment ---------------------------------------------------------------------------------------

  app.get('/appointments/:id', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a) return reply.callNotFound();
    if (a.state === 'held') return reply.seeOther(`/appointments/${a.id}/confirm`);
    return appointmentPage(request, reply, a);
  });

  app.get('/appointments/:id/calendar.ics', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a || (a.state !== 'active' && a.state !== 'cancelled')) return reply.callNotFound();
    // One entry through every move: the view names the appointment the moves started from.
    const ics = appointmentCalendar(config, request.locale, a, {
      method: a.state === 'cancelled' ? 'CANCEL' : 'PUBLISH',
      now: clock.now(),
    });
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="appointment.ics"')
      .type('text/calendar; charset=utf-8')
      .send(ics);
  });

  app.get('/appointments/:id/cancel', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a) return reply.callNotFound();
    if (a.state !== 'active' || a.startsAt.getTime() <= clock.now().getTime())
      return reply.seeOther(`/appointments/${a.id}`);
    return reply.page(<CancelPage a={a} />);
  });

  app.post('/appointments/:id/cancel', guard, async (request, reply) => {
    const a = await ownedAppointment(request);
    if (!a) return reply.callNotFound();
    if (await limited(request, reply, `/appointments/${a.id}`, a.consulate.timeZone)) return reply;
    const done = await appointments.cancel(me(request), a.id, request.ip);
    const main = mainRequestOf(a);
    if (!done || !main) return reply.seeOther(`/appointments/${a.id}`);
    await setFlash(request, { kind: 'cancelled', id: main.id });
    return reply.seeOther(bookingHref(main.id));
  });
}
