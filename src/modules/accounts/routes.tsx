import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Platform } from '../../app.ts';
import { endSession, startSession } from '../../platform/http/context.ts';
import { type FormValues, parseForm } from '../../platform/http/forms.ts';
import { fromParts } from '../../platform/i18n/dates.ts';
import { normalizeDigitsInput, normalizePersian, toLatinDigits } from '../../platform/i18n/digits.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { normalizeEmail } from '../../platform/personal-data.ts';
import type { AppointmentView } from '../appointments/service.ts';
import type { ProfileDocuments } from '../documents/service.ts';
import type { IdentityClaim } from '../registry/service.ts';
import { nationalCodeProblem, normalizeNationalCode } from '../registry/service.ts';
import type { RequestView } from '../requests/service.ts';
import {
  carriedResume,
  requireApplicant,
  requireRecentSignIn,
  resumePath,
  takeResumedFields,
} from './guards.ts';
import { parseResidence } from './residence.ts';
import type { AccountsService, SendOutcome, VerifyOutcome } from './service.ts';
import { CheckDetailsPage } from './views/check-details.tsx';
import { CodePage } from './views/code.tsx';
import { ConfirmIdentityPage } from './views/confirm-identity.tsx';
import { DashboardPage } from './views/dashboard.tsx';
import { DiscrepancySentPage } from './views/discrepancy-sent.tsx';
import { EmailChangePage } from './views/email-change.tsx';
import { IdentityPage } from './views/identity.tsx';
import { LockedPage } from './views/locked.tsx';
import { MismatchPage } from './views/mismatch.tsx';
import { ProfilePage } from './views/profile.tsx';
import { ResidencePage } from './views/residence.tsx';
import { SignInPage } from './views/sign-in.tsx';

const SignInForm = z.object({
  nationalCode: z.string().transform((v, ctx) => {
    const problem = nationalCodeProblem(v);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `accounts.error.nationalCode.${problem}` });
      return z.NEVER;
    }
    return normalizeNationalCode(v);
  }),
  email: z
    .string()
    .trim()
    .min(1, 'accounts.error.email.empty')
    .max(254, 'accounts.error.email.invalid')
    .transform(normalizeEmail)
    .pipe(z.email('accounts.error.email.invalid')),
});

const CodeForm = z.object({
  code: z
    .string()
    .transform((v) => normalizeDigitsInput(v, /[\s\-‐–]/g))
    .pipe(
      z
        .string()
        .min(1, 'accounts.error.code.empty')
        .regex(/^\d{6}$/, 'accounts.error.code.format'),
    ),
});

const name = (empty: string) =>
  z.string().transform(normalizePersian).pipe(z.string().min(1, empty).max(60, 'accounts.error.name.long'));

const IdentityForm = z
  .object({
    firstName: name('accounts.error.firstName.empty'),
    lastName: name('accounts.error.lastName.empty'),
    fatherName: name('accounts.error.fatherName.empty'),
    'birthDate-day': z.string(),
    'birthDate-month': z.string(),
    'birthDate-year': z.string(),
    sex: z.enum(['male', 'female'], 'accounts.error.sex.empty'),
    birthCertificateNumber: z
      .string()
      .transform((v) => normalizeDigitsInput(v))
      .pipe(z.string().regex(/^\d{1,10}$/, 'accounts.error.certificate.format')),
  })
  .transform((v, ctx) => {
    const parts = [v['birthDate-day'], v['birthDate-month'], v['birthDate-year']].map((p) =>
      toLatinDigits(p).trim(),
    );
    if (parts.some((p) => p === '')) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'accounts.error.birthDate.empty' });
      return z.NEVER;
    }
    const parsed = fromParts(Number(parts[2]), Number(parts[1]), Number(parts[0]));
    if (!parsed) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'accounts.error.birthDate.invalid' });
      return z.NEVER;
    }
    const claim: IdentityClaim = {
      firstName: v.firstName,
      lastName: v.lastName,
      fatherName: v.fatherName,
      birthDate: parsed.date,
      sex: v.sex,
      birthCertificateNumber: v.birthCertificateNumber,
    };
    return claim;
  });

