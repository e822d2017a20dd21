import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { seedDemo } from '../../seed.ts';
import { buildTestApp } from '../../test-support/app.ts';
import { latestCode } from '../../test-support/mail.ts';
import { registerActive } from './test-helpers.ts';

test('logs never contain one-time codes, session ids, national codes or emails; every line is one JSON record', async (ctx) => {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const t = await buildTestApp({ t: ctx, env: { LOG_LEVEL: 'debug' }, logStream });
  await seedDemo(t.database.db);
  const { ADULT } = await import('./test-helpers.ts');
  // A name with a line break must not split a log line.
  const agent = await registerActive(t, ADULT, 'logged@example.org');
  await agent.get('/sign-in?x=%0d%0aforged');
  const again = t.agent();
  await again.get('/sign-in');
  await again.post('/sign-in', { nationalCode: ADULT.nationalCode, email: 'logged@example.org' });
  const code = await latestCode(t.database.db, t.app.platform.keys, 'logged@example.org');
  await again.get('/sign-in/code');
  await again.post('/sign-in/code', { code: '000000' });
  await again.post('/sign-in/code', { code });
  assert.ok(lines.length > 20, 'requests were logged');
  const all = lines.join('\n');
  for (const [what, secret] of [
    ['code', code],
    ['national code', ADULT.nationalCode],
    ['email', 'logged@example.org'],
    ['session id', agent.cookies.get('sid')!],
    ['session id', again.cookies.get('sid')!],
  ] as const) {
    // Digits are matched as whole runs: a response time's decimals may contain any six digits by chance.
    const pattern = /^\d+$/.test(secret) ? new RegExp(`(?<![\\d.])${secret}(?!\\d)`) : undefined;
    assert.ok(pattern ? !pattern.test(all) : !all.includes(secret), `no ${what} in the logs`);
  }
  for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), line.slice(0, 100));
});
