import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Config } from './config.ts';
import {
  carriedResume,
  requireApplicant,
  requireRecentSignIn,
  resumePath,
} from './modules/accounts/guards.ts';
import { registerAccounts } from './modules/accounts/routes.tsx';
import { type ApplicantView, createAccountsService } from './modules/accounts/service.ts';
import { registerAdmin } from './modules/admin/routes.tsx';
import { registerAppointments } from './modules/appointments/module.ts';
import type { AppointmentsService } from './modules/appointments/service.ts';
import { registerCounter } from './modules/backoffice/counter-routes.tsx';
import type { BackofficeDeps } from './modules/backoffice/deps.ts';
import { registerBackoffice } from './modules/backoffice/routes.tsx';
import { registerStatistics } from './modules/backoffice/statistics-routes.tsx';
import { registerCatalog } from './modules/catalog/routes.tsx';
import { createCatalogService } from './modules/catalog/service.ts';
import { loadServices } from './modules/catalog/services-registry.ts';
import { registerDocuments } from './modules/documents/routes.tsx';
import type { DocumentsService } from './modules/documents/service.ts';
import { documentsFromConfig } from './modules/documents/setup.ts';
import { createCivilRegistry } from './modules/registry/service.ts';
import { registerRequests } from './modules/requests/routes.tsx';
import { type Applicant, createRequestsService, type RequestsService } from './modules/requests/service.ts';
import { registerSite } from './modules/site/routes.tsx';
import { requireStaff } from './modules/staff/guards.ts';
import { can, isAdmin, workConsulates } from './modules/staff/roles.ts';
import { registerStaff } from './modules/staff/routes.tsx';
import { registerVerification } from './modules/verification/routes.tsx';
import { type Clock, systemClock } from './platform/clock.ts';
import { deriveKeys, type Keys } from './platform/crypto.ts';
import type { Database } from './platform/db.ts';
import { endSession, requestContext } from './platform/http/context.ts';
import { registerErrorPages } from './platform/http/errors.tsx';
import { registerHealth } from './platform/http/health.ts';
import { RateLimiter } from './platform/http/rate-limit.ts';
import { registerSecurity } from './platform/http/security.ts';
import { SessionStore } from './platform/http/session.ts';
import { registerDevMailbox } from './platform/mail/dev-mailbox-routes.tsx';
import { registerPasskeys } from './platform/passkeys/routes.tsx';
import { registerAssets } from './ui/assets.ts';
import type { StaffNavItem, ViewContext } from './ui/context.ts';
import { UiShowcase } from './ui/showcase.tsx';

export type AppDeps = {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
  /** Told of every route as it is added (the route-matrix test walks them all). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
  /** Called after a transaction queued email, so the worker sends it now rather than at its next poll. */
  wakeMailer?: () => void;
};

/** What modules and tests share: built once per app. */
export type Platform = {
  config: Config;
  database: Database;
  clock: Clock;
  keys: Keys;
  sessions: SessionStore;
  limiter: RateLimiter;
  wakeMailer: () => void;
  /** Deletes what retention says must not be kept (expired sessions, rate windows, old one-time codes). */
  sweep: () => Promise<void>;
  /** Uploaded files; the worker loop calls its scan queue. */
  documents: DocumentsService;
  /** Service requests; the back office (and tests, until it exists) moves them through `move`. */
  requests: RequestsService;
  /** Appointments; the sweep lets lapsed holds go, serves waitlists and sends reminders. */
  appointments: AppointmentsService;
};

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

const MINUTE = 60_000;

/** The header of a back-office page: the person's name and the sections their roles open. */
function staffMenu(request: FastifyRequest): ViewContext['user'] {
  const member = request.staff;
  if (request.session?.subjectType !== 'staff') return { kind: 'applicant' };
  if (!member) return { kind: 'staff' };
  const works = isAdmin(member) || workConsulates(member).length > 0;
  const supervises =
    isAdmin(member) || member.roles.some((r) => can(member, 'supervise', r.consulateId ?? undefined));
  const nav: StaffNavItem[] = [
    ...(works ? (['queue', 'appointments', 'counter', 'issuing'] as const) : []),
    ...(supervises ? (['statistics'] as const) : []),
    ...(isAdmin(member) ? (['admin', 'audit'] as const) : []),
    'account',
  ];
  return { kind: 'staff', displayName: member.name, staffNav: nav };
}

