import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/**
 * `npm run db:roles`: the PostgreSQL roles Mikhak runs with (docs/operations.md, "Database roles").
 *
 * - the owner role owns the database's schema and runs the migrations (MIGRATION_DATABASE_URL);
 * - the app role (DATABASE_URL) reads and writes the app's tables, but on the audit log may only SELECT and
 *   INSERT: it cannot rewrite history, drop the append-only trigger, or change the schema.
 *
 * Without `--apply` it prints the SQL as a psql script (`npm run -s db:roles | psql <admin url>`); with `--apply`
 * it runs it over DB_ADMIN_URL (a superuser, or a role with CREATEROLE and CREATEDB). Safe to run again: roles and
 * the database are created when missing, grants and ownership are set to what they should be.
 */

export type RolesOptions = {
  /** The database the app uses. */
  database: string;
  owner: string;
  app: string;
  /** Set as SCRAM-SHA-256 verifiers, so the plain passwords never appear in the SQL or the server's log. */
  ownerPassword?: string;
  appPassword?: string;
};

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkOptions(o: RolesOptions): string[] {
  const problems: string[] = [];
  for (const [what, name] of [
    ['database', o.database],
    ['owner role', o.owner],
    ['app role', o.app],
  ] as const) {
    if (!NAME.test(name)) problems.push(`${what} "${name}": lower-case letters, digits and _ only`);
  }
  if (o.owner === o.app) problems.push('the owner and app roles must be different roles');
  return problems;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * SASLprep's mappings (RFC 4013) as PostgreSQL and libpq apply them: non-ASCII spaces to a space, characters
 * "mapped to nothing" removed, then NFKC. A password hashed any other way would not match what clients send.
 */
function saslprep(password: string): string {
  return password
    .replace(/[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/\u00AD|\u034F|\u1806|[\u180B-\u180D]|[\u200C\u200D]|\u2060|[\uFE00-\uFE0F]|\uFEFF/g, '')
    .normalize('NFKC');
}

/** A SCRAM-SHA-256 verifier as PostgreSQL stores it (RFC 5802/7677; 4096 iterations, PostgreSQL's default). */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(saslprep(password), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export type RolesPlan = {
  /** On any database of the cluster, as the admin. */
  cluster: string[];
  /** Run only when the database does not exist yet. */
  createDatabase: string;
  /** Connected to the app's database, as the admin. */
  inDatabase: string[];
};

export function rolesPlan(o: RolesOptions): RolesPlan {
  const owner = ident(o.owner);
  const app = ident(o.app);
  const db = ident(o.database);
  const role = (name: string, password: string | undefined) => [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(name)}) THEN CREATE ROLE ${ident(name)}; END IF; END $$`,
    // Neither role may do more than its job: no superuser, no new roles or databases, no bypassing row security.
    `ALTER ROLE ${ident(name)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${
      password ? ` PASSWORD ${literal(scramVerifier(password))}` : ''
    }`,
  ];
  return {
    cluster: [...role(o.owner, o.ownerPassword), ...role(o.app, o.appPassword)],
    createDatabase: `CREATE DATABASE ${db} OWNER ${owner}`,
    inDatabase: [
      `ALTER DATABASE ${db} OWNER TO ${owner}`,
      `REVOKE ALL ON DATABASE ${db} FROM PUBLIC`,
      `GRANT CONNECT ON DATABASE ${db} TO ${app}`,
      // The schema and everything already in it belong to the owner (a database first migrated by another role
      // is handed over); tables' own sequences follow their tables.
      `ALTER SCHEMA public OWNER TO ${owner}`,
      `REVOKE ALL ON SCHEMA public FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      // The migrations' own record: the owner writes it, the app reads it to check the schema is current.
      `CREATE SCHEMA IF NOT EXISTS drizzle AUTHORIZATION ${owner}`,
      `DO $$
DECLARE r record;
BEGIN
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'drizzle') THEN
    EXECUTE 'ALTER SCHEMA drizzle OWNER TO ${owner.replace(/'/g, "''")}';
  END IF;
  FOR r IN
    SELECT c.oid::regclass AS name,
      CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND c.relowner <> ${literal(o.owner)}::regrole
      AND NOT (c.relkind = 'S' AND EXISTS (
        SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', r.kind, r.name, ${literal(o.owner)});
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.proowner <> ${literal(o.owner)}::regrole
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, ${literal(o.owner)});
  END LOOP;
END $$`,
      // The app's rights on what exists now…
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
      // …and on what later migrations (run by the owner) create.
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
      `REVOKE ALL ON SCHEMA drizzle FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA drizzle TO ${app}`,
      `GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA drizzle GRANT SELECT ON TABLES TO ${app}`,
      // The audit log: read and append only. The migration runner repeats this after every migration, so a
      // database set up before its first migration ends the same way.
      `DO $$ BEGIN
  IF to_regclass('public.audit_log') IS NOT NULL THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM PUBLIC, ${app};
  END IF;
END $$`,
    ],
  };
}

/** The plan as a psql script: `npm run -s db:roles | psql postgres://postgres@host/postgres`. */
export function rolesScript(o: RolesOptions): string {
  const plan = rolesPlan(o);
  const lines = [
    '-- Mikhak database roles: run as a superuser (or a role with CREATEROLE and CREATEDB). See docs/operations.md.',
    '\\set ON_ERROR_STOP on',
    ...(o.ownerPassword ? [] : [`-- No DB_OWNER_PASSWORD given: set one with \\password ${o.owner}`]),
    ...(o.appPassword ? [] : [`-- No DB_APP_PASSWORD given: set one with \\password ${o.app}`]),
    ...plan.cluster.map((s) => `${s};`),
    `SELECT ${literal(plan.createDatabase)} WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = ${literal(o.database)})\\gexec`,
    `\\connect ${o.database}`,
    ...plan.inDatabase.map((s) => `${s};`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs the plan over an admin connection (its database is only used to reach the cluster). */
export async function applyRoles(adminUrl: string, o: RolesOptions): Promise<void> {
  const problems = checkOptions(o);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const plan = rolesPlan(o);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const statement of plan.cluster) await admin.query(statement);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [o.database]);
    if (exists.rowCount === 0) await admin.query(plan.createDatabase);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${o.database}`;
  const inDb = new pg.Client({ connectionString: url.toString() });
  await inDb.connect();
  try {
    await inDb.query('begin');
    for (const statement of plan.inDatabase) await inDb.query(statement);
    await inDb.query('commit');
  } catch (err) {
    await inDb.query('rollback').catch(() => {});
    throw err;
  } finally {
    await inDb.end();
  }
}

function optionsFromEnv(env: NodeJS.ProcessEnv): RolesOptions {
  const fromUrl = env.DATABASE_URL ? new URL(env.DATABASE_URL).pathname.slice(1) : '';
  return {
    database: env.DB_NAME || fromUrl || 'mikhak',
    owner: env.DB_OWNER_ROLE || 'mikhak_owner',
    app: env.DB_APP_ROLE || 'mikhak_app',
    ownerPassword: env.DB_OWNER_PASSWORD || undefined,
    appPassword: env.DB_APP_PASSWORD || undefined,
  };
}

async function main() {
  const options = optionsFromEnv(process.env);
  const problems = checkOptions(options);
  if (problems.length > 0) {
    console.error(`db:roles: ${problems.join('; ')}`);
    process.exit(2);
  }
  if (!process.argv.includes('--apply')) {
    process.stdout.write(rolesScript(options));
    return;
  }
  const adminUrl = process.env.DB_ADMIN_URL;
  if (!adminUrl || !options.ownerPassword || !options.appPassword) {
    console.error(
      'db:roles --apply needs DB_ADMIN_URL (a superuser connection), DB_OWNER_PASSWORD and DB_APP_PASSWORD.',
    );
    process.exit(2);
  }
  await applyRoles(adminUrl, options);
  console.log(
    `Roles ready on database ${options.database}: ${options.owner} owns the schema and migrates ` +
      `(MIGRATION_DATABASE_URL); ${options.app} runs the app (DATABASE_URL) and may only read and append the audit log.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(`db:roles failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
