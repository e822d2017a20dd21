import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import type { TestAgent, TestApp } from '../../test-support/app.ts';
import { buildTestApp } from '../../test-support/app.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from './test-helpers.ts';

/**
 * Who may open what in the queue and the review, from one table: every route of this part × every kind of person
 * × the consulate the record belongs to. 404 for a record of another consulate (never 403: it does not exist for
 * them); 303 to the staff sign-in for anyone who is not signed in as staff.
 */

const PEOPLE = [
  'officerLondon',
  'officerBerlin',
  'supervisorLondon',
  'admin',
  'applicant',
  'nobody',
] as const;
type Person = (typeof PEOPLE)[number];
type Expect = Record<Person, number>;

/** Staff of London see London's; Berlin's officer sees Berlin's; the admin sees all; the rest are sent to sign in. */
const LONDON: Expect = {
  officerLondon: 200,
  officerBerlin: 404,
  supervisorLondon: 200,
  admin: 200,
  applicant: 303,
  nobody: 303,
};
const BERLIN: Expect = { ...LONDON, officerLondon: 404, officerBerlin: 200, supervisorLondon: 404 };
const EVERY_STAFF: Expect = { ...LONDON, officerBerlin: 200 };
/** A change accepted: 303 back to the page. */
const changed = (e: Expect): Expect =>
  Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v === 200 ? 303 : v])) as Expect;
/** A form without the version its page carried: a conflict for those who may act, nothing changes. */
const stale = (e: Expect): Expect =>
  Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v === 200 ? 409 : v])) as Expect;

/** A search by London's tracking code: straight to it for London's staff, nothing found for Berlin's. */
const FOUND: Expect = { ...changed(LONDON), officerBerlin: 200 };

type Row = { method: 'GET' | 'POST'; path: string; body?: Record<string, string>; expect: Expect };

