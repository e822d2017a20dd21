import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { registerActive } from '../src/modules/accounts/test-helpers.ts';
import { seedSchedule } from '../src/modules/appointments/test-helpers.ts';
import { submittedRequest } from '../src/modules/backoffice/test-helpers.ts';
import { DEMO_PEOPLE } from '../src/modules/registry/fixtures.ts';
import { consulateIds, createStaffMember, giveTotp } from '../src/modules/staff/test-helpers.ts';
import { type Locale, translator } from '../src/platform/i18n/index.ts';
import { needChromium } from '../src/test-support/tools.ts';
import {
  appCode,
  assertAccessible,
  launchBrowser,
  navigating,
  newContext,
  type Page,
  passwordStep,
  screenshot,
  signInWithCode,
  startServer,
  submit,
  switchLanguage,
} from './support.ts';

/**
 * Appointments in a real browser, in both languages (English without JavaScript): book from the request, the
 * email with its calendar file, move, cancel, then join the waiting list and take the seat someone freed.
 */

const people = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1995);
type Server = Awaited<ReturnType<typeof startServer>>;
type Mail = { id: string; to: string; subject: string; text: string; attachments: { filename: string }[] };

/** The newest email to `to` that satisfies `match`, waiting for the mail worker to deliver it. */
async function mailTo(server: Server, to: string, match: (m: Mail) => boolean): Promise<Mail> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const mails = (await (await fetch(`${server.baseUrl}/dev/mailbox.json`)).json()) as Mail[];
    const found = mails.find((m) => m.to === to && match(m));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching email to ${to}`);
}

/**
 * Checks the page with axe and keeps a screenshot. A page without JavaScript cannot run axe: the same address is
 * opened in a twin page of the same session with JavaScript on, and checked there.
 */
async function lookAt(page: Page, name: string, twin?: Page) {
  if (twin) {
    await twin.goto(page.url());
    await assertAccessible(twin, name);
  } else {
    await assertAccessible(page, name);
  }
  await screenshot(page, name);
}

/** Picks the first open day of the calendar, then the first time of that day, and holds it. */
async function chooseTime(page: Page, t: ReturnType<typeof translator>, dayIndex: number) {
  const days = page.locator('a.calendar__link');
  assert.ok((await days.count()) > dayIndex, 'open days in the calendar');
  await navigating(page, () => days.nth(dayIndex).click());
  await page.locator('input[name="start"]').first().check();
  await navigating(page, () =>
    page.getByRole('button', { name: new RegExp(`^${t('appointments.book.times.continue')}`) }).click(),
  );
  assert.match(new URL(page.url()).pathname, /^\/appointments\/[^/]+\/confirm$/);
}

describe('appointments in a browser', { skip: needChromium().skip }, () => {
  for (const [n, locale] of (['fa', 'en'] as Locale[]).entries()) {
    test(`${locale}: book, calendar file, move, cancel, waiting list and a freed seat`, async (ctx) => {
      const t = translator(locale);
      const server = await startServer(ctx, {
        IDENTITY_ATTEMPTS_PER_DAY: '1000',
        IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
        RATE_LIMIT_POST_PER_MINUTE: '100000',
      });
      const person = people[10 + n]!;
      const email = `appointments.${locale}@example.org`;
      const agent = await registerActive(server, person, email);
      const sent = await submittedRequest(server, 'single-status', { agent });

      const browser = await launchBrowser(ctx);
      const context = await newContext(browser, { javaScript: locale === 'fa' });
      const page = await context.newPage();
      await signInWithCode(page, server.baseUrl, person.nationalCode, email);
      if (locale === 'en') await switchLanguage(page);
      const twin =
        locale === 'en'
          ? await (
              await browser.newContext({ storageState: await context.storageState(), locale: 'fa-IR' })
            ).newPage()
          : undefined;
      const look = (p: Page, name: string) => lookAt(p, name, twin);

      // From the request to the calendar, a day, a time, the held time and the confirmation.
      await page.goto(`${server.baseUrl}/requests/${sent.id}`);
      await look(page, `appointments-request-${locale}`);
      await navigating(page, () => page.getByRole('link', { name: t('appointments.request.book') }).click());
      assert.equal(new URL(page.url()).pathname, `/requests/${sent.id}/appointment`);
      await look(page, `appointments-calendar-${locale}`);
      await navigating(page, () => page.locator('a.calendar__link').first().click());
      await look(page, `appointments-times-${locale}`);
      await page.goto(`${server.baseUrl}/requests/${sent.id}/appointment`);
      await chooseTime(page, t, 0);
      await look(page, `appointments-confirm-${locale}`);
      await navigating(page, () =>
        page.getByRole('button', { name: t('appointments.confirm.submit') }).click(),
      );
      await page.getByText(t('appointments.view.confirmed.title')).first().waitFor();
      await look(page, `appointments-booked-${locale}`);
      const [booking] = await server.database.rows<{ id: string; starts_at: Date }>(
        sql`select b.id, b.starts_at from bookings b join booking_requests br on br.booking_id = b.id
             where br.request_id = ${sent.id} and b.state = 'active'`,
      );
      assert.ok(booking, 'an active appointment for the request');

      // The confirmation email carries the calendar file, at the appointment's instant in UTC.
      const confirmed = await mailTo(server, email, (m) => m.attachments.length > 0);
      assert.equal(confirmed.attachments[0]!.filename, 'appointment.ics');
      const ics = await (await fetch(`${server.baseUrl}/dev/mailbox/${confirmed.id}/attachments/0`)).text();
      const start = new Date(booking.starts_at).toISOString().replace(/[-:]/g, '').replace('.000', '');
      assert.match(ics, /BEGIN:VEVENT/);
      assert.match(ics, new RegExp(`DTSTART:${start}`));
      const uid = /UID:(\S+)/.exec(ics)?.[1];
      assert.ok(uid);

      // The dashboard lists it, linked.
      await page.goto(`${server.baseUrl}/account`);
      await page.locator(`#appointments-title ~ ul a[href="/appointments/${booking.id}"]`).waitFor();
      await look(page, `appointments-dashboard-${locale}`);
      await page.goto(`${server.baseUrl}/appointments/${booking.id}`);

      // Move it to another day: the new time is confirmed, the calendar entry keeps its UID.
      await navigating(page, () =>
        page.getByRole('link', { name: t('appointments.view.change.move') }).click(),
      );
      await look(page, `appointments-move-${locale}`);
      await chooseTime(page, t, 1);
      await navigating(page, () =>
        page.getByRole('button', { name: t('appointments.confirm.submitMove') }).click(),
      );
      await page.getByText(t('appointments.view.rescheduled.title')).first().waitFor();
      const moved = await mailTo(
        server,
        email,
        (m) => m.attachments.length > 0 && m.id !== confirmed.id && m.subject !== confirmed.subject,
      );
      const movedIcs = await (await fetch(`${server.baseUrl}/dev/mailbox/${moved.id}/attachments/0`)).text();
      assert.equal(/UID:(\S+)/.exec(movedIcs)?.[1], uid, 'one calendar entry through the move');

      // Cancel it.
      await navigating(page, () =>
        page.getByRole('link', { name: t('appointments.view.change.cancel') }).click(),
      );
      await look(page, `appointments-cancel-${locale}`);
      await navigating(page, () =>
        page.getByRole('button', { name: t('appointments.cancel.submit') }).click(),
      );
      await page.getByText(t('appointments.flash.cancelled.title')).first().waitFor();
      await look(page, `appointments-cancelled-${locale}`);
      const cancelMail = await mailTo(server, email, (m) => /METHOD|cancel|لغو/i.test(m.subject));
      assert.ok(cancelMail);

      // Now the consulate has one short morning a day for three days, and three other people take it all.
      await seedSchedule(server.database.db, 'london', {
        groups: ['certificates'],
        counters: 1,
        opens: '09:00',
        closes: '09:20',
        windowDays: 3,
      });
      const appointments = server.app.platform.appointments;
      const others: { applicantId: string; bookingId: string }[] = [];
      for (const at of ['2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z', '2026-03-04T09:00:00Z']) {
        const other = await submittedRequest(server, 'single-status');
        const [row] = await server.database.rows<{ applicant_id: string }>(
          sql`select applicant_id from service_requests where id = ${other.id}`,
        );
        const v = await appointments.visitFor(row!.applicant_id, [other.id]);
        assert.ok(v.ok);
        const held = await appointments.hold({ visit: v.visit, startsAt: new Date(at) });
        assert.ok(held.ok, JSON.stringify(held));
        assert.ok((await appointments.confirm(row!.applicant_id, held.booking.id)).ok);
        others.push({ applicantId: row!.applicant_id, bookingId: held.booking.id });
      }

      // Nothing free: the applicant joins the waiting list.
      await page.goto(`${server.baseUrl}/requests/${sent.id}/appointment`);
      await page.getByText(t('appointments.waitlist.nothingFree').slice(0, 20)).first().waitFor();
      await look(page, `appointments-nothing-free-${locale}`);
      await navigating(page, () =>
        page.getByRole('button', { name: t('appointments.waitlist.join') }).click(),
      );
      await page.getByText(t('appointments.waitlist.onTitle')).first().waitFor();
      await look(page, `appointments-waitlist-${locale}`);

      // Someone cancels: the seat is held for the applicant, who is emailed a link to confirm it.
      assert.ok(await appointments.cancel(others[1]!.applicantId, others[1]!.bookingId));
      const offer = await mailTo(server, email, (m) => /\/appointments\/[^/\s]+\/confirm/.test(m.text));
      const link = /(https?:\/\/\S+\/appointments\/[^/\s]+\/confirm)/.exec(offer.text)![1]!;
      await page.goto(link.replace(/^https?:\/\/[^/]+/, server.baseUrl));
      await page.getByText(t('appointments.confirm.offerTitle')).first().waitFor();
      await look(page, `appointments-offer-${locale}`);
      await navigating(page, () =>
        page.getByRole('button', { name: t('appointments.confirm.submit') }).click(),
      );
      await page.getByText(t('appointments.view.confirmed.title')).first().waitFor();
      const [offered] = await server.database.rows<{ starts_at: Date }>(
        sql`select b.starts_at from bookings b join booking_requests br on br.booking_id = b.id
             where br.request_id = ${sent.id} and b.state = 'active'`,
      );
      assert.equal(new Date(offered!.starts_at).toISOString(), '2026-03-03T09:00:00.000Z');
      await look(page, `appointments-offer-booked-${locale}`);
      await context.close();
    });
  }
});

