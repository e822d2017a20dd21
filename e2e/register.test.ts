import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as fixtures from '../src/modules/documents/test-fixtures.ts';
import { DEMO_PEOPLE } from '../src/modules/registry/fixtures.ts';
import { gregorianToJalali } from '../src/platform/i18n/dates.ts';
import { toPersianDigits } from '../src/platform/i18n/digits.ts';
import { needChromium } from '../src/test-support/tools.ts';
import {
  assertAccessible,
  codeFromMailbox,
  launchBrowser,
  newContext,
  type Page,
  screenshot,
  startServer,
  switchLanguage,
} from './support.ts';

/** A new applicant registers as the seed describes, in a real browser, in Persian and in English. */

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1990);

async function submit(page: Page, action: string) {
  await Promise.all([
    page.waitForLoadState('load'),
    page.click(`form[action="${action}"] button[type="submit"]`),
  ]);
}

async function signIn(page: Page, baseUrl: string, nationalCode: string, email: string, shots?: string) {
  await page.goto(`${baseUrl}/sign-in`);
  if (shots) {
    await assertAccessible(page, `sign-in (${shots})`);
    await screenshot(page, `sign-in-${shots}`);
  }
  await page.fill('#f-nationalCode', nationalCode);
  await page.fill('#f-email', email);
  await submit(page, '/sign-in');
  assert.equal(new URL(page.url()).pathname, '/sign-in/code');
  if (shots) {
    await assertAccessible(page, `code (${shots})`);
    await screenshot(page, `code-${shots}`);
  }
  const code = await codeFromMailbox(baseUrl, email);
  await page.fill('#f-code', code);
  await submit(page, '/sign-in/code');
}

async function fillIdentity(
  page: Page,
  p: (typeof DEMO_PEOPLE)[number],
  locale: 'fa' | 'en',
  overrides: { fatherName?: string } = {},
) {
  const j = gregorianToJalali(p.birthDate);
  // Persian pages: the Jalali date typed in Persian digits; English pages: the Gregorian date.
  const [d, m, y] =
    locale === 'fa'
      ? [j.day, j.month, j.year].map((n) => toPersianDigits(String(n)))
      : [p.birthDate.day, p.birthDate.month, p.birthDate.year].map(String);
  await page.fill('#f-firstName', p.firstName);
  await page.fill('#f-lastName', p.lastName);
  await page.fill('#f-fatherName', overrides.fatherName ?? p.fatherName);
  await page.fill('#f-birthDate', d!);
  await page.fill('#f-birthDate-month', m!);
  await page.fill('#f-birthDate-year', y!);
  await page.check(p.sex === 'male' ? '#f-sex' : '#f-sex-2');
  await page.fill('#f-birthCertificateNumber', p.birthCertificateNumber);
}

