import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, TestAgent, type TestApp } from '../../test-support/app.ts';
import { queuedEmails } from '../../test-support/mail.ts';
import { counterVisits } from '../backoffice/schema.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from '../backoffice/test-helpers.ts';
import type { StaffMember } from '../staff/roles.ts';
import { issuingDelegates } from '../staff/schema.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { publicKeyFromX, verifyPayload } from './signing.ts';

/**
 * Issuing through the pages, with two officers of London: the preconditions shown instead of the button, four
 * eyes (the preparer cannot approve, Berlin sees nothing, a named delegate can), the signature, the printable
 * page and PDF, the public check (authentic, wrong code, unknown number, tampered QR, revoked), the rate limit and
 * the published keys.
 */

let t: TestApp;
let ids: Record<string, string>;
let officerA: StaffMember;
let officerB: StaffMember;
let supervisor: StaffMember;
let berlinOfficer: StaffMember;
let berlinSupervisor: StaffMember;
let a: TestAgent;
let b: TestAgent;
let sup: TestAgent;
let berlin: TestAgent;
let delegate: TestAgent;

const NUMBER = /([A-Z]{3}-\d{4}-\d{6})/;
const CODE = /class="code"[^>]*>([2-9A-Z]{5}-[2-9A-Z]{5})</;

async function approvedRequest(serviceId: string) {
  const r = await submittedRequest(t, serviceId);
  for (const name of ['start_review', 'approve'] as const) {
    const moved = await t.app.platform.requests.move({
      requestId: r.id,
      name,
      by: 'officer',
      actor: `staff:${officerA.id}`,
    });
    assert.ok(moved.ok, `${name}: ${JSON.stringify(moved)}`);
  }
  return r;
}

/** What the counter records (being built in parallel): checked in, signature witnessed, fee paid. */
async function counterDone(requestId: string, options: { signature?: boolean } = {}) {
  const now = t.clock.now();
  await t.database.db.insert(counterVisits).values({
    requestId,
    checkedInAt: now,
    checkedInBy: officerA.id,
    signatureWitnessedAt: options.signature === false ? null : now,
    signatureWitnessedBy: options.signature === false ? null : officerA.id,
  });
  await t.database.rows(
    sql`update service_requests set fee_paid_at = ${now.toISOString()} where id = ${requestId}`,
  );
}

async function docState(id: string) {
  const [row] = await t.database.rows<{ state: string; payload: string | null; key_id: string | null }>(
    sql`select state, payload, key_id from issued_documents where id = ${id}`,
  );
  return row!;
}

async function requestState(id: string) {
  const [row] = await t.database.rows<{ state: string }>(
    sql`select state from service_requests where id = ${id}`,
  );
  return row!.state;
}

async function principalName(requestId: string) {
  const [row] = await t.database.rows<{ identity: { firstName: string; lastName: string } }>(
    sql`select a.identity from applicants a join service_requests r on r.applicant_id = a.id where r.id = ${requestId}`,
  );
  return row!.identity;
}

/** Prepares a request's document as this agent; returns its id. */
async function prepare(agent: TestAgent, requestId: string): Promise<string> {
  await agent.get(`/staff/requests/${requestId}/issue`);
  const res = await agent.post(`/staff/requests/${requestId}/issue`);
  assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  const match = /^\/staff\/issued\/([0-9a-f-]{36})\?done=prepared$/.exec(String(res.headers.location));
  assert.ok(match, String(res.headers.location));
  return match[1]!;
}

/** The page of a public check, without what changes per render (the CSRF token). */
const stable = (html: string) => html.replace(/name="_csrf" value="[^"]*"/g, '');

before(async () => {
  t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
  await seedDemo(t.database.db);
  ids = await consulateIds(t);
  officerA = await createStaffMember(t, {
    name: 'Officer Ava',
    roles: [{ role: 'officer', consulateId: ids.london! }],
  });
  officerB = await createStaffMember(t, {
    name: 'Officer Bahram',
    roles: [{ role: 'officer', consulateId: ids.london! }],
  });
  supervisor = await createStaffMember(t, {
    name: 'Supervisor Sima',
    roles: [{ role: 'supervisor', consulateId: ids.london! }],
  });
  berlinOfficer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.berlin! }] });
  berlinSupervisor = await createStaffMember(t, {
    name: 'Supervisor Dara',
    roles: [{ role: 'supervisor', consulateId: ids.berlin! }],
  });
  a = await staffAgent(t, officerA);
  b = await staffAgent(t, officerB);
  sup = await staffAgent(t, supervisor);
  berlin = await staffAgent(t, berlinOfficer);
  delegate = await staffAgent(t, berlinSupervisor);
});

