import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, TestAgent, type TestApp } from '../../test-support/app.ts';
import { queuedEmails } from '../../test-support/mail.ts';
import { MANY_APPLICANTS_ENV, newApplicant, submittedRequest } from '../backoffice/test-helpers.ts';
import { seedSchedule } from './test-helpers.ts';

/**
 * The applicant's booking journey through HTTP, as a browser without JavaScript makes it: links and forms only.
 * The clock starts on Sunday 2026-03-01 09:00 UTC (09:00 in London, GMT); London sees applicants Monday to
 * Friday 09:00–12:00 at two counters, start times every 10 minutes, with 24 hours' notice and a 30-day window.
 * single-status is a 15-minute visit, no-criminal-record a 20-minute one; both are certificates.
 */
describe('booking an appointment', () => {
  let t: TestApp;
  const TUE = '2026-03-03';
  const at = (day: string, time: string) => new Date(`${day}T${time}:00Z`).toISOString();

  before(async () => {
    t = await buildTestApp({ env: { ...MANY_APPLICANTS_ENV, RATE_LIMIT_BOOKING_PER_HOUR: '12' } });
    await seedDemo(t.database.db);
    await seedSchedule(t.database.db, 'london', { counters: 2 });
  });
  after(() => t.close());

  const emails = () => queuedEmails(t.database.db, t.app.platform.keys);

  /** The start times a day's page offers, as the radios' values. */
  async function startsOn(agent: TestAgent, requestId: string, day: string, query = ''): Promise<string[]> {
    const page = await agent.get(`/requests/${requestId}/appointment?day=${day}${query}`);
    assert.equal(page.statusCode, 200, page.body.slice(0, 500));
    return [...page.body.matchAll(/name="start"[^>]*value="([^"]+)"/g)].map((m) => m[1]!);
  }

  /** Holds a start from the booking page, as its form posts it. */
  async function hold(
    agent: TestAgent,
    requestId: string,
    start: string,
    extra: Record<string, string | string[]> = {},
  ) {
    await agent.get(`/requests/${requestId}/appointment`);
    return agent.post(`/requests/${requestId}/appointment/hold`, { start, ...extra });
  }

  /** Holds and confirms; returns the appointment's id. */
  async function book(
    agent: TestAgent,
    requestId: string,
    start: string,
    extra: Record<string, string | string[]> = {},
  ) {
    const held = await hold(agent, requestId, start, extra);
    assert.equal(held.statusCode, 303, held.body.slice(0, 1500));
    const location = String(held.headers.location);
    const id = /^\/appointments\/([0-9a-f-]{36})\/confirm$/.exec(location)?.[1];
    assert.ok(id, location);
    const page = await agent.get(location);
    assert.equal(page.statusCode, 200);
    const done = await agent.post(location);
    assert.equal(done.statusCode, 303, done.body.slice(0, 500));
    assert.equal(done.headers.location, `/appointments/${id}`);
    return id;
  }

  const bookingRow = async (id: string) =>
    (
      await t.database.rows<{ state: string; starts_at: Date; replaces_id: string | null }>(
        sql`select state, starts_at, replaces_id from bookings where id = ${id}`,
      )
    )[0]!;

  test('book from the request: calendar, times, hold, confirm, email with the .ics', async () => {
    const { agent, id, trackingCode } = await submittedRequest(t, 'single-status');
    const requestPage = await agent.get(`/requests/${id}`);
    assert.match(requestPage.body, new RegExp(`href="/requests/${id}/appointment"`));

    const page = await agent.get(`/requests/${id}/appointment`);
    assert.equal(page.statusCode, 200, page.body.slice(0, 500));
    assert.match(page.body, /<table class="calendar">/);
    // Jalali month in Persian with the Gregorian months beside it; the visit's length; the release rule.
    assert.match(page.body, /اسفند ۱۴۰۴ \(فوریه و مارس ۲۰۲۶\)/);
    assert.match(page.body, /۱۵ دقیقه/);
    assert.match(page.body, /ساعت ۰۸:۰۰ \(وقت گرینویچ\)/);
    // Sunday is closed and said so; Tuesday is a link with its count of free times.
    assert.match(page.body, new RegExp(`day=${TUE}#times`));
    assert.match(page.body, /تعطیل/);
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)/, 'no inline script');

    const starts = await startsOn(agent, id, TUE);
    assert.equal(starts[0], at(TUE, '09:00'));
    // Starts every 10 minutes from 09:00; the last that ends by 12:00 is 11:40.
    assert.equal(starts.at(-1), at(TUE, '11:40'));

    const held = await hold(agent, id, at(TUE, '09:00'));
    assert.equal(held.statusCode, 303);
    const confirmUrl = String(held.headers.location);
    const confirmPage = await agent.get(confirmUrl);
    assert.match(confirmPage.body, /۵ دقیقهٔ دیگر/);
    assert.match(confirmPage.body, /۱۲ اسفند ۱۴۰۴ \(۳ مارس ۲۰۲۶\)/);
    const confirmed = await agent.post(confirmUrl);
    assert.equal(confirmed.statusCode, 303);
    const appointmentId = confirmUrl.split('/')[2]!;
    assert.equal(confirmed.headers.location, `/appointments/${appointmentId}`);

    const shown = await agent.get(`/appointments/${appointmentId}`);
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /نوبت شما ثبت شد/);
    assert.match(shown.body, /class="panel"/);
    assert.match(shown.body, /۰۹:۰۰ تا ۰۹:۱۵/);
    assert.match(shown.body, /Europe\/London/);
    assert.match(shown.body, new RegExp(`/appointments/${appointmentId}/calendar.ics`));
    assert.match(shown.body, /شناسنامه|گذرنامه/, 'what to bring');
    // The banner shows once.
    assert.doesNotMatch((await agent.get(`/appointments/${appointmentId}`)).body, /نوبت شما ثبت شد/);

    const mail = (await emails()).find(
      (m) => m.kind === 'appointment.confirmed' && m.text.includes(trackingCode.slice(0, 4)),
    );
    assert.ok(mail, 'a confirmation email');
    assert.equal(mail.locale, 'fa');
    assert.match(mail.text, /۱۲ اسفند ۱۴۰۴ \(۳ مارس ۲۰۲۶\)/);
    assert.match(mail.text, /وقت گرینویچ/);
    const [ics] = mail.attachments ?? [];
    assert.ok(ics);
    assert.equal(ics.filename, 'appointment.ics');
    assert.equal(ics.contentType, 'text/calendar; method=REQUEST; charset=utf-8');
    assert.match(ics.content, /\r\nDTSTART:20260303T090000Z\r\n/);
    assert.match(ics.content, new RegExp(`UID:${appointmentId}@localhost`));

    const file = await agent.get(`/appointments/${appointmentId}/calendar.ics`);
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /^text\/calendar/);
    assert.match(file.body, /METHOD:PUBLISH/);

    // The request's page and its booking page now show the appointment.
    assert.match((await agent.get(`/requests/${id}`)).body, new RegExp(`/appointments/${appointmentId}"`));
    const again = await agent.get(`/requests/${id}/appointment`);
    assert.match(again.body, new RegExp(`/appointments/${appointmentId}/cancel`));

    // In English: Gregorian month, the Jalali one beside it.
    agent.cookies.set('lang', 'en');
    const en = await agent.get(`/appointments/${appointmentId}`);
    assert.match(en.body, /Tuesday 3 March 2026 \(12 Esfand 1404\)/);
    assert.match(en.body, /Greenwich Mean Time/);
    agent.cookies.delete('lang');
  });

  test('a family visit: two requests, one appointment as long as both', async () => {
    const first = await submittedRequest(t, 'single-status');
    const second = await submittedRequest(t, 'no-criminal-record', { agent: first.agent });
    const agent = first.agent;
    const page = await agent.get(`/requests/${first.id}/appointment`);
    assert.match(
      page.body,
      new RegExp(`name="with"[^>]*value="${second.id}"`),
      'the other request is offered',
    );
    const family = await agent.get(`/requests/${first.id}/appointment?with=${second.id}&day=${TUE}`);
    assert.equal(family.statusCode, 200);
    // 15 + 20 minutes: 11:20 is the last start that ends by 12:00.
    assert.match(family.body, /۳۵ دقیقه/);
    const starts = [...family.body.matchAll(/name="start"[^>]*value="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(starts.at(-1), at(TUE, '11:20'));
    assert.match(family.body, new RegExp(`type="hidden" name="with" value="${second.id}"`));

    const id = await book(agent, first.id, at(TUE, '10:00'), { with: second.id });
    const row = await bookingRow(id);
    assert.equal(row.state, 'active');
    const links = await t.database.rows<{ request_id: string }>(
      sql`select request_id from booking_requests where booking_id = ${id} and active order by request_id`,
    );
    assert.deepEqual(links.map((l) => l.request_id).sort(), [first.id, second.id].sort());
    const [b] = await t.database.rows<{ ends_at: Date }>(sql`select ends_at from bookings where id = ${id}`);
    assert.equal(new Date(b!.ends_at).toISOString(), at(TUE, '10:35'));
    const shown = await agent.get(`/appointments/${id}`);
    assert.match(shown.body, new RegExp(first.trackingCode.slice(0, 4)));
    assert.match(shown.body, new RegExp(second.trackingCode.slice(0, 4)));
    // Either request's booking page is this appointment.
    assert.match(
      (await agent.get(`/requests/${second.id}/appointment`)).body,
      new RegExp(`/appointments/${id}/cancel`),
    );
  });

  test('one appointment per request, and at most two per account', async () => {
    const one = await submittedRequest(t, 'single-status');
    const agent = one.agent;
    const two = await submittedRequest(t, 'single-status', { agent });
    const three = await submittedRequest(t, 'single-status', { agent });
    const a1 = await book(agent, one.id, at(TUE, '11:00'));

    // The same request again: its appointment, with a link to it.
    const twice = await agent.post(`/requests/${one.id}/appointment/hold`, { start: at(TUE, '11:20') });
    assert.equal(twice.statusCode, 409);
    assert.match(twice.body, /این درخواست نوبت دارد/);
    assert.match(twice.body, new RegExp(`/appointments/${a1}"`));

    const a2 = await book(agent, two.id, at(TUE, '11:20'));
    const limit = await agent.get(`/requests/${three.id}/appointment`);
    assert.equal(limit.statusCode, 409);
    assert.match(limit.body, /حداکثر ۲ نوبت/);
    assert.match(limit.body, new RegExp(`/appointments/${a1}"`));
    assert.match(limit.body, new RegExp(`/appointments/${a2}"`));
    const refused = await agent.post(`/requests/${three.id}/appointment/hold`, { start: at(TUE, '11:40') });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /بیش از این نمی‌توانید نوبت بگیرید/);
  });

  test('just taken: 409 with the next free times, ready to hold', async () => {
    const WED = '2026-03-04';
    const [a, b, c] = [
      await submittedRequest(t, 'single-status'),
      await submittedRequest(t, 'single-status'),
      await submittedRequest(t, 'single-status'),
    ];
    // c looks at Wednesday while a and b take both counters of 09:00.
    const seen = await startsOn(c.agent, c.id, WED);
    assert.equal(seen[0], at(WED, '09:00'));
    await book(a.agent, a.id, at(WED, '09:00'));
    assert.equal((await hold(b.agent, b.id, at(WED, '09:00'))).statusCode, 303);
    const taken = await c.agent.post(`/requests/${c.id}/appointment/hold`, { start: at(WED, '09:00') });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, /این زمان همین حالا گرفته شد/);
    const next = [...taken.body.matchAll(/name="start"[^>]*value="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(next.length > 0 && !next.includes(at(WED, '09:00')), next.join());
    // The first offer is already chosen: one click holds it.
    assert.match(taken.body, new RegExp(`value="${next[0]}" checked`));
    const again = await c.agent.post(`/requests/${c.id}/appointment/hold`, { start: next[0]! });
    assert.equal(again.statusCode, 303);
  });

  test('a hold lapses: confirming fails cleanly and the seat is free again', async () => {
    const THU = '2026-03-05';
    const a = await submittedRequest(t, 'single-status');
    const b = await submittedRequest(t, 'single-status');
    const c = await submittedRequest(t, 'single-status');
    await hold(b.agent, b.id, at(THU, '09:00'));
    const held = await hold(a.agent, a.id, at(THU, '09:00'));
    const confirmUrl = String(held.headers.location);
    assert.equal((await hold(c.agent, c.id, at(THU, '09:00'))).statusCode, 409, 'both counters held');

    t.clock.advance(6 * 60_000);
    const page = await a.agent.get(confirmUrl);
    assert.match(page.body, /مهلت تأیید گذشت/);
    const late = await a.agent.post(confirmUrl);
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /مهلت تأیید گذشت/);
    assert.match(late.body, new RegExp(`href="/requests/${a.id}/appointment`));
    // The lapsed holds no longer count: the time is free for someone else.
    assert.ok((await startsOn(c.agent, c.id, THU)).includes(at(THU, '09:00')));
    assert.equal((await hold(c.agent, c.id, at(THU, '09:00'))).statusCode, 303);
    const [row] = await t.database.rows<{ state: string }>(
      sql`select state from bookings where id = ${confirmUrl.split('/')[2]!}`,
    );
    assert.equal(row!.state, 'expired');
  });

  test('choose another time gives the hold back', async () => {
    const FRI = '2026-03-06';
    const a = await submittedRequest(t, 'single-status');
    const held = await hold(a.agent, a.id, at(FRI, '09:00'));
    const id = String(held.headers.location).split('/')[2]!;
    await a.agent.get(`/appointments/${id}/confirm`);
    const back = await a.agent.post(`/appointments/${id}/release`);
    assert.equal(back.statusCode, 303);
    assert.equal(back.headers.location, `/requests/${a.id}/appointment?day=${FRI}#times`);
    assert.equal((await bookingRow(id)).state, 'expired');
    const page = await a.agent.get(`/requests/${a.id}/appointment?day=${FRI}`);
    assert.match(page.body, /زمان آزاد شد/);
    assert.ok(
      [...page.body.matchAll(/name="start"[^>]*value="([^"]+)"/g)].some((m) => m[1] === at(FRI, '09:00')),
    );
    // Going back and choosing again without giving the hold back first: the old hold is let go.
    const first = await hold(a.agent, a.id, at(FRI, '09:20'));
    const second = await hold(a.agent, a.id, at(FRI, '09:40'));
    assert.equal(second.statusCode, 303);
    assert.equal((await bookingRow(String(first.headers.location).split('/')[2]!)).state, 'expired');
  });

  test('move an appointment: the old seat is freed, the moves are limited, emails follow', async () => {
    const MON = '2026-03-09';
    const r = await submittedRequest(t, 'single-status');
    const agent = r.agent;
    const first = await book(agent, r.id, at(MON, '09:00'));
    const shown = await agent.get(`/appointments/${first}`);
    const moveHref = `/requests/${r.id}/appointment?replaces=${first}`;
    assert.match(shown.body, new RegExp(moveHref.replace('?', '\\?')));

    const movePage = await agent.get(`${moveHref}&day=${MON}`);
    assert.equal(movePage.statusCode, 200);
    assert.match(movePage.body, /تغییر زمان نوبت/);
    assert.match(movePage.body, new RegExp(`name="replaces" value="${first}"`));
    const held = await agent.post(`/requests/${r.id}/appointment/hold`, {
      start: at(MON, '10:00'),
      replaces: first,
    });
    assert.equal(held.statusCode, 303, held.body.slice(0, 800));
    const confirmUrl = String(held.headers.location);
    const confirmPage = await agent.get(confirmUrl);
    assert.match(confirmPage.body, /نوبت کنونی شما/);
    // Until confirmed, the old appointment stands.
    assert.equal((await bookingRow(first)).state, 'active');
    assert.equal((await agent.post(confirmUrl)).statusCode, 303);
    const second = confirmUrl.split('/')[2]!;
    assert.match((await agent.get(`/appointments/${second}`)).body, /زمان نوبت شما تغییر کرد/);
    assert.equal((await bookingRow(first)).state, 'rescheduled');
    assert.ok(
      (await startsOn(agent, r.id, MON, `&replaces=${second}`)).includes(at(MON, '09:00')),
      'old seat freed',
    );

    const moved = (await emails()).filter((m) => m.kind === 'appointment.rescheduled' && m.to.length > 0);
    const mail = moved.find((m) => m.attachments?.[0]?.content.includes(`UID:${first}@`));
    assert.ok(mail, 'the move is emailed with the same calendar entry');
    assert.match(mail.attachments![0]!.content, /SEQUENCE:[1-9]\d*/);
    assert.match(mail.attachments![0]!.content, /DTSTART:20260309T100000Z/);

    const third = await book(agent, r.id, at(MON, '11:00'), { replaces: second });
    const limit = await agent.get(`/requests/${r.id}/appointment?replaces=${third}`);
    assert.equal(limit.statusCode, 409);
    assert.match(limit.body, /زمان این نوبت را دیگر نمی‌توان تغییر داد/);
    assert.match((await agent.get(`/appointments/${third}`)).body, /دیگر نمی‌توان تغییر داد/);
    const refused = await agent.post(`/requests/${r.id}/appointment/hold`, {
      start: at(MON, '11:20'),
      replaces: third,
    });
    assert.equal(refused.statusCode, 409);
  });

  test('cancel: confirmation page, seat freed, email with METHOD:CANCEL', async () => {
    const MON = '2026-03-09';
    const r = await submittedRequest(t, 'single-status');
    const id = await book(r.agent, r.id, at(MON, '09:40'));
    const page = await r.agent.get(`/appointments/${id}/cancel`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /نوبت لغو شود؟/);
    const done = await r.agent.post(`/appointments/${id}/cancel`);
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, `/requests/${r.id}/appointment`);
    const after = await r.agent.get(String(done.headers.location));
    assert.match(after.body, /نوبت لغو شد/);
    assert.equal((await bookingRow(id)).state, 'cancelled');
    assert.ok((await startsOn(r.agent, r.id, MON)).includes(at(MON, '09:40')));
    const mail = (await emails()).find(
      (m) => m.kind === 'appointment.cancelled' && m.attachments?.[0]?.content.includes(`UID:${id}@`),
    );
    assert.ok(mail);
    assert.equal(mail.attachments![0]!.contentType, 'text/calendar; method=CANCEL; charset=utf-8');
    assert.match(mail.attachments![0]!.content, /METHOD:CANCEL/);
    assert.match(mail.attachments![0]!.content, /STATUS:CANCELLED/);
    // Cancelled once: a second time changes nothing.
    assert.equal((await r.agent.post(`/appointments/${id}/cancel`)).headers.location, `/appointments/${id}`);
  });

  test('waitlist: nothing free → join; a cancellation offers the seat to the first waiting', async () => {
    // One 20-minute opening a week, one counter, a week's window: one visit fills it.
    await seedSchedule(t.database.db, 'london', {
      groups: ['certificates'],
      windowDays: 7,
      periods: [{ weekday: 4, opens: '11:00', closes: '11:20', counters: 1 }],
    });
    try {
      const THU = '2026-03-05';
      const a = await submittedRequest(t, 'single-status');
      const b = await submittedRequest(t, 'single-status');
      const c = await submittedRequest(t, 'single-status');
      const taken = await book(a.agent, a.id, at(THU, '11:00'));

      const page = await b.agent.get(`/requests/${b.id}/appointment`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /پیوستن به فهرست انتظار/);
      assert.match(page.body, /۳۰ دقیقه فرصت دارید/);
      const joined = await b.agent.post(`/requests/${b.id}/appointment/waitlist`);
      assert.equal(joined.statusCode, 303);
      const placed = await b.agent.get(String(joined.headers.location));
      assert.match(placed.body, /در فهرست انتظار هستید/);
      assert.match(placed.body, /جای شما در فهرست انتظار: ۱/);
      await c.agent.get(`/requests/${c.id}/appointment`);
      await c.agent.post(`/requests/${c.id}/appointment/waitlist`);
      assert.match((await c.agent.get(`/requests/${c.id}/appointment`)).body, /جای شما در فهرست انتظار: ۲/);

      await a.agent.get(`/appointments/${taken}/cancel`);
      assert.equal((await a.agent.post(`/appointments/${taken}/cancel`)).statusCode, 303);
      const offer = (await emails()).find(
        (m) => m.kind === 'appointment.offer' && m.text.includes(b.trackingCode.slice(0, 4)),
      );
      assert.ok(offer, 'the first waiting is emailed an offer');
      const link = /\/appointments\/([0-9a-f-]{36})\/confirm/.exec(offer.text);
      assert.ok(link);
      assert.match(offer.text, /۳۰ دقیقه/);
      // The offer is on b's booking page too, as a held time to confirm.
      assert.match((await b.agent.get(`/requests/${b.id}/appointment`)).body, /زمانی برای شما آزاد شد/);
      const confirmPage = await b.agent.get(link[0]);
      assert.match(confirmPage.body, /۳۰ دقیقهٔ دیگر/);
      const confirmed = await b.agent.post(link[0]);
      assert.equal(confirmed.statusCode, 303);
      assert.equal((await bookingRow(link[1]!)).state, 'active');
      // c moved up, and can leave.
      const cPage = await c.agent.get(`/requests/${c.id}/appointment`);
      assert.match(cPage.body, /جای شما در فهرست انتظار: ۱/);
      const leave = /action="(\/waitlist\/[0-9a-f-]{36}\/leave)"/.exec(cPage.body)?.[1];
      assert.ok(leave);
      const left = await c.agent.post(leave);
      assert.equal(left.statusCode, 303);
      const gone = await c.agent.get(String(left.headers.location));
      assert.match(gone.body, /از فهرست انتظار بیرون آمدید/);
      assert.match(gone.body, /پیوستن به فهرست انتظار/);
    } finally {
      await seedSchedule(t.database.db, 'london', { counters: 2 });
    }
  });

  test('refusals in their own words: no visit needed, not sent yet, no schedule', async () => {
    const online = await submittedRequest(t, 'academic-document-confirmation');
    const noVisit = await online.agent.get(`/requests/${online.id}/appointment`);
    assert.equal(noVisit.statusCode, 400);
    assert.match(noVisit.body, /این درخواست به مراجعه نیاز ندارد/);
    assert.doesNotMatch((await online.agent.get(`/requests/${online.id}`)).body, /\/appointment"/);

    const agent = online.agent;
    const started = await agent.post('/services/single-status/start');
    const draftId = String(started.headers.location).split('/')[2]!;
    const draft = await agent.get(`/requests/${draftId}/appointment`);
    assert.equal(draft.statusCode, 409);
    assert.match(draft.body, /اکنون نمی‌توان برای این درخواست نوبت گرفت/);

    const r = await submittedRequest(t, 'single-status', { agent });
    await seedSchedule(t.database.db, 'london', { groups: ['certificates'], periods: [] });
    try {
      const closed = await agent.get(`/requests/${r.id}/appointment`);
      assert.equal(closed.statusCode, 409);
      assert.match(closed.body, /نوبت‌گیری هنوز باز نشده است/);
      assert.match(closed.body, /london@consulate\.example/);
      const posted = await agent.post(`/requests/${r.id}/appointment/hold`, { start: at(TUE, '09:40') });
      assert.equal(posted.statusCode, 409);
    } finally {
      await seedSchedule(t.database.db, 'london', { counters: 2 });
    }
  });

  test("another applicant's appointment or request is not found", async () => {
    const a = await submittedRequest(t, 'single-status');
    const id = await book(a.agent, a.id, at('2026-03-10', '09:00'));
    const other = await newApplicant(t);
    await other.get('/account');
    for (const url of [
      `/appointments/${id}`,
      `/appointments/${id}/confirm`,
      `/appointments/${id}/calendar.ics`,
      `/appointments/${id}/cancel`,
      `/requests/${a.id}/appointment`,
      '/appointments/not-an-id',
    ]) {
      assert.equal((await other.get(url)).statusCode, 404, url);
    }
    for (const url of [
      `/appointments/${id}/cancel`,
      `/appointments/${id}/confirm`,
      `/appointments/${id}/release`,
    ]) {
      assert.equal((await other.post(url)).statusCode, 404, url);
    }
    assert.equal(
      (await other.post(`/requests/${a.id}/appointment/hold`, { start: at('2026-03-10', '09:20') }))
        .statusCode,
      404,
    );
    assert.equal(
      (
        await other.post(`/requests/${a.id}/appointment/hold`, {
          start: at('2026-03-10', '09:20'),
          replaces: id,
        })
      ).statusCode,
      404,
    );
    assert.equal((await bookingRow(id)).state, 'active');
  });

  test('too many booking actions in an hour: 429 in the person’s language, nothing lost', async () => {
    const r = await submittedRequest(t, 'single-status');
    const id = await book(r.agent, r.id, at('2026-03-10', '10:00'));
    // Its own address, so the count is the account's alone.
    const agent = new TestAgent(t.app, '10.0.0.42');
    for (const [k, v] of r.agent.cookies) agent.cookies.set(k, v);
    agent.cookies.set('lang', 'en');
    await agent.get(`/requests/${r.id}`);
    const codes: number[] = [];
    // Two actions spent booking; ten more are allowed in the hour.
    for (let i = 0; i < 11; i++) codes.push((await agent.post(`/appointments/${id}/confirm`)).statusCode);
    assert.deepEqual(codes.slice(0, 10), Array(10).fill(303));
    assert.equal(codes[10], 429);
    const refused = await agent.post(`/requests/${r.id}/appointment/hold`, {
      start: at('2026-03-10', '10:20'),
    });
    assert.equal(refused.statusCode, 429);
    assert.match(refused.body, /Too many attempts/);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await bookingRow(id)).state, 'active');
  });

  test('waiting room: a meta refresh before the release, a drawn order after it', async () => {
    // Today's release at 10:30 London time (GMT), so the sessions signed in at 10:00 are still alive.
    t.clock.set(new Date('2026-03-01T10:00:00Z'));
    await seedSchedule(t.database.db, 'london', { counters: 2, releaseTime: '10:30' });
    const r = await submittedRequest(t, 'single-status');
    const late = await submittedRequest(t, 'single-status');
    // Half a minute before the day 31 March opens.
    t.clock.set(new Date('2026-03-01T10:29:30Z'));
    const waiting = await r.agent.get(`/requests/${r.id}/appointment`);
    assert.equal(waiting.statusCode, 200);
    assert.match(waiting.body, /<meta http-equiv="refresh" content="30"\/>/);
    assert.match(waiting.body, /به قید قرعه/);
    assert.doesNotMatch(waiting.body, /<table class="calendar">/);
    const held = await r.agent.post(`/requests/${r.id}/appointment/hold`, {
      start: at('2026-03-10', '11:00'),
    });
    assert.equal(held.statusCode, 303);
    assert.equal(held.headers.location, `/requests/${r.id}/appointment`);

    // Everyone who came in the minute before is drawn into an order; whoever comes after queues behind them.
    const appointments = t.app.platform.appointments;
    const consulate = (
      await t.database.rows<{ id: string }>(sql`select id from consulates where code = 'london'`)
    )[0]!;
    const s = (await appointments.scheduleOf(consulate.id, 'certificates'))!;
    // Enough people in the room that the drawn order cannot be the arrival order by chance.
    for (let i = (await t.database.rows(sql`select id from applicants`)).length; i < 10; i++)
      await newApplicant(t);
    const early = (
      await t.database.rows<{ id: string }>(
        sql`select id from applicants where id <> ${await applicantOf(late.id)} order by created_at`,
      )
    ).map((a) => a.id);
    assert.ok(early.length >= 8);
    for (const id of early) assert.equal((await appointments.admission(id, s)).admitted, false);

    t.clock.set(new Date('2026-03-01T10:30:00Z'));
    const s2 = (await appointments.scheduleOf(consulate.id, 'certificates'))!;
    const positions: number[] = [];
    for (const id of early) {
      const a = await appointments.admission(id, s2);
      positions.push(a.admitted ? 1 : a.position!);
    }
    assert.deepEqual(
      [...positions].sort((x, y) => x - y),
      early.map((_, i) => i + 1),
    );
    assert.notDeepEqual(
      positions,
      early.map((_, i) => i + 1),
      'not the order of arrival',
    );

    const behind = await late.agent.get(`/requests/${late.id}/appointment`);
    assert.equal(behind.statusCode, 200);
    const n = early.length + 1;
    const fa = (x: number) => x.toLocaleString('fa-IR');
    assert.match(behind.body, new RegExp(`نفر ${fa(n)} از ${fa(n)} نفر`));
    assert.match(behind.body, /<meta http-equiv="refresh" content="\d+"\/>/);

    // Admitted at 60 a minute: a minute later everyone is through.
    t.clock.set(new Date('2026-03-01T10:31:00Z'));
    assert.match((await late.agent.get(`/requests/${late.id}/appointment`)).body, /<table class="calendar">/);
  });

  async function applicantOf(requestId: string): Promise<string> {
    const [row] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${requestId}`,
    );
    return row!.applicant_id;
  }
});
