import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../config.ts';
import { freshDatabase } from '../../test-support/database.ts';
import { TestClock } from '../clock.ts';
import { deriveKeys } from '../crypto.ts';
import type { Database } from '../db.ts';
import { listDevMailbox } from './dev-mailbox.ts';
import type { EmailMessage } from './message.ts';
import { enqueueEmail } from './outbox.ts';
import { otpEmail } from './templates.ts';
import {
  chooseTransport,
  devTransport,
  type MailLogger,
  smtpTransport,
  type Transport,
} from './transports.ts';
import { createMailWorker, describeError, type MailWorkerOptions, retryDelayMs } from './worker.ts';

// --- a real SMTP server, and just enough MIME to read what it received ---

type Received = {
  raw: string;
  rcptTo: string[];
  headers: Map<string, string>;
  subject: string;
  parts: Part[];
};
type Part = { type: string; body: string };

class Inbox {
  server: SMTPServer | undefined;
  port = 0;
  readonly messages: Received[] = [];

  async start(port = 0): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const rcptTo = session.envelope.rcptTo.map((r) => r.address);
          this.messages.push(parseMessage(Buffer.concat(chunks).toString('utf8'), rcptTo));
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '7bit').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const latin1 = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(latin1, 'latin1').toString('utf8');
  }
  return body;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}

function parseMessage(raw: string, rcptTo: string[]): Received {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts: Part[] = [];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const at = chunk.indexOf('\r\n\r\n');
      const ph = parseHeaders(chunk.slice(2, at));
      const partType = (ph.get('content-type') ?? 'text/plain').split(';')[0]!.trim();
      parts.push({
        type: partType,
        body: decodeBody(chunk.slice(at + 4), ph.get('content-transfer-encoding')),
      });
    }
  } else {
    parts.push({
      type: type.split(';')[0]!.trim(),
      body: decodeBody(body, headers.get('content-transfer-encoding')),
    });
  }
  return { raw, rcptTo, headers, subject: decodeWords(headers.get('subject') ?? ''), parts };
}

// --- fixtures ---

let database: Database;
const inbox = new Inbox();
const keys = deriveKeys(randomBytes(32), randomBytes(32));
const clock = new TestClock();
const logs: { level: string; obj: object; msg?: string }[] = [];
const logger: MailLogger = {
  info: (obj, msg) => logs.push({ level: 'info', obj, msg }),
  warn: (obj, msg) => logs.push({ level: 'warn', obj, msg }),
  error: (obj, msg) => logs.push({ level: 'error', obj, msg }),
};
const transports: Transport[] = [];

const configFor = (port: number, env: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/nonexistent-test-data',
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    ...env,
  });

function smtpTo(port: number, env: Record<string, string> = {}): Transport {
  const transport = smtpTransport(configFor(port, env));
  transports.push(transport);
  return transport;
}

function worker(transport: Transport, options: Partial<MailWorkerOptions> = {}) {
  return createMailWorker({ database, keys, clock, transport, logger, random: () => 1, ...options });
}

async function enqueue(to: string, code = '482913', locale: 'fa' | 'en' = 'fa'): Promise<string> {
  const message: EmailMessage = { to, ...otpEmail(locale, { code, minutes: 10 }) };
  return database.db.transaction((tx) => enqueueEmail(tx, { keys, clock }, 'otp.sign_in', message));
}

type Row = {
  state: string;
  attempts: number;
  payload_enc: Uint8Array | null;
  last_error: string | null;
  next_attempt_at: string | Date;
  sent_at: string | Date | null;
  locked_until: string | Date | null;
};
async function row(id: string): Promise<Row> {
  const rows = await database.rows<Row>(sql`select * from outbox where id = ${id}`);
  assert.ok(rows[0], `outbox row ${id}`);
  return rows[0];
}
const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/** A port nothing listens on: one the system just gave out and took back. */
async function deadPort(): Promise<number> {
  const probe = new Inbox();
  await probe.start();
  await probe.stop();
  return probe.port;
}

