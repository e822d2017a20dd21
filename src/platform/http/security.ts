import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(config.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.production ? { maxAge: 63072000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', 'camera=(self), geolocation=(), microphone=(), payment=(), usb=()');
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
    app.csrfProtection(request, reply, done);
  });
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
