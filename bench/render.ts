import Fastify from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/platform/db.ts';
import { runMigrations } from '../src/platform/migrate.ts';
import { seedDemo } from '../src/seed.ts';
import { checkTargets, type Figures, measure, printTable, warmUp } from './harness.ts';

/**
 * render: the portal's public home page against a bare Fastify hello-world, both in this process, one after the
 * other, same connections and duration. Target: the page serves at least 15% of hello-world's req/s, 0 errors.
 */
export async function renderScenario(): Promise<boolean> {
  const hello = Fastify();
  hello.get('/', async () => 'hello world');
  await hello.listen({ host: '127.0.0.1', port: 0 });
  const helloUrl = `http://127.0.0.1:${(hello.server.address() as { port: number }).port}/`;

  const database = await openDatabase({ kind: 'pglite-memory' });
  await runMigrations(database);
  await seedDemo(database.db);
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent-bench' }),
    database,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const rows: Figures[] = [];
  try {
    await warmUp(helloUrl);
    rows.push(await measure('hello-world (bare Fastify)', helloUrl));
    await warmUp(`${base}/`);
    rows.push(await measure('home page (fa)', `${base}/`));
    rows.push(await measure('home page (en)', `${base}/`, { headers: { cookie: 'lang=en' } }));
    rows.push(await measure('help page (db query)', `${base}/help`));
    // The baseline again: on a shared machine, load shifts during a run; the ratio uses the mean of both.
    rows.push(await measure('hello-world (again)', helloUrl));
  } finally {
    await app.close();
    await hello.close();
    await database.close();
  }
  printTable(rows);
  const [first, fa, en, help, last] = rows as [Figures, Figures, Figures, Figures, Figures];
  const base0 = { ...first, rps: (first.rps + last.rps) / 2 };
  return checkTargets([
    { name: 'home (fa) req/s ÷ hello-world req/s', actual: fa.rps / base0.rps, target: 0.15, op: '>=' },
    { name: 'home (en) req/s ÷ hello-world req/s', actual: en.rps / base0.rps, target: 0.15, op: '>=' },
    {
      name: 'errors + non-2xx on the portal pages',
      actual: fa.errors + fa.non2xx + en.errors + en.non2xx + help.errors + help.non2xx,
      target: 0,
      op: '<=',
    },
  ]);
}
