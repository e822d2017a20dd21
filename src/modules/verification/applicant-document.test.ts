import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { latestCode } from '../../test-support/mail.ts';
import { registerActive } from '../accounts/test-helpers.ts';
import { MANY_APPLICANTS_ENV, newApplicant, submittedRequest } from '../backoffice/test-helpers.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';

/**
 * The applicant's own issued document: the printable page and the PDF for the request's owner only, behind a
 * recent sign-in; nothing of it for anyone else; once revoked, only that it was; every serving audited.
 */

const MIN = 60_000;
const NUMBER = /([A-Z]{3}-\d{4}-\d{6})/;
const CODE = /class="code"[^>]*>([2-9A-Z]{5}-[2-9A-Z]{5})</;
const OWNER_EMAIL = 'owner-of-document@example.org';

let t: TestApp;
let officerA: StaffMember;
let a: TestAgent;
let b: TestAgent;
let sup: TestAgent;
let owner: TestAgent;
let ownerId: string;
let requestId: string;
let docId: string;
let number: string;
let code: string;

/** The London demo applicant a request is sent for: not one `newApplicant` hands out first. */
const ownerPerson = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 2000).at(-1)!;

/** Prepares a request's document as this agent; returns its id. */
async function prepare(agent: TestAgent, id: string): Promise<string> {
  await agent.get(`/staff/requests/${id}/issue`);
  const res = await agent.post(`/staff/requests/${id}/issue`);
  assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  const match = /^\/staff\/issued\/([0-9a-f-]{36})\?done=prepared$/.exec(String(res.headers.location));
  assert.ok(match, String(res.headers.location));
  return match[1]!;
}

const downloads = async () =>
  (
    await t.database.rows<{ actor: string; subject: string; details: { format: string; number: string } }>(
      sql`select actor, subject, details from audit_log where action = 'issued.download' order by id`,
    )
  ).map((r) => ({ actor: r.actor, subject: r.subject, format: r.details.format, number: r.details.number }));

before(async () => {
  t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
  await seedDemo(t.database.db);
  const ids = await consulateIds(t);
  officerA = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
  const officerB = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
  const supervisor = await createStaffMember(t, {
    roles: [{ role: 'supervisor', consulateId: ids.london! }],
  });
  a = await staffAgent(t, officerA);
  b = await staffAgent(t, officerB);
  sup = await staffAgent(t, supervisor);

  // An online confirmation, approved and paid: issued by one officer, approved by another.
  owner = await registerActive(t, ownerPerson, OWNER_EMAIL);
  requestId = (await submittedRequest(t, 'academic-document-confirmation', { agent: owner })).id;
  for (const name of ['start_review', 'approve'] as const) {
    const moved = await t.app.platform.requests.move({
      requestId,
      name,
      by: 'officer',
      actor: `staff:${officerA.id}`,
    });
    assert.ok(moved.ok, `${name}: ${JSON.stringify(moved)}`);
  }
  await t.database.rows(
    sql`update service_requests set fee_paid_at = ${t.clock.now().toISOString()} where id = ${requestId}`,
  );
  const [row] = await t.database.rows<{ applicant_id: string }>(
    sql`select applicant_id from service_requests where id = ${requestId}`,
  );
  ownerId = row!.applicant_id;
});

after(() => t.close());