after(() => t.close());

describe('a power of attorney, prepared by one officer and approved by another', () => {
  let requestId: string;
  let docId: string;
  let number: string;
  let code: string;
  let payload: string;

  test('the preview shows what is missing instead of the button; Berlin gets 404', async () => {
    requestId = (await approvedRequest('power-of-attorney')).id;
    const page = await a.get(`/staff/requests/${requestId}/issue`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /پذیرش نشده/, 'not checked in');
    assert.match(page.body, /امضای متقاضی هنوز/, 'signature not witnessed');
    assert.match(page.body, /هزینهٔ خدمت هنوز پرداخت نشده/, 'fee not paid');
    assert.doesNotMatch(page.body, /action="\/staff\/requests\/[^"]+\/issue"/, 'no prepare button');
    assert.match(page.body, /وکالتنامه/, 'the document previewed');
    const refused = await a.post(`/staff/requests/${requestId}/issue`);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /error-summary/);

    assert.equal((await berlin.get(`/staff/requests/${requestId}/issue`)).statusCode, 404);
    await berlin.get('/staff/issuing');
    assert.equal((await berlin.post(`/staff/requests/${requestId}/issue`)).statusCode, 404);
    assert.equal((await t.agent().get(`/staff/requests/${requestId}/issue`)).statusCode, 303, 'signed out');
  });

  test('with the signature witnessed and the fee paid, officer A prepares it: numbered, awaiting a second approval', async () => {
    await counterDone(requestId);
    const page = await a.get(`/staff/requests/${requestId}/issue`);
    assert.match(page.body, new RegExp(`action="/staff/requests/${requestId}/issue"`));
    docId = await prepare(a, requestId);
    const doc = await a.get(`/staff/issued/${docId}?done=prepared`);
    assert.equal(doc.statusCode, 200);
    number = NUMBER.exec(doc.body)![1]!;
    code = CODE.exec(doc.body)![1]!;
    assert.match(number, new RegExp(`^LON-${t.clock.now().getUTCFullYear()}-0000\\d\\d$`));
    assert.equal((await docState(docId)).state, 'prepared');
    assert.equal((await docState(docId)).payload, null, 'nothing signed yet');
    // A second prepare finds the live document.
    await a.get(`/staff/requests/${requestId}/issue`);
    const again = await a.post(`/staff/requests/${requestId}/issue`);
    assert.equal(again.headers.location, `/staff/issued/${docId}`);
  });

  test('the preparer cannot approve: no button, and a clear refusal if they try', async () => {
    const doc = await a.get(`/staff/issued/${docId}`);
    assert.doesNotMatch(doc.body, /\/approve"/);
    assert.match(doc.body, /این سند را شما آماده کرده‌اید/);
    const res = await a.post(`/staff/issued/${docId}/approve`);
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /سندی را که خودتان آماده کرده‌اید نمی‌توانید تأیید کنید/);
    assert.equal((await docState(docId)).state, 'prepared');
  });

  test('an officer of Berlin sees nothing of it', async () => {
    assert.equal((await berlin.get(`/staff/issued/${docId}`)).statusCode, 404);
    const list = await berlin.get('/staff/issuing');
    assert.doesNotMatch(list.body, new RegExp(number));
    assert.equal((await berlin.post(`/staff/issued/${docId}/approve`)).statusCode, 404);
    assert.equal((await berlin.get(`/staff/issued/${docId}/pdf`)).statusCode, 404);
    assert.equal((await delegate.get(`/staff/issued/${docId}`)).statusCode, 404, 'not named for London');
  });

  test('officer B finds it waiting, approves: signed, issued, the request issued, all audited', async () => {
    const list = await b.get('/staff/issuing');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(number));
    assert.match(list.body, /Officer Ava/);
    const doc = await b.get(`/staff/issued/${docId}`);
    assert.match(doc.body, new RegExp(`action="/staff/issued/${docId}/approve"`));
    const res = await b.post(`/staff/issued/${docId}/approve`);
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    assert.equal(res.headers.location, `/staff/issued/${docId}?done=approved`);
    const row = await docState(docId);
    assert.equal(row.state, 'issued');
    assert.ok(row.payload?.startsWith('MK1.'));
    payload = row.payload!;
    assert.equal(await requestState(requestId), 'issued');
    const actions = await t.database.rows<{ action: string; actor: string }>(
      sql`select action, actor from audit_log where subject = ${`request:${requestId}`} order by id`,
    );
    const names = actions.map((r) => r.action);
    for (const action of [
      'issued.preview',
      'issued.prepare',
      'issued.open',
      'issued.approve',
      'request.issue',
    ]) {
      assert.ok(names.includes(action), `${action} in ${names.join(', ')}`);
    }
    assert.equal(actions.find((r) => r.action === 'issued.approve')?.actor, `staff:${officerB.id}`);
    // Approving again changes nothing: one signature.
    const again = await b.post(`/staff/issued/${docId}/approve`);
    assert.equal(again.statusCode, 409);
    assert.equal((await docState(docId)).payload, payload);
    assert.ok(!(await b.get('/staff/issuing')).body.includes(number), 'no longer waiting');
  });

  test('printable page and PDF: number, code, QR with the verification URL; only for an issued document', async () => {
    const print = await b.get(`/staff/issued/${docId}/print`);
    assert.equal(print.statusCode, 200);
    assert.match(print.body, new RegExp(number));
    assert.match(print.body, new RegExp(code));
    assert.match(print.body, /<img class="issued-print__qr" src="data:image\/svg\+xml;base64,/);
    assert.match(print.body, /Officer Bahram/, 'the approving officer signs');
    assert.match(print.body, /\/verify/);
    const pdf = await a.get(`/staff/issued/${docId}/pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(String(pdf.headers['cache-control']), /no-store/);
  });

  test('public check by number and code, typed any way: authentic, with the full text and the parties', async () => {
    const visitor = t.agent();
    const form = await visitor.get('/verify');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="number"/);
    const typed = { number: number.toLowerCase().replace(/-/g, ' '), code: ` ${code.toLowerCase()} ` };
    const res = await visitor.post('/verify', typed);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /سند معتبر است/);
    const who = await principalName(requestId);
    assert.ok(res.body.includes(who.lastName), 'the principal is shown');
    assert.match(res.body, /وکیل/, 'the agent is shown');
    assert.match(res.body, /Officer Bahram/);
    assert.ok(res.body.includes(number));
    assert.ok(!res.body.includes(code), 'the code is not repeated on the page');
  });

  test('a wrong code and an unknown number give the same answer, revealing nothing', async () => {
    const visitor = t.agent();
    await visitor.get('/verify');
    const otherCode = code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const wrong = await visitor.post('/verify', { number, code: otherCode });
    const unknown = await visitor.post('/verify', { number: 'LON-2026-999999', code: otherCode });
    assert.equal(wrong.statusCode, 200);
    assert.equal(unknown.statusCode, 200);
    assert.match(wrong.body, /سندی با این مشخصات پیدا نشد/);
    const who = await principalName(requestId);
    assert.ok(!wrong.body.includes(who.lastName));
    // The same page but for what was typed back into the form.
    const strip = (html: string, typed: string) => stable(html).replaceAll(typed, '');
    assert.equal(strip(wrong.body, number), strip(unknown.body, 'LON-2026-999999'));
    const empty = await visitor.post('/verify', { number: '', code: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /شمارهٔ سند را وارد کنید/);
  });

  test('the QR: its payload verifies with the published key, opens the document; a changed byte → not authentic', async () => {
    const keys = await t.agent().get('/.well-known/mikhak-signing-keys.json');
    assert.equal(keys.statusCode, 200);
    const jwks = keys.json() as { keys: { kid: string; x: string; kty: string; crv: string; use: string }[] };
    const key = jwks.keys[0]!;
    assert.deepEqual([key.kty, key.crv, key.use], ['OKP', 'Ed25519', 'sig']);
    assert.equal(key.kid, (await docState(docId)).key_id);
    const offline = verifyPayload(payload, new Map([[key.kid, publicKeyFromX(key.x)]]));
    assert.ok(offline.ok);
    assert.equal(offline.claims.n, number);
    assert.equal(offline.claims.c, 'london');
    assert.equal(offline.claims.s, 'power-of-attorney');
    const pem = await t.agent().get('/.well-known/mikhak-signing-key.pem');
    assert.match(pem.body, /^-----BEGIN PUBLIC KEY-----/);

    const visitor = t.agent();
    const ok = await visitor.get(`/verify?d=${payload}`);
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.headers['cache-control'], 'no-store');
    assert.match(ok.body, /سند معتبر است/);
    assert.ok(ok.body.includes((await principalName(requestId)).lastName));
    const i = 30;
    const tampered = payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
    const bad = await visitor.get(`/verify?d=${tampered}`);
    assert.match(bad.body, /سند معتبر نیست/);
    assert.ok(!bad.body.includes((await principalName(requestId)).lastName));
  });

  test('revocation: a supervisor only, with a reason; then the check says revoked, without the content', async () => {
    const asOfficer = await b.get(`/staff/issued/${docId}`);
    assert.doesNotMatch(asOfficer.body, /\/revoke"/, 'an officer has no revoke form');
    assert.equal((await b.post(`/staff/issued/${docId}/revoke`, { reason: 'x' })).statusCode, 409);

    const page = await sup.get(`/staff/issued/${docId}`);
    assert.match(page.body, new RegExp(`action="/staff/issued/${docId}/revoke"`));
    const noReason = await sup.post(`/staff/issued/${docId}/revoke`, { reason: '   ' });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /دلیل ابطال را بنویسید/);
    assert.equal((await docState(docId)).state, 'issued');
    const reason = 'Issued with the wrong agent; replaced by a new power of attorney.';
    const res = await sup.post(`/staff/issued/${docId}/revoke`, { reason });
    assert.equal(res.statusCode, 303);
    assert.equal((await docState(docId)).state, 'revoked');

    const visitor = t.agent();
    await visitor.get('/verify');
    const check = await visitor.post('/verify', { number, code });
    assert.match(check.body, /این سند باطل شده است/);
    assert.ok(check.body.includes(reason));
    assert.ok(!check.body.includes((await principalName(requestId)).lastName), 'no content once revoked');
    assert.match((await visitor.get(`/verify?d=${payload}`)).body, /این سند باطل شده است/);

    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    const revoked = mail.filter((m) => m.kind === 'issued.revoked');
    assert.equal(revoked.length, 1);
    assert.ok(revoked[0]!.text.includes(number));
    assert.ok(revoked[0]!.text.includes(reason));
    const audit = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'issued.revoke' and actor = ${`staff:${supervisor.id}`}`,
    );
    assert.equal(audit[0]!.n, 1);
  });

  test('a revoked document can be replaced: prepared and approved again, with a new number; the old one stays revoked', async () => {
    const page = await a.get(`/staff/issued/${docId}`);
    assert.ok(
      page.body.includes(`href="/staff/requests/${requestId}/issue"`),
      'a link to prepare a replacement',
    );
    await a.get(`/staff/requests/${requestId}/issue`);
    const prepared = await a.post(`/staff/requests/${requestId}/issue`);
    assert.equal(prepared.statusCode, 303, prepared.body.slice(0, 500));
    const replacement = String(prepared.headers.location).split('/')[3]!.split('?')[0]!;
    assert.notEqual(replacement, docId);
    assert.equal((await a.post(`/staff/issued/${replacement}/approve`)).statusCode, 409, 'still four eyes');
    await b.get(`/staff/issued/${replacement}`);
    assert.equal((await b.post(`/staff/issued/${replacement}/approve`)).statusCode, 303);
    assert.equal((await docState(replacement)).state, 'issued');
    assert.equal((await docState(docId)).state, 'revoked');
    assert.equal((await t.app.platform.requests.forStaff(requestId, 'all'))?.state, 'issued');
    const [row] = await t.database.rows<{ number: string }>(
      sql`select number from issued_documents where id = ${replacement}`,
    );
    assert.notEqual(row?.number, number, 'a new number');
    // Only one live document at a time: a second replacement waits until this one is revoked.
    await a.get(`/staff/requests/${requestId}/issue`);
    const again = await a.post(`/staff/requests/${requestId}/issue`);
    assert.equal(String(again.headers.location).split('/')[3]!.split('?')[0], replacement);
  });
});

