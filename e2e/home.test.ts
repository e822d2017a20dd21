import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { needChromium } from '../src/test-support/tools.ts';
import {
  assertAccessible,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  switchLanguage,
} from './support.ts';

describe('public pages in a real browser', needChromium(), () => {
  test('home in Persian, switch to English, kept on the next page; axe clean; screenshots', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const context = await newContext(browser);
    const page = await context.newPage();

    await page.goto(`${server.baseUrl}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'fa');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await assertAccessible(page, 'home (fa)');
    await screenshot(page, 'home-fa');

    await switchLanguage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(new URL(page.url()).pathname, '/');
    await assertAccessible(page, 'home (en)');
    await screenshot(page, 'home-en');

    await page.goto(`${server.baseUrl}/help`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language stays on the next page');
    await assertAccessible(page, 'help (en)');
    await screenshot(page, 'help-en');

    await switchLanguage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fa');
    assert.equal(new URL(page.url()).pathname, '/help', 'back on the same page');
    await assertAccessible(page, 'help (fa)');
    await screenshot(page, 'help-fa');
    for (const path of ['/accessibility', '/privacy']) {
      await page.goto(`${server.baseUrl}${path}`);
      await assertAccessible(page, `${path} (fa)`);
      await screenshot(page, `${path.slice(1)}-fa`);
    }
    await switchLanguage(page);
    for (const path of ['/accessibility', '/privacy']) {
      await page.goto(`${server.baseUrl}${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await assertAccessible(page, `${path} (en)`);
      await screenshot(page, `${path.slice(1)}-en`);
    }
  });

  test('404 page in both languages is accessible and says nothing internal', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser)).newPage();
    const res = await page.goto(`${server.baseUrl}/no-such-page`);
    assert.equal(res?.status(), 404);
    await assertAccessible(page, '404 (fa)');
    await screenshot(page, 'not-found-fa');
    await switchLanguage(page);
    const en = await page.goto(`${server.baseUrl}/no-such-page`);
    assert.equal(en?.status(), 404);
    assert.match((await page.textContent('h1')) ?? '', /Page not found/);
    await assertAccessible(page, '404 (en)');
    await screenshot(page, 'not-found-en');
  });

  test('works without JavaScript: language switch by a plain form post', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser, { javaScript: false })).newPage();
    await page.goto(`${server.baseUrl}/privacy`);
    await switchLanguage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(new URL(page.url()).pathname, '/privacy');
  });

  test('keyboard: the first Tab reaches the skip link, which moves to the main content', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.equal(focused, '#main-content');
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#main-content$/);
  });

  test('mobile width: nothing overflows sideways', async (ctx) => {
    const server = await startServer(ctx);
    const browser = await launchBrowser(ctx);
    const page = await (await newContext(browser, { width: 360 })).newPage();
    for (const path of ['/', '/help']) {
      await page.goto(`${server.baseUrl}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
    }
    await page.goto(`${server.baseUrl}/`);
    await screenshot(page, 'home-fa-mobile');
  });
});
