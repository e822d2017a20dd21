import { sql } from 'drizzle-orm';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { documentsFromConfig } from './modules/documents/setup.ts';
import { systemClock } from './platform/clock.ts';
import { deriveKeys } from './platform/crypto.ts';
import { openDatabase } from './platform/db.ts';
import { chooseTransport, type MailLogger } from './platform/mail/transports.ts';
import { createMailWorker } from './platform/mail/worker.ts';

/**
 * `npm run worker`: a mail worker (and the malware-scan queue) on its own, for deployments on PostgreSQL that run the web processes with
 * RUN_WORKER=0 (or want more senders). Any number may run side by side; each claims its own rows.
 * It does not migrate: the web processes (or `npm run migrate`) do.
 */

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;

/** JSON lines in pino's shape, like the web processes' logs, so one log pipeline reads both. */
function jsonLogger(level: Config['logLevel']): MailLogger {
  const threshold = LEVELS[level];
  const write = (name: 'info' | 'warn' | 'error') => (obj: object, msg?: string) => {
    if (LEVELS[name] < threshold) return;
    const line = JSON.stringify({
      level: LEVELS[name],
      time: Date.now(),
      pid: process.pid,
      name: 'mail-worker',
      ...obj,
      msg,
    });
    (name === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new ConfigError(
      'npm run worker needs DATABASE_URL (PostgreSQL). The embedded database is one process: ' +
        'its mail worker runs inside `npm start` (RUN_WORKER, on by default).',
    );
  }
  const logger = jsonLogger(config.logLevel);
  const database = await openDatabase({
    kind: 'postgres',
    url: config.databaseUrl,
    poolSize: 2,
    applicationName: 'mikhak-mail-worker',
  });
  try {
    await database.rows(sql`select 1 from outbox limit 1`);
  } catch (err) {
    await database.close();
    throw new Error(
      `The database is unreachable or not migrated (${(err as Error).message}). Start the web app or run \`npm run migrate\` first.`,
    );
  }

  const transport = chooseTransport(config, { db: database.db, clock: systemClock, logger });
  const worker = createMailWorker({
    database,
    keys: deriveKeys(config.secretKey, config.encryptionKey),
    clock: systemClock,
    transport,
    logger,
  });
  worker.start();
  logger.info({ transport: transport.name }, 'mail worker started');

  // The malware-scan queue too: uploads clamd could not clear at once are retried here.
  const documents = documentsFromConfig({
    config,
    db: database.db,
    clock: systemClock,
    keys: deriveKeys(config.secretKey, config.encryptionKey),
    logger,
  });
  const scans = documents.scannerOn
    ? setInterval(() => {
        documents.scanDue().catch((err) => logger.warn({ err: String(err) }, 'scan queue failed'));
      }, 15_000)
    : undefined;

  // The worker's timer is unref'd: this keeps the process alive until a signal.
  const keepAlive = setInterval(() => {}, 1 << 30);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'mail worker stopping');
    // A send in progress gets time to finish; a stuck one is retried by another worker once its lease ends.
    const force = setTimeout(() => process.exit(1), 90_000);
    force.unref();
    clearInterval(keepAlive);
    clearInterval(scans);
    try {
      await worker.stop();
      transport.close?.();
    } finally {
      await database.close();
      logger.info({}, 'mail worker stopped');
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
