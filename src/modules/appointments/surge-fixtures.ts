import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Platform } from '../../app.ts';
import { rowsOf } from '../../platform/db.ts';
import { sessionCookieName } from '../../platform/http/context.ts';
import { isoDate } from '../../platform/i18n/dates.ts';
import { newId } from '../../platform/ids.ts';
import { createProtector, normalizeEmail } from '../../platform/personal-data.ts';
import { insertApplicant } from '../accounts/store.ts';
import type { Group } from '../catalog/definition.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import { makeNationalCode } from '../registry/national-code.ts';
import { insertEvent, insertVersion, updateRequest } from '../requests/store.ts';
import { newTrackingCode } from '../requests/tracking-code.ts';
import type { LocalDay, Start } from './schedule.ts';

/**
 * Many applicants at once for the surge test and the booking benchmark: each an active account at a consulate with
 * its own submitted request of a service that needs a visit, and a signed-in session. Made through the app's own
 * stores, protector and session store (the sign-in pages would take minutes for thousands), so every row is what
 * the pages would have left: identifiers encrypted and found by keyed hash, the request's answers sealed by the
 * requests service, a tracking code, the submitted version and its timeline entry.
 */

/** Certificates group, 20 minutes: four 5-minute grid cells, each a `slots` row once taken. */
export const SURGE_SERVICE = 'no-criminal-record';
export const SURGE_GROUP: Group = 'certificates';

export type SurgeApplicant = {
  applicantId: string;
  requestId: string;
  trackingCode: string;
  /** The session cookie, `name=value`, as the browser would send it. */
  sessionCookie: string;
};

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 2000);

/** The app's consulate id for a demo code. */
export async function consulateIdOf(platform: Platform, code = 'london'): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(
    platform.database.db,
    sql`select id from consulates where code = ${code}`,
  );
  if (!row) throw new Error(`No consulate ${code}: seed the demo consulates first`);
  return row.id;
}

/**
 * `count` applicants, `parallel` at a time (PGlite runs one statement at a time whatever is asked; a server pool
 * takes several). National codes are valid ones under a random prefix, so several batches never collide.
 */
export async function createSurgeApplicants(
  platform: Platform,
  count: number,
  options: { consulateCode?: string; serviceId?: string; parallel?: number } = {},
): Promise<SurgeApplicant[]> {
  const { db } = platform.database;
  const consulateId = await consulateIdOf(platform, options.consulateCode);
  const serviceId = options.serviceId ?? SURGE_SERVICE;
  const protector = createProtector(platform.keys);
  const cookieName = sessionCookieName(platform.config);
  // 9 digits before the check digit: a 4-digit random prefix (never 000, the demo registry's) and a counter.
  const prefix = String(1000 + (randomBytes(2).readUInt16BE(0) % 9000));
  const batch = randomBytes(4).toString('hex');
  const out: SurgeApplicant[] = new Array(count);

  async function one(i: number): Promise<SurgeApplicant> {
    const person = adults[i % adults.length]!;
    const nationalCode = makeNationalCode(`${prefix}${String(i).padStart(5, '0')}`);
    const email = normalizeEmail(`surge-${batch}-${i}@example.org`);
    const now = platform.clock.now();
    const applicantId = newId();
    await insertApplicant(db, {
      id: applicantId,
      nationalCodeHash: protector.lookupHash('national_code', nationalCode),
      nationalCodeEnc: protector.seal('national_code', nationalCode),
      emailHash: protector.lookupHash('email', email),
      emailEnc: protector.seal('email', email),
      phoneEnc: protector.seal('phone', '+44 20 7946 0958'),
      status: 'active',
      identity: {
        firstName: person.firstName,
        lastName: person.lastName,
        fatherName: person.fatherName,
        birthDate: isoDate(person.birthDate),
        birthPlace: person.birthPlace,
        sex: person.sex,
        birthCertificateNumber: person.birthCertificateNumber,
        verifiedAt: now.toISOString(),
        source: 'registry',
      },
      residence: {
        country: 'GB',
        city: 'London',
        address: '221B Baker Street',
        postalCode: 'NW1 6XE',
        status: 'work',
      },
      consulateId,
      residenceConfirmedAt: now,
      preferredLocale: 'fa',
      createdAt: now,
      activatedAt: now,
      updatedAt: now,
    });
    // The draft through the requests service (it seals the answers with the request's own binding).
    const draft = await platform.requests.startDraft(
      { id: applicantId, status: 'active', consulateId, email, locale: 'fa', firstName: person.firstName },
      serviceId,
      { ip: '127.0.0.1' },
    );
    if (draft.kind !== 'started') throw new Error(`Cannot start a ${serviceId} request: ${draft.kind}`);
    // Submitted as `submit` leaves it (the documents a real submission checks are not what a surge is about).
    const trackingCode = newTrackingCode();
    await db.transaction(async (tx) => {
      const [row] = await rowsOf<{ answers_enc: Buffer; version: number }>(
        tx,
        sql`select answers_enc, version from service_requests where id = ${draft.id}`,
      );
      const updated = await updateRequest(tx, draft.id, Number(row!.version), {
        state: 'submitted',
        trackingCode,
        submitKey: randomBytes(12).toString('base64url'),
        submittedAt: now,
        updatedAt: now,
        feeEur: '0.00',
      });
      if (!updated) throw new Error('request changed under the fixture');
      await insertVersion(tx, {
        requestId: draft.id,
        n: 1,
        answersEnc: row!.answers_enc,
        documentIds: [],
        submittedAt: now,
      });
      await insertEvent(tx, {
        id: newId(),
        requestId: draft.id,
        transition: 'submit',
        fromState: 'draft',
        toState: 'submitted',
        actor: `applicant:${applicantId}`,
        at: now,
      });
    });
    const session = await platform.sessions.create({
      subjectType: 'applicant',
      subjectId: applicantId,
      authenticated: true,
    });
    return { applicantId, requestId: draft.id, trackingCode, sessionCookie: `${cookieName}=${session.id}` };
  }

  let next = 0;
  const parallel = Math.max(1, options.parallel ?? (platform.database.kind === 'postgres' ? 4 : 1));
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      for (let i = next++; i < count; i = next++) out[i] = await one(i);
    }),
  );
  return out;
}