describe('authorization of the queue and the review', () => {
  let t: TestApp;
  const agents = {} as Record<Person, TestAgent>;
  const members: Record<string, string> = {};
  let rows: Row[];
  let london: { id: string; trackingCode: string };
  let berlin: { id: string };

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    await seedDemo(t.database.db);
    const ids = await consulateIds(t);
    const applicantRequest = await submittedRequest(t);
    london = applicantRequest;
    // A second request moved to Berlin: the same applicant, another consulate's record.
    berlin = await submittedRequest(t, undefined, { agent: applicantRequest.agent });
    await t.database.rows(
      sql`update service_requests set consulate_id = ${ids.berlin!} where id = ${berlin.id}`,
    );

    const staff = {
      officerLondon: [{ role: 'officer' as const, consulateId: ids.london! }],
      officerBerlin: [{ role: 'officer' as const, consulateId: ids.berlin! }],
      supervisorLondon: [{ role: 'supervisor' as const, consulateId: ids.london! }],
      admin: [{ role: 'admin' as const, consulateId: null }],
    };
    for (const [who, roles] of Object.entries(staff)) {
      const member = await createStaffMember(t, { roles });
      members[who] = member.id;
      agents[who as Person] = await staffAgent(t, member);
    }
    agents.applicant = applicantRequest.agent;
    agents.nobody = t.agent();

    const doc = async (requestId: string) =>
      (
        await t.database.rows<{ id: string }>(
          sql`select id from documents where request_id = ${requestId} limit 1`,
        )
      )[0]!.id;
    const [photo] = await t.database.rows<{ id: string }>(
      sql`select d.id from documents d join service_requests r on r.applicant_id = d.owner_id
          where r.id = ${london.id} and d.kind = 'photo' and d.superseded_at is null`,
    );
    const londonDoc = await doc(london.id);
    const berlinDoc = await doc(berlin.id);

    rows = [
      { method: 'GET', path: '/staff/queue', expect: EVERY_STAFF },
      { method: 'GET', path: `/staff/queue?consulate=${ids.london}`, expect: LONDON },
      { method: 'GET', path: `/staff/queue?consulate=${ids.berlin}`, expect: BERLIN },
      { method: 'GET', path: '/staff/search', expect: EVERY_STAFF },
      // Found at one's own consulates (straight to it), not at another's (an empty result, not the request).
      { method: 'GET', path: `/staff/search?q=${london.trackingCode}`, expect: FOUND },
      { method: 'GET', path: `/staff/requests/${london.id}`, expect: LONDON },
      { method: 'GET', path: `/staff/requests/${berlin.id}`, expect: BERLIN },
      { method: 'GET', path: `/staff/documents/${londonDoc}`, expect: LONDON },
      { method: 'GET', path: `/staff/documents/${londonDoc}/thumbnail`, expect: LONDON },
      { method: 'GET', path: `/staff/documents/${berlinDoc}`, expect: BERLIN },
      // The applicant's photo: they have a request at both, so both consulates' staff may see it.
      { method: 'GET', path: `/staff/documents/${photo!.id}/thumbnail`, expect: EVERY_STAFF },
      {
        method: 'POST',
        path: '/staff/search',
        body: { q: london.trackingCode },
        expect: FOUND,
      },
      {
        method: 'POST',
        path: `/staff/requests/${london.id}/notes`,
        body: { note: 'A note.' },
        expect: changed(LONDON),
      },
      {
        method: 'POST',
        path: `/staff/requests/${berlin.id}/notes`,
        body: { note: 'A note.' },
        expect: changed(BERLIN),
      },
      {
        method: 'POST',
        path: `/staff/requests/${london.id}/assign`,
        body: { to: 'me' },
        expect: changed(LONDON),
      },
      {
        method: 'POST',
        path: `/staff/requests/${berlin.id}/assign`,
        body: { to: 'me' },
        expect: changed(BERLIN),
      },
      {
        method: 'POST',
        path: `/staff/requests/${london.id}/transitions/start_review`,
        expect: stale(LONDON),
      },
      {
        method: 'POST',
        path: `/staff/requests/${berlin.id}/transitions/start_review`,
        expect: stale(BERLIN),
      },
    ];
    // Every agent holds a page's CSRF token before it posts, as a browser would.
    for (const who of PEOPLE)
      await agents[who].get(who === 'applicant' || who === 'nobody' ? '/' : '/staff/queue');
  });
  after(() => t.close());

  test('every route × every person × consulate answers as the table says', async () => {
    const wrong: string[] = [];
    for (const row of rows) {
      for (const who of PEOPLE) {
        const agent = agents[who];
        const res =
          row.method === 'GET' ? await agent.get(row.path) : await agent.post(row.path, row.body ?? {});
        if (res.statusCode !== row.expect[who])
          wrong.push(`${row.method} ${row.path} as ${who}: ${res.statusCode}, expected ${row.expect[who]}`);
        if (res.statusCode === 303 && row.expect[who] === 303 && (who === 'applicant' || who === 'nobody'))
          assert.equal(res.headers.location, '/staff', `${row.path} as ${who} goes to the staff sign-in`);
        // A 404 says nothing of the record.
        if (res.statusCode === 404) assert.ok(!res.body.includes(london.trackingCode));
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('nothing of another consulate changed: no notes, no assignment, no state change', async () => {
    const [row] = await t.database.rows<{ state: string; assigned_to: string | null; notes: number }>(
      sql`select state, assigned_to, (select count(*)::int from request_notes n where n.request_id = r.id) as notes
          from service_requests r where id = ${berlin.id}`,
    );
    // Berlin's officer and the admin wrote and took it (the admin last); London's staff were refused.
    assert.equal(row!.state, 'submitted');
    assert.equal(row!.notes, 2);
    assert.equal(row!.assigned_to, members.admin);
  });

  test('a staff member with no role at any consulate has no queue', async () => {
    const none = await staffAgent(t, await createStaffMember(t, { roles: [] }));
    assert.equal((await none.get('/staff/queue')).statusCode, 404);
    assert.equal((await none.get('/staff/search')).statusCode, 404);
    assert.equal((await none.get(`/staff/requests/${london.id}`)).statusCode, 404);
  });
});
