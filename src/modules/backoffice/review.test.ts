import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { gregorianToJalali } from '../../platform/i18n/dates.ts';
import { toPersianDigits } from '../../platform/i18n/digits.ts';
import { seedDemo } from '../../seed.ts';
import type { TestApp } from '../../test-support/app.ts';
import { buildTestApp } from '../../test-support/app.ts';
import { queuedEmails } from '../../test-support/mail.ts';
import { twoPagePdf } from '../documents/test-fixtures.ts';
import { fillRequest } from '../requests/test-helpers.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { MANY_APPLICANTS_ENV, newApplicant, submittedRequest } from './test-helpers.ts';

const DAY = 24 * 3600_000;

/** The version an action form of the review page carries. */
const versionOf = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1];

async function state(t: TestApp, id: string) {
  const [row] = await t.database.rows<{ state: string; version: number; assigned_to: string | null }>(
    sql`select state, version, assigned_to from service_requests where id = ${id}`,
  );
  return row!;
}

async function auditRows(t: TestApp, action: string, subject: string) {
  return t.database.rows<{ actor: string; ip: string | null; details: Record<string, unknown> }>(
    sql`select actor, ip, details from audit_log where action = ${action} and subject = ${subject} order by id`,
  );
}

describe('reviewing a request', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let officer: StaffMember;
  let colleague: StaffMember;
  let berlinOfficer: StaffMember;
  let supervisor: StaffMember;

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    officer = await createStaffMember(t, {
      name: 'Maryam Officer',
      roles: [{ role: 'officer', consulateId: ids.london! }],
    });
    colleague = await createStaffMember(t, {
      name: 'Reza Colleague',
      roles: [{ role: 'officer', consulateId: ids.london! }],
    });
    berlinOfficer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.berlin! }] });
    supervisor = await createStaffMember(t, {
      name: 'Sara Supervisor',
      roles: [{ role: 'supervisor', consulateId: ids.london! }],
    });
  });
  after(() => t.close());

  test('the review page shows the applicant, every answer by page, the documents, and is audited as a view', async () => {
    const r = await submittedRequest(t);
    const agent = await staffAgent(t, officer);
    const page = await agent.get(`/staff/requests/${r.id}`);
    assert.equal(page.statusCode, 200, page.body.slice(0, 500));
    const [applicant] = await t.database.rows<{ first: string; last: string; father: string }>(
      sql`select a.identity->>'firstName' as first, a.identity->>'lastName' as last, a.identity->>'fatherName' as father
          from applicants a join service_requests r on r.applicant_id = a.id where r.id = ${r.id}`,
    );
    assert.ok(page.body.includes(applicant!.first) && page.body.includes(applicant!.father));
    // Every answered page has its heading; the answers are the ones given.
    const view = (await t.app.platform.requests.forStaff(r.id, 'all'))!;
    for (const p of t.app.platform.requests.shownPages(view.service, view.answers))
      assert.ok(page.body.includes(p.title.fa), `page ${p.id} shown`);
    assert.match(
      page.body,
      /چه مدرکی را می‌خواهید تأیید کنید؟<\/dt><dd class="summary-list__value">گواهی اشتغال به تحصیل/,
    );
    // The applicant's photo and the request's document, as staff links.
    const docs = await t.database.rows<{ id: string; kind: string }>(
      sql`select id, kind from documents where request_id = ${r.id} or (owner_id = ${view.applicantId} and kind = 'photo')`,
    );
    for (const d of docs) assert.ok(page.body.includes(`/staff/documents/${d.id}`), `${d.kind} previewed`);
    assert.match(page.body, /<img[^>]+src="\/staff\/documents\/[^"]+\/thumbnail"/);
    // The officer's actions from "submitted": only starting the review.
    assert.match(page.body, /\/transitions\/start_review"/);
    assert.doesNotMatch(page.body, /\/transitions\/approve"/);
    const views = await auditRows(t, 'request.view', `request:${r.id}`);
    assert.equal(views.length, 1);
    assert.equal(views[0]!.actor, `staff:${officer.id}`);
    assert.equal(views[0]!.ip, '127.0.0.1');
    assert.equal(views[0]!.details.consulate, ids.london);
    const english = await agent.get(`/staff/requests/${r.id}`, {
      cookie: `${[...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; lang=en`,
    });
    assert.match(english.body, /<html lang="en" dir="ltr">/);
    assert.match(english.body, />Start the review</);
    assert.match(english.body, />What do you want confirmed\?<\/dt>/);
    // Listing the queue is not a view of a record.
    await agent.get('/staff/queue');
    assert.equal(
      (await auditRows(t, 'request.view', `request:${r.id}`)).length,
      2,
      'the English page was a view too',
    );
  });

  test('two officers on the same version: the second gets a conflict page and nothing is overwritten', async () => {
    const r = await submittedRequest(t);
    const first = await staffAgent(t, officer);
    await first.get(`/staff/requests/${r.id}`);
    const started = await first.post(`/staff/requests/${r.id}/transitions/start_review`, {
      version: versionOf((await first.get(`/staff/requests/${r.id}`)).body)!,
    });
    assert.equal(started.statusCode, 303);
    assert.equal(started.headers.location, `/staff/requests/${r.id}?done=start_review`);

    const second = await staffAgent(t, colleague);
    const pageA = await first.get(`/staff/requests/${r.id}`);
    const pageB = await second.get(`/staff/requests/${r.id}`);
    const version = versionOf(pageA.body)!;
    assert.equal(versionOf(pageB.body), version);

    const field = /name="(fields-[^"]+)" type="checkbox" value="([^"]+)"/.exec(pageA.body)!;
    const returned = await first.post(`/staff/requests/${r.id}/transitions/return_for_correction`, {
      version,
      [field[1]!]: field[2]!,
      correctionMessage: 'The university name is misspelled.',
      'deadline-day': '20',
      'deadline-month': '3',
      'deadline-year': '2026',
    });
    assert.equal(returned.statusCode, 303, returned.body.slice(0, 2000));

    const approved = await second.post(`/staff/requests/${r.id}/transitions/approve`, { version });
    assert.equal(approved.statusCode, 409);
    assert.match(approved.body, /کس دیگری تغییر داده/);
    assert.match(approved.body, /نیازمند اصلاح/, 'the state now');
    assert.match(approved.body, /Maryam Officer/, 'who changed it');
    assert.match(approved.body, /The university name is misspelled\./, 'what they said');
    assert.ok(approved.body.includes(`href="/staff/requests/${r.id}"`), 'a way to look again');
    assert.equal((await state(t, r.id)).state, 'needs_correction');
    assert.equal((await auditRows(t, 'request.approve', `request:${r.id}`)).length, 0);
  });

  test('the correction loop: flagged field only, resubmitted, and the officer sees the change old → new', async () => {
    const r = await submittedRequest(t, 'academic-document-confirmation', {
      overrides: { documentType: 'tuition', tuitionCurrency: 'Pounds sterlnig' },
    });
    const agent = await staffAgent(t, officer);
    await agent.post(`/staff/requests/${r.id}/transitions/start_review`, {
      version: versionOf((await agent.get(`/staff/requests/${r.id}`)).body)!,
    });
    const page = await agent.get(`/staff/requests/${r.id}`);
    assert.match(page.body, /name="fields-tuition" type="checkbox" value="tuitionCurrency"/);
    // The deadline is offered 14 days ahead, in the Persian calendar on a Persian page.
    const in14 = new Date(t.clock.now().getTime() + 14 * DAY);
    const jalali = gregorianToJalali({
      year: in14.getUTCFullYear(),
      month: in14.getUTCMonth() + 1,
      day: in14.getUTCDate(),
    });
    for (const [part, n] of [
      ['day', jalali.day],
      ['month', jalali.month],
      ['year', jalali.year],
    ] as const)
      assert.match(
        page.body,
        new RegExp(`name="deadline-${part}"[^>]*value="${toPersianDigits(String(n))}"`),
      );
    const returned = await agent.post(`/staff/requests/${r.id}/transitions/return_for_correction`, {
      version: versionOf(page.body)!,
      'fields-tuition': 'tuitionCurrency',
      documents: 'certificate',
      correctionMessage: 'Please spell the currency as on the certificate.',
      'deadline-day': String(in14.getUTCDate()),
      'deadline-month': String(in14.getUTCMonth() + 1),
      'deadline-year': String(in14.getUTCFullYear()),
    });
    assert.equal(returned.statusCode, 303, returned.body.slice(0, 3000));
    const [row] = await t.database.rows<{
      correction: { fields: string[]; documents: string[]; deadline: string };
    }>(sql`select correction from service_requests where id = ${r.id}`);
    assert.deepEqual(row!.correction.fields, ['tuitionCurrency']);
    assert.deepEqual(row!.correction.documents, ['certificate']);
    // The end of that day in London (GMT in March).
    assert.equal(
      row!.correction.deadline,
      new Date(
        Date.UTC(in14.getUTCFullYear(), in14.getUTCMonth(), in14.getUTCDate(), 23, 59, 59),
      ).toISOString(),
    );

    // The applicant fixes the flagged answer only; another page stays closed to them.
    const applicant = r.agent;
    const own = await applicant.get(`/requests/${r.id}`);
    assert.match(own.body, /Please spell the currency as on the certificate\./);
    assert.equal((await applicant.get(`/requests/${r.id}/pages/document-type`)).statusCode, 303);
    await applicant.get(`/requests/${r.id}/pages/tuition?return=check`);
    const fixed = await applicant.post(`/requests/${r.id}/pages/tuition?return=check`, {
      tuitionAmount: '0',
      tuitionCurrency: 'Pounds sterling',
    });
    assert.equal(fixed.statusCode, 303, fixed.body.slice(0, 1000));
    // And sends the flagged document again (the old one is kept: the first submission holds it).
    await applicant.get(`/requests/${r.id}/documents/certificate`);
    const again = await applicant.upload(`/requests/${r.id}/documents/certificate`, {
      bytes: await twoPagePdf(),
      filename: 'certificate.pdf',
      contentType: 'application/pdf',
    });
    assert.equal(again.statusCode, 303, again.body.slice(0, 500));
    await applicant.get(`/requests/${r.id}/check`);
    const resent = await applicant.post(`/requests/${r.id}/resubmit`);
    assert.equal(resent.statusCode, 303);
    assert.equal((await state(t, r.id)).state, 'resubmitted');

    const review = await agent.get(`/staff/requests/${r.id}`);
    assert.match(review.body, /اصلاح و دوباره فرستاده/);
    assert.match(review.body, /id="version-2"/);
    const section = review.body.slice(review.body.indexOf('id="version-2"'));
    const changes = section.slice(0, section.indexOf('id="timeline-title"'));
    assert.match(changes, /واحد پول[\s\S]*Pounds sterlnig[\s\S]*Pounds sterling/, 'old → new');
    assert.doesNotMatch(changes, /مبلغ شهریه|نوع مدرک/, 'unchanged answers are not listed');
    const docs = await t.database.rows<{ id: string; superseded: boolean }>(
      sql`select id, superseded_at is not null as superseded from documents where request_id = ${r.id} order by created_at`,
    );
    assert.equal(docs.length, 2);
    const [old, current] = [docs.find((d) => d.superseded)!, docs.find((d) => !d.superseded)!];
    assert.match(
      changes,
      new RegExp(`تصویر مدرک[\\s\\S]*/staff/documents/${old.id}"[\\s\\S]*/staff/documents/${current.id}"`),
    );
    // The old version is still the officer's to open; the page previews the latest submission's.
    assert.equal((await agent.get(`/staff/documents/${old.id}`)).statusCode, 200);
    assert.match(review.body, new RegExp(`<iframe[^>]+src="/staff/documents/${current.id}"`));
    // Resubmitted: the officer may review again or reject.
    assert.match(review.body, /\/transitions\/start_review"/);
    assert.match(review.body, /\/transitions\/reject"/);
  });

  test('action errors come back on the same page with the typed text kept', async () => {
    const r = await submittedRequest(t);
    const agent = await staffAgent(t, officer);
    await agent.post(`/staff/requests/${r.id}/transitions/start_review`, {
      version: versionOf((await agent.get(`/staff/requests/${r.id}`)).body)!,
    });
    const page = await agent.get(`/staff/requests/${r.id}`);
    const version = versionOf(page.body)!;
    const noReason = await agent.post(`/staff/requests/${r.id}/transitions/reject`, {
      version,
      reason: '   ',
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /class="error-summary"/);
    assert.match(noReason.body, /دلیل رد درخواست را بنویسید/);

    const past = await agent.post(`/staff/requests/${r.id}/transitions/return_for_correction`, {
      version,
      'fields-issue': 'issueDate',
      correctionMessage: 'Kept as typed <b>',
      'deadline-day': '1',
      'deadline-month': '1',
      'deadline-year': '2020',
    });
    assert.equal(past.statusCode, 400);
    assert.match(past.body, /مهلت باید روزی پس از امروز باشد/);
    assert.match(past.body, /Kept as typed &lt;b>/);
    assert.match(past.body, /value="2020"/);
    assert.match(past.body, /name="fields-issue" type="checkbox" value="issueDate" checked/);

    const nothing = await agent.post(`/staff/requests/${r.id}/transitions/return_for_correction`, {
      version,
      correctionMessage: '',
      'deadline-day': '۱۰',
      'deadline-month': '۱',
      'deadline-year': '۱۴۰۵',
    });
    assert.equal(nothing.statusCode, 400);
    assert.match(nothing.body, /دست‌کم یک پاسخ یا یک مدرک/);
    assert.match(nothing.body, /بنویسید چه چیزی باید اصلاح شود/);
    assert.doesNotMatch(nothing.body, /مهلت باید/, 'a Jalali date in Persian digits is a date');

    // A transition the page never offered (approve from "submitted" needs a review first) is refused, not run.
    const other = await submittedRequest(t);
    const crafted = await agent.post(`/staff/requests/${other.id}/transitions/approve`, {
      version: versionOf((await agent.get(`/staff/requests/${other.id}`)).body)!,
    });
    assert.equal(crafted.statusCode, 400);
    assert.equal((await state(t, other.id)).state, 'submitted');
    assert.equal(
      (await agent.post(`/staff/requests/${other.id}/transitions/dance`, { version: '1' })).statusCode,
      404,
    );
    assert.equal((await state(t, r.id)).state, 'under_review');

    const rejected = await agent.post(`/staff/requests/${r.id}/transitions/reject`, {
      version,
      reason: 'The certificate is not from a recognised university.',
    });
    assert.equal(rejected.statusCode, 303);
    assert.equal((await state(t, r.id)).state, 'rejected');
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(mail.some((m) => m.kind === 'request.reject' && /recognised university/.test(m.text)));
  });

  test('internal notes: listed for staff, audited without their words, never shown or sent to the applicant', async () => {
    const r = await submittedRequest(t);
    const agent = await staffAgent(t, officer);
    await agent.get(`/staff/requests/${r.id}`);
    const secret = 'Internal: the certificate stamp looks photocopied';
    const empty = await agent.post(`/staff/requests/${r.id}/notes`, { note: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /متن یادداشت را بنویسید/);
    const added = await agent.post(`/staff/requests/${r.id}/notes`, { note: secret });
    assert.equal(added.statusCode, 303);
    const page = await agent.get(`/staff/requests/${r.id}`);
    assert.ok(page.body.includes(secret));
    assert.match(page.body, /Maryam Officer/);
    const colleaguePage = await (await staffAgent(t, colleague)).get(`/staff/requests/${r.id}`);
    assert.ok(colleaguePage.body.includes(secret), 'the consulate shares its notes');

    const audit = await auditRows(t, 'request.note', `request:${r.id}`);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor, `staff:${officer.id}`);
    assert.ok(!JSON.stringify(audit[0]).includes('photocopied'), 'the audit row does not hold the words');
    const dump = JSON.stringify(await t.database.rows(sql`select * from request_notes`));
    assert.ok(!dump.includes('photocopied'), 'sealed at rest');

    // The applicant's pages and emails, after changes that email them, never hold the note.
    await agent.post(`/staff/requests/${r.id}/transitions/start_review`, { version: versionOf(page.body)! });
    const v = versionOf((await agent.get(`/staff/requests/${r.id}`)).body)!;
    await agent.post(`/staff/requests/${r.id}/transitions/approve`, {
      version: v,
      approveMessage: 'All in order.',
    });
    assert.equal((await state(t, r.id)).state, 'approved');
    for (const path of [`/requests/${r.id}`, '/account', `/requests/${r.id}/receipt`]) {
      const own = await r.agent.get(path);
      assert.equal(own.statusCode, 200, path);
      assert.ok(!own.body.includes('photocopied'), `${path} has no note`);
    }
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(mail.some((m) => m.kind === 'request.approve' && m.text.includes('All in order.')));
    assert.ok(mail.every((m) => !m.text.includes('photocopied') && !(m.html ?? '').includes('photocopied')));
  });

  test('assignment: an officer takes and gives back; only a supervisor gives it to someone else', async () => {
    const r = await submittedRequest(t);
    const agent = await staffAgent(t, officer);
    await agent.get(`/staff/requests/${r.id}`);
    assert.equal((await agent.post(`/staff/requests/${r.id}/assign`, { to: 'me' })).statusCode, 303);
    assert.equal((await state(t, r.id)).assigned_to, officer.id);
    const other = await staffAgent(t, colleague);
    await other.get(`/staff/requests/${r.id}`);
    assert.equal((await other.post(`/staff/requests/${r.id}/assign`, { to: 'me' })).statusCode, 400);
    assert.equal((await other.post(`/staff/requests/${r.id}/assign`, { to: colleague.id })).statusCode, 400);
    assert.equal((await state(t, r.id)).assigned_to, officer.id);

    const boss = await staffAgent(t, supervisor);
    const page = await boss.get(`/staff/requests/${r.id}`);
    assert.match(page.body, /Reza Colleague/, 'the officers of the consulate to choose from');
    assert.doesNotMatch(page.body, new RegExp(`value="${berlinOfficer.id}"`));
    assert.equal(
      (await boss.post(`/staff/requests/${r.id}/assign`, { to: berlinOfficer.id })).statusCode,
      400,
    );
    assert.equal((await boss.post(`/staff/requests/${r.id}/assign`, { to: colleague.id })).statusCode, 303);
    assert.equal((await state(t, r.id)).assigned_to, colleague.id);
    await other.get(`/staff/requests/${r.id}`);
    assert.equal((await other.post(`/staff/requests/${r.id}/assign`, { to: 'nobody' })).statusCode, 303);
    assert.equal((await state(t, r.id)).assigned_to, null);
    const audit = await auditRows(t, 'request.assign', `request:${r.id}`);
    assert.deepEqual(
      audit.map((a) => a.actor),
      [`staff:${officer.id}`, `staff:${supervisor.id}`, `staff:${colleague.id}`],
    );
  });

  test('staff open documents inline with safe headers, audited; another consulate gets 404', async () => {
    // A request whose document is a PDF, to be previewed in a frame.
    const applicant = await newApplicant(t);
    const id = await fillRequest(t, applicant, 'academic-document-confirmation');
    await applicant.get(`/requests/${id}/documents/certificate`);
    const up = await applicant.upload(`/requests/${id}/documents/certificate`, {
      bytes: await twoPagePdf(),
      filename: 'certificate.pdf',
      contentType: 'application/pdf',
    });
    assert.equal(up.statusCode, 303, up.body.slice(0, 500));
    const check = await applicant.get(`/requests/${id}/check`);
    const key = /name="submitKey" value="([^"]+)"/.exec(check.body)![1]!;
    assert.equal((await applicant.post(`/requests/${id}/submit`, { submitKey: key })).statusCode, 303);
    const [pdf] = await t.database.rows<{ id: string }>(
      sql`select id from documents where request_id = ${id} and mime = 'application/pdf'`,
    );
    const [photo] = await t.database.rows<{ id: string }>(
      sql`select d.id from documents d join service_requests r on r.applicant_id = d.owner_id
          where r.id = ${id} and d.kind = 'photo' and d.superseded_at is null`,
    );

    const agent = await staffAgent(t, officer);
    const page = await agent.get(`/staff/requests/${id}`);
    assert.match(page.body, new RegExp(`<iframe[^>]+src="/staff/documents/${pdf!.id}"`));
    assert.doesNotMatch(page.body, /<iframe[^>]+sandbox/, 'a sandboxed frame would stop the PDF viewer');

    const file = await agent.get(`/staff/documents/${pdf!.id}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^inline; filename="certificate\.pdf"$/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(
      String(file.headers['content-security-policy']),
      /default-src 'none'; sandbox; frame-ancestors 'self'/,
    );
    assert.equal(file.headers['x-frame-options'], 'SAMEORIGIN');
    assert.match(String(file.headers['cache-control']), /no-store/);
    assert.ok(file.rawPayload.subarray(0, 5).toString('latin1') === '%PDF-');
    const thumb = await agent.get(`/staff/documents/${photo!.id}/thumbnail`);
    assert.equal(thumb.statusCode, 200);
    assert.equal(thumb.headers['content-type'], 'image/jpeg');

    const views = await auditRows(t, 'document.view', `document:${pdf!.id}`);
    assert.equal(views.length, 1);
    assert.equal(views[0]!.actor, `staff:${officer.id}`);
    assert.equal(views[0]!.details.request, id);
    // A preview thumbnail shown on the audited review page is not a separate opening.
    assert.equal((await auditRows(t, 'document.view', `document:${photo!.id}`)).length, 0);

    const berlin = await staffAgent(t, berlinOfficer);
    for (const path of [
      `/staff/documents/${pdf!.id}`,
      `/staff/documents/${photo!.id}/thumbnail`,
      `/staff/documents/not-a-uuid`,
      `/staff/documents/00000000-0000-7000-8000-000000000000`,
    ]) {
      assert.equal((await berlin.get(path)).statusCode, 404, path);
    }
    assert.equal((await berlin.get(`/staff/requests/${id}`)).statusCode, 404);
    assert.equal(
      (await auditRows(t, 'document.view', `document:${pdf!.id}`)).length,
      1,
      'refusals open nothing',
    );

    // A draft's document is the applicant's own until it is sent.
    const draft = await newApplicant(t);
    const draftId = await fillRequest(t, draft, 'academic-document-confirmation');
    const [draftDoc] = await t.database.rows<{ id: string }>(
      sql`select id from documents where request_id = ${draftId}`,
    );
    assert.equal((await agent.get(`/staff/documents/${draftDoc!.id}`)).statusCode, 404);
  });

  test('iran-outcome services: send to Iran, ready or posted, complete; the issuing link only for counter and online', async () => {
    const service = t.app.platform.requests.services.all.find((s) => s.outcome === 'iran' && !s.sensitive)!;
    const r = await submittedRequest(t, service.id);
    const agent = await staffAgent(t, officer);
    const step = async (name: string, body: Record<string, string> = {}) => {
      const page = await agent.get(`/staff/requests/${r.id}`);
      assert.match(page.body, new RegExp(`/transitions/${name}"`), `${name} offered`);
      const res = await agent.post(`/staff/requests/${r.id}/transitions/${name}`, {
        version: versionOf(page.body)!,
        ...body,
      });
      assert.equal(res.statusCode, 303, `${name}: ${res.body.slice(0, 500)}`);
      return page;
    };
    await step('start_review');
    const reviewing = await step('approve');
    assert.doesNotMatch(reviewing.body, /\/issue"/);
    const approved = await step('send_to_iran');
    assert.doesNotMatch(approved.body, /\/issue"/, 'iran documents are not issued here');
    const sent = await step('mark_ready', { mark_readyMessage: 'Come on a Tuesday morning.' });
    assert.match(sent.body, /\/transitions\/mark_posted"/);
    await step('complete');
    assert.equal((await state(t, r.id)).state, 'completed');
    const done = await agent.get(`/staff/requests/${r.id}`);
    assert.match(done.body, /کاری از سوی کارشناس لازم نیست/);

    const online = await submittedRequest(t);
    await agent.post(`/staff/requests/${online.id}/transitions/start_review`, {
      version: versionOf((await agent.get(`/staff/requests/${online.id}`)).body)!,
    });
    await agent.post(`/staff/requests/${online.id}/transitions/approve`, {
      version: versionOf((await agent.get(`/staff/requests/${online.id}`)).body)!,
    });
    const issuable = await agent.get(`/staff/requests/${online.id}`);
    assert.ok(issuable.body.includes(`href="/staff/requests/${online.id}/issue"`));
    assert.ok(issuable.body.includes(`href="/staff/counter/${online.id}"`));
    assert.doesNotMatch(issuable.body, /\/transitions\/issue"/, 'issuing is its own page (four eyes)');
  });
});
