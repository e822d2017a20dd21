import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { newId } from '../../platform/ids.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { formatTrackingCode } from '../../ui/index.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from '../backoffice/test-helpers.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { seedSchedule } from './test-helpers.ts';

/**
 * The officers' day view on known appointments. The clock starts on Sunday 2026-03-01 09:00 UTC; London (GMT)
 * sees certificate applicants Monday to Friday 09:00–12:00 at two counters, Berlin (UTC+1) at one. Booked on
 * Sunday (the 24-hour notice puts the first free time at Monday 09:00 London):
 *   L1 Mon 09:00 counter 1 · L2 Mon 09:00 counter 2 · L3 Mon 10:00 counter 1 · L5 Mon 11:00 counter 1
 *   L6 Mon 11:30, cancelled by the applicant · L4 Tue 09:00 · L7 Tue 10:00 moved to Tue 11:00 · B1 Berlin Mon
 * The tests then run on Monday morning, in order.
 */
describe("officers' day view of appointments", () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let berlinOfficer: StaffMember;
  let supervisorMember: StaffMember;
  let londonOfficer: StaffMember;
  type Booked = { bookingId: string; requestId: string; trackingCode: string; applicantId: string };
  const b: Record<string, Booked> = {};

  const MONDAY = '2026-03-02';
  const at = (iso: string) => t.clock.set(new Date(iso));

  async function applicantOf(requestId: string): Promise<string> {
    const [row] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${requestId}`,
    );
    return row!.applicant_id;
  }

  /** A new applicant's request, booked and confirmed at a start time (through the service, as the pages do). */
  async function book(startsAt: string, consulate = 'london'): Promise<Booked> {
    const sent = await submittedRequest(t, 'single-status');
    if (consulate !== 'london') {
      await t.database.rows(
        sql`update service_requests set consulate_id = ${ids[consulate]!} where id = ${sent.id}`,
      );
    }
    const applicantId = await applicantOf(sent.id);
    const appointments = t.app.platform.appointments;
    const v = await appointments.visitFor(applicantId, [sent.id]);
    assert.ok(v.ok, JSON.stringify(v));
    const held = await appointments.hold({ visit: v.visit, startsAt: new Date(startsAt) });
    assert.ok(held.ok, `${startsAt}: ${JSON.stringify(held)}`);
    const confirmed = await appointments.confirm(applicantId, held.booking.id);
    assert.ok(confirmed.ok);
    return { bookingId: held.booking.id, requestId: sent.id, trackingCode: sent.trackingCode, applicantId };
  }

  const stateOf = async (bookingId: string) =>
    (
      await t.database.rows<{ state: string; ended_by: string | null }>(
        sql`select state, ended_by from bookings where id = ${bookingId}`,
      )
    )[0]!;
  const audits = async (action: string, subject: string) =>
    t.database.rows<{ actor: string; details: Record<string, unknown> }>(
      sql`select actor, details from audit_log where action = ${action} and subject = ${subject} order by id`,
    );
  const seatsOf = async (bookingId: string) =>
    (
      await t.database.rows<{ n: number }>(
        sql`select count(*)::int as n from booking_seats where booking_id = ${bookingId}`,
      )
    )[0]!.n;
  /** A staff session opened now (they last 15 idle minutes, and the clock moves), with a form's token. */
  const signedIn = async (member: StaffMember, lang?: 'en') => {
    const agent = await staffAgent(t, member);
    if (lang) agent.cookies.set('lang', lang);
    await agent.get('/staff/account');
    return agent;
  };
  const dayPath = (day = MONDAY, consulate = ids.london!) =>
    `/staff/appointments?consulate=${consulate}&day=${day}`;
  /** The rows of one counter's table, in page order, as the ids of their appointments. */
  const counterRows = (html: string, heading: RegExp) => {
    const start = html.search(heading);
    assert.ok(start >= 0, `heading ${heading}`);
    const end = html.indexOf('</section>', start);
    return [...html.slice(start, end).matchAll(/id="appointment-([0-9a-f-]+)"/g)].map((m) => m[1]);
  };

  before(async () => {
    t = await buildTestApp({
      env: {
        ...MANY_APPLICANTS_ENV,
        APPOINTMENT_QUEUE_MINUTES: '0',
        RATE_LIMIT_NOT_FOUND_PER_MINUTE: '100000',
      },
    });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    // Only the hours this test knows: whatever the demo seed gave these consulates goes first.
    await t.database.rows(
      sql`delete from opening_hours where consulate_id in (${ids.london!}::uuid, ${ids.berlin!}::uuid)`,
    );
    await seedSchedule(t.database.db, 'london', { groups: ['certificates'], counters: 2 });
    await seedSchedule(t.database.db, 'berlin', { groups: ['certificates'], counters: 1 });
    b.L1 = await book('2026-03-02T09:00:00Z');
    b.L2 = await book('2026-03-02T09:00:00Z');
    b.L3 = await book('2026-03-02T10:00:00Z');
    b.L5 = await book('2026-03-02T11:00:00Z');
    b.L6 = await book('2026-03-02T11:30:00Z');
    b.L4 = await book('2026-03-03T09:00:00Z');
    b.L7 = await book('2026-03-03T10:00:00Z');
    // Berlin opens at 09:00 local, 08:00 UTC: 10:00 local is the first time past the notice.
    b.B1 = await book('2026-03-02T09:00:00Z', 'berlin');
    const appointments = t.app.platform.appointments;
    assert.ok(await appointments.cancel(b.L6.applicantId, b.L6.bookingId));
    {
      const oldRow = (await appointments.owned(b.L7.applicantId, b.L7.bookingId))!;
      const v = await appointments.visitFor(b.L7.applicantId, [b.L7.requestId], oldRow);
      assert.ok(v.ok);
      const moved = await appointments.hold({
        visit: v.visit,
        startsAt: new Date('2026-03-03T11:00:00Z'),
        replaces: oldRow,
      });
      assert.ok(moved.ok, JSON.stringify(moved));
      assert.ok((await appointments.confirm(b.L7.applicantId, moved.booking.id)).ok);
      b.L7 = { ...b.L7, bookingId: moved.booking.id };
    }
    londonOfficer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    berlinOfficer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.berlin! }] });
    supervisorMember = await createStaffMember(t, {
      roles: [{ role: 'supervisor', consulateId: ids.london! }],
    });
    // Monday morning in London, before the first appointment.
    at('2026-03-02T08:30:00Z');
  });
  after(() => t.close());

  test("London's officer sees London's day per counter, in time order, and not Berlin's", async () => {
    const london = await signedIn(londonOfficer);
    const res = await london.get('/staff/appointments');
    assert.equal(res.statusCode, 200);
    const page = res.body;
    // Today by default, in both calendars, with the zone named.
    assert.match(page, /دوشنبه ۱۱ اسفند ۱۴۰۴ \(۲ مارس ۲۰۲۶\)/);
    assert.match(page, /Europe\/London/);
    assert.match(page, /وقت گرینویچ/);
    assert.deepEqual(counterRows(page, /باجهٔ ۱</), [b.L1!.bookingId, b.L3!.bookingId, b.L5!.bookingId]);
    assert.deepEqual(counterRows(page, /باجهٔ ۲</), [b.L2!.bookingId]);
    for (const k of ['L1', 'L2', 'L3', 'L5'])
      assert.ok(page.includes(formatTrackingCode(b[k]!.trackingCode)), `${k}'s tracking code`);
    assert.match(page, /۰۹:۰۰ تا ۰۹:۱۵/);
    assert.match(page, /<span class="day-list__service">گواهی تجرد<\/span>/);
    // Cancelled ones only in their own list, for the record; tomorrow's and Berlin's not at all.
    assert.deepEqual(counterRows(page, /نوبت‌های لغوشده</), [b.L6!.bookingId]);
    for (const k of ['L4', 'L7', 'B1']) assert.ok(!page.includes(formatTrackingCode(b[k]!.trackingCode)), k);
    // Check-in today; no "no-show" before the time has begun.
    assert.ok(page.includes(`action="/staff/appointments/${b.L1!.bookingId}/check-in"`));
    assert.ok(!page.includes(`/no-show"`));
    // Links for today and tomorrow, a GET form for any day, no script of its own.
    assert.ok(page.includes(`href="/staff/appointments?consulate=${ids.london}&amp;day=2026-03-03"`));
    assert.match(page, /<form action="\/staff\/appointments" method="get"/);
    assert.doesNotMatch(page, /<script(?! src)/);

    const tomorrow = await london.get(dayPath('2026-03-03'));
    assert.equal(tomorrow.statusCode, 200);
    assert.ok(tomorrow.body.includes(formatTrackingCode(b.L4!.trackingCode)));
    assert.deepEqual(counterRows(tomorrow.body, /باجهٔ ۱</), [b.L4!.bookingId, b.L7!.bookingId]);
    // Tomorrow's appointments cannot be checked in yet.
    assert.ok(!tomorrow.body.includes('/check-in"'));
    // A Jalali date typed in the picker, in Persian digits, is the same day.
    const typed = await london.get(
      `/staff/appointments?consulate=${ids.london}&day=${encodeURIComponent('۱۴۰۴/۱۲/۱۲')}`,
    );
    assert.ok(typed.body.includes(formatTrackingCode(b.L4!.trackingCode)));
    const wrong = await london.get(`/staff/appointments?consulate=${ids.london}&day=1404-13-40`);
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /error-summary/);
  });

  test("Berlin's officer: London's day and London's appointments are 404, and nothing changes", async () => {
    at('2026-03-02T09:30:00Z');
    const berlin = await signedIn(berlinOfficer);
    assert.equal((await berlin.get(dayPath())).statusCode, 404);
    const own = await berlin.get('/staff/appointments');
    assert.equal(own.statusCode, 200);
    assert.ok(own.body.includes(formatTrackingCode(b.B1!.trackingCode)));
    assert.ok(!own.body.includes(formatTrackingCode(b.L1!.trackingCode)));
    for (const action of ['check-in', 'no-show']) {
      const res = await berlin.post(`/staff/appointments/${b.L1!.bookingId}/${action}`);
      assert.equal(res.statusCode, 404, action);
    }
    assert.equal((await berlin.post('/staff/appointments/not-an-id/check-in')).statusCode, 404);
    assert.deepEqual(await stateOf(b.L1!.bookingId), { state: 'active', ended_by: null });
    assert.equal((await audits('appointment.attended', `appointment:${b.L1!.bookingId}`)).length, 0);
    at('2026-03-02T08:30:00Z');
  });

  test('the page in English: words, Gregorian with Jalali, times with the zone', async () => {
    const agent = await signedIn(londonOfficer, 'en');
    const res = await agent.get(dayPath());
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Appointments on Monday 2 March 2026 \((Esfand 11, 1404|11 Esfand 1404)\)/);
    assert.match(res.body, /Greenwich Mean Time/);
    assert.match(res.body, /Counter 1<\/h2>/);
    assert.match(res.body, /09:00–09:15/);
    assert.match(res.body, /<strong class="tag tag--blue">Expected<\/strong>/);
    assert.match(res.body, />Check in<span class="visually-hidden">/);
    assert.match(res.body, /Ctrl\+P/);
  });

  test('a no-show is refused before the time, accepted after: seats freed, once', async () => {
    const id = b.L2!.bookingId;
    let london = await signedIn(londonOfficer);
    const early = await london.post(`/staff/appointments/${id}/no-show`);
    assert.equal(early.statusCode, 409);
    assert.match(early.body, /پس از آغاز زمان نوبت/);
    assert.equal((await stateOf(id)).state, 'active');
    assert.ok((await seatsOf(id)) > 0);

    at('2026-03-02T09:05:00Z');
    london = await signedIn(londonOfficer);
    const page = await london.get(dayPath());
    assert.ok(page.body.includes(`action="/staff/appointments/${id}/no-show"`));
    const [before] = await t.database.rows<{ taken: number }>(
      sql`select taken from slots where starts_at = '2026-03-02T09:00:00Z' and consulate_id = ${ids.london!}`,
    );
    const res = await london.post(`/staff/appointments/${id}/no-show`);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${dayPath()}&done=no-show&appointment=${id}`);
    assert.deepEqual(await stateOf(id), { state: 'no_show', ended_by: `staff:${londonOfficer.id}` });
    assert.equal(await seatsOf(id), 0);
    const [afterRow] = await t.database.rows<{ taken: number }>(
      sql`select taken from slots where starts_at = '2026-03-02T09:00:00Z' and consulate_id = ${ids.london!}`,
    );
    assert.equal(Number(afterRow!.taken), Number(before!.taken) - 1);
    const marks = await t.database.rows<{ mark: string; staff_id: string }>(
      sql`select mark, staff_id from booking_marks where booking_id = ${id}`,
    );
    assert.deepEqual(marks, [{ mark: 'no_show', staff_id: londonOfficer.id }]);
    const banner = await london.get(String(res.headers.location));
    assert.match(banner.body, /غیبت ثبت شد/);
    // A second click (the page was still open) changes nothing.
    const again = await london.post(`/staff/appointments/${id}/no-show`);
    assert.equal(again.statusCode, 303);
    assert.equal((await audits('appointment.no_show', `appointment:${id}`)).length, 1);
    // Nor can it be checked in any more.
    const late = await london.post(`/staff/appointments/${id}/check-in`);
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /دیگر فعال نیست/);
  });

  test('check-in: attended, the counter visit opened for its request, audited; twice is harmless', async () => {
    const id = b.L1!.bookingId;
    const seats = await seatsOf(id);
    const london = await signedIn(londonOfficer);
    const res = await london.post(`/staff/appointments/${id}/check-in`);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/staff/counter/${b.L1!.requestId}?done=checked-in`);
    assert.deepEqual(await stateOf(id), { state: 'attended', ended_by: `staff:${londonOfficer.id}` });
    const visits = await t.database.rows<{ checked_in_by: string }>(
      sql`select checked_in_by from counter_visits where request_id = ${b.L1!.requestId}`,
    );
    assert.deepEqual(visits, [{ checked_in_by: londonOfficer.id }]);
    assert.equal((await audits('appointment.attended', `appointment:${id}`)).length, 1);
    const counter = await audits('counter.check_in', `request:${b.L1!.requestId}`);
    assert.equal(counter.length, 1);
    assert.equal(counter[0]!.details.appointment, id);
    // The counter page it leads to is there for the officer.
    assert.equal((await london.get(String(res.headers.location))).statusCode, 200);

    const again = await london.post(`/staff/appointments/${id}/check-in`);
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, res.headers.location);
    assert.equal((await audits('appointment.attended', `appointment:${id}`)).length, 1);
    assert.equal((await audits('counter.check_in', `request:${b.L1!.requestId}`)).length, 1);
    // The seats of an attended appointment stay taken.
    assert.equal(await seatsOf(id), seats);

    // Tomorrow's appointment cannot be checked in today.
    await london.get(dayPath('2026-03-03'));
    const tomorrow = await london.post(`/staff/appointments/${b.L4!.bookingId}/check-in`);
    assert.equal(tomorrow.statusCode, 409);
    assert.match(tomorrow.body, /فقط در روز خود نوبت/);
    assert.equal((await stateOf(b.L4!.bookingId)).state, 'active');
  });

  test("the counter's own check-in marks the request's appointment of today attended", async () => {
    const london = await signedIn(londonOfficer);
    await london.get(`/staff/counter/${b.L5!.requestId}`);
    const res = await london.post(`/staff/counter/${b.L5!.requestId}/check-in`);
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await stateOf(b.L5!.bookingId), {
      state: 'attended',
      ended_by: `staff:${londonOfficer.id}`,
    });
    const [audit] = await audits('appointment.attended', `appointment:${b.L5!.bookingId}`);
    assert.equal(audit?.details.via, 'counter');
    // Tomorrow's appointment is left alone by a check-in today.
    await london.get(`/staff/counter/${b.L4!.requestId}`);
    assert.equal((await london.post(`/staff/counter/${b.L4!.requestId}/check-in`)).statusCode, 303);
    assert.equal((await stateOf(b.L4!.bookingId)).state, 'active');
  });

  test('the summary counts the day: booked, checked in, no-shows, free times left', async () => {
    const agent = await signedIn(londonOfficer, 'en');
    const res = await agent.get(dayPath());
    const figures = [...res.body.matchAll(/<dd class="day-summary__value">([^<]+)<\/dd>/g)].map((m) => m[1]);
    // L1, L2, L3, L5 booked; L1 and L5 checked in; L2 absent. From 09:10 on, 17 ten-minute times at two
    // counters, less those a 15-minute appointment overlaps: L1's 09:10 (attended appointments keep their
    // seats), L3's 10:00 and 10:10, L5's 11:00 and 11:10 — L2's were given back: 34 − 5.
    assert.deepEqual(figures, ['4', '2', '1', '29']);
    assert.match(res.body, /Each free time is 10 minutes at one counter/);
  });

  test('statistics: the appointment figures of the period, on the page and in the CSV', async () => {
    await t.database.rows(
      sql`insert into waitlist (id, consulate_id, service_group, applicant_id, request_ids, minutes, state, joined_at)
          values (${newId()}, ${ids.london!}, 'certificates', ${b.L3!.applicantId},
                  ${`{${b.L3!.requestId}}`}::uuid[], 15, 'waiting', ${'2026-03-01T10:00:00Z'})`,
    );
    const agent = await signedIn(supervisorMember, 'en');
    const csv = await agent.get(`/staff/statistics.csv?consulate=${ids.london}`);
    assert.equal(csv.statusCode, 200);
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    const figures = Object.fromEntries(rows.filter((r) => r[2] === 'Appointments').map((r) => [r[3], r[4]]));
    assert.deepEqual(figures, {
      // L1–L7 (the move of L7 is counted as moved, not booked again).
      'Appointments booked': '7',
      Attended: '2',
      'No-shows': '1',
      'No-show rate (%)': '33.3',
      'Cancelled by applicants': '1',
      Moved: '1',
      'Waiting-list joins': '1',
    });
    const weeks = rows.filter((r) => r[2] === 'Appointments booked per week');
    assert.equal(weeks.length, 12);
    assert.deepEqual(weeks.find((r) => r[3] === '2026-02-23')?.[4], '7');

    const page = await agent.get(`/staff/statistics?consulate=${ids.london}`);
    assert.match(
      page.body,
      /<svg class="chart chart--columns"[^>]*><title id="[^"]+">Appointments booked per week<\/title>/,
    );
    assert.match(page.body, /<desc id="[^"]+">[^<]*23 Feb: 7; 2 Mar: 0<\/desc>/);
    assert.match(
      page.body,
      /<th scope="row" class="table__header table__cell">No-show rate \(%\)<\/th><td class="table__cell table__cell--numeric">33.3%<\/td>/,
    );
    // A service filter narrows the appointments too.
    const other = await agent.get(`/staff/statistics.csv?consulate=${ids.london}&service=passport`);
    const none = Object.fromEntries(
      other.body
        .split('\r\n')
        .map((l) => l.split(','))
        .filter((r) => r[2] === 'Appointments')
        .map((r) => [r[3], r[4]]),
    );
    assert.equal(none['Appointments booked'], '0');
  });
});
