import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';

describe('HTTP platform', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({
      extend: (app) => {
        app.get('/test/boom', async () => {
          throw new Error('secret internal detail: relation "applicants" at /srv/app.ts:42');
        });
        app.post('/test/echo', async () => ({ ok: true }));
      },
    });
  });
  after(() => t.close());

  test('home page is Persian, right to left, with strict security headers', async () => {
    const res = await t.agent().get('/');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /^<!doctype html>/i);
    assert.match(res.body, /<html lang="fa" dir="rtl"/);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'same-origin');
    assert.equal(res.headers['strict-transport-security'], undefined, 'HSTS only in production');
    assert.ok(res.headers['x-request-id']);
    assert.doesNotMatch(res.body, /<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(res.body, /\sstyle="/, 'no inline style');
  });

  test('language switch gives English, is kept in a cookie, and returns to the same page', async () => {
    const agent = t.agent();
    await agent.get('/help');
    const res = await agent.post('/language', { lang: 'en', next: '/help' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/help');
    const help = await agent.get('/help');
    assert.match(help.body, /<html lang="en" dir="ltr"/);
    const privacy = await agent.get('/privacy');
    assert.match(privacy.body, /<html lang="en" dir="ltr"/, 'the choice stays on the next page');
    await agent.post('/language', { lang: 'fa', next: '/' });
    assert.match((await agent.get('/')).body, /<html lang="fa" dir="rtl"/);
  });

  test('the language switch never redirects to another site', async () => {
    const agent = t.agent();
    await agent.get('/');
    for (const next of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await agent.post('/language', { lang: 'en', next });
      assert.equal(res.headers.location, '/', next);
    }
  });

  test('every public page renders in both languages', async () => {
    for (const lang of ['fa', 'en']) {
      const agent = t.agent();
      agent.cookies.set('lang', lang);
      for (const path of ['/', '/help', '/accessibility', '/privacy']) {
        const res = await agent.get(path);
        assert.equal(res.statusCode, 200, `${lang} ${path}`);
        assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      }
    }
  });

  test('a POST without a CSRF token is refused with 403 and a page in the person’s language', async () => {
    const agent = t.agent();
    await agent.get('/');
    const res = await agent.post('/test/echo', {}, { csrf: false });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /<html lang="fa"/);
    const forged = await agent.post('/test/echo', { _csrf: 'forged-token' });
    assert.equal(forged.statusCode, 403);
    const ok = await agent.post('/test/echo', {});
    assert.equal(ok.statusCode, 200);
  });

  test('a token from another browser does not work', async () => {
    const a = t.agent();
    const b = t.agent();
    await a.get('/');
    await b.get('/');
    const res = await b.post('/test/echo', { _csrf: a.csrfToken! });
    assert.equal(res.statusCode, 403);
  });

  test('a cross-origin POST is refused even with a valid token', async () => {
    const agent = t.agent();
    await agent.get('/');
    const res = await agent.post('/test/echo', {}, { headers: { origin: 'https://evil.example' } });
    assert.equal(res.statusCode, 403);
    const site = await agent.post(
      '/test/echo',
      {},
      { headers: { origin: '', 'sec-fetch-site': 'cross-site' } },
    );
    assert.equal(site.statusCode, 403);
  });

  test('a thrown error renders the 500 page with a reference and no internals', async () => {
    const res = await t.agent().get('/test/boom');
    assert.equal(res.statusCode, 500);
    assert.match(res.body, /<html lang="fa"/);
    assert.doesNotMatch(res.body, /secret internal detail|relation|app\.ts|at \/|Error:/);
    assert.ok(res.body.includes(String(res.headers['x-request-id'])), 'shows the request id as a reference');
  });

  test('unknown pages are 404 in both languages without internals', async () => {
    const agent = t.agent();
    const res = await agent.get('/no/such/page?x=<script>');
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /<html lang="fa"/);
    assert.doesNotMatch(res.body, /<script>/);
    agent.cookies.set('lang', 'en');
    const en = await agent.get('/nothing-here');
    assert.equal(en.statusCode, 404);
    assert.match(en.body, /Page not found/);
  });

  test('a malformed form body is a 400 page, not a crash', async () => {
    const agent = t.agent();
    await agent.get('/');
    const res = await agent.request({
      method: 'POST',
      url: '/test/echo',
      payload: '{"not": "a form"',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:80' },
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<html/);
  });

  test('/healthz and /readyz answer 200', async () => {
    const health = await t.agent().get('/healthz');
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { status: 'ok' });
    const ready = await t.agent().get('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().status, 'ok');
  });
});

test('/readyz answers 503 when the database is gone, and pages say so without internals', async (ctx) => {
  const t = await buildTestApp({ t: ctx });
  await t.database.close();
  const ready = await t.agent().get('/readyz');
  assert.equal(ready.statusCode, 503);
  const help = await t.agent().get('/help');
  assert.equal(help.statusCode, 503);
  assert.doesNotMatch(help.body, /PGlite|closed|stack/i);
});

test('a PostgreSQL server that refuses connections: /readyz 503 and a 503 page, quickly, without internals', async (ctx) => {
  const { openDatabase } = await import('../db.ts');
  // Nothing listens on port 1: every connection is refused, as when the server is down or restarting.
  const database = await openDatabase({ kind: 'postgres', url: 'postgres://mikhak@127.0.0.1:1/mikhak' });
  ctx.after(() => database.close());
  const t = await buildTestApp({ t: ctx, database });
  const ready = await t.agent().get('/readyz');
  assert.equal(ready.statusCode, 503);
  const help = await t.agent().get('/help');
  assert.equal(help.statusCode, 503);
  assert.doesNotMatch(help.body, /ECONNREFUSED|127\.0\.0\.1:1|stack/i);
  assert.match(help.body, /<html lang="fa"/);
});

test('production pages send HSTS and Secure, __Host- cookies', async (ctx) => {
  const key = Buffer.alloc(32, 1).toString('base64');
  const t = await buildTestApp({
    t: ctx,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://unused/unused',
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'x <x@example.org>',
      SECRET_KEY: key,
      ENCRYPTION_KEY: key,
      PUBLIC_URL: 'https://mikhak.example',
      LOG_LEVEL: 'silent',
      // A throwaway Ed25519 key (PKCS#8, base64 DER): production refuses to start without a signing key.
      SIGNING_KEY: 'MC4CAQAwBQYDK2VwBCIEIBs8a1b2YZhfN6JQw1Jk0EkXjc4vHoESkEjjeIyphLs+',
    },
  });
  const res = await t.agent().get('/');
  assert.match(String(res.headers['strict-transport-security']), /max-age=\d+/);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
  assert.match(setCookie, /__Host-csrf=[^;]+;.*Secure/);
  assert.equal((await t.agent().get('/dev/mailbox.json')).statusCode, 404, 'no dev mailbox in production');
  assert.equal((await t.agent().get('/dev/ui')).statusCode, 404);
});
