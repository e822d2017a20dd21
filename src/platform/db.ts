import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';

/** A database handle or an open transaction: stores accept either, so callers choose the transaction. */
// biome-ignore lint/suspicious/noExplicitAny: both drivers' schema-less databases
export type Db = PgDatabase<PgQueryResultHKT, any>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Rows of a raw statement, the same shape on both drivers. */
  rows<T>(query: ReturnType<typeof sql>): Promise<T[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, when embedded (tests dump and load it). */
  pglite?: PGlite;
  /** The node-postgres pool, when on a server. */
  pool?: pg.Pool;
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; applicationName?: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'mikhak',
      // A dead server must fail requests fast, not hang them.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server (restart, failover) must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool }) as unknown as Db;
    return wrap(db, 'postgres', async () => pool.end(), { pool });
  }
  let release: (() => void) | undefined;
  let client: PGlite;
  if (options.kind === 'pglite') {
    mkdirSync(options.dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
    try {
      client = await PGlite.create({ dataDir: join(options.dataDir, 'pgdata') });
    } catch (err) {
      release();
      throw err;
    }
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const db = drizzlePglite({ client }) as unknown as Db;
  return wrap(
    db,
    'pglite',
    async () => {
      try {
        await client.close();
      } finally {
        release?.();
      }
    },
    { pglite: client },
  );
}

function wrap(
  db: Db,
  kind: Database['kind'],
  close: () => Promise<void>,
  extra: Pick<Database, 'pglite' | 'pool'>,
): Database {
  let closed: Promise<void> | undefined;
  return {
    db,
    kind,
    ...extra,
    rows: <T>(query: ReturnType<typeof sql>) => rowsOf<T>(db, query),
    async ping() {
      await db.execute(sql`select 1`);
    },
    close() {
      closed ??= close();
      return closed;
    },
  };
}

/** Rows of a raw statement on a database or transaction handle. */
export async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
