import type { PublicKeyCredentialDescriptorJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Platform } from '../../app.ts';
import { endSession, startSession } from '../../platform/http/context.ts';
import { type FormErrors, parseForm } from '../../platform/http/forms.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { passkeyCeremonies } from '../../platform/passkeys/ceremonies.ts';
import type { PasskeysService } from '../../platform/passkeys/service.ts';
import { createCatalogService } from '../catalog/service.ts';
import { registerStaffAdmin } from './admin-routes.tsx';
import { requireStaff, STAFF_STAGE } from './guards.ts';
import { PASSWORD_INPUT_MAX } from './passwords.ts';
import {
  type Actor,
  createStaffService,
  type Locked,
  landingPath,
  mustEnrol,
  type StaffService,
} from './service.ts';
import { loadMember } from './store.ts';
import { groupSecret, newTotpSecret, normalizeCode, totpQr, totpUri } from './totp.ts';
import { type AccountFlash, StaffAccountPage } from './views/account.tsx';
import { PasswordPage, TotpSetupPage } from './views/setup.tsx';
import { EnrolPage, SecondFactorPage, StaffLockedPage, StaffSignInPage } from './views/sign-in.tsx';

export type StaffRouteDeps = {
  /** The shared passkey rules (the applicants' passkeys use the same service). */
  passkeys: PasskeysService;
};

/** Session data of a staff sign-in in progress and of the account pages. */
const STAGE_AT = 'staffStageAt';
/** Both factors passed, but a new password is still owed (the method used, for the audit). */
const SECOND_DONE = 'staffSecondFactor';
/** Where passkeys are required: the person's old TOTP code was checked, so they may now add a passkey. */
const TOTP_CONFIRMED = 'staffTotpConfirmed';
const PENDING_TOTP = 'staffPendingTotp';
const REAUTH_AT = 'staffReauthAt';
const FLASH = 'staffFlash';

/** The password alone opens nothing, and only for a few minutes. */
export const PASSWORD_STAGE_MS = 5 * 60_000;
/** How long a sign-in or a password confirmation allows changing passkeys. */
const RECENT_MS = 15 * 60_000;

const SignInForm = z.object({
  email: z.string().trim().min(1, 'staff.error.email.empty').max(1_000, 'staff.signIn.error.wrong'),
  password: z
    .string()
    .min(1, 'staff.error.password.empty')
    .max(PASSWORD_INPUT_MAX, 'staff.signIn.error.wrong'),
});

const code = z
  .string()
  .transform(normalizeCode)
  .pipe(
    z
      .string()
      .min(1, 'staff.error.code.empty')
      .regex(/^\d{6}$/, 'staff.error.code.format'),
  );

const CodeForm = z.object({ code });
const PasswordOnly = z.object({
  password: z.string().min(1, 'staff.error.password.empty').max(PASSWORD_INPUT_MAX),
});
const TotpReplaceForm = z.object({ code, password: PasswordOnly.shape.password });

const NewPasswordForm = z
  .object({
    current: z.string().max(PASSWORD_INPUT_MAX).optional(),
    password: z
      .string()
      .min(1, 'staff.error.newPassword.empty')
      .max(PASSWORD_INPUT_MAX, 'staff.error.password.long'),
    confirm: z.string().max(PASSWORD_INPUT_MAX),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'staff.error.confirm.mismatch' });

const problemKey = (problem: string) => `staff.error.password.${problem}` as MessageKey;

/**
 * Staff sign-in at /staff (password, then a passkey or TOTP, or enrolment of one), the forced new password after a
 * temporary one, and the staff member's own account. The administration of accounts is in admin-routes.tsx.
 */
