import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../platform/db.ts';
import { runMigrations } from '../platform/migrate.ts';

/**
 * A fresh, migrated database for one test file. The test runner prepares a template once (a PGlite data-folder
 * dump, or a template database on the server) so each file starts in milliseconds instead of running initdb and
 * every migration again. Run alone (`npx tsx --test file`), a file builds its own.
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return freshServerDatabase(url);
  const dump = process.env.MIKHAK_TEST_PGLITE_DUMP;
  if (dump) return openDatabase({ kind: 'pglite-memory', loadDataDir: new Blob([readFileSync(dump)]) });
  const database = await openDatabase({ kind: 'pglite-memory' });
  await runMigrations(database);
  return database;
}

async function freshServerDatabase(url: string): Promise<Database> {
  const name = `mikhak_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const template = process.env.MIKHAK_TEST_PG_TEMPLATE;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 5 });
  if (!template) await runMigrations(database);
  const close = database.close;
  let closed: Promise<void> | undefined;
  database.close = () => {
    closed ??= (async () => {
      await close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      try {
        await drop.query(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end();
      }
    })();
    return closed;
  };
  return database;
}
