import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { queuedEmails } from '../../test-support/mail.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from '../backoffice/test-helpers.ts';
import type { AppointmentsService, Visit } from './service.ts';
import type { BookingRow } from './store.ts';
import { seedSchedule } from './test-helpers.ts';

/**
 * The booking rules at the service: seats, holds that lapse, family visits, limits, moves, the waitlist, the
 * waiting room and reminders. The clock starts on Sunday 2026-03-01 09:00 UTC (GMT in London).
 */
describe('appointments service', () => {
  let t: TestApp;
  let appointments: AppointmentsService;
  const TUESDAY_9 = new Date('2026-03-03T09:00:00Z');
  const TUESDAY_910 = new Date('2026-03-03T09:10:00Z');

  before(async () => {
    t = await buildTestApp({ env: { ...MANY_APPLICANTS_ENV, APPOINTMENT_QUEUE_MINUTES: '0' } });
    await seedDemo(t.database.db);
    await seedSchedule(t.database.db, 'london', { counters: 2 });
    appointments = t.app.platform.appointments;
  });
  after(() => t.close());

  async function applicantOf(requestId: string): Promise<string> {
    const [row] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${requestId}`,
    );
    return row!.applicant_id;
  }

  /** A new applicant with one submitted request, and its visit. */
  async function visitOf(serviceId = 'single-status'): Promise<Visit> {
    const sent = await submittedRequest(t, serviceId);
    const v = await appointments.visitFor(await applicantOf(sent.id), [sent.id]);
    assert.ok(v.ok, JSON.stringify(v));
    return v.visit;
  }

  const seatsAt = async (startsAt: Date) =>
    t.database.rows<{ seat: number; taken: number; seats: number }>(
      sql`select bs.seat, s.taken, s.seats from slots s join booking_seats bs on bs.slot_id = s.id
           where s.starts_at = ${startsAt.toISOString()} order by bs.seat`,
    );

  test('a seat is held, then confirmed; a full step says "taken"', async () => {
    const [a, b, c] = [await visitOf(), await visitOf(), await visitOf()];
    assert.equal(a.minutes, 15);
    const ha = await appointments.hold({ visit: a, startsAt: TUESDAY_9 });
    const hb = await appointments.hold({ visit: b, startsAt: TUESDAY_9 });
    assert.ok(ha.ok && hb.ok);
    assert.notEqual(ha.booking.seat, hb.booking.seat);
    const hc = await appointments.hold({ visit: c, startsAt: TUESDAY_9 });
    assert.deepEqual(hc, { ok: false, refusal: 'taken' });
    // A 15-minute visit takes three 5-minute cells on one counter: 09:10 is the last of each.
    assert.deepEqual(
      (await seatsAt(TUESDAY_910)).map((r) => r.seat),
      [1, 2],
    );
    const confirmed = await appointments.confirm(a.applicantId, ha.booking.id);
    assert.ok(confirmed.ok);
    assert.equal(confirmed.appointment.state, 'active');
    const mail = (await queuedEmails(t.database.db, t.app.platform.keys)).find(
      (m) => m.kind === 'appointment.confirmed',
    );
    assert.ok(mail, 'a confirmation email is queued');
    // Confirming twice changes nothing.
    assert.ok((await appointments.confirm(a.applicantId, ha.booking.id)).ok);
    assert.equal((await seatsAt(TUESDAY_9)).length, 2);
    // The free times of Tuesday no longer include 09:00 or 09:10.
    const s = (await appointments.scheduleOf(a.consulate.id, 'certificates'))!;
    const tuesday = (await appointments.startsIn(s, 15)).get('2026-03-03')!;
    assert.ok(!tuesday.some((st) => st.startsAt.getTime() === TUESDAY_9.getTime()));
    assert.ok(!tuesday.some((st) => st.startsAt.getTime() === TUESDAY_910.getTime()));
    assert.ok(tuesday.some((st) => st.time === '09:20'));
  });

  test('many at once for the last seats: exactly as many holds as seats', async () => {
    const at = new Date('2026-03-04T10:00:00Z');
    const visits = await Promise.all(Array.from({ length: 6 }, () => visitOf()));
    const results = await Promise.all(visits.map((visit) => appointments.hold({ visit, startsAt: at })));
    assert.equal(results.filter((r) => r.ok).length, 2);
    assert.ok(results.filter((r) => !r.ok).every((r) => !r.ok && r.refusal === 'taken'));
    const rows = await seatsAt(at);
    assert.deepEqual(
      rows.map((r) => r.seat),
      [1, 2],
    );
    assert.ok(rows.every((r) => r.taken === 2 && r.seats === 2));
  });

  test('a hold lapses: its seat goes to the next person, and it can no longer be confirmed', async () => {
    const at = new Date('2026-03-05T11:00:00Z');
    const [a, b, c] = [await visitOf(), await visitOf(), await visitOf()];
    const ha = await appointments.hold({ visit: a, startsAt: at });
    const hb = await appointments.hold({ visit: b, startsAt: at });
    assert.ok(ha.ok && hb.ok);
    assert.deepEqual(await appointments.hold({ visit: c, startsAt: at }), { ok: false, refusal: 'taken' });
    t.clock.advance(5 * 60_000 + 1000);
    try {
      const hc = await appointments.hold({ visit: c, startsAt: at });
      assert.ok(hc.ok, 'the lapsed holds were let go at the full step');
      assert.deepEqual(await appointments.confirm(a.applicantId, ha.booking.id), {
        ok: false,
        refusal: 'expired',
      });
      const [row] = await t.database.rows<{ state: string }>(
        sql`select state from bookings where id = ${ha.booking.id}`,
      );
      assert.equal(row!.state, 'expired');
      const rows = await seatsAt(at);
      assert.equal(rows.length, 1, 'one seat held now: the two lapsed holds are gone');
    } finally {
      t.clock.advance(-(5 * 60_000 + 1000));
    }
  });

  test('a family visit covers several requests, its length the sum, on one counter', async () => {
    const first = await submittedRequest(t, 'single-status');
    const second = await submittedRequest(t, 'no-criminal-record', { agent: first.agent });
    const applicantId = await applicantOf(first.id);
    const companions = await appointments.companions(
      applicantId,
      (await t.app.platform.requests.owned(applicantId, first.id))!,
    );
    assert.deepEqual(
      companions.map((r) => r.id),
      [second.id],
    );
    const v = await appointments.visitFor(applicantId, [first.id, second.id]);
    assert.ok(v.ok);
    assert.equal(v.visit.minutes, 35);
    const at = new Date('2026-03-06T09:00:00Z');
    const held = await appointments.hold({ visit: v.visit, startsAt: at });
    assert.ok(held.ok);
    assert.equal(held.booking.endsAt.toISOString(), '2026-03-06T09:35:00.000Z');
    const steps = await t.database.rows<{ starts_at: Date; seat: number }>(
      sql`select s.starts_at, bs.seat from booking_seats bs join slots s on s.id = bs.slot_id
           where bs.booking_id = ${held.booking.id} order by s.starts_at`,
    );
    assert.equal(steps.length, 7, 'seven 5-minute cells');
    assert.equal(new Set(steps.map((s) => s.seat)).size, 1);
    assert.ok((await appointments.confirm(applicantId, held.booking.id)).ok);
    assert.equal((await appointments.forRequest(second.id))?.id, held.booking.id);
    // Each request has one live appointment: booking the second again is refused.
    const again = await appointments.visitFor(applicantId, [second.id]);
    assert.deepEqual(again, { ok: false, refusal: 'has_appointment' });
  });

  test('at most two live appointments per account; a request that ends lets its appointment go', async () => {
    const a = await submittedRequest(t, 'single-status');
    const b = await submittedRequest(t, 'no-criminal-record', { agent: a.agent });
    const c = await submittedRequest(t, 'document-attestation', { agent: a.agent });
    const applicantId = await applicantOf(a.id);
    const book = async (id: string, at: string) => {
      const v = await appointments.visitFor(applicantId, [id]);
      assert.ok(v.ok, JSON.stringify(v));
      return appointments.hold({ visit: v.visit, startsAt: new Date(at) });
    };
    const ha = await book(a.id, '2026-03-09T09:00:00Z');
    const hb = await book(b.id, '2026-03-09T10:00:00Z');
    assert.ok(ha.ok && hb.ok);
    assert.ok((await appointments.confirm(applicantId, ha.booking.id)).ok);
    assert.deepEqual(await book(c.id, '2026-03-09T11:00:00Z'), { ok: false, refusal: 'limit' });
    // The applicant cancels request b: its held appointment ends with it, and the third can be booked.
    const rb = (await t.app.platform.requests.owned(applicantId, b.id))!;
    assert.ok(await t.app.platform.requests.cancel(rb, { ip: '127.0.0.1' }));
    const [row] = await t.database.rows<{ state: string }>(
      sql`select state from bookings where id = ${hb.booking.id}`,
    );
    assert.equal(row!.state, 'cancelled');
    assert.equal((await seatsAt(new Date('2026-03-09T10:00:00Z'))).length, 0);
    assert.ok((await book(c.id, '2026-03-09T11:00:00Z')).ok);
  });

  test('moving an appointment: the old seat is freed on confirmation; moves are limited', async () => {
    const v = await visitOf();
    const first = await appointments.hold({ visit: v, startsAt: new Date('2026-03-10T09:00:00Z') });
    assert.ok(first.ok);
    let current = (await appointments.confirm(v.applicantId, first.booking.id)).ok
      ? first.booking
      : undefined;
    assert.ok(current);
    for (const [i, at] of ['2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z'].entries()) {
      const again = await appointments.visitFor(v.applicantId, [v.requests[0]!.id], current);
      assert.ok(again.ok);
      const moved = await appointments.hold({
        visit: again.visit,
        startsAt: new Date(at),
        replaces: current,
      });
      assert.ok(moved.ok, JSON.stringify(moved));
      // Until confirmed, the request's appointment is still the old one.
      assert.equal((await appointments.forRequest(v.requests[0]!.id))?.id, current.id);
      assert.ok((await appointments.confirm(v.applicantId, moved.booking.id)).ok);
      const replaced: { state: string }[] = await t.database.rows<{ state: string }>(
        sql`select state from bookings where id = ${current.id}`,
      );
      assert.equal(replaced[0]!.state, 'rescheduled');
      assert.equal(await appointments.reschedulesLeft(v.requests[0]!.id), 1 - i);
      current = moved.booking;
    }
    assert.equal((await seatsAt(new Date('2026-03-10T09:00:00Z'))).length, 0);
    const third = await appointments.visitFor(v.applicantId, [v.requests[0]!.id], current);
    assert.ok(third.ok);
    assert.deepEqual(
      await appointments.hold({
        visit: third.visit,
        startsAt: new Date('2026-03-10T09:30:00Z'),
        replaces: current,
      }),
      { ok: false, refusal: 'reschedule_limit' },
    );
    const kinds = (await queuedEmails(t.database.db, t.app.platform.keys)).map((m) => m.kind);
    assert.ok(kinds.includes('appointment.rescheduled'));
  });

  test('outside the window, before the notice, or not on the grid: refused', async () => {
    const v = await visitOf();
    for (const at of [
      '2026-03-01T15:00:00Z',
      '2026-03-02T08:00:00Z',
      '2026-04-30T09:00:00Z',
      '2026-03-03T09:05:00Z',
    ]) {
      assert.deepEqual(await appointments.hold({ visit: v, startsAt: new Date(at) }), {
        ok: false,
        refusal: 'outside_window',
      });
    }
  });

  test('reminders go once, the set number of hours before', async () => {
    const v = await visitOf();
    const at = new Date('2026-03-11T09:30:00Z');
    const held = await appointments.hold({ visit: v, startsAt: at });
    assert.ok(held.ok);
    assert.ok((await appointments.confirm(v.applicantId, held.booking.id)).ok);
    const reminded = async () => {
      const [row] = await t.database.rows<{ reminded_at: Date | null }>(
        sql`select reminded_at from bookings where id = ${held.booking.id}`,
      );
      return row!.reminded_at;
    };
    const reminders = async () =>
      (await queuedEmails(t.database.db, t.app.platform.keys)).filter(
        (m) => m.kind === 'appointment.reminder',
      ).length;
    const now = t.clock.now();
    try {
      t.clock.set('2026-03-10T08:00:00Z'); // 25.5 hours before: not yet
      await appointments.sweep();
      assert.equal(await reminded(), null);
      t.clock.set('2026-03-10T10:00:00Z');
      const before = await reminders();
      await appointments.sweep();
      assert.ok(await reminded());
      const once = await reminders();
      assert.ok(once >= before + 1);
      await appointments.sweep();
      assert.equal(await reminders(), once, 'a second sweep sends nothing more');
    } finally {
      t.clock.set(now);
    }
  });
});

describe('the waitlist and the waiting room', () => {
  let t: TestApp;
  let appointments: AppointmentsService;

  before(async () => {
    t = await buildTestApp({
      env: {
        ...MANY_APPLICANTS_ENV,
        APPOINTMENT_QUEUE_MINUTES: '10',
        APPOINTMENT_QUEUE_ADMIT_PER_MINUTE: '60',
      },
    });
    await seedDemo(t.database.db);
    // One counter, one 20-minute start a day, three days open: three visits fill the window.
    await seedSchedule(t.database.db, 'london', {
      counters: 1,
      opens: '09:00',
      closes: '09:20',
      windowDays: 3,
      groups: ['certificates'],
    });
    appointments = t.app.platform.appointments;
  });
  after(() => t.close());

  async function visitOf(): Promise<Visit> {
    const sent = await submittedRequest(t, 'no-criminal-record');
    const [row] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${sent.id}`,
    );
    const v = await appointments.visitFor(row!.applicant_id, [sent.id]);
    assert.ok(v.ok);
    return v.visit;
  }

  test('a freed seat is offered to the first waiting; a lapsed offer passes to the next', async () => {
    const days = ['2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z', '2026-03-04T09:00:00Z'];
    const booked = [];
    for (const at of days) {
      const v = await visitOf();
      const held = await appointments.hold({ visit: v, startsAt: new Date(at) });
      assert.ok(held.ok, `${at}: ${JSON.stringify(held)}`);
      assert.ok((await appointments.confirm(v.applicantId, held.booking.id)).ok);
      booked.push({ v, id: held.booking.id });
    }
    const first = await visitOf();
    const second = await visitOf();
    // While anything is free, the waitlist is not open.
    const w1 = await appointments.joinWaitlist(first);
    const w2 = await appointments.joinWaitlist(second);
    assert.ok(w1.ok && w2.ok, JSON.stringify([w1, w2]));
    assert.equal(await appointments.waitlistPlace(w2.entry), 2);

    // Someone cancels: the seat is held for the first one waiting, who is emailed.
    assert.ok(await appointments.cancel(booked[1]!.v.applicantId, booked[1]!.id));
    const offer = await appointments.openOffer(w1.entry.id);
    assert.ok(offer, 'the first waiting has an offer');
    assert.equal(offer.startsAt.toISOString(), '2026-03-03T09:00:00.000Z');
    assert.equal(await appointments.openOffer(w2.entry.id), undefined);
    const emails = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(emails.some((m) => m.kind === 'appointment.offer'));
    // Nobody else can take it meanwhile.
    const stranger = await visitOf();
    assert.equal(
      (
        await appointments.startsIn(
          (await appointments.scheduleOf(stranger.consulate.id, 'certificates'))!,
          20,
        )
      ).get('2026-03-03')?.length ?? 0,
      0,
    );

    // The first lets it lapse (30 minutes): it passes to the second, and the first keeps their place.
    t.clock.advance(31 * 60_000);
    await appointments.sweep();
    const passed = await appointments.openOffer(w2.entry.id);
    assert.ok(passed, 'the offer passed to the next person waiting');
    assert.equal(await appointments.openOffer(w1.entry.id), undefined);
    assert.equal(await appointments.waitlistPlace(w1.entry), 1);
    const confirmed = await appointments.confirm(second.applicantId, passed.id);
    assert.ok(confirmed.ok);
    assert.equal((await appointments.waitlistOf(second.applicantId)).length, 0, 'no longer waiting');
    t.clock.advance(-31 * 60_000);
  });

  test('the waiting room: arrivals in the minute before a release are admitted in a drawn order', async () => {
    const visits = [];
    for (let i = 0; i < 8; i++) visits.push(await visitOf());
    const s0 = (await appointments.scheduleOf(visits[0]!.consulate.id, 'certificates'))!;
    const release = s0.window.nextRelease.at;
    const now = t.clock.now();
    try {
      // Arriving 30 seconds before: a place, but no number until the draw.
      t.clock.set(new Date(release.getTime() - 30_000));
      const s = (await appointments.scheduleOf(visits[0]!.consulate.id, 'certificates'))!;
      for (const v of visits) {
        const a = await appointments.admission(v.applicantId, s);
        assert.equal(a.admitted, false);
        assert.ok(!a.admitted && a.position === undefined && a.refresh === 30);
      }
      // At the release: everyone has a place 1…8 in an order that is not the order they came in.
      t.clock.set(release);
      const after = (await appointments.scheduleOf(visits[0]!.consulate.id, 'certificates'))!;
      const places: number[] = [];
      for (const v of visits) {
        const a = await appointments.admission(v.applicantId, after);
        places.push(a.admitted ? 1 : a.position!);
      }
      assert.deepEqual([...places].sort(), [1, 2, 3, 4, 5, 6, 7, 8]);
      assert.notDeepEqual(places, [1, 2, 3, 4, 5, 6, 7, 8], 'drawn, not first come first served');
      // A latecomer goes after everyone who was there before the release.
      const late = await visitOf();
      const l = await appointments.admission(late.applicantId, after);
      assert.ok(!l.admitted && l.position === 9);
      // At 60 a minute, the eighth is admitted 7 seconds after the release.
      const last = visits[places.indexOf(8)]!;
      t.clock.set(new Date(release.getTime() + 7_000));
      assert.deepEqual(await appointments.admission(last.applicantId, after), { admitted: true });
      // Ten minutes after the release the room is gone.
      t.clock.set(new Date(release.getTime() + 11 * 60_000));
      const later = (await appointments.scheduleOf(visits[0]!.consulate.id, 'certificates'))!;
      assert.deepEqual(await appointments.admission((await visitOf()).applicantId, later), {
        admitted: true,
      });
    } finally {
      t.clock.set(now);
    }
  });
});
