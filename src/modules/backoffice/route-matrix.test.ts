import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { seedSchedule } from '../appointments/test-helpers.ts';
import { createCatalogService } from '../catalog/service.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from './test-helpers.ts';

/**
 * Every staff route the app registers — found as the app adds them, so a new route is in this test the day it is
 * written — against every kind of person: nobody, an applicant, officers and supervisors of the request's
 * consulate and of another, an admin. Whatever belongs to London is 404 for Berlin's staff, and none of their
 * attempts changes or audits anything of London's.
 */

/** Pages before both factors: they are the way in, open to anyone by design. */
const SIGN_IN = /^\/staff($|\/second-factor|\/enrol|\/new-password)/;

type Route = { method: string; url: string };

describe('every staff route × role × consulate', () => {
  const routes: Route[] = [];
  let t: TestApp;
  let ids: Record<string, string>;
  const agents: Record<string, TestAgent> = {};
  let applicant: TestAgent;
  let london: {
    requestId: string;
    trackingCode: string;
    documentId: string;
    issuedId: string;
    paymentId: string;
    closureId: string;
    staffId: string;
    bookingId: string;
  };

  before(async () => {
    t = await buildTestApp({
      env: {
        ...MANY_APPLICANTS_ENV,
        RATE_LIMIT_VERIFY_PER_MINUTE: '1000',
        RATE_LIMIT_NOT_FOUND_PER_MINUTE: '100000',
      },
      onRoute: (r) => {
        for (const method of [r.method].flat()) {
          if (method !== 'HEAD' && r.url.startsWith('/staff')) routes.push({ method, url: r.url });
        }
      },
    });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    const L = ids.london!;
    const B = ids.berlin!;
    const people = {
      officerLondon: await createStaffMember(t, { roles: [{ role: 'officer', consulateId: L }] }),
      secondLondon: await createStaffMember(t, { roles: [{ role: 'officer', consulateId: L }] }),
      supervisorLondon: await createStaffMember(t, { roles: [{ role: 'supervisor', consulateId: L }] }),
      officerBerlin: await createStaffMember(t, { roles: [{ role: 'officer', consulateId: B }] }),
      supervisorBerlin: await createStaffMember(t, { roles: [{ role: 'supervisor', consulateId: B }] }),
      admin: await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] }),
    };
    for (const [name, member] of Object.entries(people)) agents[name] = await staffAgent(t, member);

    // One London request taken all the way to an issued document, so every kind of id exists.
    const sent = await submittedRequest(t, 'document-attestation');
    applicant = sent.agent;
    const requests = t.app.platform.requests;
    const by = { by: 'officer' as const, actor: `staff:${people.officerLondon.id}` };
    assert.ok((await requests.move({ requestId: sent.id, name: 'start_review', ...by })).ok);
    assert.ok((await requests.move({ requestId: sent.id, name: 'approve', ...by })).ok);
    const officer = agents.officerLondon!;
    await officer.get(`/staff/counter/${sent.id}`);
    assert.equal((await officer.post(`/staff/counter/${sent.id}/check-in`)).statusCode, 303);
    const fee = await requests.forStaff(sent.id, 'all');
    assert.ok(Number(fee?.feeAmount) > 0, 'a service with a fee, so a payment exists');
    {
      await officer.get(`/staff/counter/${sent.id}`);
      const paid = await officer.post(`/staff/counter/${sent.id}/payments`, {
        amount: fee!.feeAmount!,
        method: 'cash',
        receiptNumber: 'R-1001',
      });
      assert.equal(paid.statusCode, 303, paid.body.slice(0, 300));
    }
    await officer.get(`/staff/requests/${sent.id}/issue`);
    const prepared = await officer.post(`/staff/requests/${sent.id}/issue`);
    assert.equal(prepared.statusCode, 303, prepared.body.slice(0, 500));
    const issuedId = String(prepared.headers.location).split('/')[3]!.split('?')[0]!;
    const second = agents.secondLondon!;
    await second.get(`/staff/issued/${issuedId}`);
    assert.equal((await second.post(`/staff/issued/${issuedId}/approve`)).statusCode, 303);
    assert.equal((await requests.forStaff(sent.id, 'all'))?.state, 'issued');

    // A confirmed appointment of the same applicant at London, for the day view's routes.
    await seedSchedule(t.database.db, 'london');
    const visiting = await submittedRequest(t, 'document-attestation', { agent: applicant });
    const [owner] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${visiting.id}`,
    );
    const appointments = t.app.platform.appointments;
    const visit = await appointments.visitFor(owner!.applicant_id, [visiting.id]);
    assert.ok(visit.ok, JSON.stringify(visit));
    const [start] = await appointments.nextStarts(L, visit.visit.group, visit.visit.minutes, 1);
    assert.ok(start, 'a free time at London');
    const held = await appointments.hold({ visit: visit.visit, startsAt: start.startsAt });
    assert.ok(held.ok, JSON.stringify(held));
    assert.ok((await appointments.confirm(owner!.applicant_id, held.booking.id)).ok);

    const [payment] = await t.database.rows<{ id: string }>(
      sql`select id from fee_payments where request_id = ${sent.id}`,
    );
    const documents = await t.app.platform.documents.forRequest(sent.id);
    const closures = await createCatalogService(t.database.db).closures(L);
    london = {
      requestId: sent.id,
      trackingCode: sent.trackingCode,
      documentId: [...documents.values()][0]!.id,
      issuedId,
      paymentId: payment!.id,
      closureId: closures[0]!.id,
      staffId: people.officerLondon.id,
      bookingId: held.booking.id,
    };
    // Every POST of these agents carries a valid CSRF token: the refusal must come from the rules, not the form.
    for (const a of [...Object.values(agents), applicant]) await a.get('/staff/account');
  });

  after(() => t.close());

  /** The route with London's ids in its parameters. */
  function pathOf(route: Route): string {
    return route.url
      .replace('/staff/requests/:id', `/staff/requests/${london.requestId}`)
      .replace('/staff/documents/:id', `/staff/documents/${london.documentId}`)
      .replace('/staff/issued/:id', `/staff/issued/${london.issuedId}`)
      .replace('/staff/admin/staff/:id', `/staff/admin/staff/${london.staffId}`)
      .replace('/staff/admin/consulates/:id', `/staff/admin/consulates/${ids.london}`)
      .replace('/staff/appointments/:id', `/staff/appointments/${london.bookingId}`)
      .replace(':closureId', london.closureId)
      .replace(':requestId', london.requestId)
      .replace(':paymentId', london.paymentId)
      .replace(':name', 'approve')
      .replace('/passkeys/:id', '/passkeys/00000000-0000-7000-8000-000000000000');
  }

  const call = (agent: TestAgent, route: Route, path = pathOf(route)) =>
    route.method === 'GET' ? agent.get(path) : agent.post(path, {});

  const guarded = () => routes.filter((r) => !SIGN_IN.test(r.url));
  const isAdminRoute = (r: Route) => r.url.startsWith('/staff/admin') || r.url.startsWith('/staff/audit');
  const isOwnAccount = (r: Route) => r.url.startsWith('/staff/account');

  test('the app has the back office routes this test walks', () => {
    assert.ok(guarded().length >= 60, `${guarded().length} guarded staff routes`);
    for (const r of guarded())
      assert.doesNotMatch(pathOf(r), /:[a-z]/i, `${r.url} has a parameter this test fills`);
  });

  test('nobody signed in, and an applicant, never get a staff page or change anything', async () => {
    const anonymous = t.agent();
    await anonymous.get('/');
    for (const route of guarded()) {
      for (const [who, agent] of [
        ['anonymous', anonymous],
        ['applicant', applicant],
      ] as const) {
        const res = await call(agent, route);
        assert.ok(
          res.statusCode === 303 || res.statusCode === 401 || res.statusCode === 404,
          `${who} ${route.method} ${route.url} → ${res.statusCode}`,
        );
        if (res.statusCode === 303) assert.equal(res.headers.location, '/staff', `${who} ${route.url}`);
      }
    }
  });

  test("Berlin's officer and supervisor: every London record is 404, and nothing of London's shows or changes", async () => {
    const [before] = await t.database.rows<Record<string, unknown>>(
      sql`select state, version, assigned_to, fee_paid_at,
            (select count(*)::int from request_notes where request_id = ${london.requestId}) as notes,
            (select count(*)::int from fee_payments where request_id = ${london.requestId}) as payments,
            (select state from issued_documents where id = ${london.issuedId}) as issued,
            (select state from bookings where id = ${london.bookingId}) as booking
          from service_requests where id = ${london.requestId}`,
    );
    const code = london.trackingCode;
    const shown = [code, `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`];
    for (const who of ['officerBerlin', 'supervisorBerlin'] as const) {
      const agent = agents[who]!;
      for (const route of guarded()) {
        if (isOwnAccount(route)) continue;
        const res = await call(agent, route);
        const where = `${who} ${route.method} ${route.url} → ${res.statusCode}`;
        if (route.url.includes(':') || isAdminRoute(route)) {
          assert.equal(res.statusCode, 404, where);
        } else if (route.method === 'GET') {
          assert.ok(!shown.some((c) => res.body.includes(c)), `${where} shows London's tracking code`);
        }
      }
      // Asking for London's data by query string is not a way round.
      for (const path of [
        `/staff/queue?consulate=${ids.london}`,
        `/staff/statistics?consulate=${ids.london}`,
        `/staff/statistics.csv?consulate=${ids.london}`,
        `/staff/appointments?consulate=${ids.london}`,
      ]) {
        const res = await agent.get(path);
        assert.ok(!shown.some((c) => res.body.includes(c)), `${who} ${path} shows London's tracking code`);
        if (path.includes('statistics') && res.statusCode === 200) {
          assert.doesNotMatch(res.body, /London|لندن/, `${who} ${path} shows London's figures`);
        }
      }
      // Searching and checking in by London's tracking code finds nothing.
      await agent.get('/staff/counter');
      assert.equal((await agent.post('/staff/counter', { code })).statusCode, 404, `${who} counter`);
      await agent.get('/staff/queue');
      const search = await agent.post('/staff/search', { q: code });
      assert.notEqual(search.statusCode, 303, `${who} search must not lead to London's request`);
    }
    const [after] = await t.database.rows<Record<string, unknown>>(
      sql`select state, version, assigned_to, fee_paid_at,
            (select count(*)::int from request_notes where request_id = ${london.requestId}) as notes,
            (select count(*)::int from fee_payments where request_id = ${london.requestId}) as payments,
            (select state from issued_documents where id = ${london.issuedId}) as issued,
            (select state from bookings where id = ${london.bookingId}) as booking
          from service_requests where id = ${london.requestId}`,
    );
    assert.deepEqual(after, before, "London's request is as it was");
    const berlin = [agents.officerBerlin!, agents.supervisorBerlin!];
    const actors = await Promise.all(berlin.map(async (a) => (await a.get('/staff/account')).statusCode));
    assert.deepEqual(actors, [200, 200]);
    const audited = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log
          where subject = ${`request:${london.requestId}`} and actor in (
            select 'staff:' || staff_id from staff_roles where consulate_id = ${ids.berlin}
          )`,
    );
    assert.equal(audited[0]?.n, 0, "no audit row of Berlin's staff on London's request");
    const marked = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log
          where subject = ${`appointment:${london.bookingId}`} and actor in (
            select 'staff:' || staff_id from staff_roles where consulate_id = ${ids.berlin}
          )`,
    );
    assert.equal(marked[0]?.n, 0, "nobody of Berlin marked London's appointment");
  });

  test("London's officer opens every London page except administration and statistics; the admin opens all", async () => {
    for (const route of guarded()) {
      if (route.method !== 'GET' || isOwnAccount(route)) continue;
      const officer = await agents.officerLondon!.get(pathOf(route));
      const expected = isAdminRoute(route) || route.url.startsWith('/staff/statistics') ? 404 : 200;
      assert.equal(officer.statusCode, expected, `officer London GET ${route.url}`);
      const admin = await agents.admin!.get(pathOf(route));
      assert.equal(admin.statusCode, 200, `admin GET ${route.url}`);
      if (route.url.startsWith('/staff/statistics')) {
        const supervisor = await agents.supervisorLondon!.get(pathOf(route));
        assert.equal(supervisor.statusCode, 200, `supervisor London GET ${route.url}`);
      }
    }
  });
});