const DiscrepancyForm = z.object({
  message: z.string().max(2000, 'accounts.error.message.long').default(''),
  consulateId: z
    .uuid('accounts.error.consulate.empty')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

const EmailForm = z.object({ email: SignInForm.shape.email });

/** The seed's advice: Yahoo delivers codes late or not at all. */
const isYahoo = (email: string) => /@(yahoo|ymail|rocketmail)\./i.test(email);

const actorOf = (request: FastifyRequest) => ({ ip: request.ip });

/**
 * Sign-in, registration and the profile. Thin: parse, call the accounts service, render or redirect.
 */
export async function registerAccounts(
  app: FastifyInstance,
  platform: Platform,
  accounts: AccountsService,
  deps: {
    profileDocuments: (applicantId: string) => Promise<ProfileDocuments>;
    requestsOf: (applicantId: string) => Promise<RequestView[]>;
    appointmentsOf: (applicantId: string) => Promise<AppointmentView[]>;
  },
) {
  const { sessions, config } = platform;
  const signedIn = requireApplicant(platform, accounts);
  const recent = requireRecentSignIn(platform);

  const challengeOf = (request: FastifyRequest) =>
    typeof request.session?.data.challengeId === 'string' ? request.session.data.challengeId : undefined;
  const registrationOf = (request: FastifyRequest) =>
    request.session?.subjectType === null && typeof request.session?.data.registration === 'string'
      ? request.session.data.registration
      : undefined;

  /** Remembers the code just sent in the session it is bound to (the only one that may use it). */
  async function rememberChallenge(
    request: FastifyRequest,
    challengeId: string,
    extra: Record<string, unknown> = {},
  ) {
    const s = request.session!;
    s.data = { ...s.data, challengeId, ...extra };
    await sessions.saveData(s.idHash, s.data);
  }

  function sendFailure(
    request: FastifyRequest,
    reply: FastifyReply,
    outcome: Exclude<SendOutcome, { kind: 'sent' }>,
    values: FormValues,
  ) {
    if (outcome.kind === 'locked') return reply.page(<LockedPage until={outcome.until} />, { status: 423 });
    reply.header(
      'retry-after',
      String(Math.max(1, Math.ceil((outcome.retryAt.getTime() - platform.clock.now().getTime()) / 1000))),
    );
    return reply.page(
      <SignInPage
        values={values}
        errors={{ nationalCode: 'accounts.error.tooManyCodes' }}
        retryAt={outcome.retryAt}
      />,
      {
        status: 429,
      },
    );
  }

  /** A one-time notice kept in the session (e.g. "a new code was sent"): shown once, then gone. */
  async function takeFlag(request: FastifyRequest, name: string): Promise<boolean> {
    const s = request.session;
    if (!s || s.data[name] !== true) return false;
    const { [name]: _, ...rest } = s.data;
    s.data = rest;
    await sessions.saveData(s.idHash, rest);
    return true;
  }

  // ——— sign in / register: national code + email → a code by email ———

  app.get('/sign-in', async (request, reply) => {
    if (request.session?.subjectType === 'applicant') return reply.seeOther('/account');
    return reply.page(<SignInPage values={{}} expired={await takeFlag(request, 'expired')} />);
  });

  app.post('/sign-in', async (request, reply) => {
    const form = parseForm(SignInForm, request.body);
    if (!form.ok)
      return reply.page(<SignInPage values={form.values} errors={form.errors} />, { status: 400 });
    // A fresh anonymous session for every new sign-in attempt; an interrupted form's answers come along.
    const session = await startSession(request, reply, sessions, config, {
      subjectType: null,
      subjectId: null,
      data: carriedResume(request),
    });
    const outcome = await accounts.requestSignInCode({
      nationalCode: form.data.nationalCode,
      email: form.data.email,
      sessionHash: session.idHash,
      locale: request.locale,
      actor: actorOf(request),
    });
    if (outcome.kind !== 'sent') return sendFailure(request, reply, outcome, form.values);
    await rememberChallenge(request, outcome.challengeId, { yahoo: isYahoo(form.data.email) });
    return reply.seeOther('/sign-in/code');
  });

  async function codePage(request: FastifyRequest, reply: FastifyReply, error?: MessageKey, status = 200) {
    const challengeId = challengeOf(request);
    const info =
      challengeId && request.session
        ? await accounts.challengeStatus(challengeId, request.session.idHash)
        : undefined;
    if (!info) return reply.seeOther('/sign-in');
    return reply.page(
      <CodePage
        purpose={info.purpose}
        resendAt={info.resendAt}
        now={platform.clock.now()}
        yahoo={request.session?.data.yahoo === true}
        error={error}
        resent={await takeFlag(request, 'resent')}
        minutes={config.otp.ttlMinutes}
      />,
      { status },
    );
  }

  app.get('/sign-in/code', async (request, reply) => codePage(request, reply));

  app.post('/sign-in/code', async (request, reply) => {
    const challengeId = challengeOf(request);
    if (!challengeId || !request.session) return reply.seeOther('/sign-in');
    const form = parseForm(CodeForm, request.body, ['code']);
    if (!form.ok) return codePage(request, reply, form.errors.code, 400);
    const outcome = await accounts.verifyCode({
      challengeId,
      sessionHash: request.session.idHash,
      code: form.data.code,
      actor: actorOf(request),
    });
    return afterVerify(request, reply, outcome);
  });

  async function afterVerify(request: FastifyRequest, reply: FastifyReply, outcome: VerifyOutcome) {
    const resume = carriedResume(request);
    const next = resumePath(platform, request);
    switch (outcome.kind) {
      case 'signed_in':
      case 'reauthenticated':
        await startSession(request, reply, sessions, config, {
          subjectType: 'applicant',
          subjectId: outcome.applicantId,
          data: resume,
          authenticated: true,
        });
        return reply.seeOther(next);
      case 'email_changed':
        // The address that signs in has changed: every other session of this person ends.
        await sessions.destroyAllFor('applicant', outcome.applicantId);
        await startSession(request, reply, sessions, config, {
          subjectType: 'applicant',
          subjectId: outcome.applicantId,
          data: { flash: 'emailChanged' },
          authenticated: true,
        });
        return reply.seeOther('/account/profile');
      case 'verified_new':
        await startSession(request, reply, sessions, config, {
          subjectType: null,
          subjectId: null,
          data: { ...resume, registration: outcome.challengeId },
          authenticated: true,
        });
        return reply.seeOther('/register/identity');
      case 'locked':
        return reply.page(<LockedPage until={outcome.until} />, { status: 423 });
      case 'wrong':
        return codePage(
          request,
          reply,
          `accounts.error.code.wrong.${Math.min(outcome.attemptsLeft, 4)}` as MessageKey,
          400,
        );
      case 'exhausted':
        return codePage(request, reply, 'accounts.error.code.exhausted' as MessageKey, 400);
      case 'expired':
        return codePage(request, reply, 'accounts.error.code.expired' as MessageKey, 400);
      default:
        return reply.seeOther('/sign-in');
    }
  }

  app.post('/sign-in/resend', async (request, reply) => {
    const challengeId = challengeOf(request);
    if (!challengeId || !request.session) return reply.seeOther('/sign-in');
    const outcome = await accounts.resendCode({
      challengeId,
      sessionHash: request.session.idHash,
      locale: request.locale,
      actor: actorOf(request),
    });
    if (outcome.kind === 'sent') {
      request.session.data = { ...request.session.data, challengeId: outcome.challengeId, resent: true };
      await sessions.saveData(request.session.idHash, request.session.data);
      return reply.seeOther('/sign-in/code');
    }
    if (outcome.kind === 'cooldown')
      return codePage(request, reply, 'accounts.error.code.cooldown' as MessageKey, 429);
    if (outcome.kind === 'limited')
      return codePage(request, reply, 'accounts.error.tooManyCodes' as MessageKey, 429);
    if (outcome.kind === 'locked') return reply.page(<LockedPage until={outcome.until} />, { status: 423 });
    return reply.seeOther('/sign-in');
  });

  // ——— registration: identity checked against the civil registry ———

  app.get('/register/identity', async (request, reply) => {
    if (!registrationOf(request))
      return reply.seeOther(request.session?.subjectType === 'applicant' ? '/account' : '/sign-in');
    return reply.page(<IdentityPage values={{}} />);
  });

  app.post('/register/identity', async (request, reply) => {
    const challengeId = registrationOf(request);
    if (!challengeId) return reply.seeOther('/sign-in');
    const form = parseForm(IdentityForm, request.body);
    if (!form.ok)
      return reply.page(<IdentityPage values={form.values} errors={form.errors} />, { status: 400 });
    const outcome = await accounts.registerIdentity({
      challengeId,
      claim: form.data,
      locale: request.locale,
      actor: actorOf(request),
    });
    switch (outcome.kind) {
      case 'registered':
        await startSession(request, reply, sessions, config, {
          subjectType: 'applicant',
          subjectId: outcome.applicantId,
          data: carriedResume(request),
          authenticated: true,
        });
        return reply.seeOther('/register/residence');
      case 'mismatch':
      case 'unusable': {
        const { consulates } = await consulateChoices(undefined);
        return reply.page(<MismatchPage values={form.values} consulates={consulates} />, { status: 422 });
      }
      case 'minor':
        return reply.page(<IdentityPage values={form.values} errors={{ _form: 'accounts.error.minor' }} />, {
          status: 422,
        });
      case 'email_taken':
        return reply.page(
          <IdentityPage values={form.values} errors={{ _form: 'accounts.error.emailTaken' }} />,
          { status: 409 },
        );
      case 'limited':
        return reply.page(
          <IdentityPage values={form.values} errors={{ _form: 'accounts.error.tooManyIdentityAttempts' }} />,
          { status: 429 },
        );
      default:
        return reply.seeOther('/sign-in');
    }
  });

  app.post('/register/discrepancy', async (request, reply) => {
    const challengeId = registrationOf(request);
    if (!challengeId) return reply.seeOther('/sign-in');
    const identity = parseForm(IdentityForm, request.body);
    const extra = parseForm(DiscrepancyForm, request.body);
    if (!identity.ok)
      return reply.page(<IdentityPage values={identity.values} errors={identity.errors} />, { status: 400 });
    if (!extra.ok) {
      const { consulates } = await consulateChoices(undefined);
      return reply.page(
        <MismatchPage values={extra.values} consulates={consulates} errors={extra.errors} />,
        { status: 400 },
      );
    }
    const result = await accounts.reportDiscrepancy({
      challengeId,
      claim: identity.data,
      message: extra.data.message,
      consulateId: extra.data.consulateId,
      locale: request.locale,
      actor: actorOf(request),
    });
    if (!result) return reply.seeOther('/sign-in');
    return reply.page(<DiscrepancySentPage reference={result.reference} />);
  });

  // ——— residence, check, confirm ———

  async function consulateChoices(country: string | undefined) {
    const { serving, others } = await accounts.consulatesFor(country);
    return { consulates: [...serving, ...others], defaultId: serving[0]?.id };
  }

  app.get('/register/residence', { preHandler: signedIn }, async (request, reply) => {
    const a = request.applicant!;
    const resumed = await takeResumedFields(platform, request, '/register/residence');
    const values: FormValues = resumed
      ? (Object.fromEntries(
          Object.entries(resumed).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]),
        ) as FormValues)
      : a.residence
        ? { ...a.residence, phone: a.phone ?? '', consulateId: a.consulateId ?? '' }
        : {};
    const { consulates, defaultId } = await consulateChoices(values.country);
    return reply.page(
      <ResidencePage values={{ consulateId: defaultId ?? '', ...values }} consulates={consulates} />,
    );
  });

  app.post('/register/residence', { preHandler: signedIn }, async (request, reply) => {
    const { consulates, defaultId } = await consulateChoices(
      typeof (request.body as { country?: unknown })?.country === 'string'
        ? (request.body as { country: string }).country
        : undefined,
    );
    // No consulate chosen: the one serving the country of residence, as the page suggests.
    const body = { ...(request.body as Record<string, unknown>) };
    if (!body.consulateId && defaultId) body.consulateId = defaultId;
    const form = parseResidence(body, consulates);
    if (!form.ok) {
      const values = { ...form.values, consulateId: form.values.consulateId || defaultId || '' };
      return reply.page(<ResidencePage values={values} errors={form.errors} consulates={consulates} />, {
        status: 400,
      });
    }
    await accounts.saveResidence(request.applicant!.id, form.data, actorOf(request));
    // While registering, the documents come next; an active account goes straight to confirming the change.
    return reply.seeOther(request.applicant!.status === 'pending' ? '/account/documents' : '/register/check');
  });

  app.get('/register/check', { preHandler: signedIn }, async (request, reply) => {
    const a = request.applicant!;
    if (!a.residence) return reply.seeOther('/register/residence');
    return reply.page(
      <CheckDetailsPage
        applicant={a}
        consulate={await accounts.consulate(a.consulateId)}
        documents={await deps.profileDocuments(a.id)}
      />,
    );
  });

  app.post('/register/confirm', { preHandler: signedIn }, async (request, reply) => {
    const result = await accounts.confirmDetails(request.applicant!.id, actorOf(request));
    if (result === 'incomplete') return reply.seeOther('/register/residence');
    if (result === 'documents') return reply.seeOther('/account/documents');
    const s = request.session!;
    s.data = { ...s.data, flash: result === 'activated' ? 'activated' : 'confirmed' };
    await sessions.saveData(s.idHash, s.data);
    return reply.seeOther('/account');
  });

  // ——— the account ———

  async function takeFlash(request: FastifyRequest): Promise<string | undefined> {
    const s = request.session;
    const flash = typeof s?.data.flash === 'string' ? s.data.flash : undefined;
    if (s && flash) {
      const { flash: _, ...rest } = s.data;
      s.data = rest;
      await sessions.saveData(s.idHash, rest);
    }
    return flash;
  }

  app.get('/account', { preHandler: signedIn }, async (request, reply) => {
    const a = request.applicant!;
    return reply.page(
      <DashboardPage
        applicant={a}
        consulate={await accounts.consulate(a.consulateId)}
        documents={await deps.profileDocuments(a.id)}
        requests={a.status === 'active' ? await deps.requestsOf(a.id) : []}
        appointments={a.status === 'active' ? await deps.appointmentsOf(a.id) : []}
        flash={await takeFlash(request)}
      />,
    );
  });

  app.get('/account/profile', { preHandler: signedIn }, async (request, reply) => {
    const a = request.applicant!;
    return reply.page(
      <ProfilePage
        applicant={a}
        consulate={await accounts.consulate(a.consulateId)}
        documents={await deps.profileDocuments(a.id)}
        flash={await takeFlash(request)}
      />,
    );
  });

  app.get('/account/email', { preHandler: [signedIn, recent] }, async (request, reply) => {
    const resumed = await takeResumedFields(platform, request, '/account/email');
    const email = typeof resumed?.email === 'string' ? resumed.email : '';
    return reply.page(<EmailChangePage values={{ email }} current={request.applicant!.email} />);
  });

  app.post('/account/email', { preHandler: [signedIn, recent] }, async (request, reply) => {
    const a = request.applicant!;
    const form = parseForm(EmailForm, request.body);
    if (!form.ok)
      return reply.page(<EmailChangePage values={form.values} errors={form.errors} current={a.email} />, {
        status: 400,
      });
    const outcome = await accounts.startEmailChange({
      applicantId: a.id,
      newEmail: form.data.email,
      sessionHash: request.session!.idHash,
      locale: request.locale,
      actor: actorOf(request),
    });
    if (outcome.kind === 'sent') {
      await rememberChallenge(request, outcome.challengeId, { yahoo: isYahoo(form.data.email) });
      return reply.seeOther('/sign-in/code');
    }
    const error =
      outcome.kind === 'same'
        ? 'accounts.error.email.same'
        : outcome.kind === 'taken'
          ? 'accounts.error.email.taken'
          : 'accounts.error.tooManyCodes';
    return reply.page(<EmailChangePage values={form.values} errors={{ email: error }} current={a.email} />, {
      status: outcome.kind === 'limited' ? 429 : 400,
    });
  });

  app.get('/account/confirm-identity', { preHandler: signedIn }, async (_request, reply) =>
    reply.page(<ConfirmIdentityPage />),
  );

  app.post('/account/confirm-identity', { preHandler: signedIn }, async (request, reply) => {
    const outcome = await accounts.startReauthentication({
      applicantId: request.applicant!.id,
      sessionHash: request.session!.idHash,
      locale: request.locale,
      actor: actorOf(request),
    });
    if (outcome.kind !== 'sent') return reply.page(<ConfirmIdentityPage limited />, { status: 429 });
    await rememberChallenge(request, outcome.challengeId);
    return reply.seeOther('/sign-in/code');
  });

  app.post('/account/sign-out-everywhere', { preHandler: signedIn }, async (request, reply) => {
    const id = request.applicant!.id;
    const ended = await sessions.destroyAllFor('applicant', id);
    await accounts.recordSignOutEverywhere(id, actorOf(request), ended);
    await endSession(request, reply, sessions, config);
    return reply.seeOther('/');
  });
}
