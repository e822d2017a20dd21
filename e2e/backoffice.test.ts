import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { registerActive } from '../src/modules/accounts/test-helpers.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from '../src/modules/backoffice/test-helpers.ts';
import { DEMO_PEOPLE } from '../src/modules/registry/fixtures.ts';
import { consulateIds, createStaffMember, giveTotp } from '../src/modules/staff/test-helpers.ts';
import { toLatinDigits } from '../src/platform/i18n/digits.ts';
import { needChromium } from '../src/test-support/tools.ts';
import {
  appCode,
  assertAccessible,
  errorsOn,
  launchBrowser,
  navigating,
  newContext,
  passwordStep,
  screenshot,
  signInWithCode,
  startServer,
  submit,
  switchLanguage,
  virtualAuthenticator,
} from './support.ts';

/**
 * The back office end to end, in a real browser and in both languages: an officer signs in with a passkey (a second
 * one with an authenticator app), finds a power of attorney an applicant sent, returns it for correction; the
 * applicant corrects it; the officer approves it, checks the applicant in at the counter by tracking code, records
 * the fee and the signature made in their presence, and prepares the document; the second officer approves issuing;
 * the public page says the document is authentic, and after a supervisor revokes it, that it is revoked.
 */

const applicants = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1990);

describe('the back office in a real browser', needChromium(), () => {
  for (const locale of ['fa', 'en'] as const) {
    test(`a power of attorney from the queue to a verified, then revoked, document (${locale})`, async (ctx) => {
      const server = await startServer(
        ctx,
        { ...MANY_APPLICANTS_ENV, RATE_LIMIT_POST_PER_MINUTE: '10000' },
        { localhost: true },
      );
      const base = server.baseUrl;
      const ids = await consulateIds(server);
      const officer = await createStaffMember(server, {
        roles: [{ role: 'officer', consulateId: ids.london! }],
        name: locale === 'fa' ? 'داوود شیرازی' : 'Davood Shirazi',
      });
      const second = await createStaffMember(server, {
        roles: [{ role: 'officer', consulateId: ids.london! }],
        name: locale === 'fa' ? 'مینا توکلی' : 'Mina Tavakoli',
      });
      const supervisor = await createStaffMember(server, {
        roles: [{ role: 'supervisor', consulateId: ids.london! }],
        name: locale === 'fa' ? 'سارا کریمی' : 'Sara Karimi',
      });
      const admin = await createStaffMember(server, {
        roles: [{ role: 'admin', consulateId: null }],
        name: locale === 'fa' ? 'نیلوفر صالحی' : 'Niloufar Salehi',
      });
      const adminSecret = await giveTotp(server, admin);
      const secondSecret = await giveTotp(server, second);
      const supervisorSecret = await giveTotp(server, supervisor);

      // The applicant's power of attorney, sent as in the service-requests journey.
      const person = applicants[locale === 'fa' ? 4 : 5]!;
      const email = `poa.office.${locale}@example.org`;
      const applicantAgent = await registerActive(server, person, email);
      const sent = await submittedRequest(server, 'power-of-attorney', {
        agent: applicantAgent,
        overrides: { poaType: 'property-sale', agentCount: '1' },
      });

      const browser = await launchBrowser(ctx);

      // The officer: a passkey made at the first sign-in, then used to sign in.
      const officerContext = await newContext(browser);
      const op = await officerContext.newPage();
      await virtualAuthenticator(officerContext, op);
      await op.goto(`${base}/staff`);
      if (locale === 'en') await switchLanguage(op);
      await passwordStep(op, base, officer.email);
      assert.equal(new URL(op.url()).pathname, '/staff/enrol');
      await Promise.all([
        op.waitForURL(`${base}/staff/queue`, { waitUntil: 'load' }),
        op.click('[data-module="staff-passkey"] button'),
      ]);
      await submit(op, '/sign-out');
      await passwordStep(op, base, officer.email);
      assert.equal(new URL(op.url()).pathname, '/staff/second-factor');
      await Promise.all([
        op.waitForURL(`${base}/staff/queue`, { waitUntil: 'load' }),
        op.click('[data-module="staff-passkey"] button'),
      ]);
      await assertAccessible(op, `queue (${locale})`);
      await screenshot(op, `journey-queue-${locale}`);

      // Found by its tracking code, typed as printed on the receipt.
      const printed = sent.trackingCode.replace(/(.{4})(?=.)/g, '$1-');
      await op.fill('#f-q', printed);
      await submit(op, '/staff/search');
      assert.equal(new URL(op.url()).pathname, `/staff/requests/${sent.id}`);
      await assertAccessible(op, `review (${locale})`);
      await screenshot(op, `journey-review-${locale}`);

      // Start the review, then return it: the text must name the flat's share plainly.
      await submit(op, `/staff/requests/${sent.id}/transitions/start_review`);
      await op.check('input[name="fields-text"][value="composedText"]');
      await op.fill('#f-correctionMessage', 'لطفاً سهم شش‌دانگ ملک را در متن وکالتنامه به حروف هم بنویسید.');
      await screenshot(op, `journey-correction-form-${locale}`);
      await submit(op, `/staff/requests/${sent.id}/transitions/return_for_correction`);
      assert.equal(new URL(op.url()).pathname, `/staff/requests/${sent.id}`, await errorsOn(op));
      assert.equal((await server.app.platform.requests.forStaff(sent.id, 'all'))?.state, 'needs_correction');
      await assertAccessible(op, `returned for correction (${locale})`);
      await screenshot(op, `journey-returned-${locale}`);

      // The applicant corrects the text and sends it again.
      const ap = await (await newContext(browser)).newPage();
      await ap.goto(`${base}/`);
      if (locale === 'en') await switchLanguage(ap);
      await signInWithCode(ap, base, person.nationalCode, email);
      await ap.goto(`${base}/requests/${sent.id}`);
      await screenshot(ap, `journey-applicant-correction-${locale}`);
      await ap.goto(`${base}/requests/${sent.id}/text?return=check`);
      const text = await ap.inputValue('#f-text');
      await ap.fill('#f-text', `${text}\nسهم مورد وکالت: شش‌دانگ (شش دانگ کامل).`);
      await navigating(ap, () => ap.click('form.form button[type="submit"]:not([name])'));
      await ap.goto(`${base}/requests/${sent.id}/check`);
      await navigating(ap, () => ap.click('form[action$="/resubmit"] button'));
      assert.equal((await server.app.platform.requests.forStaff(sent.id, 'all'))?.state, 'resubmitted');

      // The officer sees what changed, and approves.
      await op.goto(`${base}/staff/requests/${sent.id}`);
      assert.match((await op.textContent('main')) ?? '', /شش دانگ کامل/);
      await screenshot(op, `journey-resubmitted-${locale}`);
      await submit(op, `/staff/requests/${sent.id}/transitions/start_review`);
      await submit(op, `/staff/requests/${sent.id}/transitions/approve`);
      assert.equal((await server.app.platform.requests.forStaff(sent.id, 'all'))?.state, 'approved');

      // At the counter: check-in by tracking code, the originals, the fee, the signature.
      await op.goto(`${base}/staff/counter`);
      await assertAccessible(op, `counter (${locale})`);
      await op.fill('#f-code', sent.trackingCode.toLowerCase().replace(/(.{4})(?=.)/g, '$1 '));
      await submit(op, '/staff/counter');
      assert.equal(new URL(op.url()).pathname, `/staff/counter/${sent.id}`, await errorsOn(op));
      await submit(op, `/staff/counter/${sent.id}/check-in`);
      for (const box of await op.locator('input[name="originals"]').all()) await box.check();
      await submit(op, `/staff/counter/${sent.id}/originals`);
      await op.check('input[name="method"][value="card"]');
      await op.fill('#f-receiptNumber', 'POS-778812');
      await submit(op, `/staff/counter/${sent.id}/payments`);
      assert.ok((await server.app.platform.requests.forStaff(sent.id, 'all'))?.feePaidAt, await errorsOn(op));
      await submit(op, `/staff/counter/${sent.id}/signature`);
      await assertAccessible(op, `counter visit (${locale})`);
      await screenshot(op, `journey-counter-${locale}`);
      const receiptHref = await op.locator('a[href*="/payments/"]').first().getAttribute('href');
      await op.goto(`${base}${receiptHref}`);
      await assertAccessible(op, `payment receipt (${locale})`);
      await screenshot(op, `journey-payment-receipt-${locale}`);

      // The officer prepares the document; issuing waits for a second person.
      await op.goto(`${base}/staff/requests/${sent.id}/issue`);
      await assertAccessible(op, `issue preview (${locale})`);
      await screenshot(op, `journey-issue-preview-${locale}`);
      await submit(op, `/staff/requests/${sent.id}/issue`);
      const documentPath = new URL(op.url()).pathname;
      assert.match(documentPath, /^\/staff\/issued\/[0-9a-f-]{36}$/, await errorsOn(op));
      assert.equal(await op.locator('form[action$="/approve"]').count(), 0, 'the preparer cannot approve');

      // The second officer, with an authenticator app, approves.
      const sp = await (await newContext(browser)).newPage();
      await sp.goto(`${base}/staff`);
      if (locale === 'en') await switchLanguage(sp);
      await passwordStep(sp, base, second.email);
      await sp.fill('#f-code', appCode(server, secondSecret));
      await submit(sp, '/staff/second-factor');
      assert.equal(new URL(sp.url()).pathname, '/staff/queue');
      await sp.goto(`${base}/staff/issuing`);
      await assertAccessible(sp, `awaiting approval (${locale})`);
      await sp.goto(`${base}${documentPath}`);
      await submit(sp, `${documentPath}/approve`);
      assert.equal((await server.app.platform.requests.forStaff(sent.id, 'all'))?.state, 'issued');
      await assertAccessible(sp, `issued document (${locale})`);
      await screenshot(sp, `journey-issued-${locale}`);
      await sp.goto(`${base}${documentPath}/print`);
      await screenshot(sp, `journey-issued-print-${locale}`);
      const facts = toLatinDigits((await sp.textContent('.issued-print__facts')) ?? '');
      const number = /[A-Z]{3}-\d{4}-\d{6}/.exec(facts)?.[0];
      const code = /(?<![0-9A-Z])[0-9A-Z]{5}-[0-9A-Z]{5}(?![0-9A-Z])/.exec(facts)?.[0];
      assert.ok(number && code, 'the printed document shows its number and verification code');

      // The applicant sees the issued document on their request, with the number and code to share.
      await ap.goto(`${base}/requests/${sent.id}`);
      await navigating(ap, () => ap.click(`a[href="/requests/${sent.id}/document"]`));
      assert.ok(toLatinDigits((await ap.textContent('main')) ?? '').includes(number!), 'the number');
      await assertAccessible(ap, `applicant's document (${locale})`);
      await screenshot(ap, `journey-applicant-document-${locale}`);

      // Anyone: the public verification page.
      const pub = await (await newContext(browser)).newPage();
      await pub.goto(`${base}/verify`);
      if (locale === 'en') await switchLanguage(pub);
      await assertAccessible(pub, `verify (${locale})`);
      await pub.fill('#f-number', number!);
      await pub.fill('#f-code', code!);
      await submit(pub, '/verify');
      assert.ok(await pub.locator('.panel').isVisible(), 'authentic');
      assert.match((await pub.textContent('main')) ?? '', /شش دانگ کامل/, 'the text as issued');
      await assertAccessible(pub, `verified authentic (${locale})`);
      await screenshot(pub, `journey-verify-authentic-${locale}`);

      // The supervisor revokes it; the same check now says revoked.
      const vp = await (await newContext(browser)).newPage();
      await vp.goto(`${base}/staff`);
      if (locale === 'en') await switchLanguage(vp);
      await passwordStep(vp, base, supervisor.email);
      await vp.fill('#f-code', appCode(server, supervisorSecret));
      await submit(vp, '/staff/second-factor');
      // The supervisor's statistics: charts with their numbers, readable without JavaScript.
      await vp.goto(`${base}/staff/statistics`);
      assert.ok((await vp.locator('svg[role="img"]').count()) >= 3, 'charts');
      await assertAccessible(vp, `statistics (${locale})`);
      await screenshot(vp, `journey-statistics-${locale}`);
      await vp.goto(`${base}${documentPath}`);
      await vp.fill('#f-reason', 'The principal revoked the power of attorney in person at the consulate.');
      await submit(vp, `${documentPath}/revoke`);
      await screenshot(vp, `journey-revoked-staff-${locale}`);
      await pub.goto(`${base}/verify`);
      await pub.fill('#f-number', number!);
      await pub.fill('#f-code', code!);
      await submit(pub, '/verify');
      assert.ok(await pub.locator('.verify-result--revoked').isVisible(), 'revoked');
      assert.doesNotMatch((await pub.textContent('main')) ?? '', /شش دانگ کامل/, 'no content once revoked');
      await assertAccessible(pub, `verified revoked (${locale})`);
      await screenshot(pub, `journey-verify-revoked-${locale}`);

      // The admin: the consulate's settings, its services and fees, its closures, and the audit log of all this.
      const ad = await (await newContext(browser)).newPage();
      await ad.goto(`${base}/staff`);
      if (locale === 'en') await switchLanguage(ad);
      await passwordStep(ad, base, admin.email);
      await ad.fill('#f-code', appCode(server, adminSecret));
      await submit(ad, '/staff/second-factor');
      for (const [path, name] of [
        ['/staff/admin', 'admin'],
        [`/staff/admin/consulates/${ids.london}`, 'admin-consulate'],
        [`/staff/admin/consulates/${ids.london}/services`, 'admin-services'],
        [`/staff/admin/consulates/${ids.london}/closures`, 'admin-closures'],
        ['/staff/audit', 'audit-log'],
      ] as const) {
        await ad.goto(`${base}${path}`);
        assert.equal(new URL(ad.url()).pathname, path);
        await assertAccessible(ad, `${name} (${locale})`);
        await screenshot(ad, `journey-${name}-${locale}`);
      }
      const audit = (await ad.textContent('main')) ?? '';
      for (const action of ['request.view', 'counter.payment', 'issued.approve', 'issued.revoke']) {
        assert.ok(audit.includes(action), `the audit log shows ${action}`);
      }
    });
  }
});
