import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { MANY_APPLICANTS_ENV, newApplicant, submittedRequest } from '../backoffice/test-helpers.ts';
import { createCatalogService } from '../catalog/service.ts';
import { consulateIds } from '../staff/test-helpers.ts';
import { seedSchedule } from './test-helpers.ts';

const URL = '/appointments/availability';
const LONDON_CERTIFICATES = `${URL}?consulate=london&service=no-criminal-record`;

/** The table's rows as [date, free times, first free time], from an English page. */
function figures(body: string): [string, string, string][] {
  const table = body.slice(body.indexOf('<tbody>'), body.indexOf('</tbody>'));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => {
    const cells = [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) =>
      c[1]!.replace(/<span class="hint[^"]*">.*?<\/span>/g, '').replace(/<[^>]+>/g, ''),
    );
    return cells as [string, string, string];
  });
}

describe('public availability', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let visitor: TestAgent;

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    // Sunday 1 March 2026, 08:00 in London: a day's notice leaves Monday from 08:00 on.
    t.clock.set('2026-03-01T08:00:00Z');
    // No demo hours: London gets one counter for certificates, Berlin none at all.
    await seedDemo(t.database.db, { schedules: false });
    ids = await consulateIds(t);
    await seedSchedule(t.database.db, 'london', {
      groups: ['certificates'],
      weekdays: [1, 2, 4, 5],
      opens: '09:00',
      closes: '12:00',
      counters: 1,
    });
    // Thursday 5 March is a holiday.
    await t.database.db.transaction((tx) =>
      createCatalogService(tx).addClosure(tx, {
        id: '0190a000-0000-7000-8000-00000000a5a1',
        consulateId: ids.london!,
        day: '2026-03-05',
        kind: 'closure',
        nameFa: 'تعطیل',
        nameEn: 'Closed',
      }),
    );
    visitor = t.agent();
    visitor.cookies.set('lang', 'en');
  });
  after(() => t.close());

  test('anyone may open it: a form of consulates and services, the way to book', async () => {
    const page = await t.agent().get(URL);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('name="consulate"'));
    assert.ok(page.body.includes('<option value="no-criminal-record"'));
    assert.ok(page.body.includes('href="/sign-in"'));
    assert.ok(!page.body.includes('<tbody>'), 'nothing to show before a choice');
    // From a service's page: the service is chosen, no error.
    const linked = await t.agent().get(`${URL}?service=no-criminal-record`);
    assert.equal(linked.statusCode, 200);
    assert.ok(linked.body.includes('<option value="no-criminal-record" selected'));
    assert.ok(!linked.body.includes('error-summary'));
  });

  test('the next free dates: count and first time, local time with its zone, closed days left out', async () => {
    const page = await visitor.get(LONDON_CERTIFICATES);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Europe/London'));
    assert.ok(page.body.includes('takes 20 minutes'));
    const rows = figures(page.body);
    assert.equal(rows.length, 10);
    // 09:00 to 12:00 on a 10-minute grid, 20-minute visits: 17 starts a day.
    assert.deepEqual(rows[0], ['Monday, 2 March 2026', '17', '09:00']);
    assert.deepEqual(rows[1], ['Tuesday, 3 March 2026', '17', '09:00']);
    // No hours on Wednesdays; Thursday 5 March is closed.
    assert.deepEqual(rows[2], ['Friday, 6 March 2026', '17', '09:00']);
    assert.ok(!page.body.includes('Wednesday, 4 March'));
    assert.ok(!page.body.includes('Thursday, 5 March'));
    // Both calendars: 2 March 2026 is 11 Esfand 1404.
    assert.ok(page.body.includes('Esfand 11, 1404'));
    const fa = await t.agent().get(LONDON_CERTIFICATES);
    assert.ok(fa.body.includes('دوشنبه ۱۱ اسفند ۱۴۰۴'));
    assert.ok(fa.body.includes('۲ مارس ۲۰۲۶'));
    assert.ok(fa.body.includes('۰۹:۰۰'));
  });

  test('kept for 30 seconds, then the seat taken shows', async () => {
    const before = figures((await visitor.get(LONDON_CERTIFICATES)).body)[0];
    const r = await submittedRequest(t, 'no-criminal-record');
    const [who] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${r.id}`,
    );
    const appointments = t.app.platform.appointments;
    const v = await appointments.visitFor(who!.applicant_id, [r.id]);
    assert.ok(v.ok);
    const held = await appointments.hold({ visit: v.visit, startsAt: new Date('2026-03-02T09:00:00Z') });
    assert.ok(held.ok, JSON.stringify(held));

    t.clock.advance(10_000);
    assert.deepEqual(figures((await visitor.get(LONDON_CERTIFICATES)).body)[0], before, 'the same figures');
    t.clock.advance(21_000);
    // The one counter is taken from 09:00 to 09:20: the starts at 09:00 and 09:10 are gone.
    assert.deepEqual(figures((await visitor.get(LONDON_CERTIFICATES)).body)[0], [
      'Monday, 2 March 2026',
      '15',
      '09:20',
    ]);
  });

  test('shared caches may keep it for 30 seconds, unless it is someone’s own page', async () => {
    const fresh = t.agent();
    const first = await fresh.get(LONDON_CERTIFICATES);
    // The first visit sets the form-token cookie: that answer is for this browser only.
    assert.ok(first.headers['set-cookie']);
    assert.equal(first.headers['cache-control'], 'private, max-age=30');
    const again = await fresh.get(LONDON_CERTIFICATES);
    assert.equal(again.headers['set-cookie'], undefined);
    assert.equal(again.headers['cache-control'], 'public, max-age=30');
    assert.match(String(again.headers.vary), /Cookie/i);
    const applicant = await newApplicant(t);
    const signedIn = await applicant.get(LONDON_CERTIFICATES);
    assert.equal(signedIn.headers['cache-control'], 'private, max-age=30');
    assert.ok(signedIn.body.includes('href="/account"'));
    const bad = await fresh.get(`${URL}?consulate=atlantis`);
    assert.equal(bad.headers['cache-control'], 'no-cache');
  });

  test('what cannot be booked says why; bad choices get a page, not an error', async () => {
    const noVisit = await visitor.get(`${URL}?consulate=london&service=academic-document-confirmation`);
    assert.equal(noVisit.statusCode, 200);
    assert.ok(noVisit.body.includes('This service needs no visit'));
    const closed = await visitor.get(`${URL}?consulate=berlin&service=no-criminal-record`);
    assert.equal(closed.statusCode, 200);
    assert.ok(closed.body.includes('Booking for this service is not open at this consulate yet.'));

    for (const query of [
      '?consulate=atlantis&service=no-criminal-record',
      '?consulate=london&service=nothing',
      '?consulate=&service=',
      '?consulate=london&consulate=berlin&service=no-criminal-record',
      `?consulate=${'x'.repeat(500)}&service=%00`,
    ]) {
      const res = await visitor.get(`${URL}${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.ok(res.body.includes('error-summary'), query);
    }
    const both = await visitor.get(`${URL}?consulate=&service=`);
    assert.ok(both.body.includes('href="#f-consulate"'));
    assert.ok(both.body.includes('href="#f-service"'));
  });
});
