import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { consulateIds, createStaffMember, giveTotp } from '../src/modules/staff/test-helpers.ts';
import { needChromium } from '../src/test-support/tools.ts';
import {
  appCode,
  assertAccessible,
  launchBrowser,
  newContext,
  passwordStep,
  screenshot,
  startServer,
  submit,
  switchLanguage,
  virtualAuthenticator,
} from './support.ts';

describe('staff sign-in in a real browser', needChromium(), () => {
  test('an admin enrols an authenticator app by QR code, signs in with its codes, and manages staff (fa, en)', async (ctx) => {
    const server = await startServer(ctx, { RATE_LIMIT_POST_PER_MINUTE: '10000' }, { localhost: true });
    const ids = await consulateIds(server);
    const admin = await createStaffMember(server, {
      roles: [{ role: 'admin', consulateId: null }],
      name: 'نیلوفر صالحی',
      email: 'niloufar.salehi@consulate.example',
    });
    const supervisor = await createStaffMember(server, {
      roles: [{ role: 'supervisor', consulateId: ids.berlin! }],
      name: 'Sara Karimi',
    });
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser)).newPage();

    await page.goto(`${server.baseUrl}/staff`);
    await assertAccessible(page, 'staff sign-in (fa)');
    await screenshot(page, 'staff-sign-in-fa');
    await page.fill('#f-email', admin.email);
    await page.fill('#f-password', 'not the password');
    await submit(page, '/staff');
    assert.ok(await page.locator('.error-summary').isVisible());
    await assertAccessible(page, 'staff sign-in error (fa)');
    await screenshot(page, 'staff-sign-in-error-fa');

    await passwordStep(page, server.baseUrl, admin.email);
    assert.equal(new URL(page.url()).pathname, '/staff/enrol');
    assert.ok(await page.locator('[data-module="staff-passkey"]').isVisible(), 'a passkey can be made here');
    await assertAccessible(page, 'enrolment (fa)');
    await screenshot(page, 'staff-enrol-fa');

    await page.click('a[href="/staff/enrol/totp"]');
    await page.waitForLoadState('load');
    await page.click('.details__summary');
    await assertAccessible(page, 'TOTP set-up (fa)');
    await screenshot(page, 'staff-totp-setup-fa');
    const secret = ((await page.textContent('.staff-secret .code')) ?? '').replace(/\s/g, '');
    assert.equal(secret.length, 32);
    await page.fill('#f-code', appCode(server, secret));
    await submit(page, '/staff/enrol/totp');
    assert.equal(new URL(page.url()).pathname, '/staff/admin');

    await page.goto(`${server.baseUrl}/staff/account`);
    assert.ok((await page.textContent('main'))?.includes('نیلوفر صالحی'));
    await assertAccessible(page, 'account (fa)');
    await screenshot(page, 'staff-account-fa');

    // Staff administration: a new officer at London with a temporary password.
    await page.goto(`${server.baseUrl}/staff/admin/staff/new`);
    await assertAccessible(page, 'new staff member (fa)');
    await page.fill('#f-name', 'مریم احمدی');
    await page.fill('#f-email', 'maryam.ahmadi@consulate.example');
    await page.check(`input[name="officer"][value="${ids.london}"]`);
    await screenshot(page, 'staff-admin-new-fa');
    await submit(page, '/staff/admin/staff');
    assert.match(new URL(page.url()).pathname, /^\/staff\/admin\/staff\/[0-9a-f-]{36}$/);
    assert.match((await page.textContent('.panel')) ?? '', /[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}/);
    await assertAccessible(page, 'staff member, temporary password (fa)');
    await screenshot(page, 'staff-admin-created-fa');

    await page.goto(`${server.baseUrl}/staff/admin/staff`);
    await assertAccessible(page, 'staff list (fa)');
    await screenshot(page, 'staff-admin-list-fa');
    await page.goto(`${server.baseUrl}/staff/admin/delegates`);
    await page.selectOption('#f-consulateId', ids.tokyo!);
    await page.selectOption('#f-staffId', supervisor.id);
    await submit(page, '/staff/admin/delegates');
    assert.ok(await page.locator('.notification-banner--success').isVisible());
    await assertAccessible(page, 'delegates (fa)');
    await screenshot(page, 'staff-delegates-fa');

    await switchLanguage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await assertAccessible(page, 'delegates (en)');
    await screenshot(page, 'staff-delegates-en');
    await page.goto(`${server.baseUrl}/staff/admin/staff`);
    await assertAccessible(page, 'staff list (en)');
    await screenshot(page, 'staff-admin-list-en');
    await page.click('a[href^="/staff/admin/staff/"]:has-text("مریم احمدی")');
    await page.waitForLoadState('load');
    await assertAccessible(page, 'staff member (en)');
    await screenshot(page, 'staff-admin-member-en');
    await page.goto(`${server.baseUrl}/staff/account`);
    await assertAccessible(page, 'account (en)');
    await screenshot(page, 'staff-account-en');

    // Signed out, then in again with a code from the app (a new 30-second step: a code is good once).
    await submit(page, '/sign-out');
    assert.equal(new URL(page.url()).pathname, '/staff');
    server.clock.advance(30_000);
    await passwordStep(page, server.baseUrl, admin.email);
    assert.equal(new URL(page.url()).pathname, '/staff/second-factor');
    await assertAccessible(page, 'second factor (en)');
    await screenshot(page, 'staff-second-factor-en');
    await page.fill('#f-code', appCode(server, secret));
    await submit(page, '/staff/second-factor');
    assert.equal(new URL(page.url()).pathname, '/staff/admin');
  });

  test('an officer creates a passkey at the first sign-in and signs in with it next time', async (ctx) => {
    const server = await startServer(ctx, { RATE_LIMIT_POST_PER_MINUTE: '10000' }, { localhost: true });
    const ids = await consulateIds(server);
    const officer = await createStaffMember(server, {
      roles: [{ role: 'officer', consulateId: ids.london! }],
      name: 'Davood Shirazi',
    });
    const browser = await launchBrowser(ctx);
    const context = await newContext(browser);
    const page = await context.newPage();
    const { cdp, authenticatorId } = await virtualAuthenticator(context, page);

    await passwordStep(page, server.baseUrl, officer.email);
    assert.equal(new URL(page.url()).pathname, '/staff/enrol');
    await Promise.all([
      page.waitForURL(`${server.baseUrl}/staff/queue`, { waitUntil: 'commit' }),
      page.click('[data-module="staff-passkey"] button'),
    ]);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);

    await page.goto(`${server.baseUrl}/staff/account`);
    assert.equal(await page.locator('form[action$="/remove"]').count(), 1);
    await assertAccessible(page, 'account with a passkey (fa)');
    await screenshot(page, 'staff-account-passkey-fa');

    await submit(page, '/sign-out');
    await passwordStep(page, server.baseUrl, officer.email);
    assert.equal(new URL(page.url()).pathname, '/staff/second-factor');
    const button = page.locator('[data-module="staff-passkey"] button');
    assert.ok(await button.isVisible());
    assert.equal(await page.locator('#f-code').count(), 0, 'no TOTP form without an authenticator app');
    await assertAccessible(page, 'second factor, passkey (fa)');
    await screenshot(page, 'staff-second-factor-passkey-fa');
    await Promise.all([
      page.waitForURL(`${server.baseUrl}/staff/queue`, { waitUntil: 'commit' }),
      button.click(),
    ]);
    await page.goto(`${server.baseUrl}/staff/account`);
    assert.equal(new URL(page.url()).pathname, '/staff/account');
    assert.doesNotMatch(
      (await page.textContent('main')) ?? '',
      /هنوز استفاده نشده/,
      'the last use is recorded',
    );
  });

  test('without JavaScript, the TOTP code signs in and the passkey parts say what they need', async (ctx) => {
    const server = await startServer(ctx, { RATE_LIMIT_POST_PER_MINUTE: '10000' }, { localhost: true });
    const ids = await consulateIds(server);
    const officer = await createStaffMember(server, {
      roles: [{ role: 'officer', consulateId: ids.london! }],
    });
    const secret = await giveTotp(server, officer);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await passwordStep(page, server.baseUrl, officer.email);
    await page.fill('#f-code', appCode(server, secret));
    await submit(page, '/staff/second-factor');
    assert.equal(new URL(page.url()).pathname, '/staff/queue');
    await page.goto(`${server.baseUrl}/staff/account`);
    assert.ok(await page.locator('[data-passkey-fallback]').isVisible());
    assert.ok(!(await page.locator('[data-module="staff-passkey"]').isVisible()));
    await screenshot(page, 'staff-account-nojs-fa');
  });
});