describe('appointments for the consulate, in a browser', { skip: needChromium().skip }, () => {
  for (const locale of ['fa', 'en'] as Locale[]) {
    test(`${locale}: public availability, the schedule screen, the officers' day with check-in and no-show`, async (ctx) => {
      const t = translator(locale);
      const server = await startServer(ctx, {
        IDENTITY_ATTEMPTS_PER_DAY: '1000',
        IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
        RATE_LIMIT_POST_PER_MINUTE: '100000',
      });
      const base = server.baseUrl;
      const ids = await consulateIds(server);
      const officer = await createStaffMember(server, {
        roles: [{ role: 'officer', consulateId: ids.london! }],
      });
      const admin = await createStaffMember(server, { roles: [{ role: 'admin', consulateId: null }] });
      const officerSecret = await giveTotp(server, officer);
      const adminSecret = await giveTotp(server, admin);

      // Two appointments on Monday 2 March, London (the demo schedule): one will come, one will not.
      const appointments = server.app.platform.appointments;
      const booked: string[] = [];
      for (const at of ['2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z']) {
        const sent = await submittedRequest(server, 'single-status');
        const [row] = await server.database.rows<{ applicant_id: string }>(
          sql`select applicant_id from service_requests where id = ${sent.id}`,
        );
        const v = await appointments.visitFor(row!.applicant_id, [sent.id]);
        assert.ok(v.ok);
        const held = await appointments.hold({ visit: v.visit, startsAt: new Date(at) });
        assert.ok(held.ok, JSON.stringify(held));
        assert.ok((await appointments.confirm(row!.applicant_id, held.booking.id)).ok);
        booked.push(held.booking.id);
      }

      const browser = await launchBrowser(ctx);
      const page = await (await newContext(browser)).newPage();

      // Anyone: the next free dates of a service at a consulate.
      await page.goto(`${base}/`);
      if (locale === 'en') await switchLanguage(page);
      await page.goto(`${base}/appointments/availability?consulate=london&service=single-status`);
      await lookAt(page, `appointments-availability-${locale}`);

      // The admin's schedule screen for London.
      await passwordStep(page, base, admin.email);
      await page.fill('#f-code', appCode(server, adminSecret));
      await submit(page, '/staff/second-factor');
      await page.goto(`${base}/staff/admin/consulates/${ids.london}/appointments`);
      await lookAt(page, `appointments-schedule-${locale}`);
      await submit(page, '/sign-out');

      // The officer's day: Monday at 09:45, per counter; check in the first, mark the second absent.
      server.clock.set('2026-03-02T09:45:00Z');
      await passwordStep(page, base, officer.email);
      await page.fill('#f-code', appCode(server, officerSecret));
      await submit(page, '/staff/second-factor');
      await navigating(page, () =>
        page.getByRole('link', { name: t('layout.staffNav.appointments') }).click(),
      );
      assert.equal(new URL(page.url()).pathname, '/staff/appointments');
      await lookAt(page, `appointments-day-${locale}`);
      await submit(page, `/staff/appointments/${booked[0]}/check-in`);
      assert.match(new URL(page.url()).pathname, /^\/staff\/counter\//);
      await lookAt(page, `appointments-counter-${locale}`);
      await page.goto(`${base}/staff/appointments`);
      await submit(page, `/staff/appointments/${booked[1]}/no-show`);
      await lookAt(page, `appointments-day-marked-${locale}`);
      const states = await server.database.rows<{ id: string; state: string }>(
        sql`select id, state from bookings where id in (${booked[0]!}::uuid, ${booked[1]!}::uuid)`,
      );
      assert.deepEqual(Object.fromEntries(states.map((s) => [s.id, s.state])), {
        [booked[0]!]: 'attended',
        [booked[1]!]: 'no_show',
      });
    });
  }
});
