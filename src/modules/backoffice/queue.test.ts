import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { toPersianDigits } from '../../platform/i18n/digits.ts';
import { seedDemo } from '../../seed.ts';
import type { TestAgent, TestApp } from '../../test-support/app.ts';
import { buildTestApp } from '../../test-support/app.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import type { QueueKey } from '../requests/queue-store.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { decodeCursor, encodeCursor, OPEN_STATES } from './review-service.ts';
import { MANY_APPLICANTS_ENV, newApplicant, submittedRequest } from './test-helpers.ts';

const DAY = 24 * 3600_000;
const SERVICE = 'academic-document-confirmation';

/** The rows of the queue's table: tracking code (as shown) and the row's whole markup. */
function rowsOf(html: string): { code: string; html: string }[] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return body
    .split('<tr>')
    .slice(1)
    .map((row) => ({
      code: /class="tracking-code">([A-Z0-9-]+)</.exec(row)![1]!.replaceAll('-', ''),
      html: row,
    }));
}

const linkOf = (html: string, rel: 'next' | 'prev') =>
  new RegExp(`<a class="pagination__link" href="([^"]+)" rel="${rel}"`)
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&');

async function codesInOrder(t: TestApp, consulateId: string): Promise<string[]> {
  const rows = await t.database.rows<{ tracking_code: string }>(
    sql`select tracking_code from service_requests where consulate_id = ${consulateId} and tracking_code is not null
        order by submitted_at, id`,
  );
  return rows.map((r) => r.tracking_code);
}

describe('the queue: keyset pages', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let officer: StaffMember;

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    // One applicant sends 25 requests: several in the same millisecond (the id breaks the tie), some later.
    const agent = await newApplicant(t);
    for (let i = 0; i < 25; i++) {
      await submittedRequest(t, SERVICE, { agent });
      if (i % 5 === 4) t.clock.advance(60_000);
    }
  });
  after(() => t.close());

  test('walking the pages forward and back: every request once, oldest first, no gaps', async () => {
    const expected = await codesInOrder(t, ids.london!);
    assert.equal(expected.length, 25);
    const agent = await staffAgent(t, officer);
    const seen: string[] = [];
    const pages: string[] = [];
    let url: string | undefined = '/staff/queue';
    while (url) {
      const page = await agent.get(url);
      assert.equal(page.statusCode, 200, page.body.slice(0, 300));
      pages.push(url);
      seen.push(...rowsOf(page.body).map((r) => r.code));
      url = linkOf(page.body, 'next');
      assert.ok(pages.length < 5, 'the walk ends');
    }
    assert.deepEqual(seen, expected);
    assert.equal(pages.length, 2, '20 a page');
    // Back from the last page: the first page again.
    const last = await agent.get(pages[1]!);
    const previous = linkOf(last.body, 'prev');
    assert.ok(previous);
    const first = await agent.get(previous);
    assert.deepEqual(
      rowsOf(first.body).map((r) => r.code),
      expected.slice(0, 20),
    );
    assert.equal(linkOf(first.body, 'prev'), undefined);
    assert.match(first.body, /۲۵ درخواست/, 'the total is said');
  });

  test('small pages through the service: forward with `after`, backward with `before`', async () => {
    const expected = await codesInOrder(t, ids.london!);
    const filter = { consulateId: ids.london!, states: OPEN_STATES };
    const forward: string[] = [];
    let after: QueueKey | undefined;
    const keys: (QueueKey | undefined)[] = [];
    for (;;) {
      keys.push(after);
      const page = await t.app.platform.requests.queue(filter, { after }, 4);
      forward.push(...page.items.map((i) => i.trackingCode));
      assert.equal(page.total, 25);
      if (!page.next) break;
      after = page.next;
    }
    assert.deepEqual(forward, expected);
    const backward: string[] = [];
    let before: QueueKey | undefined = {
      submittedAt: new Date('2100-01-01T00:00:00Z'),
      id: 'ffffffff-ffff-7fff-bfff-ffffffffffff',
    };
    for (let guard = 0; before && guard < 20; guard++) {
      const page = await t.app.platform.requests.queue(filter, { before }, 4);
      backward.unshift(...page.items.map((i) => i.trackingCode));
      before = page.previous;
    }
    assert.deepEqual(backward, expected);
  });

  test('a cursor is opaque and checked: anything else is the first page, never an error', async () => {
    const key = {
      submittedAt: new Date('2026-03-01T09:00:00.000Z'),
      id: '01a21086-7b8d-779b-823d-a2c7bc753dc5',
    };
    assert.deepEqual(decodeCursor(encodeCursor(key)), key);
    for (const bad of ['', 'x', '!!!', Buffer.from('yesterday|1').toString('base64url'), 'A'.repeat(500), 42])
      assert.equal(decodeCursor(bad), undefined);
    const agent = await staffAgent(t, officer);
    const expected = (await codesInOrder(t, ids.london!)).slice(0, 20);
    for (const bad of ['garbage', '%00', Buffer.from("' or 1=1 --|x").toString('base64url')]) {
      const page = await agent.get(
        `/staff/queue?after=${encodeURIComponent(bad)}&before=${encodeURIComponent(bad)}`,
      );
      assert.equal(page.statusCode, 200);
      assert.deepEqual(
        rowsOf(page.body).map((r) => r.code),
        expected,
      );
    }
  });
});