describe('withdraw, a named delegate, and two approvals at once', () => {
  test('the preparer withdraws; prepared again it gets the next number; a named delegate may approve', async () => {
    const { id } = await approvedRequest('power-of-attorney');
    await counterDone(id);
    const first = await prepare(a, id);
    assert.equal(
      (await b.post(`/staff/issued/${first}/withdraw`)).statusCode,
      409,
      'only the preparer withdraws',
    );
    await a.get(`/staff/issued/${first}`);
    const withdrawn = await a.post(`/staff/issued/${first}/withdraw`);
    assert.equal(withdrawn.headers.location, `/staff/issued/${first}?done=withdrawn`);
    assert.equal((await docState(first)).state, 'withdrawn');
    const second = await prepare(a, id);
    const [n1, n2] = await Promise.all(
      [first, second].map(async (d) => NUMBER.exec((await a.get(`/staff/issued/${d}`)).body)![1]!),
    );
    assert.equal(Number(n2!.slice(-6)), Number(n1!.slice(-6)) + 1);

    // A supervisor of Berlin named by an admin as second approver for London.
    assert.equal((await delegate.get(`/staff/issued/${second}`)).statusCode, 404);
    await t.database.db.insert(issuingDelegates).values({
      consulateId: ids.london!,
      staffId: berlinSupervisor.id,
      namedBy: berlinSupervisor.id,
      namedAt: t.clock.now(),
    });
    const list = await delegate.get('/staff/issuing');
    assert.ok(list.body.includes(n2!));
    const page = await delegate.get(`/staff/issued/${second}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`action="/staff/issued/${second}/approve"`));
    assert.doesNotMatch(page.body, /href="\/staff\/requests\//, 'the request itself stays London’s');

    // Officer B and the delegate press "approve" at the same moment: one signature, one move to issued.
    await b.get(`/staff/issued/${second}`);
    const results = await Promise.all([
      b.post(`/staff/issued/${second}/approve`),
      delegate.post(`/staff/issued/${second}/approve`),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 409]);
    assert.equal((await docState(second)).state, 'issued');
    const events = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from request_events where request_id = ${id} and transition = 'issue'`,
    );
    assert.equal(events[0]!.n, 1);
    const approvals = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'issued.approve' and subject = ${`request:${id}`}`,
    );
    assert.equal(approvals[0]!.n, 1);
  });

  test('a confirmation (online service): Persian and English text from the service and its answers', async () => {
    const { id } = await approvedRequest('academic-document-confirmation');
    await t.database.rows(
      sql`update service_requests set fee_paid_at = ${t.clock.now().toISOString()} where id = ${id}`,
    );
    const preview = await a.get(`/staff/requests/${id}/issue`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /بدین‌وسیله گواهی می‌شود/);
    assert.match(preview.body, /This is to certify that/);
    const docId = await prepare(a, id);
    await b.get(`/staff/issued/${docId}`);
    assert.equal((await b.post(`/staff/issued/${docId}/approve`)).statusCode, 303);
    assert.equal(await requestState(id), 'issued');
    b.cookies.set('lang', 'en');
    try {
      const en = await b.get(`/staff/issued/${docId}/print`);
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<html lang="en"/);
      assert.match(en.body, /Date of issue/);
      assert.match(en.body, /This is to certify that/);
      assert.match(en.body, /بدین‌وسیله گواهی می‌شود/, 'the Persian text too');
    } finally {
      b.cookies.delete('lang');
    }
  });
});

describe('public verification is rate limited per client', () => {
  test('20 checks a minute from one address, then a clear 429; another address is not affected', async () => {
    const visitor = new TestAgent(t.app, '203.0.113.7');
    for (let i = 0; i < 20; i++) {
      const res = await visitor.get(`/verify?d=MK1.garbage${i}.x`);
      assert.equal(res.statusCode, 200, `check ${i + 1}`);
      assert.match(res.body, /سند معتبر نیست/);
    }
    const limited = await visitor.get('/verify?d=MK1.garbage.x');
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(limited.body, /استعلام‌های زیادی انجام شده است/);
    await visitor.get('/verify');
    const post = await visitor.post('/verify', { number: 'LON-2026-000001', code: 'AAAAA-AAAAA' });
    assert.equal(post.statusCode, 429);
    assert.equal((await new TestAgent(t.app, '203.0.113.8').get('/verify?d=MK1.a.b')).statusCode, 200);
    // The form alone is not a check.
    assert.equal((await visitor.get('/verify')).statusCode, 200);
    t.clock.advance(61_000);
    assert.equal((await visitor.get('/verify?d=MK1.a.b')).statusCode, 200, 'a minute later');
  });
});

describe('public verification leaves nothing personal in the logs', () => {
  test('neither the typed code nor the QR payload is logged', async (ctx) => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const quiet = await buildTestApp({ t: ctx, env: { LOG_LEVEL: 'info' }, logStream });
    const visitor = quiet.agent();
    await visitor.get('/verify');
    await visitor.post('/verify', { number: 'LON-2026-424242', code: 'QQQQQ-WWWWW' });
    await visitor.get('/verify?d=MK1.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl');
    await visitor.get('/help');
    const all = lines.join('\n');
    assert.match(all, /\/help/, 'other requests are logged');
    assert.match(all, /SIGNING_KEY is not set/, 'the development key is announced');
    for (const secret of ['QQQQQ', 'c2VjcmV0LXBheWxvYWQ', '424242']) assert.ok(!all.includes(secret), secret);
  });
});
