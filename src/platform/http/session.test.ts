import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { startSession } from './context.ts';
import { hashSessionId } from './session.ts';

const MIN = 60_000;

describe('server-side sessions', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({
      extend: (app) => {
        // Stands in for a sign-in until the accounts module exists: same call the sign-in will make.
        app.post('/test/sign-in', async (request, reply) => {
          await startSession(request, reply, app.platform.sessions, app.platform.config, {
            subjectType: 'applicant',
            subjectId: '0190a6a5-0000-7000-8000-000000000001',
            authenticated: true,
          });
          return reply.seeOther('/test/who');
        });
        app.get('/test/who', async (request) => ({ subject: request.session?.subjectId ?? null }));
      },
    });
  });
  after(() => t.close());

  async function signIn() {
    const agent = t.agent();
    await agent.get('/');
    const res = await agent.post('/test/sign-in');
    assert.equal(res.statusCode, 303);
    return agent;
  }

  test('sign-in sets an opaque 256-bit id; the table holds only its hash', async () => {
    const agent = await signIn();
    const sid = agent.cookies.get('sid')!;
    assert.match(sid, /^[A-Za-z0-9_-]{43}$/);
    const rows = await t.database.rows<{ id_hash: string }>(sql`select id_hash from sessions`);
    assert.ok(rows.some((r) => r.id_hash === hashSessionId(sid)));
    assert.ok(rows.every((r) => r.id_hash !== sid));
    assert.equal((await agent.get('/test/who')).json().subject, '0190a6a5-0000-7000-8000-000000000001');
  });

  test('cookie is HttpOnly and SameSite=Lax', async () => {
    const agent = t.agent();
    await agent.get('/');
    const res = await agent.post('/test/sign-in');
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('sid='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
  });

  test('signing in again gives a new id and the old one stops working', async () => {
    const agent = await signIn();
    const first = agent.cookies.get('sid')!;
    await agent.post('/test/sign-in');
    const second = agent.cookies.get('sid')!;
    assert.notEqual(first, second);
    const stale = t.agent();
    stale.cookies.set('sid', first);
    assert.equal((await stale.get('/test/who')).json().subject, null);
  });

  test('idle expiry after 30 minutes; activity keeps it alive; last seen written at most once a minute', async () => {
    const agent = await signIn();
    const hash = hashSessionId(agent.cookies.get('sid')!);
    const lastSeen = async () =>
      (
        await t.database.rows<{ t: Date }>(
          sql`select last_seen_at as t from sessions where id_hash = ${hash}`,
        )
      )[0]?.t;
    const before = await lastSeen();
    t.clock.advance(30 * 1000);
    await agent.get('/test/who');
    assert.deepEqual(await lastSeen(), before, 'not written within the minute');
    t.clock.advance(40 * 1000);
    await agent.get('/test/who');
    assert.notDeepEqual(await lastSeen(), before, 'written after a minute');
    t.clock.advance(29 * MIN);
    assert.ok((await agent.get('/test/who')).json().subject, 'alive: 29 minutes idle');
    t.clock.advance(31 * MIN);
    assert.equal((await agent.get('/test/who')).json().subject, null, 'gone: 31 minutes idle');
    assert.equal(await lastSeen(), undefined, 'the expired row is deleted');
  });

  test('absolute expiry after 12 hours even when active', async () => {
    const agent = await signIn();
    for (let i = 0; i < 12 * 3; i++) {
      t.clock.advance(20 * MIN);
      const who = (await agent.get('/test/who')).json().subject;
      if (i < 35) assert.ok(who, `alive at ${(i + 1) * 20} minutes`);
      else assert.equal(who, null, 'gone at 12 hours');
    }
  });

  test('sign-out ends the server session, not just the cookie', async () => {
    const agent = await signIn();
    const sid = agent.cookies.get('sid')!;
    await agent.get('/');
    const res = await agent.post('/sign-out');
    assert.equal(res.statusCode, 303);
    const replay = t.agent();
    replay.cookies.set('sid', sid);
    assert.equal((await replay.get('/test/who')).json().subject, null);
  });

  test('sign out of every device ends all sessions of that person', async () => {
    const a = await signIn();
    const b = await signIn();
    const n = await t.app.platform.sessions.destroyAllFor(
      'applicant',
      '0190a6a5-0000-7000-8000-000000000001',
    );
    assert.ok(n >= 2);
    assert.equal((await a.get('/test/who')).json().subject, null);
    assert.equal((await b.get('/test/who')).json().subject, null);
  });

  test('a made-up or malformed cookie is ignored', async () => {
    const agent = t.agent();
    for (const value of ['x', 'A'.repeat(43), "'; drop table sessions; --"]) {
      agent.cookies.set('sid', value);
      const res = await agent.get('/test/who');
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().subject, null);
    }
  });
});
