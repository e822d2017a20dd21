import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { systemClock, TestClock } from '../platform/clock.ts';
import type { Database } from '../platform/db.ts';
import { devTransport } from '../platform/mail/transports.ts';
import { createMailWorker, type MailWorker } from '../platform/mail/worker.ts';
import { freshDatabase } from './database.ts';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  config: Config;
  /** A browser-like client: keeps cookies, reads the CSRF token from the last page, follows nothing by itself. */
  agent(): TestAgent;
  close(): Promise<void>;
};

/**
 * The real app on its own fresh database, for Fastify `inject`. Pass the test context (or suite `after`) to have
 * it closed automatically. Configuration can be overridden per test (rate limits, feature switches).
 */
export async function buildTestApp(
  options: {
    t?: Pick<TestContext, 'after'>;
    env?: Record<string, string>;
    database?: Database;
    /** Extra routes for a test (e.g. one that throws), added before the app is ready. */
    extend?: (app: FastifyInstance) => void;
    /** Run the mail worker with the development transport, as `npm start` does (for /dev/mailbox). */
    mailWorker?: boolean;
    /** Capture the app's log lines (with LOG_LEVEL set in env). */
    logStream?: NodeJS.WritableStream;
    /** Collects every route the app adds. */
    onRoute?: (route: { method: string | string[]; url: string }) => void;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await freshDatabase());
  // Each app gets its own data folder (uploaded files live there), removed when it closes.
  const dataDir = mkdtempSync(join(tmpdir(), 'mikhak-app-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ...options.env });
  const clock = new TestClock();
  let worker: MailWorker | undefined;
  const app = await buildApp({
    config,
    database,
    clock,
    logStream: options.logStream,
    onRoute: options.onRoute,
    wakeMailer: () => worker?.wake(),
  });
  options.extend?.(app);
  await app.ready();
  if (options.mailWorker) {
    const quiet = { info() {}, warn() {}, error() {} };
    worker = createMailWorker({
      database,
      keys: app.platform.keys,
      // Real time for the worker's schedule: tests move the app's clock, and mail must still go out.
      clock: systemClock,
      transport: devTransport(database.db, systemClock, quiet),
      logger: quiet,
      pollMs: 100,
    });
    worker.start();
  }
  const close = async () => {
    await worker?.stop();
    // A browser still open (its after-hook runs later) keeps connections that would hold the close forever.
    app.server.closeAllConnections();
    await app.close();
    if (!options.database) await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  options.t?.after(close);
  return { app, database, clock, config, agent: () => new TestAgent(app), close };
}

export class TestAgent {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;
  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress = '127.0.0.1',
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url, headers });
  }

  /** POSTs a form like a browser: the CSRF token of the last page, same-origin headers, the cookies. */
  async post(
    url: string,
    form: Record<string, string | string[]> = {},
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form))
      for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    if (options.csrf !== false && this.csrfToken && !('_csrf' in form)) body.set('_csrf', this.csrfToken);
    return this.request({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
        ...options.headers,
      },
    });
  }

  /**
   * A file upload as a browser sends it: multipart, the CSRF token first, then the file (name and declared type
   * are whatever the test says: the server must not trust them).
   */
  async upload(
    url: string,
    file: { bytes: Buffer; filename?: string; contentType?: string; field?: string } | undefined,
    options: { csrf?: boolean | string; fields?: Record<string, string> } = {},
  ) {
    const form = multipartBody(
      {
        ...(options.csrf === false
          ? {}
          : { _csrf: typeof options.csrf === 'string' ? options.csrf : (this.csrfToken ?? '') }),
        ...options.fields,
      },
      file,
    );
    return this.request({
      method: 'POST',
      url,
      payload: form.payload,
      headers: { ...form.headers, origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' },
    });
  }

  async request(
    options: InjectOptions & { headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      ...options,
      remoteAddress: this.remoteAddress,
      headers: { host: 'localhost:80', ...(cookie ? { cookie } : {}), ...options.headers },
    });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrfToken = token;
    return response;
  }
}

/** A multipart/form-data body: text fields in order, then at most one file part. */
export function multipartBody(
  fields: Record<string, string>,
  file?: { bytes: Buffer; filename?: string; contentType?: string; field?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----mikhak${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename ?? 'scan.jpg'}"\r\n` +
          `Content-Type: ${file.contentType ?? 'image/jpeg'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