/**
 * The Fastify instance with every plugin and module, in a fixed order: security (headers, cookies, forms, CSRF,
 * rate limits) → assets → request context (language, session, page rendering) → error pages → modules.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
        remove: true,
      },
    },
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  });
  if (deps.onRoute) {
    const onRoute = deps.onRoute;
    app.addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url }));
  }
  const keys = deriveKeys(config.secretKey, config.encryptionKey);
  const limiter = new RateLimiter(database.db, clock);
  const sessions = new SessionStore(database.db, clock, {
    anonymous: { idleMs: 60 * MINUTE, absoluteMs: 12 * 60 * MINUTE },
    applicant: {
      idleMs: config.session.idleMinutes * MINUTE,
      absoluteMs: config.session.absoluteHours * 60 * MINUTE,
    },
    staff: { idleMs: 15 * MINUTE, absoluteMs: 12 * 60 * MINUTE },
  });
  const documents = documentsFromConfig({ config, db: database.db, clock, keys, logger: app.log });
  const platform: Platform = {
    config,
    database,
    clock,
    keys,
    sessions,
    limiter,
    wakeMailer: deps.wakeMailer ?? (() => {}),
    sweep: async () => {},
    documents,
    requests: undefined as unknown as RequestsService,
    appointments: undefined as unknown as AppointmentsService,
  };
  app.decorate('platform', platform);

  await registerSecurity(app, { config, keys, clock, limiter });
  const { asset } = await registerAssets(app);
  await app.register(requestContext, { config, sessions, asset, describeUser: staffMenu });
  registerErrorPages(
    app,
    // Probing for URLs costs a database write per miss, so misses are limited per client too.
    app.rateLimit({ max: config.rateLimit.notFoundPerMinute, timeWindow: MINUTE, allowList: () => false }),
  );
  registerHealth(app, database, config.logLevel === 'silent');

  const catalog = createCatalogService(database.db);
  const accounts = createAccountsService({
    db: database.db,
    clock,
    keys,
    config,
    limiter,
    registry: createCivilRegistry(config.civilRegistry),
    catalog,
    documentsComplete: (id) => documents.profileComplete(id),
    wakeMailer: platform.wakeMailer,
  });
  await registerSite(app, {
    config,
    catalog,
    onLanguageChange: async (subject, locale) => {
      if (subject.type === 'applicant') await accounts.setPreferredLocale(subject.id, locale);
    },
  });
  const services = loadServices();
  await registerCatalog(app, {
    services,
    catalog,
    viewerOf: async (request) => {
      const s = request.session;
      if (s?.subjectType !== 'applicant' || !s.subjectId) return undefined;
      const a = await accounts.getApplicant(s.subjectId);
      return a ? { consulateId: a.consulateId, active: a.status === 'active' } : undefined;
    },
  });
  const signedIn = requireApplicant(platform, accounts);
  await registerAccounts(app, platform, accounts, {
    profileDocuments: (id) => documents.profile(id),
    requestsOf: (id) => platform.requests.list(id),
    // The appointments module is built later; the call happens per request.
    appointmentsOf: (id) => platform.appointments.upcoming(id),
  });
  await registerDocuments(app, platform, { documents, requireApplicant: signedIn });
  const applicantContact = (a: ApplicantView): Applicant => ({
    id: a.id,
    status: a.status,
    consulateId: a.consulateId,
    email: a.email,
    locale: a.preferredLocale,
    firstName: a.identity.firstName,
  });
  const requests = createRequestsService({
    db: database.db,
    clock,
    keys,
    config,
    services,
    catalog,
    documents,
    applicant: async (id) => {
      const a = await accounts.getApplicant(id);
      return a ? applicantContact(a) : undefined;
    },
    wakeMailer: platform.wakeMailer,
  });
  platform.requests = requests;
  await registerRequests(app, platform, {
    requests,
    documents,
    requireApplicant: signedIn,
    requireRecentSignIn: requireRecentSignIn(platform),
    catalog,
    applicantOf: (request) => applicantContact(request.applicant!),
    personOf: (request) => ({
      firstName: request.applicant!.identity.firstName,
      lastName: request.applicant!.identity.lastName,
      fatherName: request.applicant!.identity.fatherName,
      nationalCode: request.applicant!.nationalCode,
      birthDate: request.applicant!.identity.birthDate,
    }),
    timeZoneOf: async (id) => (await catalog.findConsulate(id))?.timeZone ?? 'UTC',
  });
  const passkeys = registerPasskeys(app, platform, {
    requireApplicant: signedIn,
    requireRecentSignIn: requireRecentSignIn(platform),
    accounts,
    carriedResume,
    resumePath: (request) => resumePath(platform, request),
  });
  await registerStaff(app, platform, { passkeys });
  const backoffice: BackofficeDeps = {
    requests,
    documents,
    catalog,
    services,
    applicant: (id) => accounts.getApplicant(id),
    requireStaff: requireStaff(platform),
  };
  await registerBackoffice(app, platform, backoffice);
  await registerCounter(app, platform, backoffice);
  await registerStatistics(app, platform, backoffice);
  await registerVerification(app, platform, {
    ...backoffice,
    requireApplicant: signedIn,
    requireRecentSignIn: requireRecentSignIn(platform),
  });
  await registerAdmin(app, platform, backoffice);
  await registerAppointments(app, platform, {
    ...backoffice,
    requireApplicant: signedIn,
    contact: async (id) => {
      const a = await accounts.getApplicant(id);
      return a ? applicantContact(a) : undefined;
    },
  });

  let orphansSweptAt = 0;
  platform.sweep = async () => {
    await sessions.sweep();
    await limiter.sweep();
    await accounts.purgeOldCodes();
    await requests.purgeOldDrafts();
    await requests.remindCorrections();
    await requests.expireOverdue();
    await platform.appointments.sweep();
    // Listing every stored file costs more than the rest: hourly is enough for what a crash leaves behind.
    if (clock.now().getTime() - orphansSweptAt >= 60 * MINUTE) {
      orphansSweptAt = clock.now().getTime();
      await documents.sweepOrphans();
    }
  };

  app.post('/sign-out', async (request, reply) => {
    const wasStaff = request.session?.subjectType === 'staff';
    await endSession(request, reply, sessions, config);
    return reply.seeOther(wasStaff ? '/staff' : '/');
  });

  if (config.mail.devMailbox) registerDevMailbox(app, { db: database.db, config });
  if (!config.production) app.get('/dev/ui', async (_request, reply) => reply.page(h(UiShowcase, {})));

  return app;
}
