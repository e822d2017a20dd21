import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import { isoDate, parseDateInput } from '../../platform/i18n/dates.ts';
import { recordCheckIn } from '../backoffice/counter-service.ts';
import type { Consulate } from '../catalog/service.ts';
import { allowed } from '../staff/guards.ts';
import { isAdmin, workConsulates } from '../staff/roles.ts';
import { createDayService, type DayService, parseDay } from './day-service.ts';
import type { AppointmentsRouteDeps } from './deps.ts';
import type { LocalDay } from './schedule.ts';
import type { BookingRow } from './store.ts';
import { DayPage, type DayRefusal, dayHref } from './views/day.tsx';

/** The officers' day view: today's and tomorrow's appointments per counter, check-in, no-show, printable. */
export async function registerDayView(app: FastifyInstance, platform: Platform, deps: AppointmentsRouteDeps) {
  const days: DayService = createDayService({
    db: platform.database.db,
    clock: platform.clock,
    catalog: deps.catalog,
    requests: deps.requests,
    applicant: deps.applicant,
    counterCheckIn: recordCheckIn,
  });
  const guard = { preHandler: deps.requireStaff };
  const actorOf = (request: FastifyRequest) => ({ staffId: request.staff!.id, ip: request.ip });

  /** The consulates whose day this person may open, their own first in the order of their grants (admins: all). */
  async function consulatesOf(request: FastifyRequest): Promise<Consulate[]> {
    const member = request.staff!;
    const all = await deps.catalog.listConsulates();
    if (isAdmin(member)) return all;
    return workConsulates(member).flatMap((id) => all.filter((c) => c.id === id));
  }

  /** A day as typed in the picker (either calendar, any digits) or as the link has it. */
  function dayOf(value: unknown): LocalDay | undefined {
    if (typeof value !== 'string') return undefined;
    const exact = parseDay(value);
    if (exact) return exact;
    const typed = parseDateInput(value.slice(0, 40));
    return typed ? parseDay(isoDate(typed.date)) : undefined;
  }

  /** The appointment in the URL, if it is at one of this person's consulates; otherwise the 404 page is sent. */
  async function load(request: FastifyRequest, reply: FastifyReply): Promise<BookingRow | undefined> {
    const { id } = request.params as { id: string };
    const b = await days.find(id);
    if (!b || !allowed(request, 'work', b.consulateId)) {
      void reply.callNotFound();
      return undefined;
    }
    return b;
  }

  /** The day of a refused action again, its message at the top (nothing was changed). */
  async function refused(request: FastifyRequest, reply: FastifyReply, b: BookingRow, refusal: DayRefusal) {
    const c = await deps.catalog.findConsulate(b.consulateId);
    if (!c) return reply.callNotFound();
    const view = await days.view(c, await days.dayOf(b));
    return reply.page(
      <DayPage view={view} consulates={await consulatesOf(request)} refusal={{ refusal, bookingId: b.id }} />,
      { status: 409 },
    );
  }

  app.get('/staff/appointments', guard, async (request, reply) => {
    const q = request.query as Record<string, unknown>;
    const mine = await consulatesOf(request);
    const wanted = typeof q.consulate === 'string' && q.consulate ? q.consulate : undefined;
    const c = wanted ? mine.find((x) => x.id === wanted) : mine[0];
    if (!c || !allowed(request, 'work', c.id)) return reply.callNotFound();
    const typed = typeof q.day === 'string' ? q.day.trim() : '';
    const chosen = typed ? dayOf(typed) : undefined;
    const dayError = Boolean(typed) && !chosen;
    const view = await days.view(c, chosen ?? days.todayAt(c));
    const noShow =
      q.done === 'no-show'
        ? view.counters.flatMap((k) => k.entries).find((e) => e.id === q.appointment)
        : undefined;
    return reply.page(
      <DayPage
        view={view}
        consulates={mine}
        typed={dayError ? typed.slice(0, 40) : undefined}
        dayError={dayError}
        noShow={noShow}
      />,
      { status: dayError ? 400 : 200 },
    );
  });

  app.post('/staff/appointments/:id/check-in', guard, async (request, reply) => {
    const b = await load(request, reply);
    if (!b) return reply;
    const outcome = await days.checkIn(b, actorOf(request));
    if (outcome.kind === 'refused') return refused(request, reply, b, outcome.refusal);
    // The officer goes on at the counter: originals, fees, signatures.
    if (outcome.requestId) return reply.seeOther(`/staff/counter/${outcome.requestId}?done=checked-in`);
    return reply.seeOther(dayHref(b.consulateId, await days.dayOf(b)));
  });

  app.post('/staff/appointments/:id/no-show', guard, async (request, reply) => {
    const b = await load(request, reply);
    if (!b) return reply;
    const outcome = await days.noShow(b, actorOf(request));
    if (outcome.kind === 'refused') return refused(request, reply, b, outcome.refusal);
    return reply.seeOther(`${dayHref(b.consulateId, await days.dayOf(b))}&done=no-show&appointment=${b.id}`);
  });
}
