import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTestApp } from '../../test-support/app.ts';
import { freshDatabase } from '../../test-support/database.ts';
import { needPostgres } from '../../test-support/tools.ts';

test('POSTs beyond the limit get 429 with Retry-After, and the window resets', async (ctx) => {
  const t = await buildTestApp({
    t: ctx,
    env: { RATE_LIMIT_POST_PER_MINUTE: '3' },
    extend: (app) => app.post('/test/echo', async () => ({ ok: true })),
  });
  const agent = t.agent();
  await agent.get('/');
  for (let i = 0; i < 3; i++) assert.equal((await agent.post('/test/echo')).statusCode, 200);
  const limited = await agent.post('/test/echo');
  assert.equal(limited.statusCode, 429);
  assert.ok(Number(limited.headers['retry-after']) > 0);
  assert.match(limited.body, /<html lang="fa"/);
  t.clock.advance(61_000);
  assert.equal((await agent.post('/test/echo')).statusCode, 200);
});

test('counters live in the database: two app processes share one limit', {
  ...needPostgres(),
}, async (ctx) => {
  const database = await freshDatabase();
  ctx.after(() => database.close());
  const extend = (app: import('fastify').FastifyInstance) =>
    app.post('/test/echo', async () => ({ ok: true }));
  const a = await buildTestApp({ t: ctx, database, env: { RATE_LIMIT_POST_PER_MINUTE: '4' }, extend });
  const b = await buildTestApp({ t: ctx, database, env: { RATE_LIMIT_POST_PER_MINUTE: '4' }, extend });
  b.clock.set(a.clock.now());
  const agentA = a.agent();
  const agentB = b.agent();
  await agentA.get('/');
  await agentB.get('/');
  const codes: number[] = [];
  for (let i = 0; i < 3; i++) codes.push((await agentA.post('/test/echo')).statusCode);
  for (let i = 0; i < 3; i++) codes.push((await agentB.post('/test/echo')).statusCode);
  assert.deepEqual(codes, [200, 200, 200, 200, 429, 429]);
});

test('404 probing is limited per client', async (ctx) => {
  const t = await buildTestApp({ t: ctx, env: { RATE_LIMIT_NOT_FOUND_PER_MINUTE: '5' } });
  const agent = t.agent();
  const codes: number[] = [];
  for (let i = 0; i < 7; i++) codes.push((await agent.get(`/probe-${i}`)).statusCode);
  assert.deepEqual(codes, [404, 404, 404, 404, 404, 429, 429]);
});
