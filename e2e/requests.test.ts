import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { registerActive } from '../src/modules/accounts/test-helpers.ts';
import type { Field } from '../src/modules/catalog/definition.ts';
import * as fixtures from '../src/modules/documents/test-fixtures.ts';
import { DEMO_PEOPLE } from '../src/modules/registry/fixtures.ts';
import { needChromium, needTool } from '../src/test-support/tools.ts';
import {
  assertAccessible,
  errorsOn,
  launchBrowser,
  navigating,
  newContext,
  type Page,
  SCREENSHOTS,
  screenshot,
  signInWithCode,
  startServer,
  switchLanguage,
} from './support.ts';

/** Service requests in a real browser: from the catalog to a tracking code, a receipt, a draft and a correction. */

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1990);
type Server = Awaited<ReturnType<typeof startServer>>;

/** Answers one field on the page as a person would, with `value` or the first sensible answer. */
async function answer(page: Page, field: Field, value?: string | string[]) {
  const id = `#f-${field.id}`;
  switch (field.type) {
    case 'date': {
      const [y, m, d] = (
        typeof value === 'string' ? value : field.when === 'future' ? '2027-06-15' : '2000-01-15'
      ).split('-');
      await page.fill(id, String(Number(d)));
      await page.fill(`${id}-month`, String(Number(m)));
      await page.fill(`${id}-year`, y!);
      return;
    }
    case 'choice': {
      const v = typeof value === 'string' ? value : field.options[0]!.value;
      if (field.style === 'select') await page.selectOption(id, v);
      else await page.check(`input[name="${field.id}"][value="${v}"]`);
      return;
    }
    case 'checkboxes':
      for (const v of Array.isArray(value) ? value : [field.options[0]!.value]) {
        await page.check(`input[name="${field.id}"][value="${v}"]`);
      }
      return;
    case 'country':
      await page.selectOption(id, typeof value === 'string' ? value : 'GB');
      return;
    default: {
      const typed =
        typeof value === 'string'
          ? value
          : ({
              nationalCode: '0007806140',
              phone: '+98 21 8888 0000',
              email: 'agent@example.org',
              number: '1',
            }[field.type as string] ??
            (field.type === 'text' && field.multiline ? 'تهران، خیابان نمونه، پلاک ۱۲' : 'نمونه'));
      if (field.type === 'text' && field.multiline) await page.fill(id, typed);
      else await page.fill(id, typed);
    }
  }
}

/**
 * Goes through a request's question pages in the browser, answering every shown field (by id, with the given
 * answers or sensible ones), until the pages end. Returns the path reached after the questions.
 */
async function answerPages(
  server: Server,
  page: Page,
  serviceId: string,
  answers: Record<string, string | string[]>,
  shots?: string,
) {
  const service = server.app.platform.requests.services.find(serviceId)!;
  for (let step = 0; step < 30; step++) {
    const path = new URL(page.url()).pathname;
    const m = /\/pages\/([^/?]+)/.exec(path);
    if (!m) return path;
    const def = service.pages.find((p) => p.id === m[1])!;
    for (const field of def.fields) {
      if (!(await page.locator(`#f-${field.id}`).count())) continue;
      const shownIf = field.showIf;
      if (shownIf) {
        const want = Array.isArray(shownIf.equals) ? shownIf.equals : [shownIf.equals];
        const current = answers[shownIf.field] ?? '';
        if (!want.some((w) => (Array.isArray(current) ? current.includes(w) : current === w))) continue;
      }
      if (field.optional && answers[field.id] === undefined) continue;
      await answer(page, field, answers[field.id]);
    }
    if (shots && step === 0) {
      await assertAccessible(page, `${serviceId} first page (${shots})`);
      await screenshot(page, `request-page-${serviceId}-${shots}`);
    }
    await navigating(page, () => page.click('form.form button[type="submit"]:not([name])'));
    assert.doesNotMatch(new URL(page.url()).pathname, new RegExp(`/pages/${m[1]}$`), await errorsOn(page));
  }
  throw new Error('too many pages');
}