describe('the queue: filters, waiting times, assignment and search', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let officer: StaffMember;
  let both: StaffMember;
  let admin: StaffMember;
  const sent: Record<
    'old' | 'middle' | 'new' | 'other',
    { id: string; trackingCode: string; agent: TestAgent }
  > = {} as never;

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    officer = await createStaffMember(t, {
      name: 'Officer London',
      roles: [{ role: 'officer', consulateId: ids.london! }],
    });
    both = await createStaffMember(t, {
      roles: [
        { role: 'officer', consulateId: ids.london! },
        { role: 'officer', consulateId: ids.berlin! },
      ],
    });
    admin = await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] });
    // Waiting 8, 4 and 0 days when the officers look (the service's targets: amber from 3, red from 7).
    sent.old = await submittedRequest(t, SERVICE);
    t.clock.advance(4 * DAY);
    sent.middle = await submittedRequest(t, SERVICE);
    t.clock.advance(4 * DAY);
    sent.new = await submittedRequest(t, SERVICE);
    const otherService = t.app.platform.requests.services.all.find(
      (s) => s.id !== SERVICE && !s.sensitive && s.outcome === 'iran',
    )!;
    sent.other = await submittedRequest(t, otherService.id);
  });
  after(() => t.close());

  test('days waiting with the SLA colour in words, by the service’s own thresholds', async () => {
    const agent = await staffAgent(t, officer);
    const page = await agent.get('/staff/queue');
    assert.equal(page.statusCode, 200);
    const rows = new Map(rowsOf(page.body).map((r) => [r.code, r.html]));
    const tag = (code: string) =>
      /class="sla">[\s\S]*?class="tag tag--(\w+)">([^<]+)</.exec(rows.get(code)!)!;
    assert.deepEqual(tag(sent.old.trackingCode).slice(1), ['red', 'گذشته از موعد']);
    assert.match(rows.get(sent.old.trackingCode)!, /۸ روز/);
    assert.deepEqual(tag(sent.middle.trackingCode).slice(1), ['amber', 'نزدیک به پایان موعد']);
    assert.match(rows.get(sent.middle.trackingCode)!, /۴ روز/);
    assert.deepEqual(tag(sent.new.trackingCode).slice(1), ['green', 'در موعد']);
    // Another service, another target (30 days or more for amber): the same wait is on time there.
    assert.deepEqual(tag(sent.other.trackingCode).slice(1), ['green', 'در موعد']);
    // Oldest first.
    assert.deepEqual([...rows.keys()].slice(0, 3), [
      sent.old.trackingCode,
      sent.middle.trackingCode,
      sent.new.trackingCode,
    ]);
    const english = await agent.get('/staff/queue', {
      cookie: `${[...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; lang=en`,
    });
    assert.match(english.body, />Overdue</);
    assert.match(english.body, />8 days</);
  });

  test('filters: status, service, days waiting, assigned; typed mistakes come back with a message', async () => {
    const agent = await staffAgent(t, officer);
    const codes = async (query: string) => {
      const page = await agent.get(`/staff/queue?consulate=${ids.london}&${query}`);
      assert.equal(page.statusCode, 200, `${query}: ${page.body.slice(0, 200)}`);
      return rowsOf(page.body).map((r) => r.code);
    };
    assert.deepEqual(await codes(`service=${SERVICE}`), [
      sent.old.trackingCode,
      sent.middle.trackingCode,
      sent.new.trackingCode,
    ]);
    assert.deepEqual(await codes('minDays=5'), [sent.old.trackingCode]);
    assert.deepEqual(await codes(`minDays=${toPersianDigits('3')}`), [
      sent.old.trackingCode,
      sent.middle.trackingCode,
    ]);

    // A review started, a request rejected: "open" keeps the first, drops the second.
    const requests = t.app.platform.requests;
    await requests.move({
      requestId: sent.middle.id,
      name: 'start_review',
      by: 'officer',
      actor: `staff:${officer.id}`,
    });
    await requests.move({
      requestId: sent.new.id,
      name: 'start_review',
      by: 'officer',
      actor: `staff:${officer.id}`,
    });
    await requests.move({
      requestId: sent.new.id,
      name: 'reject',
      by: 'officer',
      actor: `staff:${officer.id}`,
      reason: 'Not a university.',
    });
    const open = await codes('');
    assert.ok(open.includes(sent.middle.trackingCode) && !open.includes(sent.new.trackingCode));
    assert.deepEqual(await codes('state=under_review'), [sent.middle.trackingCode]);
    assert.deepEqual(await codes('state=rejected'), [sent.new.trackingCode]);
    assert.equal((await codes('state=all')).length, 4);
    assert.equal((await codes('state=draft')).length, 3, 'an unknown status is the default');

    // Assigned: from the queue itself, back to the same page.
    const back = `/staff/queue?consulate=${ids.london}&assigned=nobody`;
    const list = await agent.get(back);
    assert.ok(rowsOf(list.body).every((r) => r.html.includes('name="to" value="me"')));
    const taken = await agent.post(`/staff/requests/${sent.old.id}/assign`, { to: 'me', back });
    assert.equal(taken.statusCode, 303);
    assert.equal(taken.headers.location, back);
    assert.deepEqual(await codes('assigned=me'), [sent.old.trackingCode]);
    assert.ok(!(await codes('assigned=nobody')).includes(sent.old.trackingCode));
    const mine = await agent.get('/staff/queue?assigned=me');
    assert.match(rowsOf(mine.body)[0]!.html, /Officer London/);
    // Somewhere else to come back to is not followed.
    const elsewhere = await agent.post(`/staff/requests/${sent.middle.id}/assign`, {
      to: 'me',
      back: 'https://evil.example/staff/queue',
    });
    assert.equal(elsewhere.headers.location, `/staff/requests/${sent.middle.id}?done=assigned`);

    const wrong = await agent.get('/staff/queue?minDays=a%20week');
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /class="error-summary"/);
    assert.match(wrong.body, /شمار روزها را با رقم بنویسید/);
    assert.match(wrong.body, /value="a week"/);
  });

  test('consulates: one’s own only; a switcher for people at several; admins choose any', async () => {
    const agent = await staffAgent(t, officer);
    assert.equal((await agent.get(`/staff/queue?consulate=${ids.berlin}`)).statusCode, 404);
    assert.equal((await agent.get('/staff/queue?consulate=nonsense')).statusCode, 404);
    assert.doesNotMatch((await agent.get('/staff/queue')).body, /<select[^>]+name="consulate"/);

    const two = await staffAgent(t, both);
    const page = await two.get('/staff/queue');
    const select = /<select[^>]+name="consulate"[\s\S]*?<\/select>/.exec(page.body)?.[0] ?? '';
    assert.equal((select.match(/<option/g) ?? []).length, 2);
    const berlin = await two.get(`/staff/queue?consulate=${ids.berlin}`);
    assert.equal(berlin.statusCode, 200);
    assert.equal(rowsOf(berlin.body).length, 0);
    assert.match(berlin.body, /درخواستی با این پالایش نیست/);

    const boss = await staffAgent(t, admin);
    const all = await boss.get(`/staff/queue?consulate=${ids.paris}`);
    assert.equal(all.statusCode, 200);
    const options = /<select[^>]+name="consulate"[\s\S]*?<\/select>/.exec(all.body)?.[0] ?? '';
    assert.equal((options.match(/<option/g) ?? []).length, Object.keys(ids).length);
  });

  test('search by tracking code (straight to it), national code or name, at one’s own consulates only', async () => {
    const agent = await staffAgent(t, officer);
    await agent.get('/staff/queue');
    const code = sent.other.trackingCode;
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4, 8)}-${code.slice(8)}`;
    const direct = await agent.post('/staff/search', { q: typed });
    assert.equal(direct.statusCode, 303);
    assert.equal(direct.headers.location, `/staff/requests/${sent.other.id}`);
    assert.equal(
      (await agent.get(`/staff/search?q=${code}`)).headers.location,
      `/staff/requests/${sent.other.id}`,
    );

    const [person] = await t.database.rows<{ first: string; last: string; birth: string }>(
      sql`select a.identity->>'firstName' as first, a.identity->>'lastName' as last, a.identity->>'birthDate' as birth
          from applicants a join service_requests r on r.applicant_id = a.id where r.id = ${sent.old.id}`,
    );
    const demo = DEMO_PEOPLE.find((p) => p.firstName === person!.first && p.lastName === person!.last)!;
    await agent.get('/staff/search');
    const byCode = await agent.post('/staff/search', { q: toPersianDigits(demo.nationalCode) });
    assert.equal(byCode.statusCode, 200);
    assert.deepEqual(
      rowsOf(byCode.body).map((r) => r.code),
      [sent.old.trackingCode],
    );
    assert.ok(!byCode.body.includes(`q=${demo.nationalCode}`), 'the national code is in no link');
    const byName = await agent.post('/staff/search', { q: `${person!.last} ${person!.first}` });
    assert.ok(rowsOf(byName.body).some((r) => r.code === sent.old.trackingCode));

    const empty = await agent.post('/staff/search', { q: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /کد رهگیری، کد ملی یا نام متقاضی را بنویسید/);

    // Berlin's officer finds nothing of London's, not even by its exact tracking code.
    const berlinOfficer = await createStaffMember(t, {
      roles: [{ role: 'officer', consulateId: ids.berlin! }],
    });
    const berlin = await staffAgent(t, berlinOfficer);
    await berlin.get('/staff/queue');
    const none = await berlin.post('/staff/search', { q: code });
    assert.equal(none.statusCode, 200);
    assert.match(none.body, /درخواستی در نمایندگی‌های شما پیدا نشد/);
  });
});
