import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Platform } from '../../app.ts';
import { startSession } from '../http/context.ts';
import { passkeyCeremonies } from './ceremonies.ts';
import { createPasskeys, MAX_PASSKEYS, type PasskeysService } from './service.ts';
import { type AddState, PasskeySignInPage, PasskeysPage } from './views.tsx';

/** What the passkey pages need to know of an applicant (the accounts service's view has more). */
export type PasskeyApplicant = {
  id: string;
  status: string;
  email: string;
  identity: { firstName: string; lastName: string };
};

export type PasskeyRouteDeps = {
  /** Signed-in applicant pages; anyone else goes to sign in and comes back. */
  requireApplicant: preHandlerAsyncHookHandler;
  /** A sign-in within the last few minutes, else a fresh code first (adding a passkey is a sensitive action). */
  requireRecentSignIn: preHandlerAsyncHookHandler;
  accounts: { getApplicant(id: string): Promise<PasskeyApplicant | undefined> };
  /** The interrupted page's saved state, carried into the new session at sign-in. */
  carriedResume(request: FastifyRequest): Record<string, unknown>;
  /** Where to go after signing in. */
  resumePath(request: FastifyRequest): string;
};

/** Same window as the accounts module's "recent sign-in" for sensitive actions. */
const RECENT_SIGN_IN_MS = 15 * 60_000;
const FLASH = 'passkeyFlash';
/** A generic message key: a failed sign-in never says why. */
const SIGN_IN_FAILED = { ok: false, error: 'passkeys.error.signIn' } as const;

/**
 * Passkeys for applicants: the list on their account, adding one (JSON, for passkeys.js), removing one (a plain
 * form), and signing in with one. Returns the service, so other code (staff, later) can share it.
 */
export function registerPasskeys(
  app: FastifyInstance,
  platform: Platform,
  deps: PasskeyRouteDeps,
): PasskeysService {
  const { sessions, config, clock, database } = platform;
  const passkeys = createPasskeys({
    db: database.db,
    clock,
    config,
    rpName: config.branding.serviceName.en,
  });
  const ceremonies = passkeyCeremonies({ passkeys, sessions, clock, db: database.db });
  const signInLimit = app.rateLimit({
    max: 30,
    timeWindow: 60_000,
    keyGenerator: (request) => `passkey-sign-in:${request.ip}`,
  });

  const applicantOf = (request: FastifyRequest) => ({
    type: 'applicant' as const,
    id: request.session!.subjectId!,
  });
  const isRecent = (request: FastifyRequest) => {
    const at = request.session?.authAt;
    return Boolean(at && clock.now().getTime() - at.getTime() <= RECENT_SIGN_IN_MS);
  };

  /** The JSON endpoints of the account page: a stale page is told to reload, which leads to sign-in or a fresh code. */
  async function signedInJson(request: FastifyRequest, reply: FastifyReply) {
    const s = request.session;
    const applicant =
      s?.subjectType === 'applicant' && s.subjectId
        ? await deps.accounts.getApplicant(s.subjectId)
        : undefined;
    if (!applicant || applicant.status === 'locked') return reply.code(401).send({ ok: false, reload: true });
    if (!isRecent(request)) return reply.code(403).send({ ok: false, reload: true });
    if (applicant.status !== 'active')
      return reply.code(403).send({ ok: false, error: 'passkeys.add.notActive' });
  }

  async function setFlash(request: FastifyRequest, flash: 'added' | 'removed') {
    const s = request.session!;
    s.data = { ...s.data, [FLASH]: flash };
    await sessions.saveData(s.idHash, s.data);
  }

  async function takeFlash(request: FastifyRequest): Promise<'added' | 'removed' | undefined> {
    const s = request.session;
    const flash = s?.data[FLASH];
    if (!s || (flash !== 'added' && flash !== 'removed')) return undefined;
    const { [FLASH]: _, ...rest } = s.data;
    s.data = rest;
    await sessions.saveData(s.idHash, rest);
    return flash;
  }

  // ——— the account: list, add, remove ———

  app.get('/account/passkeys', { preHandler: deps.requireApplicant }, async (request, reply) => {
    const applicant = await deps.accounts.getApplicant(request.session!.subjectId!);
    const list = await passkeys.list(applicantOf(request));
    const add: AddState =
      applicant?.status !== 'active'
        ? { kind: 'notActive' }
        : list.length >= MAX_PASSKEYS
          ? { kind: 'limit', count: list.length }
          : isRecent(request)
            ? { kind: 'ready' }
            : { kind: 'confirm' };
    return reply.page(<PasskeysPage passkeys={list} add={add} flash={await takeFlash(request)} />);
  });

  // Reached through "confirm it is you": the fresh-sign-in guard sends the person for a code and back here.
  app.get(
    '/account/passkeys/add',
    { preHandler: [deps.requireApplicant, deps.requireRecentSignIn] },
    async (_request, reply) => reply.seeOther('/account/passkeys'),
  );

  app.post('/account/passkeys/options', { preHandler: signedInJson }, async (request, reply) => {
    const applicant = (await deps.accounts.getApplicant(request.session!.subjectId!))!;
    const options = await ceremonies.registrationOptions(request.session!, {
      ...applicantOf(request),
      userName: applicant.email,
      displayName: `${applicant.identity.firstName} ${applicant.identity.lastName}`.trim() || applicant.email,
    });
    return reply.header('cache-control', 'no-store').send(options);
  });

  app.post('/account/passkeys', { preHandler: signedInJson }, async (request, reply) => {
    if (!(await ceremonies.verifyRegistration(request, applicantOf(request))))
      return reply.code(400).send({ ok: false, error: 'passkeys.error.add' });
    await setFlash(request, 'added');
    // No `next`: the script reloads the page, which now lists the passkey.
    return reply.send({ ok: true });
  });

  app.post<{ Params: { id: string } }>(
    '/account/passkeys/:id/remove',
    { preHandler: deps.requireApplicant },
    async (request, reply) => {
      if (await passkeys.remove(applicantOf(request), request.params.id, request.ip))
        await setFlash(request, 'removed');
      return reply.seeOther('/account/passkeys');
    },
  );

  // ——— signing in ———

  app.get('/sign-in/passkey', async (request, reply) => {
    if (request.session?.subjectType === 'applicant') return reply.seeOther('/account');
    return reply.page(<PasskeySignInPage />);
  });

  app.post('/sign-in/passkey/options', { preHandler: signInLimit }, async (request, reply) => {
    const session =
      request.session ??
      (await startSession(request, reply, sessions, config, {
        subjectType: null,
        subjectId: null,
        data: deps.carriedResume(request),
      }));
    const options = await ceremonies.authenticationOptions(session, null);
    return reply.header('cache-control', 'no-store').send(options);
  });

  app.post('/sign-in/passkey', { preHandler: signInLimit }, async (request, reply) => {
    const { who } = await ceremonies.verifyAuthentication(request, null, async (subject) => {
      if (subject.type !== 'applicant') return false;
      const applicant = await deps.accounts.getApplicant(subject.id);
      return Boolean(applicant && applicant.status !== 'locked');
    });
    if (!who) return reply.code(400).send(SIGN_IN_FAILED);
    const next = deps.resumePath(request);
    await startSession(request, reply, sessions, config, {
      subjectType: 'applicant',
      subjectId: who.subjectId,
      data: deps.carriedResume(request),
      authenticated: true,
    });
    return reply.header('cache-control', 'no-store').send({ ok: true, next });
  });

  return passkeys;
}
