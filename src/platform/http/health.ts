import type { FastifyInstance } from 'fastify';
import type { Database } from '../db.ts';

/** Liveness (the process answers) and readiness (the database answers, within two seconds). */
export function registerHealth(app: FastifyInstance, database: Database, quiet: boolean) {
  // Probes every few seconds would drown the log: only warnings (unless logging is off altogether).
  const logLevel = quiet ? 'silent' : 'warn';
  app.get('/healthz', { logLevel }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/readyz', { logLevel }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await withTimeout(database.ping(), 2_000);
      return { status: 'ok', database: database.kind };
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]);
}
