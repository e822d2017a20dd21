import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import { decrypt, encrypt } from '../../platform/crypto.ts';
import { safeNext, startSession } from '../../platform/http/context.ts';
import type { AccountsService, ApplicantView } from './service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    applicant?: ApplicantView;
  }
}

/** A form interrupted by an expired session or a needed re-sign-in: where it was going and what was typed. */
type Resume = { path: string; fields?: Record<string, string | string[]> };

const RESUME = 'resume';
const RECENT_SIGN_IN_MS = 15 * 60_000;

/**
 * Answers typed into a form are personal data; session rows are plain JSON, so the saved answers are sealed with a
 * key of their own before they are kept there.
 */
function seal(platform: Platform, resume: Resume): string {
  return encrypt(platform.keys.encryptionKey('resume'), JSON.stringify(resume), 'resume').toString('base64');
}

function open(platform: Platform, sealed: unknown): Resume | undefined {
  if (typeof sealed !== 'string') return undefined;
  try {
    return JSON.parse(
      decrypt(platform.keys.encryptionKey('resume'), Buffer.from(sealed, 'base64'), 'resume').toString(
        'utf8',
      ),
    );
  } catch {
    return undefined;
  }
}

function formFields(request: FastifyRequest): Record<string, string | string[]> | undefined {
  if (request.method !== 'POST' || !request.body || typeof request.body !== 'object') return undefined;
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(request.body as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v.slice(0, 10_000);
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

function pathOf(request: FastifyRequest): string {
  return safeNext(request.url.split('#')[0], '/account');
}

/** The saved resume state carried into a new session (every sign-in gets a new session id). */
export function carriedResume(request: FastifyRequest): Record<string, unknown> {
  const sealed = request.session?.data[RESUME];
  return sealed ? { [RESUME]: sealed } : {};
}

/** Where to go after signing in: the interrupted page, or the dashboard. */
export function resumePath(platform: Platform, request: FastifyRequest, fallback = '/account'): string {
  return open(platform, request.session?.data[RESUME])?.path ?? fallback;
}

/**
 * On the page a form was interrupted from: the answers typed then, once (they are removed from the session).
 */
export async function takeResumedFields(
  platform: Platform,
  request: FastifyRequest,
  path: string,
): Promise<Record<string, string | string[]> | undefined> {
  const s = request.session;
  const resume = open(platform, s?.data[RESUME]);
  if (!s || !resume || resume.path.split('?')[0] !== path) return undefined;
  const { [RESUME]: _, ...rest } = s.data;
  s.data = rest;
  await platform.sessions.saveData(s.idHash, rest);
  return resume.fields;
}

/** Pages of a signed-in applicant. Anyone else is sent to sign in, and comes back here with what they typed. */
export function requireApplicant(platform: Platform, accounts: AccountsService) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const s = request.session;
    if (s?.subjectType === 'applicant' && s.subjectId) {
      const applicant = await accounts.getApplicant(s.subjectId);
      if (applicant && applicant.status !== 'locked') {
        request.applicant = applicant;
        return;
      }
    }
    const resume: Resume = { path: pathOf(request), fields: formFields(request) };
    await startSession(request, reply, platform.sessions, platform.config, {
      subjectType: null,
      subjectId: null,
      data: { [RESUME]: seal(platform, resume), expired: Boolean(s) || request.method === 'POST' },
    });
    return reply.seeOther('/sign-in');
  };
}

/**
 * Sensitive actions (changing the email, submitting a power of attorney, downloading an issued document) need a
 * sign-in within the last 15 minutes; otherwise the applicant confirms with a fresh code and comes back.
 */
export function requireRecentSignIn(platform: Platform) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const s = request.session;
    if (!s?.authAt) return reply.seeOther('/sign-in');
    if (platform.clock.now().getTime() - s.authAt.getTime() <= RECENT_SIGN_IN_MS) return;
    const data = {
      ...s.data,
      [RESUME]: seal(platform, { path: pathOf(request), fields: formFields(request) }),
    };
    s.data = data;
    await platform.sessions.saveData(s.idHash, data);
    return reply.seeOther('/account/confirm-identity');
  };
}
