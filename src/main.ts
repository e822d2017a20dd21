import { isIP } from 'node:net';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { demoStaffNotice } from './modules/staff/demo.ts';
import { systemClock } from './platform/clock.ts';
import { deriveKeys } from './platform/crypto.ts';
import { DataDirLockedError } from './platform/data-dir-lock.ts';
import { type Database, openDatabase } from './platform/db.ts';
import { chooseTransport } from './platform/mail/transports.ts';
import { createMailWorker } from './platform/mail/worker.ts';
import { runMigrationsAs } from './platform/migrate.ts';
import { seedDemo } from './seed.ts';

/** Process entry: configuration → database → migrations → demo data → web server (+ mail worker). */
async function main() {
  const config = loadConfig();
  const started = Date.now();
  const database: Database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize })
    : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  await runMigrationsAs(database, config.migrationDatabaseUrl);
  const keys = deriveKeys(config.secretKey, config.encryptionKey);
  if (config.seedDemo) await seedDemo(database.db, { staff: { keys, production: config.production } });

  let worker: ReturnType<typeof createMailWorker> | undefined;
  const app = await buildApp({ config, database, wakeMailer: () => worker?.wake() });
  if (config.runWorker) {
    worker = createMailWorker({
      database,
      keys,
      clock: systemClock,
      transport: chooseTransport(config, { db: database.db, clock: systemClock, logger: app.log }),
      logger: app.log,
    });
    worker.start();
  }

  // Uploads the scanner could not clear yet (clamd down or slow) are tried again from the queue.
  const scans =
    config.runWorker && app.platform.documents.scannerOn
      ? setInterval(() => {
          app.platform.documents.scanDue().catch((err) => app.log.warn({ err }, 'scan queue failed'));
        }, 15_000)
      : undefined;
  scans?.unref();

  // Retention: expired sessions, rate-limit windows and old one-time codes are deleted, not kept.
  const sweep = setInterval(() => {
    app.platform.sweep().catch((err) => app.log.warn({ err }, 'sweep failed'));
  }, 10 * 60_000);
  sweep.unref();
  // Holds last minutes, not hours: they are let go (and waitlist offers passed on) twice a minute.
  const holds = setInterval(() => {
    app.platform.appointments.sweep().catch((err) => app.log.warn({ err }, 'appointment sweep failed'));
  }, 30_000);
  holds.unref();

  if (config.mail.devMailbox && !isLoopback(config.host)) {
    const line = '!'.repeat(78);
    app.log.warn(
      `\n${line}\n  The development mailbox is on and the server listens on ${config.host}.\n` +
        '  /dev/mailbox shows every sign-in code; it answers loopback clients only, but configure SMTP_URL\n' +
        `  before exposing this server to a network.\n${line}`,
    );
  }

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    `Mikhak is ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} ` +
      `(${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, ` +
      `${config.mail.devMailbox ? 'emails at /dev/mailbox' : 'SMTP mail'}) in ${Date.now() - started} ms`,
  );
  if (config.seedDemo && !config.production) console.log(`\n${demoStaffNotice(config.publicUrl)}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    clearInterval(sweep);
    clearInterval(holds);
    clearInterval(scans);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await worker?.stop();
    } finally {
      await database.close();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(`\nMikhak cannot start: ${err.message}\n`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
