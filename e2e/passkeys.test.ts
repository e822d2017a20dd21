import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADULT, OTHER_ADULT, registerActive } from '../src/modules/accounts/test-helpers.ts';
import { needChromium } from '../src/test-support/tools.ts';
import {
  assertAccessible,
  launchBrowser,
  newContext,
  screenshot,
  signInWithCode,
  startServer,
  submit,
  switchLanguage,
  virtualAuthenticator,
} from './support.ts';

/**
 * An applicant adds a passkey and signs in with it, in Chromium with a virtual authenticator (the devtools
 * protocol's stand-in for a phone's or computer's screen lock).
 */

/** The newest sign-in code to an address, once a mail newer than the `seen` ones has arrived. */

describe('passkeys in a real browser', needChromium(), () => {
  test('an applicant adds a passkey, signs out, and signs in with it; axe clean in fa and en', async (ctx) => {
    const server = await startServer(ctx, { RATE_LIMIT_POST_PER_MINUTE: '10000' }, { localhost: true });
    const email = 'passkey.browser@example.org';
    await registerActive(server, ADULT, email);

    const browser = await launchBrowser(ctx);
    const context = await newContext(browser);
    const page = await context.newPage();
    const { cdp, authenticatorId } = await virtualAuthenticator(context, page);

    await signInWithCode(page, server.baseUrl, ADULT.nationalCode, email);
    await page.goto(`${server.baseUrl}/account/passkeys`);
    assert.ok(await page.locator('[data-module="passkey-register"]').isVisible(), 'the add button is shown');
    assert.ok(!(await page.locator('[data-passkey-fallback]').isVisible()), 'the no-JavaScript note is not');
    await assertAccessible(page, 'passkeys, none yet (fa)');

    await page.click('[data-module="passkey-register"] button');
    // The script reloads the page once the server has kept the passkey; the page then says so.
    await page.locator('.notification-banner--success').waitFor({ state: 'visible' });
    await page.waitForLoadState('load');
    assert.equal(await page.locator('form[action$="/remove"]').count(), 1);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0]!.isResidentCredential, true);
    await assertAccessible(page, 'passkeys (fa)');
    await screenshot(page, 'passkeys-fa');

    await switchLanguage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await assertAccessible(page, 'passkeys (en)');
    await screenshot(page, 'passkeys-en');

    // Signing out through the header's form, then in again with nothing but the passkey.
    await submit(page, '/sign-out');
    await page.goto(`${server.baseUrl}/sign-in`);
    const button = page.locator('[data-module="passkey-sign-in"] button');
    assert.ok(await button.isVisible(), 'the passkey button is shown where the browser can use it');
    await assertAccessible(page, 'sign in with a passkey (en)');
    await screenshot(page, 'passkey-sign-in-en');
    await Promise.all([page.waitForURL(`${server.baseUrl}/account`, { waitUntil: 'load' }), button.click()]);
    assert.ok((await page.textContent('main'))?.includes(ADULT.firstName), 'signed in as the applicant');

    await page.goto(`${server.baseUrl}/account/passkeys`);
    assert.doesNotMatch((await page.textContent('main')) ?? '', /Not used yet/, 'the last use is recorded');
  });

  test('a passkey the server does not know: a plain error, and emailed codes still work', async (ctx) => {
    const server = await startServer(ctx, { RATE_LIMIT_POST_PER_MINUTE: '10000' }, { localhost: true });
    const browser = await launchBrowser(ctx);
    const context = await newContext(browser);
    const page = await context.newPage();
    const { cdp, authenticatorId } = await virtualAuthenticator(context, page);
    // A resident key for this site that was never registered here (or was removed from the account).
    await cdp.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: {
        credentialId: Buffer.from('unknown-credential').toString('base64'),
        isResidentCredential: true,
        rpId: 'localhost',
        privateKey: (await import('node:crypto'))
          .generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ format: 'der', type: 'pkcs8' })
          .toString('base64'),
        userHandle: Buffer.from('someone').toString('base64'),
        signCount: 0,
      },
    });
    await page.goto(`${server.baseUrl}/sign-in/passkey`);
    await page.click('[data-module="passkey-sign-in"] button');
    const error = page.locator('[data-module="passkey-sign-in"] [data-passkey-error]');
    await error.waitFor({ state: 'visible' });
    assert.match((await error.textContent()) ?? '', /ایمیل/);
    assert.equal(new URL(page.url()).pathname, '/sign-in/passkey');
    await assertAccessible(page, 'passkey sign-in error (fa)');
    await screenshot(page, 'passkey-sign-in-error-fa');
  });

  test('without JavaScript the pages say a passkey needs it, and nothing broken is shown', async (ctx) => {
    const server = await startServer(ctx, { RATE_LIMIT_POST_PER_MINUTE: '10000' }, { localhost: true });
    const email = 'passkey.nojs@example.org';
    await registerActive(server, OTHER_ADULT, email);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await signInWithCode(page, server.baseUrl, OTHER_ADULT.nationalCode, email);
    await page.goto(`${server.baseUrl}/account/passkeys`);
    assert.ok(await page.locator('[data-passkey-fallback]').isVisible());
    assert.ok(!(await page.locator('[data-module="passkey-register"]').isVisible()));
    // (No axe run here: axe.run waits on timers, which a page without JavaScript never fires.)
    await screenshot(page, 'passkeys-nojs-fa');
    await submit(page, '/sign-out');
    await page.goto(`${server.baseUrl}/sign-in/passkey`);
    assert.ok(await page.locator('[data-passkey-fallback]').isVisible());
    assert.ok(!(await page.locator('[data-module="passkey-sign-in"]').isVisible()));
  });
});