before(async () => {
  database = await freshDatabase();
  await inbox.start();
});
beforeEach(async () => {
  // Each test starts with an empty queue and inbox, so counts are its own.
  await database.db.execute(sql`delete from outbox`);
  inbox.messages.length = 0;
  if (!inbox.server) await inbox.start(inbox.port);
});
after(async () => {
  for (const t of transports) t.close?.();
  await inbox.stop();
  await database?.close();
});

// --- tests ---

test('a queued Persian message arrives over SMTP with text and HTML parts, and leaves nothing behind', async () => {
  const id = await enqueue('citizen@example.org', '482913');
  const result = await worker(smtpTo(inbox.port)).runOnce();
  assert.deepEqual(result, { sent: 1, failed: 0, retried: 0 });

  assert.equal(inbox.messages.length, 1);
  const mail = inbox.messages[0]!;
  assert.deepEqual(mail.rcptTo, ['citizen@example.org']);
  assert.equal(mail.subject, otpEmail('fa', { code: 'x', minutes: 10 }).subject);
  assert.match(mail.headers.get('from') ?? '', /no-reply@mikhak\.example/);
  assert.equal(mail.headers.get('content-language'), 'fa');
  assert.match(mail.headers.get('content-type') ?? '', /multipart\/alternative/);
  const text = mail.parts.find((p) => p.type === 'text/plain');
  const html = mail.parts.find((p) => p.type === 'text/html');
  assert.ok(text && html, 'both a text and an HTML part');
  assert.match(text.body, /482913/);
  assert.match(html.body, /<html lang="fa" dir="rtl">/);
  assert.match(html.body, /482913/);

  const r = await row(id);
  assert.equal(r.state, 'sent');
  assert.equal(r.attempts, 1);
  assert.equal(r.payload_enc, null, 'the delivered code does not linger');
  assert.equal(r.last_error, null);
  assert.equal(iso(r.sent_at), clock.now().toISOString());
  assert.equal(r.locked_until, null);
});

test('during an SMTP outage the message waits with a backoff, then goes out when the server is back', async () => {
  const transport = smtpTo(inbox.port);
  await inbox.stop();
  const id = await enqueue('patient@example.org', '135790');
  const w = worker(transport);
  const start = clock.now().getTime();

  assert.deepEqual(await w.runOnce(), { sent: 0, failed: 0, retried: 1 });
  let r = await row(id);
  assert.equal(r.state, 'pending');
  assert.equal(r.attempts, 1);
  assert.ok(r.last_error, 'the error is recorded');
  assert.match(r.last_error, /ECONNREFUSED|connect/i);
  assert.doesNotMatch(r.last_error, /patient|135790/);
  assert.equal(iso(r.next_attempt_at), new Date(start + 30_000).toISOString());
  assert.equal(r.payload_enc !== null, true, 'still there to be sent');

  assert.deepEqual(await w.runOnce(), { sent: 0, failed: 0, retried: 0 }, 'not due yet');
  clock.advance(30_000);
  await inbox.start(inbox.port);
  assert.deepEqual(await w.runOnce(), { sent: 1, failed: 0, retried: 0 });
  r = await row(id);
  assert.equal(r.state, 'sent');
  assert.equal(r.attempts, 2);
  assert.equal(r.payload_enc, null);
  assert.deepEqual(
    inbox.messages.map((m) => m.rcptTo[0]),
    ['patient@example.org'],
  );
});