describe("the applicant's issued document", () => {
  test('before the second approval there is nothing to see, and the request page offers no document', async () => {
    docId = await prepare(a, requestId);
    const staffPage = await a.get(`/staff/issued/${docId}`);
    number = NUMBER.exec(staffPage.body)![1]!;
    code = CODE.exec(staffPage.body)![1]!;
    assert.equal((await owner.get(`/requests/${requestId}/document`)).statusCode, 404);
    assert.equal((await owner.get(`/requests/${requestId}/document/pdf`)).statusCode, 404);
    const page = await owner.get(`/requests/${requestId}`);
    assert.doesNotMatch(page.body, /\/document"/);

    await b.get(`/staff/issued/${docId}`);
    assert.equal((await b.post(`/staff/issued/${docId}/approve`)).statusCode, 303);
  });

  test('once issued, the request page links to the document', async () => {
    const page = await owner.get(`/requests/${requestId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /سند شما/);
    assert.match(page.body, new RegExp(`href="/requests/${requestId}/document"`));
  });

  test('the owner gets the printable page: the sheet, its number and code, how to check it, the PDF', async () => {
    const res = await owner.get(`/requests/${requestId}/document`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(res.body.includes(number), 'the number');
    assert.ok(res.body.includes(code), 'the verification code');
    assert.match(res.body, /class="issued-print"/, 'the same sheet as the staff print view');
    assert.match(res.body, /<img class="issued-print__qr" src="data:image\/svg\+xml;base64,/);
    assert.match(res.body, /بدین‌وسیله گواهی می‌شود/, 'the document text');
    assert.match(res.body, /href="\/verify"/);
    assert.match(res.body, new RegExp(`href="/requests/${requestId}"`), 'back to the request');
    assert.match(res.body, new RegExp(`href="/requests/${requestId}/document/pdf"`));
    assert.match(
      res.body,
      /<button[^>]*data-issued-print[^>]*hidden>/,
      'the print button, shown by its script',
    );
    assert.match(res.body, /\/assets\/issued-print\.js\?v=/);

    owner.cookies.set('lang', 'en');
    try {
      const en = await owner.get(`/requests/${requestId}/document`);
      assert.match(en.body, /<html lang="en"/);
      assert.match(en.body, /Date of issue/);
      assert.match(en.body, /Download the PDF/);
    } finally {
      owner.cookies.delete('lang');
    }
  });

  test('the owner downloads the PDF, named by its number', async () => {
    const pdf = await owner.get(`/requests/${requestId}/document/pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.headers['content-disposition'], `attachment; filename="${number}.pdf"`);
    assert.equal(pdf.headers['cache-control'], 'no-store');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('every serving is audited as the applicant’s download of the request’s document', async () => {
    const rows = await downloads();
    const mine = { actor: `applicant:${ownerId}`, subject: `request:${requestId}`, number };
    assert.deepEqual(rows, [
      { ...mine, format: 'page' },
      { ...mine, format: 'page' },
      { ...mine, format: 'pdf' },
    ]);
  });

  test('another applicant gets 404 for both, and nothing is audited', async () => {
    const other = await newApplicant(t);
    assert.equal((await other.get(`/requests/${requestId}/document`)).statusCode, 404);
    assert.equal((await other.get(`/requests/${requestId}/document/pdf`)).statusCode, 404);
    assert.equal((await other.get('/requests/not-a-uuid/document')).statusCode, 404);
    assert.equal((await downloads()).length, 3);
  });

  test('a staff session and a visitor are sent to sign in', async () => {
    const staff = await staffAgent(
      t,
      await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] }),
    );
    for (const path of [`/requests/${requestId}/document`, `/requests/${requestId}/document/pdf`]) {
      const res = await staff.get(path);
      assert.equal(res.statusCode, 303, path);
      assert.equal(res.headers.location, '/sign-in');
      assert.equal((await t.agent().get(path)).headers.location, '/sign-in');
    }
    assert.equal((await downloads()).length, 3);
  });

  test('once revoked: the page says so, with the date and the reason; no PDF', async () => {
    const reason = 'Issued for the wrong university.';
    await sup.get(`/staff/issued/${docId}`);
    assert.equal((await sup.post(`/staff/issued/${docId}/revoke`, { reason })).statusCode, 303);

    const page = await owner.get(`/requests/${requestId}/document`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /سند شما باطل شده است/);
    assert.ok(page.body.includes(reason));
    assert.ok(page.body.includes(number));
    assert.ok(!page.body.includes(code), 'no code');
    assert.doesNotMatch(page.body, /issued-print/, 'no sheet');
    assert.doesNotMatch(page.body, /document\/pdf/, 'no PDF offered');
    assert.equal((await owner.get(`/requests/${requestId}/document/pdf`)).statusCode, 404);
    assert.equal((await downloads()).length, 3, 'nothing of it served');
  });

  test('a sign-in older than 15 minutes confirms with a fresh code first, then comes back', async () => {
    t.clock.advance(16 * MIN);
    await owner.get('/account'); // the session stays alive; the sign-in is now 16 minutes old
    const gated = await owner.get(`/requests/${requestId}/document`);
    assert.equal(gated.statusCode, 303);
    assert.equal(gated.headers.location, '/account/confirm-identity');
    const pdf = await owner.get(`/requests/${requestId}/document/pdf`);
    assert.equal(pdf.headers.location, '/account/confirm-identity');

    await owner.get(`/requests/${requestId}/document`);
    await owner.get('/account/confirm-identity');
    assert.equal((await owner.post('/account/confirm-identity')).headers.location, '/sign-in/code');
    await owner.get('/sign-in/code');
    const back = await owner.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, OWNER_EMAIL),
    });
    assert.equal(back.headers.location, `/requests/${requestId}/document`);
    assert.equal((await owner.get(`/requests/${requestId}/document`)).statusCode, 200);
  });
});