/**
 * The first day from `after` on whose starts for a visit of the surge service have `seats` counters, all free;
 * its first `count` starts (in time order), each with the grid cells the visit covers. Found through the
 * appointments service, so closures, the booking window and the minimum notice are the app's own.
 */
export async function freeStarts(
  platform: Platform,
  options: { seats: number; count?: number; after?: LocalDay; consulateCode?: string; serviceId?: string },
): Promise<{ day: LocalDay; starts: Start[]; minutes: number }> {
  const { appointments } = platform;
  const consulateId = await consulateIdOf(platform, options.consulateCode);
  const minutes = await appointments.visitMinutes(consulateId, options.serviceId ?? SURGE_SERVICE);
  const s = await appointments.scheduleOf(consulateId, SURGE_GROUP);
  if (!s) throw new Error('The consulate has no schedule for the surge service: seedSchedule first');
  const count = options.count ?? 1;
  for (const [day, starts] of await appointments.startsIn(s, minutes)) {
    if (options.after && day <= options.after) continue;
    const fit = starts.filter((st) => st.freeSeats.length === options.seats);
    if (fit.length >= count) return { day, starts: fit.slice(0, count), minutes };
  }
  throw new Error(`No day in the window with ${count} free starts of ${options.seats} seats`);
}

// --- HTTP, as a browser does it -------------------------------------------------------------------------------

export type HttpAnswer = {
  status: number;
  location: string | undefined;
  setCookies: string[];
  body: string;
  /** Milliseconds from sending the request to the end of the answer. */
  ms: number;
};

