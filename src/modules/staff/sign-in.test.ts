import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { TestAuthenticator } from '../../platform/passkeys/test-authenticator.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, TestAgent, type TestApp } from '../../test-support/app.ts';
import { requireStaff } from './guards.ts';
import { LOCK_MS } from './service.ts';
import { findStaff } from './store.ts';
import {
  consulateIds,
  createStaffMember,
  giveTotp,
  signInWithTotp,
  TEST_STAFF_PASSWORD,
} from './test-helpers.ts';
import { totpCode } from './totp.ts';

const MIN = 60_000;
const ORIGIN = 'http://localhost:3000';

const json = (agent: TestAgent, url: string, body: unknown = {}) =>
  agent.request({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      origin: 'http://localhost:80',
      'sec-fetch-site': 'same-origin',
      'x-csrf-token': agent.csrfToken ?? '',
    },
  });

/** The page without what changes from one answer to the next (CSRF token, timings). */
const stable = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');

describe('staff sign-in', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  before(async () => {
    t = await buildTestApp({
      env: { RATE_LIMIT_POST_PER_MINUTE: '10000' },
      // A route behind the staff guard, standing in for any back-office page.
      extend: (app) =>
        app.get('/test/back-office', { preHandler: requireStaff(app.platform) }, async () => 'inside'),
    });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.database.db.execute(sql`delete from rate_limits`);
    // Each test's codes fall in a step of their own, so a code used by one test is not "reused" by the next.
    t.clock.advance(MIN);
  });

  const audit = (action: string) =>
    t.database.rows<{ actor: string; ip: string | null; details: Record<string, unknown> }>(
      sql`select actor, ip, details from audit_log where action = ${action} order by id`,
    );

  const officer = async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    return { member, secret: await giveTotp(t, member) };
  };

  test('email, password and a TOTP code sign an officer in: new session id, SameSite=Strict, HttpOnly', async () => {
    const { member, secret } = await officer();
    const agent = t.agent();
    const page = await agent.get('/staff');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /autocomplete="current-password"/);

    const first = await agent.post('/staff', {
      email: member.email.toUpperCase(),
      password: TEST_STAFF_PASSWORD,
    });
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, '/staff/second-factor');
    const passwordStage = agent.cookies.get('sid');
    assert.ok(passwordStage);

    // The password alone opens nothing behind the staff guard.
    const blocked = await agent.get('/test/back-office');
    assert.equal(blocked.statusCode, 303);
    assert.equal(blocked.headers.location, '/staff');
    assert.notEqual((await agent.get('/staff/queue')).statusCode, 200);
    assert.equal((await agent.get('/staff/account')).headers.location, '/staff');

    const second = await agent.get('/staff/second-factor');
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /name="code"/);
    assert.doesNotMatch(second.body, /data-module="staff-passkey"/, 'no passkey button without a passkey');

    const done = await agent.post('/staff/second-factor', { code: totpCode(secret, t.clock.now()) });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/staff/queue');
    const cookie = String(done.headers['set-cookie']);
    assert.match(cookie, /SameSite=Strict/i);
    assert.match(cookie, /HttpOnly/i);
    assert.notEqual(agent.cookies.get('sid'), passwordStage, 'a new session id after both factors');

    assert.equal((await agent.get('/test/back-office')).body, 'inside');
    const account = await agent.get('/staff/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, new RegExp(member.name));

    const signIns = (await audit('staff.sign_in')).filter((r) => r.actor === `staff:${member.id}`);
    assert.equal(signIns.length, 1);
    assert.equal(signIns[0]!.ip, '127.0.0.1');
    assert.equal(signIns[0]!.details.method, 'totp');
    assert.ok((await findStaff(t.database.db, member.id))?.lastSignInAt);
  });

  test('wrong password and unknown email get the same answer', async () => {
    const { member } = await officer();
    const wrong = t.agent();
    await wrong.get('/staff');
    const a = await wrong.post('/staff', { email: member.email, password: 'not the password at all' });
    const unknown = t.agent();
    await unknown.get('/staff');
    const b = await unknown.post('/staff', {
      email: 'nobody@consulate.example',
      password: 'not the password at all',
    });
    assert.equal(a.statusCode, 400);
    assert.equal(b.statusCode, a.statusCode);
    assert.equal(stable(b.body).replace('nobody@', 'X@'), stable(a.body).replace(/staff-\w+@/, 'X@'));
    assert.match(a.body, new RegExp(`value="${member.email}"`), 'the email typed is kept');
    assert.doesNotMatch(a.body, /not the password at all/, 'the password is never echoed');
    const failed = await audit('staff.sign_in_failed');
    assert.ok(failed.some((r) => r.actor === `staff:${member.id}` && r.details.reason === 'wrong'));
    assert.ok(failed.some((r) => r.actor === 'anonymous' && r.details.reason === 'unknown'));
  });

  test('empty fields are named, nothing is checked', async () => {
    const agent = t.agent();
    await agent.get('/staff');
    const res = await agent.post('/staff', { email: '', password: '' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#f-email"/);
    assert.match(res.body, /href="#f-password"/);
  });

  test('a wrong TOTP code is refused; a code is never accepted twice', async () => {
    const { member, secret } = await officer();
    const { agent } = await signInWithTotp(t, member, secret);
    assert.equal((await agent.get('/test/back-office')).body, 'inside');
    const used = totpCode(secret, t.clock.now());
    await agent.post('/sign-out');

    // The same code again (a shoulder-surfer, or a replayed form), within its 30 seconds: refused.
    const replay = t.agent();
    await replay.get('/staff');
    await replay.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    await replay.get('/staff/second-factor');
    const again = await replay.post('/staff/second-factor', { code: used });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /href="#f-code"/);
    const wrongCode = String((Number(used) + 1) % 1_000_000).padStart(6, '0');
    assert.equal((await replay.post('/staff/second-factor', { code: wrongCode })).statusCode, 400);
    assert.equal((await replay.get('/test/back-office')).statusCode, 303);

    // The next step's code works, typed with Persian digits and a space.
    t.clock.advance(30_000);
    const next = totpCode(secret, t.clock.now()).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const ok = await replay.post('/staff/second-factor', { code: `${next.slice(0, 3)} ${next.slice(3)}` });
    assert.equal(ok.statusCode, 303);
    assert.equal((await replay.get('/test/back-office')).body, 'inside');
    const failures = (await audit('staff.sign_in_failed')).filter((r) => r.actor === `staff:${member.id}`);
    assert.deepEqual(
      failures.map((r) => r.details.reason),
      ['reused', 'wrong'],
    );
  });

  test('five failures in a row lock the account for 15 minutes; a full sign-in resets the count', async () => {
    const { member, secret } = await officer();
    // Four wrong passwords, then a full sign-in: the count starts again.
    for (let i = 0; i < 4; i++) {
      const a = t.agent();
      await a.get('/staff');
      assert.equal(
        (await a.post('/staff', { email: member.email, password: `wrong password ${i}` })).statusCode,
        400,
      );
    }
    assert.equal((await findStaff(t.database.db, member.id))?.failedAttempts, 4);
    assert.equal((await signInWithTotp(t, member, secret)).res.statusCode, 303);
    assert.equal((await findStaff(t.database.db, member.id))?.failedAttempts, 0);

    // Passwords and codes count together: three wrong passwords, then two wrong codes.
    for (let i = 0; i < 3; i++) {
      const a = t.agent();
      await a.get('/staff');
      await a.post('/staff', { email: member.email, password: `wrong password ${i}` });
    }
    const agent = t.agent();
    await agent.get('/staff');
    await agent.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    await agent.get('/staff/second-factor');
    assert.equal((await agent.post('/staff/second-factor', { code: '000000' })).statusCode, 400);
    const fifth = await agent.post('/staff/second-factor', { code: '000001' });
    assert.equal(fifth.statusCode, 423);
    assert.match(fifth.body, /\(UTC\)/);

    // Locked: even the right password gets the locked page, and the page says the same as for a wrong one.
    const right = t.agent();
    await right.get('/staff');
    const r1 = await right.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    const wrong = t.agent();
    await wrong.get('/staff');
    const r2 = await wrong.post('/staff', { email: member.email, password: 'still the wrong one' });
    assert.equal(r1.statusCode, 423);
    assert.equal(r2.statusCode, 423);
    assert.equal(stable(r1.body), stable(r2.body));
    assert.equal((await audit('staff.locked')).filter((r) => r.details.until).length >= 1, true);

    t.clock.advance(LOCK_MS - MIN);
    const stillLocked = t.agent();
    await stillLocked.get('/staff');
    assert.equal(
      (await stillLocked.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD })).statusCode,
      423,
    );
    t.clock.advance(2 * MIN);
    assert.equal(
      (await signInWithTotp(t, member, secret)).res.statusCode,
      303,
      'open again after 15 minutes',
    );
  });

  test('wrong passwords lock sign-in but leave the person at work; wrong codes end their sessions', async () => {
    const { member, secret } = await officer();
    const { agent: atWork } = await signInWithTotp(t, member, secret);
    for (let i = 0; i < 5; i++) {
      const a = t.agent();
      await a.get('/staff');
      await a.post('/staff', { email: member.email, password: `a guess ${i}` });
    }
    assert.equal(
      (await atWork.get('/test/back-office')).body,
      'inside',
      'a stranger guessing does not sign them out',
    );
    await t.database.db.execute(sql`update staff set locked_until = null where id = ${member.id}`);

    t.clock.advance(30_000);
    const { agent: again } = await signInWithTotp(t, member, secret);
    const thief = t.agent();
    await thief.get('/staff');
    await thief.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    await thief.get('/staff/second-factor');
    for (let i = 0; i < 5; i++) await thief.post('/staff/second-factor', { code: `00000${i}` });
    assert.equal(
      (await again.get('/test/back-office')).statusCode,
      303,
      'someone with the password: out everywhere',
    );
  });

  test('an unknown address is "locked" after five tries too, so the lock does not reveal accounts', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) {
      const a = t.agent();
      await a.get('/staff');
      answers.push(
        (await a.post('/staff', { email: 'ghost@consulate.example', password: `guess ${i}` })).statusCode,
      );
    }
    assert.deepEqual(answers, [400, 400, 400, 400, 423, 423]);
  });

  test('a disabled account cannot sign in, and its session ends at once', async () => {
    const { member, secret } = await officer();
    const { agent } = await signInWithTotp(t, member, secret);
    assert.equal((await agent.get('/test/back-office')).body, 'inside');
    await t.database.db.execute(sql`update staff set status = 'disabled' where id = ${member.id}`);
    assert.equal(
      (await agent.get('/test/back-office')).statusCode,
      303,
      'the guard reads the status every time',
    );
    t.clock.advance(30_000);
    const retry = await signInWithTotp(t, member, secret);
    assert.equal(retry.res.statusCode, 400);
    assert.match(retry.res.body, /href="#f-email"/);
  });

  test('idle for 15 minutes ends a staff session; the password step lasts 5 minutes', async () => {
    const { member, secret } = await officer();
    const { agent } = await signInWithTotp(t, member, secret);
    t.clock.advance(14 * MIN);
    assert.equal((await agent.get('/test/back-office')).body, 'inside');
    t.clock.advance(14 * MIN);
    assert.equal((await agent.get('/test/back-office')).body, 'inside', 'activity keeps it alive');
    t.clock.advance(16 * MIN);
    assert.equal((await agent.get('/test/back-office')).statusCode, 303);

    const slow = t.agent();
    await slow.get('/staff');
    await slow.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    assert.equal((await slow.get('/staff/second-factor')).statusCode, 200);
    t.clock.advance(6 * MIN);
    const late = await slow.post('/staff/second-factor', { code: totpCode(secret, t.clock.now()) });
    assert.equal(late.statusCode, 303);
    assert.equal(late.headers.location, '/staff?timeout=1');
    assert.match((await slow.get('/staff?timeout=1')).body, /notification-banner/);
  });

  test('an applicant session never passes the staff guard, whatever its data says', async () => {
    const { member } = await officer();
    const { id } = await t.app.platform.sessions.create({
      subjectType: 'applicant',
      subjectId: member.id,
      data: { staffStage: 'complete' },
      authenticated: true,
    });
    const agent = t.agent();
    agent.cookies.set('sid', id);
    assert.equal((await agent.get('/test/back-office')).statusCode, 303);
    assert.equal((await agent.get('/staff/admin/staff')).statusCode, 303);
  });

  test('sign-in posts are limited per address', async () => {
    const agent = t.agent();
    await agent.get('/staff');
    const answers = new Set<number>();
    for (let i = 0; i < 51; i++)
      answers.add((await agent.post('/staff', { email: '', password: '' })).statusCode);
    assert.deepEqual([...answers], [400, 429]);
    const other = new TestAgent(t.app, '192.0.2.7');
    await other.get('/staff');
    assert.equal(
      (await other.post('/staff', { email: '', password: '' })).statusCode,
      400,
      'another address',
    );
  });

  test('an admin without a consulate lands on the administration', async () => {
    const admin = await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] });
    const secret = await giveTotp(t, admin);
    const { res } = await signInWithTotp(t, admin, secret);
    assert.equal(res.headers.location, '/staff/admin');
  });

  test('a passkey as the second factor; a passkey of someone else is refused and counted', async () => {
    const { member, secret } = await officer();
    const authenticator = new TestAuthenticator(ORIGIN);
    // Added on the account page, right after a TOTP sign-in.
    const { agent } = await signInWithTotp(t, member, secret);
    await agent.get('/staff/account');
    const options = await json(agent, '/staff/account/passkeys/options');
    assert.equal(options.statusCode, 200, options.body);
    const added = await json(agent, '/staff/account/passkeys', authenticator.create(options.json()));
    assert.deepEqual(added.json(), { ok: true, next: '/staff/account' });
    await agent.post('/sign-out');

    const next = t.agent();
    await next.get('/staff');
    await next.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    const page = await next.get('/staff/second-factor');
    assert.match(page.body, /data-module="staff-passkey"[^>]*hidden/);
    assert.match(page.body, /name="code"/, 'TOTP stays offered where passkeys are not required');
    const o = await json(next, '/staff/second-factor/passkey/options');
    assert.equal(o.statusCode, 200);
    assert.equal(o.json().allowCredentials.length, 1);
    const signedIn = await json(next, '/staff/second-factor/passkey', authenticator.get(o.json()));
    assert.deepEqual(signedIn.json(), { ok: true, next: '/staff/queue' });
    assert.equal((await next.get('/test/back-office')).body, 'inside');

    // Another officer's password with this officer's passkey: refused.
    const other = await officer();
    const mixed = t.agent();
    await mixed.get('/staff');
    await mixed.post('/staff', { email: other.member.email, password: TEST_STAFF_PASSWORD });
    await mixed.get('/staff/second-factor');
    // The other officer has no passkey: the options are refused outright.
    assert.equal((await json(mixed, '/staff/second-factor/passkey/options')).statusCode, 400);
    const stranger = t.agent();
    await stranger.get('/staff');
    assert.equal((await json(stranger, '/staff/second-factor/passkey/options')).statusCode, 401);
  });
});

