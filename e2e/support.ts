import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import * as OTPAuth from 'otpauth';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { TEST_STAFF_PASSWORD } from '../src/modules/staff/test-helpers.ts';
import { seedDemo } from '../src/seed.ts';
import { buildTestApp, type TestApp } from '../src/test-support/app.ts';
import { CHROMIUM_PATH } from '../src/test-support/tools.ts';

/**
 * The app on a real port for the browser, on its own fresh database. With `localhost`, it is browsed at
 * http://localhost with PUBLIC_URL set to match: WebAuthn needs a secure context and an RP ID that is a host name,
 * and localhost is both.
 */
export async function startServer(
  ctx: Pick<TestContext, 'after'>,
  env: Record<string, string> = {},
  options: { localhost?: boolean } = {},
) {
  const port = options.localhost ? await freePort() : 0;
  const localUrl = `http://localhost:${port}`;
  const t: TestApp = await buildTestApp({
    t: ctx,
    env: options.localhost ? { PUBLIC_URL: localUrl, ...env } : env,
    mailWorker: true,
  });
  await seedDemo(t.database.db);
  await t.app.listen({ host: '127.0.0.1', port });
  const address = t.app.server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return { ...t, baseUrl: options.localhost ? localUrl : `http://127.0.0.1:${bound}` };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Chromium's virtual authenticator: a platform passkey provider that verifies the user, for this page. */
export async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

export async function launchBrowser(ctx: Pick<TestContext, 'after'>): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  ctx.after(() => browser.close());
  return browser;
}

export async function newContext(browser: Browser, options: { javaScript?: boolean; width?: number } = {}) {
  return browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'fa-IR',
  });
}

const axeSource = readFileSync(join(import.meta.dirname, '../node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (through the devtools protocol, so the page's CSP does not block it). */
export async function assertAccessible(page: Page, label: string) {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    (globalThis as any).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  const problems = result.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(problems, [], `axe violations on ${label}`);
}

export const SCREENSHOTS = join(import.meta.dirname, '../screenshots');

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Sets the page language the way a person does: the language switch in the header. */
export async function switchLanguage(page: Page) {
  await page.locator('form[action="/language"] button').click();
  await page.waitForLoadState('load');
}

/** The newest one-time code emailed to an address, read from the development mailbox as a person would. */
export async function codeFromMailbox(baseUrl: string, to: string, timeoutMs = 5_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const mails = (await (await fetch(`${baseUrl}/dev/mailbox.json`)).json()) as {
      to: string;
      text: string;
    }[];
    const code = mails.filter((m) => m.to === to).map((m) => /\b(\d{6})\b/.exec(m.text)?.[1])[0];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no code for ${to} in the mailbox`);
}

export async function newCode(baseUrl: string, to: string, seen: number): Promise<string> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const mails = (await (await fetch(`${baseUrl}/dev/mailbox.json`)).json()) as {
      to: string;
      text: string;
    }[];
    const mine = mails.filter((m) => m.to === to);
    const code = mine.length > seen ? /\b(\d{6})\b/.exec(mine[0]!.text)?.[1] : undefined;
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new code for ${to}`);
}

export async function mailCount(baseUrl: string, to: string): Promise<number> {
  const mails = (await (await fetch(`${baseUrl}/dev/mailbox.json`)).json()) as { to: string }[];
  return mails.filter((m) => m.to === to).length;
}

/** Submits the form with this action and waits for the page it leads to (not the one already loaded). */
export async function submit(page: Page, action: string) {
  await Promise.all([
    page.waitForEvent('load'),
    page.click(`form[action="${action}"] button[type="submit"]`),
  ]);
}

/** An emailed-code sign-in, as a person does it. */
export async function signInWithCode(page: Page, baseUrl: string, nationalCode: string, email: string) {
  const seen = await mailCount(baseUrl, email);
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('#f-nationalCode', nationalCode);
  await page.fill('#f-email', email);
  await submit(page, '/sign-in');
  assert.equal(new URL(page.url()).pathname, '/sign-in/code');
  await page.fill('#f-code', await newCode(baseUrl, email, seen));
  await submit(page, '/sign-in/code');
  assert.equal(new URL(page.url()).pathname, '/account');
}

/** Clicks something that loads a new page and waits for that page, not the one already there. */
export async function navigating(page: Page, click: () => Promise<void>) {
  await Promise.all([page.waitForEvent('load'), click()]);
}

/** The error summary's text, if the page has one (for assertion messages; never waits). */
export async function errorsOn(page: Page): Promise<string> {
  const summary = page.locator('.error-summary');
  return (await summary.count()) > 0 ? ((await summary.first().textContent()) ?? '') : '';
}

/** What an authenticator app shows for this secret at the server's time. */
export const appCode = (server: Pick<TestApp, 'clock'>, secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: server.clock.now().getTime(),
  });

/** A staff member's first step of signing in: email and password. */
export async function passwordStep(
  page: Page,
  baseUrl: string,
  email: string,
  password = TEST_STAFF_PASSWORD,
) {
  await page.goto(`${baseUrl}/staff`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await submit(page, '/staff');
}

export type { BrowserContext, Page };
