import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { useView } from '../../ui/context.ts';
import { Layout } from '../../ui/layout.tsx';
import type { MessageKey } from '../i18n/index.ts';

/**
 * Every error becomes a page in the person's language that says what to do next and reveals nothing internal:
 * no stack, no SQL, no library names. 5xx pages carry the request id so support can find the log line.
 */
type ErrorKind = 'notFound' | 'server' | 'forbidden' | 'tooMany' | 'badRequest' | 'tooLarge' | 'unavailable';

const STATUS: Record<ErrorKind, number> = {
  notFound: 404,
  server: 500,
  forbidden: 403,
  tooMany: 429,
  badRequest: 400,
  tooLarge: 413,
  unavailable: 503,
};

export function ErrorPage({
  kind,
  reference,
  minutes,
}: {
  kind: ErrorKind;
  reference?: string;
  minutes?: number;
}) {
  const { t } = useView();
  const title = t(`error.${kind}.title` as MessageKey);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t(`error.${kind}.body` as MessageKey, { minutes: minutes ?? 1 })}</p>
      {reference ? (
        <p>
          {t('error.server.reference', { id: '' })}
          <bdi dir="ltr">{reference}</bdi>
        </p>
      ) : null}
      <p>
        <a href="/">{t('error.notFound.home')}</a>
      </p>
    </Layout>
  );
}

/** Database unreachable: connection refused or reset, the server shutting down, or the embedded one closed. */
function isDatabaseDown(err: unknown): boolean {
  for (
    let e = err as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (
      [
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        '57P01',
        '57P02',
        '57P03',
        '08006',
        '08001',
        '08003',
      ].includes(e.code ?? '')
    ) {
      return true;
    }
    if (
      /Connection terminated|timeout exceeded when trying to connect|PGlite is closed|Cannot use a pool after calling end/i.test(
        e.message ?? '',
      )
    )
      return true;
    e = e.cause as typeof e;
  }
  return false;
}

export function classify(err: FastifyError & { code?: string }): ErrorKind {
  const status = err.statusCode ?? 500;
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'tooMany';
  if (status === 413) return 'tooLarge';
  if (status >= 400 && status < 500) return 'badRequest';
  if (isDatabaseDown(err)) return 'unavailable';
  return 'server';
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ErrorKind,
  extra: { minutes?: number } = {},
) {
  const status = STATUS[kind];
  if (kind === 'tooMany' && extra.minutes) reply.header('retry-after', String(extra.minutes * 60));
  if (request.headers.accept?.includes('application/json') && !request.headers.accept.includes('text/html')) {
    return reply.status(status).type('application/json').send({ error: kind, requestId: request.id });
  }
  return reply.page(
    <ErrorPage kind={kind} reference={status >= 500 ? request.id : undefined} minutes={extra.minutes} />,
    { status },
  );
}

export function registerErrorPages(
  app: FastifyInstance,
  notFoundPreHandler?: ReturnType<FastifyInstance['rateLimit']>,
) {
  app.setErrorHandler((err: FastifyError & { code?: string; retryAfterMs?: number }, request, reply) => {
    const kind = classify(err);
    if (kind === 'server' || kind === 'unavailable') request.log.error({ err }, 'request failed');
    else request.log.info({ code: err.code, status: err.statusCode }, err.message);
    const minutes = err.retryAfterMs ? Math.max(1, Math.ceil(err.retryAfterMs / 60_000)) : undefined;
    try {
      return sendError(request, reply, kind, { minutes });
    } catch (renderErr) {
      // The page itself failed (e.g. the CSRF cookie could not be read): answer plainly, still without internals.
      request.log.error({ err: renderErr }, 'error page failed');
      return reply.status(500).type('text/plain; charset=utf-8').send(`Error ${request.id}`);
    }
  });
  app.setNotFoundHandler(notFoundPreHandler ? { preHandler: notFoundPreHandler } : {}, (request, reply) =>
    sendError(request, reply, 'notFound'),
  );
}
