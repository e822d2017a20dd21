import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig } from '../../config.ts';
import { freshDatabase } from '../../test-support/database.ts';
import { TestClock } from '../clock.ts';
import type { Database } from '../db.ts';
import { requestContext } from '../http/context.ts';
import { SessionStore } from '../http/session.ts';
import { isLoopback, registerDevMailbox } from './dev-mailbox-routes.tsx';
import { renderEmail } from './message.ts';
import { devTransport, type MailLogger } from './transports.ts';

let database: Database;
let app: FastifyInstance;
const clock = new TestClock();
const quiet: MailLogger = { info() {}, warn() {}, error() {} };

/**
 * The pieces of the app the routes rely on (cookies, CSRF, the request context that renders pages), so this file
 * tests the mailbox on its own; `env` switches it on or off like the environment does.
 */
async function mailboxApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-test-data', ...env });
  const policy = { idleMs: 3_600_000, absoluteMs: 3_600_000 };
  const sessions = new SessionStore(database.db, clock, {
    anonymous: policy,
    applicant: policy,
    staff: policy,
  });
  const instance = Fastify();
  await instance.register(cookie, { secret: 'x'.repeat(32) });
  await instance.register(csrf, { cookieOpts: { signed: true } });
  await instance.register(requestContext, { config, sessions, asset: (name: string) => `/assets/${name}` });
  registerDevMailbox(instance, { db: database.db, config });
  await instance.ready();
  return instance;
}

before(async () => {
  database = await freshDatabase();
  app = await mailboxApp();
  const dev = devTransport(database.db, clock, quiet);
  await dev.send({
    to: 'older@example.org',
    ...renderEmail('en', { subject: 'Older', paragraphs: ['first'], code: '111111' }),
    attachments: [
      {
        filename: 'appointment.ics',
        contentType: 'text/calendar; charset=utf-8',
        content: 'BEGIN:VCALENDAR\r\n',
      },
    ],
  });
  clock.advance(60_000);
  await dev.send({
    to: 'newer@example.org',
    ...renderEmail('fa', {
      subject: 'جدیدتر <script>alert(1)</script>',
      paragraphs: ['<img src=x onerror=alert(1)>'],
      code: '222222',
    }),
  });
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, remoteAddress, headers: { host: 'localhost:80', ...headers } });

test('the JSON mailbox answers loopback clients, newest first', async () => {
  for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
    const response = await get('/dev/mailbox.json', address);
    assert.equal(response.statusCode, 200, address);
    assert.equal(response.headers['cache-control'], 'no-store');
    const mails = response.json() as Record<string, unknown>[];
    assert.ok(Array.isArray(mails));
    assert.deepEqual(Object.keys(mails[0] ?? {}).sort(), [
      'attachments',
      'html',
      'id',
      'sentAt',
      'subject',
      'text',
      'to',
    ]);
    assert.deepEqual(
      mails.map((m) => m.to),
      ['newer@example.org', 'older@example.org'],
    );
    assert.equal(mails[0]?.sentAt, clock.now().toISOString());
    assert.match(String(mails[0]?.text), /222222/);
  }
});

test('an attachment is served as it would reach a mail client, to loopback clients only', async () => {
  const mails = (await get('/dev/mailbox.json', '127.0.0.1')).json() as {
    id: string;
    to: string;
    attachments: { filename: string }[];
  }[];
  const older = mails.find((m) => m.to === 'older@example.org')!;
  assert.deepEqual(
    older.attachments.map((a) => a.filename),
    ['appointment.ics'],
  );
  const file = await get(`/dev/mailbox/${older.id}/attachments/0`, '127.0.0.1');
  assert.equal(file.statusCode, 200);
  assert.match(String(file.headers['content-type']), /^text\/calendar/);
  assert.match(String(file.headers['content-disposition']), /attachment; filename="appointment.ics"/);
  assert.equal(file.body, 'BEGIN:VCALENDAR\r\n');
  assert.equal((await get(`/dev/mailbox/${older.id}/attachments/1`, '127.0.0.1')).statusCode, 404);
  assert.equal((await get(`/dev/mailbox/${older.id}/attachments/0`, '10.0.0.7')).statusCode, 404);
  const page = await get('/dev/mailbox', '127.0.0.1');
  assert.ok(page.body.includes(`href="/dev/mailbox/${older.id}/attachments/0"`));
});

test('any other client, or one behind a proxy, gets a 404', async () => {
  for (const url of ['/dev/mailbox.json', '/dev/mailbox']) {
    assert.equal((await get(url, '203.0.113.9')).statusCode, 404, url);
    assert.equal((await get(url, '::ffff:203.0.113.9')).statusCode, 404, url);
    assert.equal((await get(url, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).statusCode, 404, url);
    assert.equal((await get(url, '127.0.0.1', { forwarded: 'for=203.0.113.9' })).statusCode, 404, url);
  }
  const response = await get('/dev/mailbox.json', '203.0.113.9');
  assert.doesNotMatch(response.body, /222222|example\.org/);
  assert.equal(isLoopback('127.8.9.10'), true);
  assert.equal(isLoopback('128.0.0.1'), false);
  assert.equal(isLoopback('::ffff:10.0.0.1'), false);
  assert.equal(isLoopback(undefined), false);
});

test('the HTML page shows each email as text and in a sandboxed frame, never inlined', async () => {
  const response = await get('/dev/mailbox', '127.0.0.1');
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /text\/html/);
  assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
  const body = response.body;
  assert.equal(body.includes('<script>alert(1)</script>'), false);
  assert.equal(body.includes('<img src=x'), false);
  assert.match(body, /<iframe sandbox(="")? srcdoc="[^"]*&lt;html lang=&quot;fa&quot; dir=&quot;rtl&quot;/);
  // An empty sandbox (no allow-scripts, no allow-same-origin) on every frame.
  assert.equal((body.match(/<iframe sandbox(="")? srcdoc=/g) ?? []).length, 2);
  assert.equal((body.match(/<iframe /g) ?? []).length, 2);
  assert.match(body, /newer@example\.org/);
  assert.match(body, /222222/);
  assert.ok(body.indexOf('newer@example.org') < body.indexOf('older@example.org'), 'newest first');
});

test('no mailbox routes when the dev mailbox is off', async () => {
  const envs: Record<string, string>[] = [{ DEV_MAILBOX: '0' }, { SMTP_URL: 'smtp://127.0.0.1:25' }];
  for (const env of envs) {
    const off = await mailboxApp(env);
    try {
      for (const url of ['/dev/mailbox.json', '/dev/mailbox']) {
        const response = await off.inject({ method: 'GET', url, remoteAddress: '127.0.0.1' });
        assert.equal(response.statusCode, 404, `${url} ${JSON.stringify(env)}`);
      }
    } finally {
      await off.close();
    }
  }
  // Production never has it, whatever the flag says.
  const production = Fastify();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-test-data' });
  registerDevMailbox(production, { db: database.db, config: { ...config, production: true } });
  const response = await production.inject({
    method: 'GET',
    url: '/dev/mailbox.json',
    remoteAddress: '127.0.0.1',
  });
  assert.equal(response.statusCode, 404);
  await production.close();
});
