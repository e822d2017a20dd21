import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enqueueEmail } from '../src/platform/mail/outbox.ts';
import { otpEmail } from '../src/platform/mail/templates.ts';
import { needChromium } from '../src/test-support/tools.ts';
import {
  assertAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  switchLanguage,
} from './support.ts';

test(
  'the development mailbox shows sent emails in both languages; JSON for scripts; axe clean',
  needChromium(),
  async (ctx) => {
    const server = await startServer(ctx);
    const { db } = server.database;
    const deps = { keys: server.app.platform.keys, clock: server.clock };
    await db.transaction(async (tx) => {
      await enqueueEmail(tx, deps, 'otp', {
        to: 'sara@example.org',
        ...otpEmail('fa', { code: '493021', minutes: 10 }),
      });
      await enqueueEmail(tx, deps, 'otp', {
        to: 'reza@example.org',
        ...otpEmail('en', { code: '118204', minutes: 10 }),
      });
    });
    server.app.platform.wakeMailer();
    // The server's own worker delivers them, as in `npm start`.
    let mails: { to: string; text: string }[] = [];
    for (let i = 0; i < 50 && mails.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      mails = (await (await fetch(`${server.baseUrl}/dev/mailbox.json`)).json()) as typeof mails;
    }

    const json = (await (await fetch(`${server.baseUrl}/dev/mailbox.json`)).json()) as {
      to: string;
      text: string;
    }[];
    assert.equal(json.length, 2);
    assert.ok(json.some((m) => m.to === 'sara@example.org' && m.text.includes('493021')));

    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${server.baseUrl}/dev/mailbox`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok((await page.textContent('main'))?.includes('493021'));
    await assertAccessible(page, 'dev mailbox (fa)');
    await screenshot(page, 'dev-mailbox-fa');
    await switchLanguage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await assertAccessible(page, 'dev mailbox (en)');
    await screenshot(page, 'dev-mailbox-en');
  },
);