test('retries back off exponentially with jitter, capped at an hour, and end as failed after maxAttempts', async () => {
  assert.equal(
    retryDelayMs(1, () => 1),
    30_000,
  );
  assert.equal(
    retryDelayMs(2, () => 1),
    60_000,
  );
  assert.equal(
    retryDelayMs(4, () => 1),
    240_000,
  );
  assert.equal(
    retryDelayMs(20, () => 1),
    3_600_000,
  );
  assert.equal(
    retryDelayMs(1, () => 0),
    22_500,
  );
  for (let i = 0; i < 50; i++) {
    const d = retryDelayMs(3);
    assert.ok(d >= 90_000 && d <= 120_000, `${d}`);
  }

  const id = await enqueue('nobody@example.org');
  const w = worker(smtpTo(await deadPort()), { maxAttempts: 3 });
  const delays: number[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const now = clock.now().getTime();
    const result = await w.runOnce();
    const r = await row(id);
    assert.equal(r.attempts, attempt);
    if (attempt < 3) {
      assert.deepEqual(result, { sent: 0, failed: 0, retried: 1 });
      delays.push(new Date(r.next_attempt_at).getTime() - now);
      clock.advance(2 * 3_600_000);
    } else {
      assert.deepEqual(result, { sent: 0, failed: 1, retried: 0 });
      assert.equal(r.state, 'failed');
      assert.equal(r.payload_enc, null);
      assert.ok(r.last_error);
    }
  }
  assert.deepEqual(delays, [30_000, 60_000]);
  assert.deepEqual(await w.runOnce(), { sent: 0, failed: 0, retried: 0 }, 'a failed message is left alone');
});

test('a message left sending by a killed worker is sent once its lease has expired', async () => {
  const id = await enqueue('lease@example.org');
  const lease = new Date(clock.now().getTime() + 5 * 60_000).toISOString();
  await database.db.execute(
    sql`update outbox set state = 'sending', attempts = 1, locked_until = ${lease} where id = ${id}`,
  );
  const w = worker(smtpTo(inbox.port));
  assert.deepEqual(await w.runOnce(), { sent: 0, failed: 0, retried: 0 }, 'the lease still holds');
  assert.equal(inbox.messages.length, 0);
  clock.advance(5 * 60_000 + 1_000);
  assert.deepEqual(await w.runOnce(), { sent: 1, failed: 0, retried: 0 });
  const r = await row(id);
  assert.equal(r.state, 'sent');
  assert.equal(r.attempts, 2);
  assert.equal(inbox.messages.length, 1);
});

test('a message whose last attempt never finished is given up, not sent forever', async () => {
  const id = await enqueue('poison@example.org');
  const expired = new Date(clock.now().getTime() - 1_000).toISOString();
  await database.db.execute(
    sql`update outbox set state = 'sending', attempts = 3, locked_until = ${expired} where id = ${id}`,
  );
  assert.deepEqual(await worker(smtpTo(inbox.port), { maxAttempts: 3 }).runOnce(), {
    sent: 0,
    failed: 1,
    retried: 0,
  });
  assert.equal((await row(id)).state, 'failed');
  assert.equal(inbox.messages.length, 0);
});

test('two workers running at once send each message exactly once', async () => {
  const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => enqueue(`person${i}@example.org`)));
  const a = worker(smtpTo(inbox.port), { batchSize: 8 });
  const b = worker(smtpTo(inbox.port), { batchSize: 8 });
  const results = await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
  const sent = results.reduce((n, r) => n + r.sent, 0);
  assert.equal(sent, 12);
  const recipients = inbox.messages.map((m) => m.rcptTo[0]).sort();
  assert.equal(recipients.length, 12);
  assert.equal(new Set(recipients).size, 12);
  for (const id of ids) assert.equal((await row(id)).state, 'sent');
});

test('with a DKIM key configured, the message is signed', async () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const transport = smtpTo(inbox.port, {
    DKIM_DOMAIN: 'mikhak.example',
    DKIM_SELECTOR: 'mail2026',
    DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
  });
  await enqueue('signed@example.org');
  assert.deepEqual(await worker(transport).runOnce(), { sent: 1, failed: 0, retried: 0 });
  const signature = inbox.messages[0]?.headers.get('dkim-signature');
  assert.ok(signature, 'DKIM-Signature header');
  assert.match(signature, /\bd=mikhak\.example;/);
  assert.match(signature, /\bs=mail2026;/);
  assert.match(signature, /\bbh=[A-Za-z0-9+/=]+;/);
});