export async function registerStaff(app: FastifyInstance, platform: Platform, deps: StaffRouteDeps) {
  const { sessions, config, clock, database, keys, limiter } = platform;
  const { passkeys } = deps;
  const catalog = createCatalogService(database.db);
  const service = createStaffService({
    db: database.db,
    clock,
    keys,
    sessions,
    limiter,
    catalog,
    passkeys,
  });
  const ceremonies = passkeyCeremonies({ passkeys, sessions, clock, db: database.db });
  const issuer = config.branding.serviceName.en;
  const signedIn = requireStaff(platform);
  // Every sign-in POST from one address counts here, whichever account it names (password spraying).
  const signInLimit = app.rateLimit({
    max: 50,
    timeWindow: 5 * 60_000,
    keyGenerator: (request) => `staff-sign-in:${request.ip}`,
  });
  const actorOf = (request: FastifyRequest): Actor => ({ ip: request.ip });
  const now = () => clock.now().getTime();

  async function patchSession(request: FastifyRequest, patch: Record<string, unknown>) {
    const s = request.session;
    if (!s) return;
    const data = { ...s.data, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete data[k];
    s.data = data;
    await sessions.saveData(s.idHash, data);
  }

  /** The person between the two steps, while the password step is fresh. */
  function pending(request: FastifyRequest): string | undefined {
    const s = request.session;
    if (s?.subjectType !== 'staff' || !s.subjectId || s.data[STAFF_STAGE] !== 'password') return undefined;
    const at = s.data[STAGE_AT];
    if (typeof at !== 'number' || now() - at > PASSWORD_STAGE_MS) return undefined;
    return s.subjectId;
  }

  /** No sign-in in progress (or it took too long): back to the first step, saying why when it timed out. */
  async function startAgain(request: FastifyRequest, reply: FastifyReply) {
    const s = request.session;
    const timedOut = s?.subjectType === 'staff' && s.data[STAFF_STAGE] === 'password';
    if (timedOut) await endSession(request, reply, sessions, config);
    return reply.seeOther(timedOut ? '/staff?timeout=1' : '/staff');
  }

  async function lockedPage(request: FastifyRequest, reply: FastifyReply, locked: Locked) {
    await endSession(request, reply, sessions, config);
    return reply.page(<StaffLockedPage until={locked.until} />, { status: 423 });
  }

  /** Both sessions and the cookie end with the full sign-in: a new session id, `SameSite=Strict`. */
  async function complete(request: FastifyRequest, reply: FastifyReply, staffId: string, method: string) {
    const member = await service.completeSignIn(staffId, method, actorOf(request));
    await startSession(request, reply, sessions, config, {
      subjectType: 'staff',
      subjectId: staffId,
      data: { [STAFF_STAGE]: 'complete' },
      authenticated: true,
    });
    return member ? landingPath(member) : '/staff/account';
  }

  /** After the second factor: signed in, unless a temporary password must first be replaced. */
  async function passSecondFactor(
    request: FastifyRequest,
    reply: FastifyReply,
    staffId: string,
    method: string,
  ) {
    const factors = await service.factors(staffId);
    if (factors?.mustChangePassword) {
      await patchSession(request, { [SECOND_DONE]: method, [STAGE_AT]: now(), [PENDING_TOTP]: undefined });
      return '/staff/new-password';
    }
    return complete(request, reply, staffId, method);
  }

  // ——— step one: email and password ———

  app.get<{ Querystring: { timeout?: string } }>('/staff', async (request, reply) => {
    const s = request.session;
    if (s?.subjectType === 'staff' && s.subjectId && s.data[STAFF_STAGE] === 'complete') {
      const member = await loadMember(database.db, s.subjectId);
      if (member) return reply.seeOther(landingPath(member));
    }
    // A sign-in in progress is not resumed here: "start again" (another account, a mistyped address) lands here.
    return reply.page(<StaffSignInPage values={{}} notice={request.query.timeout ? 'timeout' : undefined} />);
  });

  app.post('/staff', { preHandler: signInLimit }, async (request, reply) => {
    const form = parseForm(SignInForm, request.body, ['password']);
    if (!form.ok)
      return reply.page(<StaffSignInPage values={form.values} errors={form.errors} />, { status: 400 });
    const outcome = await service.checkPassword(form.data, actorOf(request));
    if (outcome.kind === 'locked') return lockedPage(request, reply, outcome);
    if (outcome.kind === 'wrong') {
      const errors: FormErrors = { email: 'staff.signIn.error.wrong' };
      return reply.page(<StaffSignInPage values={form.values} errors={errors} />, { status: 400 });
    }
    await startSession(request, reply, sessions, config, {
      subjectType: 'staff',
      subjectId: outcome.staffId,
      data: { [STAFF_STAGE]: 'password', [STAGE_AT]: now() },
    });
    return reply.seeOther('/staff/second-factor');
  });

  // ——— step two: a passkey or a TOTP code ———

  async function secondFactorPage(
    request: FastifyRequest,
    reply: FastifyReply,
    staffId: string,
    error?: MessageKey,
    status = 200,
  ) {
    const row = await service.findStaff(staffId);
    const factors = await service.factors(staffId);
    if (!row || !factors) return startAgain(request, reply);
    if (mustEnrol(factors)) return reply.seeOther('/staff/enrol');
    return reply.page(
      <SecondFactorPage
        email={row.email}
        passkey={factors.passkeys > 0}
        totp={factors.totp && !factors.passkeyRequired}
        passkeyRequired={factors.passkeyRequired}
        error={error}
      />,
      { status },
    );
  }

  app.get('/staff/second-factor', async (request, reply) => {
    const staffId = pending(request);
    if (!staffId) return startAgain(request, reply);
    const state = await service.mayContinue(staffId);
    if (state.locked) return lockedPage(request, reply, state.locked);
    if (!state.ok) return startAgain(request, reply);
    return secondFactorPage(request, reply, staffId);
  });

  app.post('/staff/second-factor', { preHandler: signInLimit }, async (request, reply) => {
    const staffId = pending(request);
    if (!staffId) return startAgain(request, reply);
    const form = parseForm(CodeForm, request.body, ['code']);
    if (!form.ok) return secondFactorPage(request, reply, staffId, form.errors.code, 400);
    const outcome = await service.checkTotp({ staffId, code: form.data.code }, actorOf(request));
    switch (outcome.kind) {
      case 'ok':
        return reply.seeOther(await passSecondFactor(request, reply, staffId, 'totp'));
      case 'locked':
        return lockedPage(request, reply, outcome);
      case 'wrong':
        return secondFactorPage(request, reply, staffId, 'staff.error.code.wrong', 400);
      default:
        return secondFactorPage(request, reply, staffId, 'staff.error.totpRefused', 400);
    }
  });

  /** JSON endpoints of a sign-in in progress: a stale page is told to reload, which leads back to step one. */
  const pendingJson = (request: FastifyRequest, reply: FastifyReply) => {
    const staffId = pending(request);
    if (!staffId) reply.code(401).send({ ok: false, reload: true });
    return staffId;
  };

  app.post('/staff/second-factor/passkey/options', { preHandler: signInLimit }, async (request, reply) => {
    const staffId = pendingJson(request, reply);
    if (!staffId) return reply;
    const credentials = await service.credentials(staffId);
    if (credentials.length === 0) return reply.code(400).send({ ok: false });
    const options = await ceremonies.authenticationOptions(request.session!, staffId);
    // The person is known by now: offering their credentials lets a security key without a stored account work.
    options.allowCredentials = credentials.map((c) => ({
      id: c.id,
      type: 'public-key' as const,
      transports: c.transports as PublicKeyCredentialDescriptorJSON['transports'],
    }));
    return reply.header('cache-control', 'no-store').send(options);
  });

  app.post('/staff/second-factor/passkey', { preHandler: signInLimit }, async (request, reply) => {
    const staffId = pendingJson(request, reply);
    if (!staffId) return reply;
    const { challenge, who } = await ceremonies.verifyAuthentication(request, staffId, async (subject) => {
      if (subject.type !== 'staff' || subject.id !== staffId) return false;
      return (await service.mayContinue(staffId)).ok;
    });
    if (!challenge) return reply.code(400).send({ ok: false });
    if (!who) {
      const outcome = await service.passkeyFailed(staffId, actorOf(request));
      return reply.code(400).send(outcome.kind === 'locked' ? { ok: false, reload: true } : { ok: false });
    }
    const next = await passSecondFactor(request, reply, staffId, 'passkey');
    return reply.header('cache-control', 'no-store').send({ ok: true, next });
  });

  // ——— enrolment: nothing to use as a second factor yet ———

  async function enrolment(request: FastifyRequest) {
    const staffId = pending(request);
    const row = staffId ? await service.findStaff(staffId) : undefined;
    const factors = staffId ? await service.factors(staffId) : undefined;
    if (!staffId || !row || row.status !== 'active' || !factors) return undefined;
    return {
      staffId,
      row,
      factors,
      allowed: mustEnrol(factors),
      confirmFirst:
        factors.passkeyRequired && factors.totp && request.session?.data[TOTP_CONFIRMED] !== staffId,
      totpAllowed: !factors.passkeyRequired,
    };
  }

  type Enrolment = NonNullable<Awaited<ReturnType<typeof enrolment>>>;

  const enrolPage = (e: Enrolment, error?: MessageKey) => (
    <EnrolPage
      email={e.row.email}
      totpAllowed={e.totpAllowed}
      passkeyRequired={e.factors.passkeyRequired}
      confirmFirst={e.confirmFirst}
      error={error}
    />
  );

  app.get('/staff/enrol', async (request, reply) => {
    const e = await enrolment(request);
    if (!e) return startAgain(request, reply);
    if (!e.allowed) return reply.seeOther('/staff/second-factor');
    return reply.page(enrolPage(e));
  });

  // Passkeys became required where the person already had TOTP: the old code proves it is them before a new way in.
  app.post('/staff/enrol/confirm', { preHandler: signInLimit }, async (request, reply) => {
    const e = await enrolment(request);
    if (!e) return startAgain(request, reply);
    if (!e.allowed || !e.confirmFirst) return reply.seeOther('/staff/enrol');
    const form = parseForm(CodeForm, request.body, ['code']);
    if (!form.ok) return reply.page(enrolPage(e, form.errors.code), { status: 400 });
    const outcome = await service.checkTotp(
      { staffId: e.staffId, code: form.data.code, stepUp: true },
      actorOf(request),
    );
    if (outcome.kind === 'locked') return lockedPage(request, reply, outcome);
    if (outcome.kind !== 'ok') return reply.page(enrolPage(e, 'staff.error.code.wrong'), { status: 400 });
    await patchSession(request, { [TOTP_CONFIRMED]: e.staffId });
    return reply.seeOther('/staff/enrol');
  });

  /** The secret being set up, kept sealed in the session until a code from it is typed. */
  async function pendingSecret(request: FastifyRequest, staffId: string): Promise<string> {
    const existing = service.openPending(staffId, request.session?.data[PENDING_TOTP]);
    if (existing) return existing;
    const secret = newTotpSecret();
    await patchSession(request, { [PENDING_TOTP]: service.sealPending(staffId, secret) });
    return secret;
  }

  async function totpPage(
    reply: FastifyReply,
    input: {
      action: string;
      secret: string;
      email: string;
      backLink: string;
      askPassword?: boolean;
      replacing?: boolean;
      errors?: FormErrors;
    },
    status = 200,
  ) {
    const qr = await totpQr(totpUri(input.secret, input.email, issuer));
    return reply.page(
      <TotpSetupPage
        action={input.action}
        qr={qr}
        secret={groupSecret(input.secret)}
        errors={input.errors}
        askPassword={input.askPassword}
        backLink={input.backLink}
        replacing={input.replacing}
      />,
      { status },
    );
  }

  app.get('/staff/enrol/totp', async (request, reply) => {
    const e = await enrolment(request);
    if (!e) return startAgain(request, reply);
    if (!e.allowed || !e.totpAllowed) return reply.seeOther('/staff/enrol');
    const secret = await pendingSecret(request, e.staffId);
    return totpPage(reply, {
      action: '/staff/enrol/totp',
      secret,
      email: e.row.email,
      backLink: '/staff/enrol',
    });
  });

  app.post('/staff/enrol/totp', { preHandler: signInLimit }, async (request, reply) => {
    const e = await enrolment(request);
    if (!e) return startAgain(request, reply);
    if (!e.allowed || !e.totpAllowed) return reply.seeOther('/staff/enrol');
    const secret = service.openPending(e.staffId, request.session?.data[PENDING_TOTP]);
    if (!secret) return reply.seeOther('/staff/enrol/totp');
    const form = parseForm(CodeForm, request.body, ['code']);
    const page = (errors: FormErrors) =>
      totpPage(
        reply,
        { action: '/staff/enrol/totp', secret, email: e.row.email, backLink: '/staff/enrol', errors },
        400,
      );
    if (!form.ok) return page(form.errors);
    const ok = await service.enrolTotp(
      { staffId: e.staffId, secret, code: form.data.code, replacing: false },
      actorOf(request),
    );
    if (!ok) return page({ code: 'staff.error.code.wrong' });
    return reply.seeOther(await passSecondFactor(request, reply, e.staffId, 'totp_enrolment'));
  });

  app.post('/staff/enrol/passkey/options', { preHandler: signInLimit }, async (request, reply) => {
    const e = await enrolment(request);
    if (!e) return reply.code(401).send({ ok: false, reload: true });
    if (!e.allowed || e.confirmFirst) return reply.code(403).send({ ok: false, reload: true });
    const options = await ceremonies.registrationOptions(request.session!, {
      type: 'staff',
      id: e.staffId,
      userName: e.row.email,
      displayName: e.row.name,
    });
    return reply.header('cache-control', 'no-store').send(options);
  });

  app.post('/staff/enrol/passkey', { preHandler: signInLimit }, async (request, reply) => {
    const e = await enrolment(request);
    if (!e) return reply.code(401).send({ ok: false, reload: true });
    if (!e.allowed || e.confirmFirst) return reply.code(403).send({ ok: false, reload: true });
    if (!(await ceremonies.verifyRegistration(request, { type: 'staff', id: e.staffId })))
      return reply.code(400).send({ ok: false });
    const next = await passSecondFactor(request, reply, e.staffId, 'passkey_enrolment');
    return reply.header('cache-control', 'no-store').send({ ok: true, next });
  });

  // ——— a temporary password is replaced before anything else ———

  const forcedChange = (request: FastifyRequest) => {
    const staffId = pending(request);
    const method = request.session?.data[SECOND_DONE];
    return staffId && typeof method === 'string' ? { staffId, method } : undefined;
  };

  app.get('/staff/new-password', async (request, reply) => {
    if (!forcedChange(request)) return startAgain(request, reply);
    return reply.page(<PasswordPage action="/staff/new-password" askCurrent={false} forced />);
  });

  app.post('/staff/new-password', { preHandler: signInLimit }, async (request, reply) => {
    const change = forcedChange(request);
    if (!change) return startAgain(request, reply);
    const page = (errors: FormErrors) =>
      reply.page(<PasswordPage action="/staff/new-password" askCurrent={false} forced errors={errors} />, {
        status: 400,
      });
    const form = parseForm(NewPasswordForm, request.body, ['password', 'confirm', 'current']);
    if (!form.ok) return page(form.errors);
    const outcome = await service.changePassword(
      { staffId: change.staffId, next: form.data.password },
      actorOf(request),
    );
    if ('kind' in outcome) return lockedPage(request, reply, outcome);
    if (!outcome.ok) return page({ password: problemKey(outcome.problem) });
    return reply.seeOther(await complete(request, reply, change.staffId, change.method));
  });

  // ——— the staff member's own account ———

  const recent = (request: FastifyRequest) => {
    const s = request.session;
    const confirmed = s?.data[REAUTH_AT];
    const at = Math.max(s?.authAt?.getTime() ?? 0, typeof confirmed === 'number' ? confirmed : 0);
    return now() - at <= RECENT_MS;
  };

  async function takeFlash(request: FastifyRequest): Promise<AccountFlash | undefined> {
    const flash = request.session?.data[FLASH];
    if (typeof flash !== 'string') return undefined;
    await patchSession(request, { [FLASH]: undefined });
    return flash as AccountFlash;
  }

  async function accountPage(request: FastifyRequest, reply: FastifyReply, error?: MessageKey, status = 200) {
    const member = request.staff!;
    const factors = await service.factors(member.id);
    if (!factors) return startAgain(request, reply);
    return reply.page(
      <StaffAccountPage
        member={member}
        consulates={await catalog.listConsulates()}
        factors={factors}
        passkeys={await service.listPasskeys(member.id)}
        recent={recent(request)}
        flash={error ? undefined : await takeFlash(request)}
        error={error}
      />,
      { status },
    );
  }

  /** A fresh session after a password change (every session of the person ended with it). */
  async function restart(request: FastifyRequest, reply: FastifyReply, flash: AccountFlash) {
    await startSession(request, reply, sessions, config, {
      subjectType: 'staff',
      subjectId: request.staff!.id,
      data: { [STAFF_STAGE]: 'complete', [FLASH]: flash },
      authenticated: true,
    });
  }

  app.get('/staff/account', { preHandler: signedIn }, async (request, reply) => accountPage(request, reply));

  app.post('/staff/account/confirm', { preHandler: signedIn }, async (request, reply) => {
    const form = parseForm(PasswordOnly, request.body, ['password']);
    if (!form.ok) return accountPage(request, reply, form.errors.password, 400);
    const outcome = await service.confirmPassword(request.staff!.id, form.data.password, actorOf(request));
    if (outcome === 'wrong') return accountPage(request, reply, 'staff.error.password.wrong', 400);
    if (outcome !== 'ok') return lockedPage(request, reply, outcome);
    await patchSession(request, { [REAUTH_AT]: now(), [FLASH]: 'confirmed' });
    return reply.seeOther('/staff/account');
  });

  app.get('/staff/account/password', { preHandler: signedIn }, async (_request, reply) =>
    reply.page(<PasswordPage action="/staff/account/password" askCurrent />),
  );

  app.post('/staff/account/password', { preHandler: signedIn }, async (request, reply) => {
    const page = (errors: FormErrors) =>
      reply.page(<PasswordPage action="/staff/account/password" askCurrent errors={errors} />, {
        status: 400,
      });
    const form = parseForm(NewPasswordForm, request.body, ['password', 'confirm', 'current']);
    if (!form.ok) return page(form.errors);
    if (!form.data.current) return page({ current: 'staff.error.password.empty' });
    const outcome = await service.changePassword(
      { staffId: request.staff!.id, current: form.data.current, next: form.data.password },
      actorOf(request),
    );
    if ('kind' in outcome) return lockedPage(request, reply, outcome);
    if (!outcome.ok) {
      return page(
        outcome.problem === 'current'
          ? { current: 'staff.error.password.wrong' }
          : { password: problemKey(outcome.problem) },
      );
    }
    await restart(request, reply, 'passwordChanged');
    return reply.seeOther('/staff/account');
  });

  async function accountTotp(request: FastifyRequest) {
    const member = request.staff!;
    const factors = await service.factors(member.id);
    if (!factors || factors.passkeyRequired) return undefined;
    return { member, factors, secret: await pendingSecret(request, member.id) };
  }

  app.get('/staff/account/totp', { preHandler: signedIn }, async (request, reply) => {
    const ctx = await accountTotp(request);
    if (!ctx) return reply.seeOther('/staff/account');
    return totpPage(reply, {
      action: '/staff/account/totp',
      secret: ctx.secret,
      email: ctx.member.email,
      backLink: '/staff/account',
      askPassword: true,
      replacing: ctx.factors.totp,
    });
  });

  app.post('/staff/account/totp', { preHandler: signedIn }, async (request, reply) => {
    const ctx = await accountTotp(request);
    if (!ctx) return reply.seeOther('/staff/account');
    const page = (errors: FormErrors) =>
      totpPage(
        reply,
        {
          action: '/staff/account/totp',
          secret: ctx.secret,
          email: ctx.member.email,
          backLink: '/staff/account',
          askPassword: true,
          replacing: ctx.factors.totp,
          errors,
        },
        400,
      );
    const form = parseForm(TotpReplaceForm, request.body, ['code', 'password']);
    if (!form.ok) return page(form.errors);
    const confirmed = await service.confirmPassword(ctx.member.id, form.data.password, actorOf(request));
    if (confirmed === 'wrong') return page({ password: 'staff.error.password.wrong' });
    if (confirmed !== 'ok') return lockedPage(request, reply, confirmed);
    const ok = await service.enrolTotp(
      { staffId: ctx.member.id, secret: ctx.secret, code: form.data.code, replacing: ctx.factors.totp },
      actorOf(request),
    );
    if (!ok) return page({ code: 'staff.error.code.wrong' });
    await patchSession(request, { [PENDING_TOTP]: undefined, [FLASH]: 'totpSet' });
    return reply.seeOther('/staff/account');
  });

  /** The account's JSON endpoints (adding a passkey): signed in, and recently. */
  async function staffJson(request: FastifyRequest, reply: FastifyReply) {
    const s = request.session;
    const member =
      s?.subjectType === 'staff' && s.subjectId && s.data[STAFF_STAGE] === 'complete'
        ? await loadMember(database.db, s.subjectId)
        : undefined;
    if (!member) return reply.code(401).send({ ok: false, reload: true });
    request.staff = member;
    if (!recent(request)) return reply.code(403).send({ ok: false, reload: true });
  }

  app.post('/staff/account/passkeys/options', { preHandler: staffJson }, async (request, reply) => {
    const member = request.staff!;
    const options = await ceremonies.registrationOptions(request.session!, {
      type: 'staff',
      id: member.id,
      userName: member.email,
      displayName: member.name,
    });
    return reply.header('cache-control', 'no-store').send(options);
  });

  app.post('/staff/account/passkeys', { preHandler: staffJson }, async (request, reply) => {
    const member = request.staff!;
    if (!(await ceremonies.verifyRegistration(request, { type: 'staff', id: member.id })))
      return reply.code(400).send({ ok: false });
    await patchSession(request, { [FLASH]: 'passkeyAdded' });
    return reply.send({ ok: true, next: '/staff/account' });
  });

  app.post<{ Params: { id: string } }>(
    '/staff/account/passkeys/:id/remove',
    { preHandler: signedIn },
    async (request, reply) => {
      if (!recent(request)) return reply.seeOther('/staff/account');
      const outcome = await service.removePasskey(request.staff!.id, request.params.id, actorOf(request));
      if (outcome !== 'missing')
        await patchSession(request, { [FLASH]: outcome === 'last' ? 'passkeyLast' : 'passkeyRemoved' });
      return reply.seeOther('/staff/account');
    },
  );

  await registerStaffAdmin(app, platform, { service, catalog, requireStaff: signedIn });
}

export type { StaffService };