/** One request over `agent` (keep-alive connections are reused as a browser would). */
export function send(
  url: string,
  options: {
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    agent?: http.Agent;
  } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        agent: options.agent,
        headers: {
          ...(body
            ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length }
            : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const setCookie = res.headers['set-cookie'];
          resolve({
            status: res.statusCode ?? 0,
            location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
            setCookies: Array.isArray(setCookie) ? setCookie : [],
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A signed-in applicant on their request's booking page: what the hold form needs to be sent. */
export type ReadyAttempt = SurgeApplicant & {
  /** Session and CSRF cookies together. */
  cookie: string;
  csrf: string;
  /** The `start` values the day's times list offers. */
  offered: string[];
};

/**
 * Opens `/requests/:id/appointment?day=…` as the applicant: the answer must be the day's times with the hold form,
 * whose CSRF token (and the cookie that token belongs to) the POST needs.
 */
export function openBookingPage(base: string, a: SurgeApplicant, day: LocalDay, agent?: http.Agent) {
  return openPage(base, a, `/requests/${a.requestId}/appointment?day=${day}`, agent);
}

/**
 * Opens any page with a form as the applicant, for its CSRF token and cookie (the token belongs to the browser's
 * CSRF cookie, not to the page). The booking benchmark uses the home page when the booking page's own cost is
 * not what is being measured.
 */
export async function openPage(
  base: string,
  a: SurgeApplicant,
  path: string,
  agent?: http.Agent,
): Promise<ReadyAttempt> {
  const page = await send(`${base}${path}`, { headers: { cookie: a.sessionCookie }, agent });
  if (page.status !== 200)
    throw new Error(`${path}: ${page.status} ${page.location ?? page.body.slice(0, 300)}`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!csrf) throw new Error(`${path}: no CSRF token on the page`);
  const cookies = page.setCookies.map((c) => c.split(';')[0]!).filter((c) => !c.startsWith('sid='));
  const offered = [
    ...page.body.matchAll(/name="start"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="start"/g),
  ].map((m) => (m[1] ?? m[2])!);
  return { ...a, cookie: [a.sessionCookie, ...cookies].join('; '), csrf, offered };
}

/** The `start` value the page offers for an instant (as the times list writes it), or its ISO form. */
export function startValue(ready: ReadyAttempt, at: Date): string {
  return ready.offered.find((v) => new Date(v).getTime() === at.getTime()) ?? at.toISOString();
}

/** The hold form, sent as the browser sends it (same-origin headers, the page's token). */
export function postHold(
  base: string,
  ready: ReadyAttempt,
  at: Date,
  agent?: http.Agent,
): Promise<HttpAnswer> {
  const form = new URLSearchParams({ _csrf: ready.csrf, start: startValue(ready, at) });
  return send(`${base}/requests/${ready.requestId}/appointment/hold`, {
    method: 'POST',
    body: form.toString(),
    headers: { cookie: ready.cookie, origin: base, 'sec-fetch-site': 'same-origin' },
    agent,
  });
}

/** Confirms a hold through its page, as the applicant: GET for the token, then the POST. */
export async function confirmOverHttp(
  base: string,
  ready: ReadyAttempt,
  confirmPath: string,
): Promise<HttpAnswer> {
  const page = await send(`${base}${confirmPath}`, { headers: { cookie: ready.cookie } });
  if (page.status !== 200) throw new Error(`confirm page: ${page.status} ${page.body.slice(0, 300)}`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ready.csrf;
  return send(`${base}${confirmPath}`, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: csrf }).toString(),
    headers: { cookie: ready.cookie, origin: base, 'sec-fetch-site': 'same-origin' },
  });
}

// --- the app as its own process ---------------------------------------------------------------------------------

export type AppProcess = {
  base: string;
  pid: number;
  /** What the process printed so far (stdout and stderr), for a failure's message. */
  output(): string;
  /** Errors the app logged, counted by their message's last line. */
  errors(): Map<string, number>;
  stop(): Promise<void>;
};

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function parseLogLine(
  line: string,
): { level?: number; msg?: string; err?: { message?: string } } | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** A free local port (asked of the OS, then released for the app to take). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `src/main.ts` in a child process, as `npm start` runs it, with `env` over a clean environment (the parent's
 * DATABASE_URL, which names the server's admin database, is never passed on by accident). Resolves once
 * `/readyz` answers 200; rejects with the process's output if it exits or does not get there in time.
 */
export async function startAppProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<AppProcess> {
  const port = await freePort();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('DATABASE_') && !k.startsWith('MIKHAK_') && !k.startsWith('APPOINTMENT'),
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...inherited, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let partial = '';
  const errors = new Map<string, number>();
  const keep = (d: Buffer) => {
    const text = d.toString();
    output = (output + text).slice(-20_000);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const entry = parseLogLine(line);
      if (!entry || (entry.level ?? 0) < 50) continue;
      const last = (entry.err?.message ?? entry.msg ?? '').split('\n').at(-1)!;
      // A failed query's last line is its parameters, then the cause: the cause is what tells errors apart.
      const what = (last.startsWith('params: ') ? last.slice(last.lastIndexOf(': ') + 2) : last)
        .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, ':id')
        .replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, ':date')
        .slice(0, 160);
      errors.set(what, (errors.get(what) ?? 0) + 1);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (gone) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error(`the app process exited before it was ready:\n${output}`);
    try {
      const ready = await send(`${base}/readyz`);
      if (ready.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app process was not ready in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, pid: child.pid!, output: () => output, errors: () => new Map(errors), stop };
}