/** Every registration document through its upload form: a rotated phone photo with GPS, PNG scans, a PDF. */
async function uploadDocuments(page: Page, baseUrl: string, shots?: string) {
  assert.equal(new URL(page.url()).pathname, '/account/documents');
  if (shots) {
    await assertAccessible(page, `documents (${shots})`);
    await screenshot(page, `documents-${shots}`);
  }
  const scan = await fixtures.documentScanPng({ width: 1400, height: 900 });
  const files: Record<string, { name: string; mimeType: string; buffer: Buffer }> = {
    'passport-bio': {
      name: 'IMG_2041.JPG',
      mimeType: 'image/jpeg',
      buffer: await fixtures.phonePhotoJpeg({ width: 4000, height: 3000, orientation: 6, gps: true }),
    },
    'passport-exit-stamp': { name: 'stamp.png', mimeType: 'image/png', buffer: scan },
    'residence-permit': {
      name: 'permit.pdf',
      mimeType: 'application/pdf',
      buffer: await fixtures.twoPagePdf(),
    },
    'national-card-front': { name: 'card-front.png', mimeType: 'image/png', buffer: scan },
    'national-card-back': { name: 'card-back.png', mimeType: 'image/png', buffer: scan },
    photo: {
      name: 'me.jpg',
      mimeType: 'image/jpeg',
      buffer: await fixtures.portraitPhotoJpeg({ width: 600, height: 800 }),
    },
  };
  for (const [slug, file] of Object.entries(files)) {
    await page.goto(`${baseUrl}/account/documents/${slug}`);
    if (shots && slug === 'photo') await assertAccessible(page, `document kind (${shots})`);
    await page.setInputFiles('#f-file', file);
    if (shots && slug === 'passport-bio') {
      // With JavaScript the chosen picture is previewed before it is sent.
      await page.locator('.upload-preview img').waitFor({ state: 'visible' });
      await page.waitForFunction(
        () => (document.querySelector('.upload-preview img') as HTMLImageElement).naturalWidth > 0,
      );
      await screenshot(page, `document-preview-${shots}`);
    }
    if (shots && slug === 'photo') {
      // Hold the answer back a moment so that the progress bar can be seen while the upload is on its way.
      await page.route(`${baseUrl}/account/documents/photo`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.click('form[action="/account/documents/photo"] button[type="submit"]');
      await page.locator('.upload-progress:not([hidden])').waitFor();
      await screenshot(page, `document-progress-${shots}`);
      await page.waitForURL(`${baseUrl}/account/documents`);
      await page.unroute(`${baseUrl}/account/documents/photo`);
    } else {
      await Promise.all([
        page.waitForURL(`${baseUrl}/account/documents`),
        page.click(`form[action="/account/documents/${slug}"] button[type="submit"]`),
      ]);
    }
    await page.locator('.notification-banner--success').waitFor();
  }
  if (shots) {
    await assertAccessible(page, `documents done (${shots})`);
    await screenshot(page, `documents-done-${shots}`);
    await page.goto(`${baseUrl}/account/documents/passport-bio`);
    await page.locator('img.document-thumbnail').waitFor();
    assert.ok(
      await page
        .locator('img.document-thumbnail')
        .evaluate((img) => (img as HTMLImageElement).naturalWidth > 0),
    );
    await assertAccessible(page, `document uploaded (${shots})`);
    await screenshot(page, `document-uploaded-${shots}`);
    await page.goto(`${baseUrl}/account/documents`);
  }
  await Promise.all([page.waitForLoadState('load'), page.click('a.button[href="/register/check"]')]);
}

describe('applicant registration in a real browser', needChromium(), () => {
  for (const locale of ['fa', 'en'] as const) {
    test(`a new applicant reaches an active dashboard (${locale}); axe clean on every page`, async (ctx) => {
      const server = await startServer(ctx);
      const browser = await launchBrowser(ctx);
      const page = await (await newContext(browser)).newPage();
      const person = adults[locale === 'fa' ? 0 : 1]!;
      const email = `${locale}.applicant@example.org`;
      await page.goto(`${server.baseUrl}/`);
      if (locale === 'en') await switchLanguage(page);

      await signIn(page, server.baseUrl, person.nationalCode, email, locale);
      assert.equal(new URL(page.url()).pathname, '/register/identity');
      await assertAccessible(page, `identity (${locale})`);
      await fillIdentity(page, person, locale);
      await screenshot(page, `identity-${locale}`);
      await submit(page, '/register/identity');

      assert.equal(new URL(page.url()).pathname, '/register/residence');
      await assertAccessible(page, `residence (${locale})`);
      // Without JavaScript the consulate is not preselected by country; choose it as a person would.
      await page.selectOption('#f-country', 'DE');
      await page.fill('#f-city', 'Berlin');
      await page.fill('#f-address', 'Beispielstraße 12');
      await page.fill('#f-postalCode', '12345');
      await page.fill('#f-phone', '+49 30 1234 5678');
      await page.check('#f-status-2');
      const berlin = await page
        .locator('#f-consulateId option', { hasText: locale === 'fa' ? 'برلین' : 'Berlin' })
        .getAttribute('value');
      await page.selectOption('#f-consulateId', berlin!);
      await screenshot(page, `residence-${locale}`);
      await submit(page, '/register/residence');
      await uploadDocuments(page, server.baseUrl, locale);

      assert.equal(new URL(page.url()).pathname, '/register/check');
      await assertAccessible(page, `check (${locale})`);
      await screenshot(page, `check-${locale}`);
      assert.ok((await page.textContent('main'))?.includes(person.lastName));
      await submit(page, '/register/confirm');

      assert.equal(new URL(page.url()).pathname, '/account');
      await assertAccessible(page, `dashboard (${locale})`);
      await screenshot(page, `dashboard-${locale}`);
      assert.ok((await page.textContent('main'))?.includes(person.firstName));
      await page.goto(`${server.baseUrl}/account/profile`);
      await assertAccessible(page, `profile (${locale})`);
      await screenshot(page, `profile-${locale}`);
    });

    test(`a wrong father's name: the mismatch page, then a discrepancy reported (${locale})`, async (ctx) => {
      const server = await startServer(ctx);
      const browser = await launchBrowser(ctx);
      const page = await (await newContext(browser)).newPage();
      const person = adults[locale === 'fa' ? 2 : 3]!;
      await page.goto(`${server.baseUrl}/`);
      if (locale === 'en') await switchLanguage(page);
      await signIn(page, server.baseUrl, person.nationalCode, `${locale}.mismatch@example.org`);
      await fillIdentity(page, person, locale, { fatherName: 'نادرست' });
      await submit(page, '/register/identity');
      const text = (await page.textContent('main')) ?? '';
      assert.ok(
        !text.includes(person.fatherName) || person.fatherName.length < 2,
        'the registry value is not shown',
      );
      await assertAccessible(page, `mismatch (${locale})`);
      await screenshot(page, `mismatch-${locale}`);
      await page.fill('#f-message', 'My birth certificate says otherwise.');
      await submit(page, '/register/discrepancy');
      assert.match((await page.textContent('main')) ?? '', /Q-[A-Z0-9]{8}/);
      await assertAccessible(page, `discrepancy sent (${locale})`);
      await screenshot(page, `discrepancy-sent-${locale}`);
    });

    test(`an unknown national code gets the same neutral page (${locale})`, async (ctx) => {
      const server = await startServer(ctx);
      const browser = await launchBrowser(ctx);
      const page = await (await newContext(browser)).newPage();
      await page.goto(`${server.baseUrl}/`);
      if (locale === 'en') await switchLanguage(page);
      await signIn(page, server.baseUrl, '1234567891', `${locale}.unknown@example.org`);
      await fillIdentity(page, adults[4]!, locale);
      await submit(page, '/register/identity');
      assert.equal(new URL(page.url()).pathname, '/register/identity');
      await assertAccessible(page, `unknown (${locale})`);
      await screenshot(page, `unknown-${locale}`);
      assert.ok(
        await page.locator('form[action="/register/discrepancy"]').count(),
        'the question path is offered',
      );
    });
  }

  test('errors keep what was typed and link to their fields; axe clean on the error pages', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.fill('#f-nationalCode', '123');
    await page.fill('#f-email', 'not-an-email');
    await submit(page, '/sign-in');
    assert.equal(await page.inputValue('#f-email'), 'not-an-email', 'what was typed is kept');
    assert.ok(await page.locator('.error-summary a[href="#f-nationalCode"]').count());
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
      true,
      'focus on the summary',
    );
    await assertAccessible(page, 'sign-in errors (fa)');
    await screenshot(page, 'sign-in-errors-fa');
    await page.fill('#f-nationalCode', adults[5]!.nationalCode);
    await page.fill('#f-email', 'errors@example.org');
    await submit(page, '/sign-in');
    await page.fill('#f-code', '000000');
    await submit(page, '/sign-in/code');
    assert.ok(await page.locator('.error-summary a[href="#f-code"]').count());
    await assertAccessible(page, 'wrong code (fa)');
    await screenshot(page, 'code-wrong-fa');
  });

  test('the whole registration works without JavaScript', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    const person = adults[6]!;
    await signIn(page, server.baseUrl, person.nationalCode, 'nojs@example.org');
    assert.equal(new URL(page.url()).pathname, '/register/identity');
    await fillIdentity(page, person, 'fa');
    await submit(page, '/register/identity');
    assert.equal(new URL(page.url()).pathname, '/register/residence');
    await page.selectOption('#f-country', 'CA');
    await page.fill('#f-city', 'Toronto');
    await page.fill('#f-address', '100 Example Street');
    await page.fill('#f-postalCode', 'M5V 2T6');
    await page.fill('#f-phone', '+1 416 555 0134');
    await page.check('#f-status');
    const toronto = await page.locator('#f-consulateId option', { hasText: 'تورنتو' }).getAttribute('value');
    await page.selectOption('#f-consulateId', toronto!);
    await submit(page, '/register/residence');
    await uploadDocuments(page, server.baseUrl);
    await submit(page, '/register/confirm');
    assert.equal(new URL(page.url()).pathname, '/account');
  });
});
