import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { toPersianDigits } from '../../platform/i18n/digits.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { parseAmount } from './counter-service.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from './test-helpers.ts';

type Submitted = Awaited<ReturnType<typeof submittedRequest>>;

test('parseAmount: positive decimals with at most two places, in any digits', () => {
  assert.equal(parseAmount('86'), '86');
  assert.equal(parseAmount(' 86.50 '), '86.5');
  assert.equal(parseAmount('۸۶٫۵۰'), '86.5');
  assert.equal(parseAmount('86,05'), '86.05');
  assert.equal(parseAmount('0086.00'), '86');
  assert.equal(parseAmount('0.5'), '0.5');
  for (const bad of ['', '0', '0.00', '-5', '12.345', 'abc', '1,000.50', '1e3', '.5', '5.', '٫']) {
    assert.equal(parseAmount(bad), undefined, bad);
  }
});

describe('the counter', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let officerLondon: StaffMember;
  let officerBerlin: StaffMember;
  let london: TestAgent;
  let berlin: TestAgent;
  let academic: Submitted;
  let poa: Submitted;

  before(async () => {
    t = await buildTestApp({ env: { ...MANY_APPLICANTS_ENV, RATE_LIMIT_NOT_FOUND_PER_MINUTE: '100000' } });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    officerLondon = await createStaffMember(t, {
      name: 'Officer London',
      roles: [{ role: 'officer', consulateId: ids.london! }],
    });
    officerBerlin = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.berlin! }] });
    academic = await submittedRequest(t);
    poa = await submittedRequest(t, 'power-of-attorney');
    london = await staffAgent(t, officerLondon);
    berlin = await staffAgent(t, officerBerlin);
  });
  after(() => t.close());

  const audits = (action: string, requestId: string) =>
    t.database.rows<{ actor: string; details: Record<string, unknown> }>(
      sql`select actor, details from audit_log where action = ${action} and subject = ${`request:${requestId}`}
          order by id`,
    );

  test('finds a request by its tracking code typed with spaces, dashes and Persian digits', async () => {
    const code = academic.trackingCode;
    const typed = toPersianDigits(`${code.slice(0, 4)} ${code.slice(4, 8).toLowerCase()}-${code.slice(8)}`);
    const page = await london.get('/staff/counter');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="code"/);
    assert.match(page.body, /counter-scan\.js/);
    const found = await london.post('/staff/counter', { code: typed });
    assert.equal(found.statusCode, 303);
    assert.equal(found.headers.location, `/staff/counter/${academic.id}`);
  });

  test("another consulate's request, a wrong code and a name are all simply not found, typed value kept", async () => {
    await berlin.get('/staff/counter');
    const other = await berlin.post('/staff/counter', { code: academic.trackingCode });
    const wrong = await london.post('/staff/counter', { code: 'ABCD-EFGH-JKLM' });
    for (const res of [other, wrong]) {
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /error-summary/);
      assert.match(res.body, /در نمایندگی شما پیدا نشد/);
    }
    assert.match(other.body, new RegExp(`value="${academic.trackingCode}"`));
    assert.match(wrong.body, /value="ABCD-EFGH-JKLM"/);
    // Same words for both: "not yours" is not told apart from "not there".
    const summary = (body: string) => /<ul class="error-summary__list">[\s\S]*?<\/ul>/.exec(body)?.[0];
    assert.equal(summary(other.body), summary(wrong.body));
    const empty = await london.post('/staff/counter', { code: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /کد رهگیری را وارد کنید/);
    const name = await london.post('/staff/counter', { code: 'Ali Rezaei' });
    assert.equal(name.statusCode, 404);
  });

  test('the visit page is audited, and checking in is recorded and audited', async () => {
    const page = await london.get(`/staff/counter/${academic.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`href="/staff/requests/${academic.id}"`));
    assert.match(page.body, new RegExp(`action="/staff/counter/${academic.id}/check-in"`));
    // Nothing but the check-in can be done before it.
    assert.doesNotMatch(page.body, /name="amount"/);
    assert.doesNotMatch(page.body, /name="originals"/);
    assert.ok(
      (await audits('request.view', academic.id)).some((a) => a.actor === `staff:${officerLondon.id}`),
    );

    const checkedIn = await london.post(`/staff/counter/${academic.id}/check-in`);
    assert.equal(checkedIn.statusCode, 303);
    const [visit] = await t.database.rows<{ checked_in_by: string }>(
      sql`select checked_in_by from counter_visits where request_id = ${academic.id}`,
    );
    assert.equal(visit?.checked_in_by, officerLondon.id);
    assert.equal((await audits('counter.check_in', academic.id)).length, 1);
    const after = await london.get(String(checkedIn.headers.location));
    assert.match(after.body, /Officer London/);
    assert.match(after.body, /name="originals"/);
  });

  test('the originals checklist comes from the service and is saved (unknown keys ignored)', async () => {
    const page = await london.get(`/staff/counter/${academic.id}`);
    // The passport, the residence permit the service relies on, and the request's own certificate.
    for (const key of ['passport', 'residence_permit', 'request:certificate']) {
      assert.match(page.body, new RegExp(`name="originals" type="checkbox" value="${key}"`), key);
    }
    const saved = await london.post(`/staff/counter/${academic.id}/originals`, {
      originals: ['passport', 'request:certificate', 'not-on-the-list'],
    });
    assert.equal(saved.statusCode, 303);
    const [row] = await t.database.rows<{ originals_seen: string[] }>(
      sql`select originals_seen from counter_visits where request_id = ${academic.id}`,
    );
    assert.deepEqual(row?.originals_seen, ['passport', 'request:certificate']);
    const again = await london.get(`/staff/counter/${academic.id}`);
    assert.match(again.body, /value="passport" checked/);
    assert.doesNotMatch(again.body, /value="residence_permit" checked/);
  });

  test('a free service takes no payment', async () => {
    const page = await london.get(`/staff/counter/${academic.id}`);
    assert.match(page.body, /این خدمت هزینه ندارد/);
    assert.doesNotMatch(page.body, /name="amount"/);
  });

  test('a payment with mistakes comes back with messages and what was typed', async () => {
    await london.get(`/staff/counter/${poa.id}`);
    assert.equal((await london.post(`/staff/counter/${poa.id}/check-in`)).statusCode, 303);
    await london.get(`/staff/counter/${poa.id}`);
    const res = await london.post(`/staff/counter/${poa.id}/payments`, {
      amount: '12.345',
      receiptNumber: '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /error-summary/);
    assert.match(res.body, /value="12.345"/);
    assert.match(res.body, /href="#f-amount"/);
    assert.match(res.body, /href="#f-method"/);
    assert.match(res.body, /href="#f-receiptNumber"/);
    const typed = await london.post(`/staff/counter/${poa.id}/payments`, {
      amount: '-3',
      method: 'card',
      receiptNumber: 'R-77',
    });
    assert.equal(typed.statusCode, 400);
    assert.match(typed.body, /value="-3"/);
    assert.match(typed.body, /value="card" checked/);
    assert.match(typed.body, /value="R-77"/);
    const [paid] = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from fee_payments where request_id = ${poa.id}`,
    );
    assert.equal(paid?.n, 0);
  });

  let paymentId = '';

  test('a payment is recorded, the fee marked paid and audited, all at once; a second needs confirming', async () => {
    await london.get(`/staff/counter/${poa.id}`);
    const res = await london.post(`/staff/counter/${poa.id}/payments`, {
      amount: '۸۶٫۵۰',
      method: 'cash',
      receiptNumber: 'RB-۱۲۳',
    });
    assert.equal(res.statusCode, 303);
    paymentId = /payment=([0-9a-f-]{36})/.exec(String(res.headers.location))?.[1] ?? '';
    assert.ok(paymentId);
    const [row] = await t.database.rows<{
      amount: string;
      currency: string;
      method: string;
      receipt_number: string;
      recorded_by: string;
      consulate_id: string;
    }>(sql`select * from fee_payments where id = ${paymentId}`);
    assert.equal(Number(row?.amount), 86.5);
    assert.equal(row?.currency, 'GBP');
    assert.equal(row?.method, 'cash');
    assert.equal(row?.receipt_number, 'RB-123');
    assert.equal(row?.recorded_by, officerLondon.id);
    assert.equal(row?.consulate_id, ids.london);
    const [request] = await t.database.rows<{ fee_paid_at: Date | null }>(
      sql`select fee_paid_at from service_requests where id = ${poa.id}`,
    );
    assert.ok(request?.fee_paid_at);
    const [audit] = await audits('counter.payment', poa.id);
    assert.equal(audit?.details.payment, paymentId);
    assert.equal(audit?.details.method, 'cash');

    const page = await london.get(String(res.headers.location));
    assert.match(page.body, new RegExp(`/staff/counter/${poa.id}/payments/${paymentId}`));
    assert.match(page.body, /name="again"/);

    const second = await london.post(`/staff/counter/${poa.id}/payments`, {
      amount: '10',
      method: 'card',
      receiptNumber: 'T-9',
    });
    assert.equal(second.statusCode, 409);
    assert.match(second.body, /پیش‌تر پرداخت شده است/);
    assert.match(second.body, /value="T-9"/);
    const confirmed = await london.post(`/staff/counter/${poa.id}/payments`, {
      amount: '10',
      method: 'card',
      receiptNumber: 'T-9',
      again: 'yes',
    });
    assert.equal(confirmed.statusCode, 303);
    const payments = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from fee_payments where request_id = ${poa.id}`,
    );
    assert.equal(payments[0]?.n, 2);
    const [still] = await t.database.rows<{ fee_paid_at: Date }>(
      sql`select fee_paid_at from service_requests where id = ${poa.id}`,
    );
    assert.equal(new Date(still!.fee_paid_at).getTime(), new Date(request!.fee_paid_at!).getTime());
    const trail = await audits('counter.payment', poa.id);
    assert.deepEqual(
      trail.map((a) => a.details.again),
      [false, true],
    );
  });

  test('the printable payment receipt: consulate, code, service, amount, method, number, officer, both calendars', async () => {
    const res = await london.get(`/staff/counter/${poa.id}/payments/${paymentId}`);
    assert.equal(res.statusCode, 200);
    const code = poa.trackingCode;
    assert.ok(res.body.includes(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`));
    assert.match(res.body, /رسید پرداخت/);
    assert.match(res.body, /RB-123/);
    assert.match(res.body, /Officer London/);
    assert.match(res.body, /نقدی/);
    assert.match(res.body, /۸۶٫۵/);
    assert.match(res.body, /لندن|London/);
    // 1 March 2026 is 10 Esfand 1404.
    assert.match(res.body, /اسفند ۱۴۰۴/);
    assert.match(res.body, /مارس ۲۰۲۶/);
    assert.match(res.body, /data-counter-print/);
    const english = t.agent();
    for (const [k, v] of london.cookies) english.cookies.set(k, v);
    english.cookies.set('lang', 'en');
    const en = await english.get(`/staff/counter/${poa.id}/payments/${paymentId}`);
    assert.match(en.body, /1 March 2026/);
    assert.match(en.body, /Esfand 10, 1404/);
    assert.ok(
      (await audits('request.view', poa.id)).some((a) => a.details.page === 'payment-receipt'),
      'opening the receipt is audited',
    );
    for (const url of [
      `/staff/counter/${poa.id}/payments/00000000-0000-7000-8000-000000000000`,
      `/staff/counter/${poa.id}/payments/not-an-id`,
      `/staff/counter/${academic.id}/payments/${paymentId}`,
    ]) {
      assert.equal((await london.get(url)).statusCode, 404, url);
    }
    assert.equal((await berlin.get(`/staff/counter/${poa.id}/payments/${paymentId}`)).statusCode, 404);
  });

  test('a power of attorney: the signature made in the officer’s presence, recorded once with who and when', async () => {
    const page = await london.get(`/staff/counter/${poa.id}`);
    assert.match(page.body, new RegExp(`action="/staff/counter/${poa.id}/signature"`));
    // The principal in person: the service's own item on the checklist.
    assert.match(page.body, /حضور شخص موکل/);
    t.clock.advance(60_000);
    const signed = await london.post(`/staff/counter/${poa.id}/signature`);
    assert.equal(signed.statusCode, 303);
    const [visit] = await t.database.rows<{ signature_witnessed_by: string; signature_witnessed_at: Date }>(
      sql`select signature_witnessed_by, signature_witnessed_at from counter_visits where request_id = ${poa.id}`,
    );
    assert.equal(visit?.signature_witnessed_by, officerLondon.id);
    assert.equal(new Date(visit!.signature_witnessed_at).getTime(), t.clock.now().getTime());
    const done = await london.get(`/staff/counter/${poa.id}`);
    assert.doesNotMatch(done.body, new RegExp(`action="/staff/counter/${poa.id}/signature"`));
    assert.match(done.body, /در حضور Officer London|در حضور <bdi>/);
    // Pressing again keeps the first record.
    t.clock.advance(60_000);
    await london.post(`/staff/counter/${poa.id}/signature`);
    const [same] = await t.database.rows<{ signature_witnessed_at: Date }>(
      sql`select signature_witnessed_at from counter_visits where request_id = ${poa.id}`,
    );
    assert.equal(
      new Date(same!.signature_witnessed_at).getTime(),
      new Date(visit!.signature_witnessed_at).getTime(),
    );
    assert.equal((await audits('counter.signature', poa.id)).length, 1);
  });

  test('other services offer no signature, and refuse one', async () => {
    const page = await london.get(`/staff/counter/${academic.id}`);
    assert.doesNotMatch(page.body, /\/signature"/);
    assert.equal((await london.post(`/staff/counter/${academic.id}/signature`)).statusCode, 404);
  });

  test('a closed request says why and cannot be checked in', async () => {
    const closed = await submittedRequest(t, undefined, { agent: academic.agent });
    const actor = `staff:${officerLondon.id}`;
    const moves = t.app.platform.requests;
    assert.ok((await moves.move({ requestId: closed.id, name: 'start_review', by: 'officer', actor })).ok);
    assert.ok(
      (
        await moves.move({
          requestId: closed.id,
          name: 'reject',
          by: 'officer',
          actor,
          reason: 'Not eligible',
        })
      ).ok,
    );
    const page = await london.get(`/staff/counter/${closed.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /رد شده/);
    assert.match(page.body, /کار آن تمام شده/);
    assert.doesNotMatch(page.body, /\/check-in"/);
    await london.post(`/staff/counter/${closed.id}/check-in`);
    const rows = await t.database.rows(sql`select 1 from counter_visits where request_id = ${closed.id}`);
    assert.equal(rows.length, 0);
  });

  test('the visit page in English, with the fee in pounds and the euro tariff', async () => {
    const english = t.agent();
    for (const [k, v] of london.cookies) english.cookies.set(k, v);
    english.cookies.set('lang', 'en');
    const page = await english.get(`/staff/counter/${poa.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Amount due/);
    assert.match(page.body, /£\d+ \(tariff: €\d+\)/);
    assert.match(page.body, /Signed/);
  });

  test('authorization: every counter and statistics route for each kind of person', async () => {
    const supervisorLondon = await createStaffMember(t, {
      roles: [{ role: 'supervisor', consulateId: ids.london! }],
    });
    const admin = await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] });
    const [payment] = await t.database.rows<{ id: string }>(
      sql`select id from fee_payments where request_id = ${poa.id} limit 1`,
    );
    const nobody = t.agent();
    await nobody.get('/');
    const people: Record<string, TestAgent> = {
      'officer London': london,
      'officer Berlin': berlin,
      'supervisor London': await staffAgent(t, supervisorLondon),
      admin: await staffAgent(t, admin),
      applicant: poa.agent,
      'no session': nobody,
    };
    for (const [who, agent] of Object.entries(people)) {
      if (who !== 'applicant' && who !== 'no session') await agent.get('/staff/counter');
    }
    /** ok: 200; done: 303 within the back office; signin: 303 to the staff sign-in; missing: 404. */
    type Outcome = 'ok' | 'done' | 'signin' | 'missing';
    const visit = `/staff/counter/${poa.id}`;
    const counterRule = (who: string, here: Outcome): Outcome =>
      who === 'applicant' || who === 'no session' ? 'signin' : who === 'officer Berlin' ? 'missing' : here;
    const routes: {
      method: 'GET' | 'POST';
      url: string;
      form?: Record<string, string>;
      expect(who: string): Outcome;
    }[] = [
      {
        method: 'GET',
        url: '/staff/counter',
        // Every officer has a counter; what it finds is their consulate's.
        expect: (w) => (w === 'applicant' || w === 'no session' ? 'signin' : 'ok'),
      },
      {
        method: 'POST',
        url: '/staff/counter',
        form: { code: poa.trackingCode },
        expect: (w) => counterRule(w, 'done'),
      },
      { method: 'GET', url: visit, expect: (w) => counterRule(w, 'ok') },
      { method: 'POST', url: `${visit}/check-in`, expect: (w) => counterRule(w, 'done') },
      {
        method: 'POST',
        url: `${visit}/originals`,
        form: { originals: 'passport' },
        expect: (w) => counterRule(w, 'done'),
      },
      {
        method: 'POST',
        url: `${visit}/payments`,
        form: { amount: '5', method: 'card', receiptNumber: 'M-1', again: 'yes' },
        expect: (w) => counterRule(w, 'done'),
      },
      { method: 'GET', url: `${visit}/payments/${payment!.id}`, expect: (w) => counterRule(w, 'ok') },
      { method: 'POST', url: `${visit}/signature`, expect: (w) => counterRule(w, 'done') },
      ...['/staff/statistics', `/staff/statistics.csv?consulate=${ids.london}`].map((url) => ({
        method: 'GET' as const,
        url,
        expect: (w: string): Outcome =>
          w === 'applicant' || w === 'no session'
            ? 'signin'
            : w === 'supervisor London' || w === 'admin'
              ? 'ok'
              : 'missing',
      })),
    ];
    const problems: string[] = [];
    for (const route of routes) {
      for (const [who, agent] of Object.entries(people)) {
        const res =
          route.method === 'GET' ? await agent.get(route.url) : await agent.post(route.url, route.form ?? {});
        const location = String(res.headers.location ?? '');
        const got: Outcome | string =
          res.statusCode === 200
            ? 'ok'
            : res.statusCode === 404
              ? 'missing'
              : res.statusCode === 303
                ? location === '/staff'
                  ? 'signin'
                  : location.startsWith('/staff/')
                    ? 'done'
                    : `303 ${location}`
                : String(res.statusCode);
        const want = route.expect(who);
        if (got !== want) problems.push(`${route.method} ${route.url} as ${who}: ${got}, expected ${want}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
