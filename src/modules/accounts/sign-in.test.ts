import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { latestCode, queuedEmails } from '../../test-support/mail.ts';
import { ADULT, OTHER_ADULT, registerActive, verifyCode } from './test-helpers.ts';

const MIN = 60_000;

describe('sign-in codes', () => {
  let t: TestApp;
  before(async () => {
    // Limits raised here; the tests of the limits themselves set their own.
    t = await buildTestApp({
      env: { OTP_SENDS_PER_IDENTITY: '1000', OTP_SENDS_PER_IP: '1000', RATE_LIMIT_POST_PER_MINUTE: '10000' },
    });
    await seedDemo(t.database.db);
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.database.db.execute(sql`delete from sign_in_guards`);
    await t.database.db.execute(sql`delete from rate_limits`);
  });

  async function requestCode(nationalCode: string, email: string) {
    const agent = t.agent();
    await agent.get('/sign-in');
    const res = await agent.post('/sign-in', { nationalCode, email });
    return { agent, res };
  }

  test('invalid national codes are refused with a message, keeping what was typed', async () => {
    for (const [input, fragment] of [
      ['', 'nationalCode'],
      ['12345', 'nationalCode'],
      ['1111111111', 'nationalCode'],
      ['0007806141', 'nationalCode'],
    ] as const) {
      const { res } = await requestCode(input, 'x@example.org');
      assert.equal(res.statusCode, 400, input);
      assert.match(res.body, new RegExp(`href="#f-${fragment}"`));
      assert.match(res.body, /value="x@example\.org"/, 'the email typed is kept');
    }
  });

  test('Persian and Arabic digits are accepted in the national code', async () => {
    const persian = ADULT.nationalCode.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const { res } = await requestCode(persian, 'digits@example.org');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in/code');
  });

  test('the answer is the same whether or not an account exists', async () => {
    await registerActive(t, OTHER_ADULT, 'existing@example.org');
    const existing = await requestCode(OTHER_ADULT.nationalCode, 'someone-else@example.org');
    const fresh = await requestCode(ADULT.nationalCode, 'someone-else@example.org');
    assert.equal(existing.res.statusCode, fresh.res.statusCode);
    assert.equal(existing.res.headers.location, fresh.res.headers.location);
    const strip = (html: string) =>
      html.replace(/name="_csrf" value="[^"]+"/g, '').replace(/\?v=[0-9a-f]+/g, '');
    const a = await existing.agent.get('/sign-in/code');
    const b = await fresh.agent.get('/sign-in/code');
    assert.equal(strip(a.body), strip(b.body), 'the code page is byte-for-byte the same');
    // …but the code went to the registered address, not the typed one.
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    const last = mail.filter((m) => m.kind === 'otp.sign_in').slice(-2);
    assert.deepEqual(
      last.map((m) => m.to),
      ['existing@example.org', 'someone-else@example.org'],
    );
  });

  test('the code is 6 digits, stored only as an HMAC, and the outbox holds it only encrypted', async () => {
    await requestCode(ADULT.nationalCode, 'hmac@example.org');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'hmac@example.org');
    assert.match(code, /^\d{6}$/);
    const rows = await t.database.rows<{ code_hmac: string; email_enc: Buffer }>(
      sql`select * from otp_challenges`,
    );
    for (const r of rows) assert.doesNotMatch(JSON.stringify(r), new RegExp(code));
    const dump = JSON.stringify(await t.database.rows(sql`select * from outbox`));
    assert.ok(!dump.includes(code) && !dump.includes('hmac@example.org'));
  });

  test('a code works until 10 minutes after it was sent: 9:59 yes, 10:01 no', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'expiry@example.org');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'expiry@example.org');
    await agent.get('/sign-in/code');
    t.clock.advance(10 * MIN + 1000);
    const late = await agent.post('/sign-in/code', { code });
    assert.equal(late.statusCode, 400);

    const second = await requestCode(ADULT.nationalCode, 'expiry@example.org');
    const code2 = await latestCode(t.database.db, t.app.platform.keys, 'expiry@example.org');
    await second.agent.get('/sign-in/code');
    t.clock.advance(9 * MIN + 59_000);
    const inTime = await second.agent.post('/sign-in/code', { code: code2 });
    assert.equal(inTime.statusCode, 303);
  });

  test('5 wrong entries void a code: the 6th attempt is refused even with the right code', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'five@example.org');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'five@example.org');
    const wrong = code === '000000' ? '111111' : '000000';
    await agent.get('/sign-in/code');
    for (let i = 0; i < 5; i++)
      assert.equal((await agent.post('/sign-in/code', { code: wrong })).statusCode, 400);
    const right = await agent.post('/sign-in/code', { code });
    assert.equal(right.statusCode, 400, 'the right code no longer works');
    assert.equal(agent.cookies.has('sid') && (await agent.get('/account')).statusCode, 303, 'not signed in');
  });

  test('a code only works in the browser that asked for it', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'bound@example.org');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'bound@example.org');
    const thief = t.agent();
    await thief.get('/sign-in');
    await thief.post('/sign-in', { nationalCode: OTHER_ADULT.nationalCode, email: 'thief@example.org' });
    const stolen = await thief.post('/sign-in/code', { code });
    assert.equal(stolen.statusCode, 400, "another session's code does not fit");
    await agent.get('/sign-in/code');
    assert.equal((await agent.post('/sign-in/code', { code })).statusCode, 303);
  });

  test('a new code voids the older one', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'void@example.org');
    const first = await latestCode(t.database.db, t.app.platform.keys, 'void@example.org');
    t.clock.advance(61_000);
    await agent.get('/sign-in/code');
    assert.equal((await agent.post('/sign-in/resend')).statusCode, 303);
    const second = await latestCode(t.database.db, t.app.platform.keys, 'void@example.org');
    await agent.get('/sign-in/code');
    if (first !== second) assert.equal((await agent.post('/sign-in/code', { code: first })).statusCode, 400);
    assert.equal((await agent.post('/sign-in/code', { code: second })).statusCode, 303);
  });

  test('resend waits for the cooldown', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'cool@example.org');
    await agent.get('/sign-in/code');
    const early = await agent.post('/sign-in/resend');
    assert.equal(early.statusCode, 429);
    t.clock.advance(61_000);
    assert.equal((await agent.post('/sign-in/resend')).statusCode, 303);
  });

  test('10 failures in a row lock sign-in for an hour and say until when; a new code does not reset the count', async () => {
    let agent = (await requestCode(ADULT.nationalCode, 'lock@example.org')).agent;
    await agent.get('/sign-in/code');
    let last: Awaited<ReturnType<typeof agent.post>> | undefined;
    for (let i = 0; i < 10; i++) {
      if (i === 5) {
        agent = (await requestCode(ADULT.nationalCode, 'lock@example.org')).agent; // a new code: the count goes on
        await agent.get('/sign-in/code');
      }
      last = await agent.post('/sign-in/code', {
        code:
          '999999' === (await latestCode(t.database.db, t.app.platform.keys, 'lock@example.org'))
            ? '888888'
            : '999999',
      });
    }
    assert.equal(last!.statusCode, 423);
    const again = await requestCode(ADULT.nationalCode, 'lock@example.org');
    assert.equal(again.res.statusCode, 423, 'no new code while locked');
    assert.match(again.res.body, /<time|۱|1/);
    const right = await latestCode(t.database.db, t.app.platform.keys, 'lock@example.org');
    assert.equal(
      (await agent.post('/sign-in/code', { code: right })).statusCode,
      423,
      'even the right code waits',
    );
    t.clock.advance(61 * MIN);
    const after = await requestCode(ADULT.nationalCode, 'lock@example.org');
    assert.equal(after.res.statusCode, 303, 'unlocked after an hour');
    const audit = await t.database.rows<{ action: string }>(
      sql`select action from audit_log where action = 'signin.locked'`,
    );
    assert.ok(audit.length >= 1);
  });

  test('50 failures lock until an officer re-verifies; success before that resets the count', async () => {
    const hash = t.app.platform.keys;
    void hash;
    const { agent } = await requestCode(ADULT.nationalCode, 'reset@example.org');
    await agent.get('/sign-in/code');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'reset@example.org');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 3; i++) await agent.post('/sign-in/code', { code: wrong });
    assert.equal((await agent.post('/sign-in/code', { code })).statusCode, 303);
    const [guard] = await t.database.rows<{ consecutive_failures: number }>(
      sql`select consecutive_failures from sign_in_guards`,
    );
    assert.equal(guard?.consecutive_failures, 0, 'success resets');

    await t.database.db.execute(sql`update sign_in_guards set consecutive_failures = 49`);
    const next = await requestCode(ADULT.nationalCode, 'reset@example.org');
    await next.agent.get('/sign-in/code');
    const fifty = await next.agent.post('/sign-in/code', {
      code:
        '000000' === (await latestCode(t.database.db, t.app.platform.keys, 'reset@example.org'))
          ? '111111'
          : '000000',
    });
    assert.equal(fifty.statusCode, 423);
    t.clock.advance(48 * 60 * MIN);
    assert.equal(
      (await requestCode(ADULT.nationalCode, 'reset@example.org')).res.statusCode,
      423,
      'time does not lift it',
    );
    const [locked] = await t.database.rows<{ locked_for_review: boolean }>(
      sql`select locked_for_review from sign_in_guards`,
    );
    assert.equal(locked?.locked_for_review, true);
  });

  test('two concurrent verifications of one code give exactly one session', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'race@example.org');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'race@example.org');
    await agent.get('/sign-in/code');
    const [a, b] = await Promise.all([
      agent.post('/sign-in/code', { code }),
      agent.post('/sign-in/code', { code }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(codes, [303, 303]);
    const targets = [a.headers.location, b.headers.location].sort();
    assert.deepEqual(targets, ['/register/identity', '/sign-in'], 'one verified, the other sent back');
  });

  test('signing in gives a new session id', async () => {
    const { agent } = await requestCode(ADULT.nationalCode, 'rotate@example.org');
    const before = agent.cookies.get('sid');
    const code = await latestCode(t.database.db, t.app.platform.keys, 'rotate@example.org');
    await agent.get('/sign-in/code');
    await agent.post('/sign-in/code', { code });
    assert.ok(before && agent.cookies.get('sid') && before !== agent.cookies.get('sid'));
  });

  test('retention: one-time codes are deleted after 24 hours', async () => {
    await requestCode(ADULT.nationalCode, 'retention@example.org');
    const count = async () =>
      (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from otp_challenges`))[0]!.n;
    const before = await count();
    assert.ok(before > 0);
    t.clock.advance(25 * 60 * MIN);
    await t.app.platform.sweep();
    assert.equal(await count(), 0);
  });

  test('the sign-in form needs its CSRF token', async () => {
    const agent = t.agent();
    await agent.get('/sign-in');
    const res = await agent.post(
      '/sign-in',
      { nationalCode: ADULT.nationalCode, email: 'csrf@example.org' },
      { csrf: false },
    );
    assert.equal(res.statusCode, 403);
  });
});

describe('send limits', () => {
  test('5 codes per 15 minutes per national code, then 429; other national codes unaffected', async (ctx) => {
    const t = await buildTestApp({
      t: ctx,
      env: { RATE_LIMIT_POST_PER_MINUTE: '10000', OTP_RESEND_COOLDOWN_SECONDS: '0' },
    });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const agent = t.agent();
      await agent.get('/sign-in');
      codes.push(
        (await agent.post('/sign-in', { nationalCode: ADULT.nationalCode, email: `n${i}@example.org` }))
          .statusCode,
      );
    }
    assert.deepEqual(codes, [303, 303, 303, 303, 303, 429]);
    const mail = (await queuedEmails(t.database.db, t.app.platform.keys)).filter(
      (m) => m.kind === 'otp.sign_in',
    );
    assert.equal(mail.length, 5, 'the outbox holds 5 codes');
    const other = t.agent();
    await other.get('/sign-in');
    assert.equal(
      (await other.post('/sign-in', { nationalCode: OTHER_ADULT.nationalCode, email: 'o@example.org' }))
        .statusCode,
      303,
    );
    t.clock.advance(15 * MIN);
    const later = t.agent();
    await later.get('/sign-in');
    assert.equal(
      (await later.post('/sign-in', { nationalCode: ADULT.nationalCode, email: 'n@example.org' })).statusCode,
      303,
    );
  });

  test('the same address reached through different national codes is limited too', async (ctx) => {
    const t = await buildTestApp({ t: ctx, env: { RATE_LIMIT_POST_PER_MINUTE: '10000' } });
    const { DEMO_PEOPLE } = await import('../registry/fixtures.ts');
    const codes: number[] = [];
    for (const p of DEMO_PEOPLE.slice(0, 6)) {
      const agent = t.agent();
      await agent.get('/sign-in');
      codes.push(
        (await agent.post('/sign-in', { nationalCode: p.nationalCode, email: 'victim@example.org' }))
          .statusCode,
      );
    }
    assert.deepEqual(codes, [303, 303, 303, 303, 303, 429]);
  });

  test('25 sends per 5 minutes per IP, then 429', async (ctx) => {
    const t = await buildTestApp({ t: ctx, env: { RATE_LIMIT_POST_PER_MINUTE: '10000' } });
    const { DEMO_PEOPLE } = await import('../registry/fixtures.ts');
    const codes: number[] = [];
    for (let i = 0; i < 26; i++) {
      const agent = t.agent();
      await agent.get('/sign-in');
      const p = DEMO_PEOPLE[i % DEMO_PEOPLE.length]!;
      codes.push(
        (await agent.post('/sign-in', { nationalCode: p.nationalCode, email: `ip${i}@example.org` }))
          .statusCode,
      );
    }
    assert.equal(codes.filter((c) => c === 303).length, 25);
    assert.equal(codes.at(-1), 429);
    const elsewhere = new (await import('../../test-support/app.ts')).TestAgent(t.app, '198.51.100.7');
    await elsewhere.get('/sign-in');
    assert.equal(
      (await elsewhere.post('/sign-in', { nationalCode: ADULT.nationalCode, email: 'z@example.org' }))
        .statusCode,
      303,
    );
  });
});

test('verifyCode helper reaches registration for a new national code', async (ctx) => {
  const t = await buildTestApp({ t: ctx });
  const { location } = await verifyCode(t, ADULT.nationalCode, 'new@example.org');
  assert.equal(location, '/register/identity');
});