async function uploadRequestDocuments(page: Page, baseUrl: string) {
  const links = await page
    .locator('.task-list__link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  const scan = await fixtures.documentScanPng({ width: 1400, height: 900 });
  for (const href of links) {
    await page.goto(`${baseUrl}${href}`);
    await page.setInputFiles('#f-file', { name: 'certificate.png', mimeType: 'image/png', buffer: scan });
    // With JavaScript the upload goes by XMLHttpRequest and the answer replaces the page (no load event).
    await Promise.all([page.waitForURL(/\/documents$/), page.click('form[enctype] button[type="submit"]')]);
  }
}

async function trackingCodeOn(page: Page): Promise<string> {
  const code = (await page.locator('.panel .tracking-code').textContent())?.trim();
  assert.match(code ?? '', /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return code!;
}

describe('service requests in a real browser', needChromium(), () => {
  for (const locale of ['fa', 'en'] as const) {
    test(`a power of attorney to sell a flat, two agents acting jointly: catalog → tracking code → receipt PDF (${locale})`, async (ctx) => {
      const server = await startServer(ctx);
      const person = adults[locale === 'fa' ? 0 : 1]!;
      const email = `poa.${locale}@example.org`;
      await registerActive(server, person, email);
      const browser = await launchBrowser(ctx);
      const page = await (await newContext(browser)).newPage();
      await page.goto(`${server.baseUrl}/`);
      if (locale === 'en') await switchLanguage(page);
      await signInWithCode(page, server.baseUrl, person.nationalCode, email);

      await page.goto(`${server.baseUrl}/services`);
      await assertAccessible(page, `catalog (${locale})`);
      await screenshot(page, `catalog-${locale}`);
      await page.fill('#f-q', locale === 'fa' ? 'وکالت' : 'attorney');
      await navigating(page, () => page.click('search button[type="submit"]'));
      await screenshot(page, `catalog-search-${locale}`);
      await navigating(page, () => page.click('a[href="/services/power-of-attorney"]'));
      await assertAccessible(page, `service page (${locale})`);
      await screenshot(page, `service-poa-${locale}`);
      await navigating(page, () => page.click('form[action="/services/power-of-attorney/start"] button'));

      const service = server.app.platform.requests.services.find('power-of-attorney')!;
      const fieldIds = new Set(service.pages.flatMap((p) => p.fields.map((f) => f.id)));
      const answers: Record<string, string | string[]> = {
        poaType: 'property-sale',
        agentCount: '2',
        agentsActing: 'jointly',
        agent1FirstName: 'علی',
        agent1LastName: 'رضایی',
        agent1FatherName: 'حسن',
        agent1NationalCode: '0007806140',
        agent2FirstName: 'زهرا',
        agent2LastName: 'حسینی',
        agent2FatherName: 'علی',
        agent2NationalCode: '0008807086',
      };
      for (const k of Object.keys(answers)) assert.ok(fieldIds.has(k), `the definition asks ${k}`);
      const after = await answerPages(server, page, 'power-of-attorney', answers, locale);

      assert.match(after, /\/text$/);
      await assertAccessible(page, `power-of-attorney text (${locale})`);
      const text = await page.inputValue('#f-text');
      assert.ok(text.includes('علی') && text.includes('زهرا'), 'both agents are in the text');
      assert.match(text, /مجتمعاً/);
      await screenshot(page, `poa-text-${locale}`);
      await navigating(page, () => page.click('form.form button[type="submit"]:not([name])'));
      if (new URL(page.url()).pathname.endsWith('/documents')) {
        await uploadRequestDocuments(page, server.baseUrl);
        await navigating(page, () => page.click('a.button[href$="/check"]'));
      }

      assert.match(new URL(page.url()).pathname, /\/check$/);
      await assertAccessible(page, `check answers (${locale})`);
      await screenshot(page, `check-answers-${locale}`);
      await navigating(page, () => page.click('form[action$="/submit"] button'));
      assert.match(new URL(page.url()).pathname, /\/sent$/, await errorsOn(page));
      await assertAccessible(page, `sent (${locale})`);
      await screenshot(page, `request-sent-${locale}`);
      const code = await trackingCodeOn(page);

      await navigating(page, () => page.click('a[href$="/receipt"]'));
      await assertAccessible(page, `receipt (${locale})`);
      await screenshot(page, `receipt-page-${locale}`);
      const pdfHref = await page.locator('a[href$="/receipt.pdf"]').getAttribute('href');
      const pdf = await page.evaluate(async (href) => {
        const res = await fetch(href!);
        return Array.from(new Uint8Array(await res.arrayBuffer()));
      }, pdfHref);
      const bytes = Buffer.from(pdf);
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      const pdftoppm = needTool(
        'pdftoppm',
        existsSync('/usr/bin/pdftoppm'),
        "install Debian's poppler-utils",
      );
      if (!pdftoppm.skip) {
        const dir = mkdtempSync(join(tmpdir(), 'mikhak-receipt-'));
        writeFileSync(join(dir, 'receipt.pdf'), bytes);
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '80',
          '-singlefile',
          join(dir, 'receipt.pdf'),
          join(SCREENSHOTS, `receipt-journey-${locale}`),
        ]);
        assert.ok(readFileSync(join(SCREENSHOTS, `receipt-journey-${locale}.png`)).length > 10_000);
      }

      await page.goto(`${server.baseUrl}/account`);
      assert.ok(
        (await page.textContent('main'))?.includes(code),
        'the dashboard lists the request with its code',
      );
      await screenshot(page, `dashboard-requests-${locale}`);
    });
  }

  for (const locale of ['fa', 'en'] as const) {
    test(`an enrolment-certificate confirmation: a draft saved and resumed, a certificate uploaded, a correction loop (${locale})`, async (ctx) => {
      const server = await startServer(ctx);
      const person = adults[locale === 'fa' ? 2 : 3]!;
      const email = `student.${locale}@example.org`;
      await registerActive(server, person, email);
      const browser = await launchBrowser(ctx);
      const page = await (await newContext(browser)).newPage();
      await page.goto(`${server.baseUrl}/`);
      if (locale === 'en') await switchLanguage(page);
      await signInWithCode(page, server.baseUrl, person.nationalCode, email);

      await page.goto(`${server.baseUrl}/services/academic-document-confirmation`);
      await navigating(page, () => page.click('form[action$="/start"] button'));
      const service = server.app.platform.requests.services.find('academic-document-confirmation')!;
      const first = service.pages[0]!;
      for (const f of first.fields) if (!f.showIf && !f.optional) await answer(page, f);
      // Save and come back later: the draft is on the dashboard.
      await Promise.all([page.waitForURL(`${server.baseUrl}/account`), page.click('button[name="later"]')]);
      await assertAccessible(page, `dashboard with a draft (${locale})`);
      await screenshot(page, `dashboard-draft-${locale}`);
      const draftLink = page.locator('.request-list a').first();
      await navigating(page, () => draftLink.click());
      await assertAccessible(page, `draft request page (${locale})`);
      await navigating(page, () => page.click('main a.button'));
      assert.doesNotMatch(
        new URL(page.url()).pathname,
        new RegExp(`/pages/${first.id}$`),
        'resumes after the answered page',
      );
      const after = await answerPages(server, page, service.id, {});
      assert.match(after, /\/documents$/);
      await assertAccessible(page, `request documents (${locale})`);
      await uploadRequestDocuments(page, server.baseUrl);
      await screenshot(page, `request-documents-${locale}`);
      await navigating(page, () => page.click('a.button[href$="/check"]'));
      await navigating(page, () => page.click('form[action$="/submit"] button'));
      await trackingCodeOn(page);
      const id = new URL(page.url()).pathname.split('/')[2]!;

      // The officer returns it for correction (the back office will do this through the same function).
      const requests = server.app.platform.requests;
      assert.ok(
        (await requests.move({ requestId: id, name: 'start_review', by: 'officer', actor: 'staff:e2e' })).ok,
      );
      const flagged = service.pages
        .filter((p) => !p.showIf)
        .flatMap((p) => p.fields)
        .find((f) => !f.showIf && !f.optional && f.type !== 'checkboxes')!;
      const returned = await requests.move({
        requestId: id,
        name: 'return_for_correction',
        by: 'officer',
        actor: 'staff:e2e',
        message: 'نام دانشگاه را همان‌گونه که در گواهی آمده است بنویسید.',
        deadline: new Date(server.clock.now().getTime() + 14 * 24 * 3600_000),
        correction: { fields: [flagged.id], documents: [] },
      });
      assert.ok(returned.ok);
      await page.goto(`${server.baseUrl}/requests/${id}`);
      await assertAccessible(page, `request needing correction (${locale})`);
      await screenshot(page, `request-correction-${locale}`);
      await navigating(page, () => page.click('.notification-banner a.button'));
      const flaggedPage = service.pages.find((p) => p.fields.includes(flagged))!;
      assert.equal(new URL(page.url()).pathname, `/requests/${id}/check`);
      const change = `/requests/${id}/pages/${flaggedPage.id}?return=check`;
      assert.equal(
        await page.locator(`a[href="${change}"]`).count(),
        1,
        'the flagged answer has its Change link',
      );
      await page.goto(`${server.baseUrl}${change}`);
      await answer(page, flagged);
      await navigating(page, () => page.click('form.form button[type="submit"]:not([name])'));
      await navigating(page, () => page.click('form[action$="/resubmit"] button'));
      assert.match(
        (await page.textContent('main')) ?? '',
        locale === 'fa' ? /اصلاح و دوباره ارسال شده/ : /Corrected and sent again/,
      );
      await assertAccessible(page, `request resubmitted (${locale})`);
      await screenshot(page, `request-resubmitted-${locale}`);
      assert.equal((await requests.versions(id)).length, 2);
    });
  }
});
