import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import type { Config } from '../../config.ts';
import type { ViewContext } from '../../ui/context.ts';
import { renderPage } from '../../ui/render.tsx';
import { dirOf, isLocale, type Locale, translator } from '../i18n/index.ts';
import type { Session, SessionStore, SubjectType } from './session.ts';

/**
 * Per-request state every route relies on: the page language, the server-side session, and `reply.page()` which
 * renders a view in the request's language with the right headers.
 */
declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    session: Session | null;
  }
  interface FastifyReply {
    page(view: VNode, options?: { status?: number }): FastifyReply;
    seeOther(location: string): FastifyReply;
  }
}

export const LANG_COOKIE = 'lang';

export type ContextOptions = {
  config: Config;
  sessions: SessionStore;
  asset(name: string): string;
  /** Lets a module name the signed-in person in the header (accounts, staff). */
  describeUser?(request: FastifyRequest): ViewContext['user'];
};

export function sessionCookieName(config: Config): string {
  // __Host- makes the browser refuse the cookie unless it is Secure, host-only and path=/.
  return config.production ? '__Host-sid' : 'sid';
}

export const requestContext = fp(
  async (app: FastifyInstance, opts: ContextOptions) => {
    const cookieName = sessionCookieName(opts.config);
    app.decorateRequest('locale', 'fa');
    app.decorateRequest('session', null);

    app.addHook('onRequest', async (request, reply) => {
      const lang = request.cookies[LANG_COOKIE];
      request.locale = isLocale(lang) ? lang : 'fa';
      reply.header('x-request-id', request.id);
      const sid = request.cookies[cookieName];
      if (sid) {
        request.session = (await opts.sessions.load(sid)) ?? null;
        if (!request.session) reply.clearCookie(cookieName, { path: '/' });
      }
    });

    app.decorateReply('page', function page(this: FastifyReply, view: VNode, options?: { status?: number }) {
      const request = this.request;
      const ctx: ViewContext = {
        locale: request.locale,
        dir: dirOf(request.locale),
        t: translator(request.locale),
        csrfToken: this.generateCsrf(),
        path: request.url,
        branding: {
          serviceName: opts.config.branding.serviceName[request.locale],
          organisation: opts.config.branding.organisation[request.locale],
          contactEmail: opts.config.branding.contactEmail,
        },
        user: request.session?.subjectType
          ? (opts.describeUser?.(request) ?? { kind: request.session.subjectType })
          : undefined,
        demo: !opts.config.production,
        asset: opts.asset,
      };
      // Personal pages must not be kept by shared or back/forward caches; public ones are revalidated.
      this.header('cache-control', request.session ? 'no-store' : 'no-cache');
      this.header('content-language', request.locale);
      this.status(options?.status ?? 200).type('text/html; charset=utf-8');
      return this.send(renderPage(ctx, view));
    });

    app.decorateReply('seeOther', function seeOther(this: FastifyReply, location: string) {
      return this.redirect(location, 303);
    });
  },
  { name: 'request-context', dependencies: ['@fastify/cookie', '@fastify/csrf-protection'] },
);

/** Starts a session with a fresh id (always a new one at sign-in) and sets its cookie. */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  sessions: SessionStore,
  config: Config,
  input: {
    subjectType: SubjectType | null;
    subjectId: string | null;
    data?: Record<string, unknown>;
    authenticated?: boolean;
  },
): Promise<Session> {
  if (request.session) await sessions.destroy(request.session.idHash);
  const { id, session } = await sessions.create(input);
  reply.setCookie(sessionCookieName(config), id, {
    path: '/',
    httpOnly: true,
    secure: config.production,
    // Staff sessions never ride along on a cross-site navigation.
    sameSite: input.subjectType === 'staff' ? 'strict' : 'lax',
    maxAge: Math.floor(sessions.policyFor(input.subjectType).absoluteMs / 1000),
  });
  request.session = session;
  return session;
}

export async function endSession(
  request: FastifyRequest,
  reply: FastifyReply,
  sessions: SessionStore,
  config: Config,
) {
  if (request.session) await sessions.destroy(request.session.idHash);
  request.session = null;
  reply.clearCookie(sessionCookieName(config), { path: '/' });
}

/** A local path to return to after a form: never another origin (`//evil`, `https:`, `\\`). */
export function safeNext(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value))
    return fallback;
  return value;
}
