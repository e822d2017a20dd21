import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { latestCode, queuedEmails } from '../../test-support/mail.ts';
import { registerActive } from '../accounts/test-helpers.ts';
import { formatMoney } from '../catalog/fees.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import { fillRequest } from './test-helpers.ts';
import { normalizeTrackingCode } from './tracking-code.ts';

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1995);
let next = 0;
const person = () => adults[next++]!;
const DAY = 24 * 3600_000;

describe('service requests over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({
      env: {
        IDENTITY_ATTEMPTS_PER_DAY: '1000',
        IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
        RATE_LIMIT_POST_PER_MINUTE: '10000',
      },
    });
    await seedDemo(t.database.db);
  });
  after(() => t.close());

  const active = async () => {
    const p = person();
    return registerActive(t, p, `requests${next}@example.org`);
  };
  const submitOf = async (agent: Awaited<ReturnType<typeof active>>, id: string) => {
    const check = await agent.get(`/requests/${id}/check`);
    assert.equal(check.statusCode, 200);
    const key = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1];
    assert.ok(key);
    return key;
  };

  test('every service can be started, answered, checked and sent; a tracking code comes back', async () => {
    const agent = await active();
    for (const service of t.app.platform.requests.services.all) {
      if (service.sensitive) continue; // needs a recent sign-in: its own test
      const id = await fillRequest(t, agent, service.id);
      const key = await submitOf(agent, id);
      const sent = await agent.post(`/requests/${id}/submit`, { submitKey: key });
      assert.equal(sent.statusCode, 303, `${service.id}: ${sent.body.slice(0, 3000)}`);
      assert.equal(sent.headers.location, `/requests/${id}/sent`);
      const page = await agent.get(`/requests/${id}/sent`);
      const code = /class="tracking-code">([A-Z0-9-]+)</.exec(page.body)?.[1];
      assert.ok(code && normalizeTrackingCode(code), `${service.id}: a valid tracking code is shown`);
    }
  });

  test('sending twice (double click, back button, retry) makes one request with one tracking code', async () => {
    const agent = await active();
    const id = await fillRequest(t, agent, 'academic-document-confirmation');
    const key = await submitOf(agent, id);
    const [a, b] = await Promise.all([
      agent.post(`/requests/${id}/submit`, { submitKey: key }),
      agent.post(`/requests/${id}/submit`, { submitKey: key }),
    ]);
    assert.equal(a.statusCode, 303);
    assert.equal(b.statusCode, 303);
    const again = await agent.post(`/requests/${id}/submit`, { submitKey: key });
    assert.equal(again.headers.location, `/requests/${id}/sent`);
    const rows = await t.database.rows<{ n: number; codes: number }>(
      sql`select count(*)::int as n, count(distinct tracking_code)::int as codes from service_requests where id = ${id}`,
    );
    assert.deepEqual(rows[0], { n: 1, codes: 1 });
    const versions = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from request_versions where request_id = ${id}`,
    );
    assert.equal(versions[0]?.n, 1);
  });

  test('the receipt: a printable page with the QR code and a PDF; nobody else can read either', async () => {
    const agent = await active();
    const id = await fillRequest(t, agent, 'medical-documents');
    await agent.post(`/requests/${id}/submit`, { submitKey: await submitOf(agent, id) });
    const [row] = await t.database.rows<{ tracking_code: string }>(
      sql`select tracking_code from service_requests where id = ${id}`,
    );
    const page = await agent.get(`/requests/${id}/receipt`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(row!.tracking_code.slice(0, 4)));
    assert.match(page.body, /src="data:image\/svg\+xml;base64,/);
    const pdf = await agent.get(`/requests/${id}/receipt.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const other = await active();
    assert.equal((await other.get(`/requests/${id}/receipt`)).statusCode, 404);
    assert.equal((await other.get(`/requests/${id}/receipt.pdf`)).statusCode, 404);
  });

  test('staff find submitted requests by tracking code, national code or name — only at their consulates', async () => {
    const p = person();
    const agent = await registerActive(t, p, `findme${next}@example.org`);
    const id = await fillRequest(t, agent, 'student-file');
    await agent.post(`/requests/${id}/submit`, { submitKey: await submitOf(agent, id) });
    const [row] = await t.database.rows<{ tracking_code: string; consulate_id: string }>(
      sql`select tracking_code, consulate_id from service_requests where id = ${id}`,
    );
    const mine = [row!.consulate_id];
    const find = (q: string, at = mine) => t.app.platform.requests.findForStaff(q, at);
    const code = row!.tracking_code;
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4, 8)}-${code.slice(8)}`;
    assert.deepEqual(
      (await find(typed)).map((r) => r.id),
      [id],
    );
    assert.ok((await find(p.nationalCode)).some((r) => r.id === id));
    assert.ok((await find(`${p.lastName} ${p.firstName}`)).some((r) => r.id === id));
    assert.deepEqual(
      await find(code, ['00000000-0000-7000-8000-000000000000']),
      [],
      'not at another consulate',
    );
    assert.deepEqual(await find(p.nationalCode, []), []);
  });

  test("another applicant's request answers 404 on every page", async () => {
    const owner = await active();
    const id = await fillRequest(t, owner, 'medical-documents');
    const other = await active();
    for (const path of [
      `/requests/${id}`,
      `/requests/${id}/check`,
      `/requests/${id}/documents`,
      `/requests/${id}/sent`,
    ]) {
      assert.equal((await other.get(path)).statusCode, 404, path);
    }
    await other.get('/account');
    assert.equal((await other.post(`/requests/${id}/cancel`)).statusCode, 404);
    assert.equal((await other.get('/requests/not-an-id')).statusCode, 404);
  });

  test('answers are encrypted at rest: a national code typed for another person is not in the table', async () => {
    const agent = await active();
    const nationalCodeField = t.app.platform.requests.services.all
      .flatMap((s) => s.pages.flatMap((p) => p.fields.map((f) => ({ s, f }))))
      .find(({ f }) => f.type === 'nationalCode' && !f.showIf);
    assert.ok(nationalCodeField, 'some service asks for a national code');
    await fillRequest(t, agent, nationalCodeField.s.id, { [nationalCodeField.f.id]: '0008209235' });
    const dump = JSON.stringify(await t.database.rows(sql`select * from service_requests`));
    assert.ok(!dump.includes('0008209235'));
  });

  test('a correction loop: returned with a message and flagged answers → fixed → sent again; every version kept', async () => {
    const agent = await active();
    const id = await fillRequest(t, agent, 'academic-document-confirmation');
    await agent.post(`/requests/${id}/submit`, { submitKey: await submitOf(agent, id) });
    const r = (
      await t.database.rows<{ applicant_id: string }>(
        sql`select applicant_id from service_requests where id = ${id}`,
      )
    )[0]!;
    const view = (await t.app.platform.requests.owned(r.applicant_id, id))!;
    const flagged = view.service.pages
      .filter((p) => !p.showIf)
      .flatMap((p) => p.fields)
      .find((f) => !f.showIf && !f.optional && f.type !== 'checkboxes')!;
    const requests = t.app.platform.requests;
    assert.ok(
      (await requests.move({ requestId: id, name: 'start_review', by: 'officer', actor: 'staff:test' })).ok,
    );
    const refused = await requests.move({
      requestId: id,
      name: 'return_for_correction',
      by: 'officer',
      actor: 'staff:test',
    });
    assert.deepEqual(refused, { ok: false, refusal: 'message_required' });
    const returned = await requests.move({
      requestId: id,
      name: 'return_for_correction',
      by: 'officer',
      actor: 'staff:test',
      message: 'The name of the university is misspelled.',
      deadline: new Date(t.clock.now().getTime() + 14 * DAY),
      correction: { fields: [flagged.id], documents: [] },
    });
    assert.ok(returned.ok);

    const page = await agent.get(`/requests/${id}`);
    assert.match(page.body, /The name of the university is misspelled\./);
    assert.match(page.body, /نیازمند اصلاح/);
    const check = await agent.get(`/requests/${id}/check`);
    assert.match(check.body, /action="\/requests\/[^"]+\/resubmit"/);
    const flaggedPage = view.service.pages.find((p) => p.fields.includes(flagged))!;
    // Only flagged answers can be changed.
    const other = view.service.pages.find((p) => !p.fields.some((f) => f.id === flagged.id));
    if (other) assert.equal((await agent.get(`/requests/${id}/pages/${other.id}`)).statusCode, 303);
    await agent.get(`/requests/${id}/pages/${flaggedPage.id}?return=check`);
    const form: Record<string, string | string[]> = {};
    const { validAnswer } = await import('./test-helpers.ts');
    for (const f of flaggedPage.fields) Object.assign(form, validAnswer(f));
    assert.equal(
      (await agent.post(`/requests/${id}/pages/${flaggedPage.id}?return=check`, form)).statusCode,
      303,
    );
    await agent.get(`/requests/${id}/check`);
    const resent = await agent.post(`/requests/${id}/resubmit`);
    assert.equal(resent.statusCode, 303);

    const [state] = await t.database.rows<{ state: string }>(
      sql`select state from service_requests where id = ${id}`,
    );
    assert.equal(state?.state, 'resubmitted');
    const versions = await requests.versions(id);
    assert.equal(versions.length, 2);
    const timeline = await requests.timeline(id);
    assert.deepEqual(
      timeline.map((e) => e.toState),
      ['submitted', 'under_review', 'needs_correction', 'resubmitted'],
    );
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(mail.some((m) => m.kind === 'request.submitted'));
    assert.ok(mail.some((m) => m.kind === 'request.return_for_correction' && /misspelled/.test(m.text)));
    assert.ok(
      mail.some((m) => m.kind === 'request.resubmit'),
      'the resubmission is emailed too',
    );
  });

  test('a reminder a few days before the correction deadline, once; after it, the request expires', async () => {
    const agent = await active();
    const id = await fillRequest(t, agent, 'student-file');
    await agent.post(`/requests/${id}/submit`, { submitKey: await submitOf(agent, id) });
    const requests = t.app.platform.requests;
    await requests.move({ requestId: id, name: 'start_review', by: 'officer', actor: 'staff:test' });
    await requests.move({
      requestId: id,
      name: 'return_for_correction',
      by: 'officer',
      actor: 'staff:test',
      message: 'Upload a clearer scan.',
      deadline: new Date(t.clock.now().getTime() + 14 * DAY),
      correction: { fields: [], documents: [] },
    });
    const reminders = async () =>
      (await queuedEmails(t.database.db, t.app.platform.keys)).filter(
        (m) => m.kind === 'request.correction_reminder',
      ).length;
    const before = await reminders();
    assert.equal(await requests.remindCorrections(), 0, 'not yet');
    t.clock.advance(12 * DAY);
    const sent = await requests.remindCorrections();
    assert.ok(sent >= 1);
    assert.equal(await requests.remindCorrections(), 0, 'once');
    assert.equal(await reminders(), before + sent);
    const [reminded] = await t.database.rows<{ at: string | null }>(
      sql`select correction->>'remindedAt' as at from service_requests where id = ${id}`,
    );
    assert.ok(reminded?.at, 'this request was reminded');
    assert.equal(await requests.expireOverdue(), 0);
    t.clock.advance(3 * DAY);
    assert.ok((await requests.expireOverdue()) >= 1);
    const [row] = await t.database.rows<{ state: string }>(
      sql`select state from service_requests where id = ${id}`,
    );
    assert.equal(row?.state, 'expired');
  });

  test('a draft is saved at every step, listed on the dashboard, and resumed; a draft can be deleted', async () => {
    const agent = await active();
    await agent.get('/services/student-file');
    const started = await agent.post('/services/student-file/start');
    const first = String(started.headers.location);
    const id = first.split('/')[2]!;
    await agent.get(first);
    const service = t.app.platform.requests.services.find('student-file')!;
    const { validAnswer } = await import('./test-helpers.ts');
    const form: Record<string, string | string[]> = { later: '1' };
    for (const f of service.pages[0]!.fields) Object.assign(form, validAnswer(f));
    const later = await agent.post(first, form);
    assert.equal(later.headers.location, '/account');
    const dash = await agent.get('/account');
    assert.match(dash.body, new RegExp(`href="/requests/${id}"`));
    assert.match(dash.body, /پیش‌نویس/);
    const resumed = await agent.get(first);
    for (const [k, v] of Object.entries(form))
      if (k !== 'later' && typeof v === 'string') assert.ok(resumed.body.includes(v), k);
    await agent.get(`/requests/${id}`);
    assert.equal((await agent.post(`/requests/${id}/cancel`)).headers.location, '/account');
    assert.equal((await agent.get(`/requests/${id}`)).statusCode, 404);
  });

  test('a page posted after the session expired keeps what was typed: after signing in, the same page with it', async () => {
    const p = person();
    const email = `expired-request${next}@example.org`;
    const agent = await registerActive(t, p, email);
    await agent.get('/services/student-file');
    const first = String((await agent.post('/services/student-file/start')).headers.location);
    await agent.get(first);
    t.clock.advance(31 * 60_000);
    const service = t.app.platform.requests.services.find('student-file')!;
    const field = service.pages[0]!.fields.find((f) => f.type === 'text')!;
    const posted = await agent.post(first, { [field.id]: 'Technische Universität München' });
    assert.equal(posted.headers.location, '/sign-in');
    await agent.get('/sign-in');
    await agent.post('/sign-in', { nationalCode: p.nationalCode, email });
    await agent.get('/sign-in/code');
    const res = await agent.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, email),
    });
    assert.equal(res.headers.location, first);
    const page = await agent.get(first);
    assert.ok(page.body.includes('Technische Universität München'), 'the answer typed before is there');
  });

  test('a power of attorney needs a sign-in within the last 15 minutes to be sent', async () => {
    const agent = await active();
    const id = await fillRequest(t, agent, 'power-of-attorney', { poaType: 'property-sale' });
    const check = await agent.get(`/requests/${id}/check`);
    // Selling property: €132, at London's rate (0.86) and rounding (1): £114.
    assert.ok(check.body.includes(formatMoney('114', 'GBP', 'fa')), 'the fee in pounds');
    assert.ok(check.body.includes(formatMoney('132', 'EUR', 'fa')), 'the tariff in euros');
    const key = await submitOf(agent, id);
    t.clock.advance(16 * 60_000);
    await agent.get(`/requests/${id}/check`);
    const res = await agent.post(`/requests/${id}/submit`, { submitKey: key });
    assert.equal(res.headers.location, '/account/confirm-identity');
    const [row] = await t.database.rows<{ state: string }>(
      sql`select state from service_requests where id = ${id}`,
    );
    assert.equal(row?.state, 'draft');
  });

  test('a missing answer or document stops sending, with links to fix it', async () => {
    const agent = await active();
    await agent.get('/services/academic-document-confirmation');
    const started = await agent.post('/services/academic-document-confirmation/start');
    const id = String(started.headers.location).split('/')[2]!;
    const key = await submitOf(agent, id);
    const res = await agent.post(`/requests/${id}/submit`, { submitKey: key });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, new RegExp(`href="/requests/${id}/pages/`));
    const [row] = await t.database.rows<{ state: string }>(
      sql`select state from service_requests where id = ${id}`,
    );
    assert.equal(row?.state, 'draft');
  });

  test('the catalog page finds services by group and by typing, in either language and spelling', async () => {
    const agent = t.agent();
    const all = await agent.get('/services');
    assert.equal(all.statusCode, 200);
    for (const s of t.app.platform.requests.services.all)
      assert.match(all.body, new RegExp(`href="/services/${s.id}"`));
    const passport = await agent.get(`/services?q=${encodeURIComponent('پاسپورت')}`);
    assert.match(passport.body, /href="\/services\/passport"/);
    const arabicKeyboard = await agent.get(`/services?q=${encodeURIComponent('وكالتنامه')}`);
    assert.match(arabicKeyboard.body, /href="\/services\/power-of-attorney"/);
    const none = await agent.get('/services?q=zzzz');
    assert.doesNotMatch(none.body, /class="service-list__link"/);
    const service = await agent.get('/services/passport?consulate=london');
    assert.match(service.body, /£/);
    assert.equal((await agent.get('/services/nope')).statusCode, 404);
  });
});
