import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Clock } from '../clock.ts';
import type { Keys } from '../crypto.ts';
import { databaseStore, type RateLimiter } from './rate-limit.ts';

/**
 * Headers, cookies, forms, CSRF and rate limits, in the order they must run. Nothing here is switched off for
 * tests: the tests fetch a token like a browser does.
 */
export type SecurityOptions = { config: Config; keys: Keys; clock: Clock; limiter: RateLimiter };

export class CrossOriginError extends Error {
  statusCode = 403;
  code = 'MIKHAK_CROSS_ORIGIN';
}

export async function registerSecurity(
  app: FastifyInstance,
  { config, keys, clock, limiter }: SecurityOptions,
) {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });

  await app.register(cookie, { secret: keys.hmacKey('cookie') });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(csrf, {
    cookieKey: config.production ? '__Host-csrf' : 'csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: config.production, signed: true },
  });

  await app.register(rateLimit, {
    global: true,
    store: databaseStore(limiter, clock),
    // Reads are cheap and cached by nothing personal; the limit guards writes. Specific routes set stricter ones.
    allowList: (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD',
    max: config.rateLimit.postPerMinute,
    timeWindow: 60_000,
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) => {
      const err = new Error('Too many requests') as Error & { statusCode: number; retryAfterMs: number };
      err.statusCode = context.statusCode;
      err.retryAfterMs = context.ttl;
      return err;
    },
  });

  // Same-origin check, then the CSRF token, on every state-changing request. (Callback style: the CSRF check
  // answers the request itself when the token is wrong.)
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return done();
    if (!isSameOrigin(request, config)) return done(new CrossOriginError('Cross-origin form refused'));
    // An upload form's token travels inside the multipart body, which is streamed, not parsed here: the route
    // reads the token first and checks it with verifyCsrfToken before keeping any byte of the file.
    if (request.routeOptions.config.csrfInMultipartBody && isMultipart(request)) return done();
    app.csrfProtection(request, reply, done);
  });
}

/**
 * The same headers on every answer, computed once. (What helmet would send, without its per-request middleware
 * chain, which cost more than rendering a page: see docs/decisions/0007-static-security-headers.md.)
 */
export function securityHeaders(config: Config): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // blob: for the preview of a file chosen for upload (an object URL our own script makes).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    ...(config.production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
    'permissions-policy': 'camera=(self), geolocation=(), microphone=(), payment=(), usb=()',
    ...(config.production ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * Browsers send Origin on every POST (and Sec-Fetch-Site); either one that names another site is refused.
 * A request with neither is not a modern browser's cross-site form, and still needs a valid token.
 */
export function isSameOrigin(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    const own = new Set([new URL(config.publicUrl).origin, `${request.protocol}://${request.host}`]);
    return own.has(origin);
  }
  if (origin === 'null') return false;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  return true;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads a multipart body and checks its `_csrf` field itself (verifyCsrfToken). */
    csrfInMultipartBody?: boolean;
  }
}

const isMultipart = (request: FastifyRequest) =>
  /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');

/**
 * The CSRF check for a token read from a multipart body. True when it holds; otherwise the 403 is already on its
 * way and the route must stop.
 */
export function verifyCsrfToken(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string | undefined,
): Promise<boolean> {
  (request as { body: unknown }).body = { _csrf: token ?? '' };
  let passed = false;
  app.csrfProtection(request, reply, () => {
    passed = true;
  });
  return Promise.resolve(passed);
}