describe('enrolment and passkey-only consulates', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  before(async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_POST_PER_MINUTE: '10000' } });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    await t.database.db.execute(sql`update consulates set require_passkey = true where code = 'berlin'`);
  });
  after(() => t.close());
  beforeEach(() => t.clock.advance(MIN));

  test('a new account enrols TOTP by QR after its password, then is signed in', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const agent = t.agent();
    await agent.get('/staff');
    await agent.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    const second = await agent.get('/staff/second-factor');
    assert.equal(second.headers.location, '/staff/enrol');
    const enrol = await agent.get('/staff/enrol');
    assert.match(enrol.body, /href="\/staff\/enrol\/totp"/);
    const setup = await agent.get('/staff/enrol/totp');
    assert.equal(setup.statusCode, 200);
    assert.match(setup.body, /src="data:image\/svg\+xml;base64,/);
    const grouped = /class="code"[^>]*>([A-Z2-7 ]+)</.exec(setup.body)?.[1];
    assert.ok(grouped, 'the secret is shown as text, in groups');
    const secret = grouped.replace(/ /g, '');
    assert.equal(secret.length, 32);
    // The same secret on a reload (it is kept in the session until confirmed).
    assert.match((await agent.get('/staff/enrol/totp')).body, new RegExp(grouped));

    assert.equal((await agent.post('/staff/enrol/totp', { code: '123456' })).statusCode, 400);
    const done = await agent.post('/staff/enrol/totp', { code: totpCode(secret, t.clock.now()) });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/staff/queue');
    const row = await findStaff(t.database.db, member.id);
    assert.ok(row?.totpSecretEnc);
    assert.ok(!row.totpSecretEnc.toString('latin1').includes(secret), 'the secret is sealed at rest');
  });

  test('once a factor exists, the password alone cannot enrol another', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    await giveTotp(t, member);
    const agent = t.agent();
    await agent.get('/staff');
    await agent.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    assert.equal((await agent.get('/staff/enrol')).headers.location, '/staff/second-factor');
    assert.equal((await agent.get('/staff/enrol/totp')).headers.location, '/staff/enrol');
    assert.equal((await json(agent, '/staff/enrol/passkey/options')).statusCode, 403);
  });

  test('a consulate that requires passkeys refuses TOTP; its officer confirms with TOTP, then adds a passkey', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.berlin! }] });
    const secret = await giveTotp(t, member);
    const agent = t.agent();
    await agent.get('/staff');
    await agent.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    // No passkey yet: to enrolment, where TOTP is not offered.
    assert.equal((await agent.get('/staff/second-factor')).headers.location, '/staff/enrol');
    const refused = await agent.post('/staff/second-factor', { code: totpCode(secret, t.clock.now()) });
    assert.equal(refused.statusCode, 303, 'a code posted anyway only leads back to enrolment');
    assert.equal(refused.headers.location, '/staff/enrol');
    const enrol = await agent.get('/staff/enrol');
    assert.match(enrol.body, /action="\/staff\/enrol\/confirm"/);
    assert.doesNotMatch(enrol.body, /href="\/staff\/enrol\/totp"/);
    assert.equal((await agent.get('/staff/enrol/totp')).headers.location, '/staff/enrol');
    assert.equal((await json(agent, '/staff/enrol/passkey/options')).statusCode, 403, 'TOTP first');

    const confirmed = await agent.post('/staff/enrol/confirm', { code: totpCode(secret, t.clock.now()) });
    assert.equal(confirmed.headers.location, '/staff/enrol');
    const page = await agent.get('/staff/enrol');
    assert.match(page.body, /data-module="staff-passkey"/);
    const authenticator = new TestAuthenticator(ORIGIN);
    const options = await json(agent, '/staff/enrol/passkey/options');
    assert.equal(options.statusCode, 200, options.body);
    const done = await json(agent, '/staff/enrol/passkey', authenticator.create(options.json()));
    assert.deepEqual(done.json(), { ok: true, next: '/staff/queue' });
    assert.equal((await agent.get('/staff/account')).statusCode, 200);
    await agent.post('/sign-out');

    // From now on: the passkey only; a TOTP code is refused even when right.
    t.clock.advance(MIN);
    const next = t.agent();
    await next.get('/staff');
    await next.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    const second = await next.get('/staff/second-factor');
    assert.doesNotMatch(second.body, /name="code"/);
    assert.match(second.body, /data-module="staff-passkey"/);
    const code = await next.post('/staff/second-factor', { code: totpCode(secret, t.clock.now()) });
    assert.equal(code.statusCode, 400);
    assert.equal((await next.get('/staff/account')).headers.location, '/staff');
    const o = await json(next, '/staff/second-factor/passkey/options');
    const ok = await json(next, '/staff/second-factor/passkey', authenticator.get(o.json()));
    assert.equal(ok.json().ok, true);
  });

  test('a temporary password must be replaced right after the second factor', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const secret = await giveTotp(t, member);
    await t.database.db.execute(sql`update staff set must_change_password = true where id = ${member.id}`);
    const { agent, res } = await signInWithTotp(t, member, secret);
    assert.equal(res.headers.location, '/staff/new-password');
    assert.equal((await agent.get('/staff/account')).headers.location, '/staff', 'not signed in yet');
    await agent.get('/staff/new-password');
    const short = await agent.post('/staff/new-password', { password: 'short', confirm: 'short' });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /href="#f-password"/);
    const same = await agent.post('/staff/new-password', {
      password: TEST_STAFF_PASSWORD,
      confirm: TEST_STAFF_PASSWORD,
    });
    assert.equal(same.statusCode, 400, 'the temporary password again is refused');
    const mismatch = await agent.post('/staff/new-password', {
      password: 'a brand new passphrase',
      confirm: 'another passphrase',
    });
    assert.match(mismatch.body, /href="#f-confirm"/);
    const ok = await agent.post('/staff/new-password', {
      password: 'a brand new passphrase',
      confirm: 'a brand new passphrase',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/staff/queue');
    assert.equal((await agent.get('/staff/account')).statusCode, 200);
    assert.equal((await findStaff(t.database.db, member.id))?.mustChangePassword, false);
  });
});
