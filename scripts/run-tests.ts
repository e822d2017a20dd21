/**
 * `npm test` / `npm run test:e2e`: finds the test files, prepares one migrated template database for all of them
 * (PGlite dump, or a template database on the PostgreSQL server named by DATABASE_URL), then runs Node's test
 * runner. Node 20's runner does not expand globs, so the files are listed here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/platform/db.ts';
import { runMigrations } from '../src/platform/migrate.ts';

const args = process.argv.slice(2);
const e2e = args.includes('--e2e');
const only = args.filter((a) => !a.startsWith('--'));
const root = join(import.meta.dirname, '..');

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (/\.test\.tsx?$/.test(entry)) out.push(relative(root, path));
  }
  return out.sort();
}

const files = only.length > 0 ? only : findTests(join(root, e2e ? 'e2e' : 'src'));
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
const work = mkdtempSync(join(tmpdir(), 'mikhak-test-'));
let dropTemplate: (() => Promise<void>) | undefined;

const started = Date.now();
if (process.env.DATABASE_URL) {
  const name = `mikhak_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1 });
  await runMigrations(database);
  await database.close();
  env.MIKHAK_TEST_PG_TEMPLATE = name;
  dropTemplate = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  console.log(`# template database ${name} on PostgreSQL ready in ${Date.now() - started} ms`);
} else {
  const database = await openDatabase({ kind: 'pglite-memory' });
  await runMigrations(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const path = join(work, 'template.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  env.MIKHAK_TEST_PGLITE_DUMP = path;
  console.log(`# template PGlite database ready in ${Date.now() - started} ms`);
}

// PGlite holds ~0.5 GB per database: two test files at a time fit this machine's memory and cores.
const concurrency = process.env.TEST_CONCURRENCY ?? (e2e ? '1' : '2');
// A time limit for each file (and each test): a file that leaves a handle open finishes its tests but never
// exits, and without a limit the whole run would wait for it. Ten minutes is far above the slowest file.
const timeout = process.env.TEST_FILE_TIMEOUT_MS ?? '600000';
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    `--test-timeout=${timeout}`,
    '--test-reporter=spec',
    ...files,
  ],
  { stdio: 'inherit', env, cwd: root },
);
await dropTemplate?.();
rmSync(work, { recursive: true, force: true });
process.exit(result.status ?? 1);