test('an altered payload is failed without being sent', async () => {
  const id = await enqueue('tampered@example.org');
  await database.db.execute(
    sql`update outbox set payload_enc = overlay(payload_enc placing '\\x00'::bytea from 20 for 1) where id = ${id}`,
  );
  assert.deepEqual(await worker(smtpTo(inbox.port)).runOnce(), { sent: 0, failed: 1, retried: 0 });
  const r = await row(id);
  assert.equal(r.state, 'failed');
  assert.equal(r.last_error, 'payload could not be decrypted');
  assert.equal(inbox.messages.length, 0);
});

test('the polling loop sends on wake(), survives a failing transport and database, and stops cleanly', async () => {
  logs.length = 0;
  let calls = 0;
  const flaky: Transport = {
    name: 'flaky',
    async send(message) {
      calls++;
      if (calls === 1) throw new Error(`boom for ${message.to}`);
      await smtp.send(message);
    },
  };
  const smtp = smtpTo(inbox.port);
  const w = worker(flaky, { pollMs: 60_000 });
  w.start();
  await enqueue('loop@example.org');
  w.wake();
  await waitFor(() => logs.some((l) => l.level === 'warn'));
  assert.equal(inbox.messages.length, 0);
  clock.advance(60_000);
  w.wake();
  await waitFor(() => inbox.messages.length === 1);
  await w.stop();
  const warn = logs.find((l) => l.level === 'warn');
  assert.match(JSON.stringify(warn), /boom for <recipient>/);
  for (const entry of logs) {
    assert.doesNotMatch(JSON.stringify(entry), /loop@example\.org|482913/, 'no address or code in the logs');
  }

  // A database that fails: the loop logs and keeps going instead of crashing the process.
  const broken = { ...database, db: { execute: () => Promise.reject(new Error('connection refused')) } };
  const w2 = createMailWorker({
    database: broken as unknown as Database,
    keys,
    clock,
    transport: smtp,
    logger,
    pollMs: 5,
  });
  logs.length = 0;
  w2.start();
  await waitFor(() => logs.filter((l) => l.level === 'error').length >= 2);
  await w2.stop();
  assert.match(JSON.stringify(logs[0]), /connection refused/);
});

test('without SMTP the development transport keeps the message and prints it', async () => {
  logs.length = 0;
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-test-data' });
  const transport = chooseTransport(config, { db: database.db, clock, logger });
  assert.equal(transport.name, 'dev-mailbox');
  assert.equal(chooseTransport(configFor(inbox.port), { db: database.db, clock, logger }).name, 'smtp');
  assert.throws(() => chooseTransport({ ...config, production: true }, { db: database.db, clock, logger }));

  await enqueue('first@example.org', '111111', 'en');
  assert.deepEqual(await worker(transport).runOnce(), { sent: 1, failed: 0, retried: 0 });
  clock.advance(1_000);
  await devTransport(database.db, clock, logger).send({
    to: 'second@example.org',
    ...otpEmail('fa', { code: '222222', minutes: 10 }),
  });
  const mails = await listDevMailbox(database.db);
  assert.deepEqual(
    mails.slice(0, 2).map((m) => m.to),
    ['second@example.org', 'first@example.org'],
  );
  assert.match(mails[1]!.text, /111111/);
  assert.match(mails[1]!.html, /dir="ltr"/);
  assert.equal(mails[0]!.sentAt, clock.now().toISOString());
  assert.equal(inbox.messages.length, 0);
  const printed = JSON.stringify(logs.filter((l) => l.level === 'info' && 'mail' in l.obj));
  assert.match(printed, /first@example\.org/);
  assert.match(printed, /111111/);
});

test('error descriptions keep the reason and blank addresses', () => {
  const err = Object.assign(
    new Error("Can't send mail - all recipients were rejected: 550 <x.y@example.org> unknown"),
    {
      code: 'EENVELOPE',
      responseCode: 550,
      command: 'RCPT TO',
    },
  );
  assert.equal(
    describeError(err, 'x.y@example.org'),
    "EENVELOPE 550 RCPT TO: Can't send mail - all recipients were rejected: 550 <<recipient>> unknown",
  );
  assert.equal(describeError(new Error('to other@example.org')), 'to <address>');
  assert.equal(describeError(new Error('x'.repeat(2000))).length, 500);
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
