import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, openDatabase } from './db.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Arbitrary constant: the advisory lock that lets only one process migrate a server at a time. */
const MIGRATION_LOCK = 727_001;

/**
 * Applies the SQL files in migrations/ that the database has not seen. On a server, several processes may start
 * together: one takes the lock and migrates, the others wait for it and then find nothing to do.
 */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
      await client.query(AUDIT_APPEND_ONLY_GRANTS);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * Whatever default privileges granted when a migration created the table, nobody but its owner keeps UPDATE,
 * DELETE or TRUNCATE on the audit log: the app role appends and reads (docs/operations.md, "Database roles").
 */
const AUDIT_APPEND_ONLY_GRANTS = `
DO $$
DECLARE r record;
BEGIN
  IF to_regclass('audit_log') IS NULL THEN RETURN; END IF;
  FOR r IN
    SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS who
    FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = 'audit_log'::regclass AND a.grantee <> c.relowner
      AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ' || r.who;
  END LOOP;
END $$`;

/**
 * Migrations with the schema owner's connection when one is configured (MIGRATION_DATABASE_URL). Without it, the
 * app's own connection migrates when its role may (the embedded database, development); an app role that may not
 * change the schema only checks that someone already migrated it (`npm run migrate` as the owner, a release step).
 */
export async function runMigrationsAs(database: Database, ownerUrl: string | undefined): Promise<void> {
  if (!ownerUrl) {
    if (database.kind === 'postgres' && !(await mayChangeSchema(database)))
      return requireCurrentSchema(database);
    return runMigrations(database);
  }
  const owner = await openDatabase({
    kind: 'postgres',
    url: ownerUrl,
    poolSize: 1,
    applicationName: 'mikhak-migrate',
  });
  try {
    await runMigrations(owner);
  } finally {
    await owner.close();
  }
}

async function mayChangeSchema(database: Database): Promise<boolean> {
  const [row] = await database.rows<{ ok: boolean }>(
    sql`select has_database_privilege(current_database(), 'CREATE') as ok`,
  );
  return row?.ok === true;
}

async function requireCurrentSchema(database: Database): Promise<void> {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const needed = journal.entries.length;
  const applied = await schemaVersion(database).catch(() => 0);
  if (applied < needed) {
    throw new Error(
      `The database is at migration ${applied} and this version needs ${needed}, but DATABASE_URL's role may not ` +
        'change the schema. Run `npm run migrate` with MIGRATION_DATABASE_URL (the owner role) first, or set ' +
        'MIGRATION_DATABASE_URL here. See docs/operations.md, "Database roles".',
    );
  }
}

export async function schemaVersion(database: Database): Promise<number> {
  const rows = await database.rows<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return rows[0]?.n ?? 0;
}
