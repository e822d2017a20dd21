import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { TestAuthenticator } from '../../platform/passkeys/test-authenticator.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import type { RoleGrant } from './roles.ts';
import {
  consulateIds,
  createStaffMember,
  giveTotp,
  signInWithTotp,
  staffAgent,
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

describe("a staff member's own account", () => {
  let t: TestApp;
  let ids: Record<string, string>;
  before(async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_POST_PER_MINUTE: '10000' } });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.database.db.execute(sql`delete from rate_limits`);
    t.clock.advance(MIN);
  });

  const audit = (action: string, actor: string) =>
    t.database.rows<{ ip: string | null }>(
      sql`select ip from audit_log where action = ${action} and actor = ${actor} order by id`,
    );

  const signedIn = async (roles: RoleGrant[] = [{ role: 'officer', consulateId: ids.london! }]) => {
    const member = await createStaffMember(t, { roles, name: 'Leila Rahimi' });
    const secret = await giveTotp(t, member);
    const { agent } = await signInWithTotp(t, member, secret);
    return { member, secret, agent };
  };

  test('shows the name, roles and second factors; an applicant or nobody is sent to sign in', async () => {
    const { agent } = await signedIn([
      { role: 'officer', consulateId: ids.london! },
      { role: 'officer', consulateId: ids.paris! },
      { role: 'supervisor', consulateId: ids.london! },
    ]);
    const page = await agent.get('/staff/account');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Leila Rahimi/);
    assert.match(page.body, /سرپرست — /);
    assert.match(page.body, /کارشناس — /);
    assert.match(page.body, /href="\/staff\/account\/totp"/);
    assert.match(page.body, /data-module="staff-passkey"/, 'adding a passkey right after signing in');
    const nobody = await t.agent().get('/staff/account');
    assert.equal(nobody.headers.location, '/staff');
  });

  test('change password: current one checked, rules applied, other sessions end', async () => {
    const { member, secret, agent } = await signedIn();
    const other = await staffAgent(t, member);
    assert.equal((await other.get('/staff/account')).statusCode, 200);

    await agent.get('/staff/account/password');
    const wrong = await agent.post('/staff/account/password', {
      current: 'not my password at all',
      password: 'a perfectly good passphrase',
      confirm: 'a perfectly good passphrase',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#f-current"/);
    for (const [password, field] of [
      ['short one', 'password'],
      [member.email, 'password'],
      ['aaaaaaaaaaaaaaaa', 'password'],
    ] as const) {
      const res = await agent.post('/staff/account/password', {
        current: TEST_STAFF_PASSWORD,
        password,
        confirm: password,
      });
      assert.equal(res.statusCode, 400, password);
      assert.match(res.body, new RegExp(`href="#f-${field}"`));
    }
    const ok = await agent.post('/staff/account/password', {
      current: TEST_STAFF_PASSWORD,
      password: 'a perfectly good passphrase',
      confirm: 'a perfectly good passphrase',
    });
    assert.equal(ok.statusCode, 303);
    assert.match((await agent.get('/staff/account')).body, /notification-banner--success/);
    assert.equal((await other.get('/staff/account')).headers.location, '/staff', 'the other session ended');
    assert.equal((await audit('staff.password_changed', `staff:${member.id}`))[0]?.ip, '127.0.0.1');

    t.clock.advance(MIN);
    const old = await signInWithTotp(t, member, secret);
    assert.equal(old.res.statusCode, 400, 'the old password no longer works');
    const fresh = await signInWithTotp(t, member, secret, { password: 'a perfectly good passphrase' });
    assert.equal(fresh.res.statusCode, 303);
  });

  test('replace the authenticator app: password and a code from the new secret', async () => {
    const { member, secret, agent } = await signedIn();
    const page = await agent.get('/staff/account/totp');
    assert.equal(page.statusCode, 200);
    const grouped = /class="code"[^>]*>([A-Z2-7 ]+)</.exec(page.body)?.[1];
    const fresh = grouped!.replace(/ /g, '');
    const noPassword = await agent.post('/staff/account/totp', {
      code: totpCode(fresh, t.clock.now()),
      password: 'wrong password here',
    });
    assert.equal(noPassword.statusCode, 400);
    assert.match(noPassword.body, /href="#f-password"/);
    const oldCode = await agent.post('/staff/account/totp', {
      code: totpCode(secret, t.clock.now()),
      password: TEST_STAFF_PASSWORD,
    });
    assert.equal(oldCode.statusCode, 400, 'a code of the old secret does not confirm the new one');
    const ok = await agent.post('/staff/account/totp', {
      code: totpCode(fresh, t.clock.now()),
      password: TEST_STAFF_PASSWORD,
    });
    assert.equal(ok.statusCode, 303);
    assert.equal((await audit('staff.totp_replaced', `staff:${member.id}`)).length, 1);

    await agent.post('/sign-out');
    t.clock.advance(MIN);
    assert.equal(
      (await signInWithTotp(t, member, secret)).res.statusCode,
      400,
      'the old app no longer works',
    );
    t.clock.advance(MIN);
    assert.equal((await signInWithTotp(t, member, fresh)).res.statusCode, 303);
  });

  test('passkeys: added and removed only shortly after signing in or confirming the password', async () => {
    const { member, agent } = await signedIn();
    const authenticator = new TestAuthenticator(ORIGIN);
    await agent.get('/staff/account');
    const options = await json(agent, '/staff/account/passkeys/options');
    const added = await json(agent, '/staff/account/passkeys', authenticator.create(options.json()));
    assert.equal(added.json().ok, true);
    const page = await agent.get('/staff/account');
    const remove = /action="(\/staff\/account\/passkeys\/[0-9a-f-]+\/remove)"/.exec(page.body)?.[1];
    assert.ok(remove);

    // Later in the day: the session still works, but changing passkeys needs the password again.
    t.clock.advance(10 * MIN);
    await agent.get('/staff/account');
    t.clock.advance(10 * MIN);
    const later = await agent.get('/staff/account');
    assert.doesNotMatch(later.body, /action="\/staff\/account\/passkeys\/[0-9a-f-]+\/remove"/);
    assert.match(later.body, /action="\/staff\/account\/confirm"/);
    assert.equal((await json(agent, '/staff/account/passkeys/options')).statusCode, 403);
    assert.equal((await agent.post(remove)).statusCode, 303);
    assert.equal((await t.app.platform.sessions.count()) > 0, true);
    const stillThere = await t.database.rows(sql`select id from passkeys where subject_id = ${member.id}`);
    assert.equal(stillThere.length, 1);

    const bad = await agent.post('/staff/account/confirm', { password: 'not it at all' });
    assert.equal(bad.statusCode, 400);
    assert.equal(
      (await agent.post('/staff/account/confirm', { password: TEST_STAFF_PASSWORD })).statusCode,
      303,
    );
    await agent.get('/staff/account');
    assert.equal((await agent.post(remove)).statusCode, 303);
    const gone = await t.database.rows(sql`select id from passkeys where subject_id = ${member.id}`);
    assert.equal(gone.length, 0);
  });

  test('the last second factor cannot be removed', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    // Enrolled with a passkey only (no TOTP).
    const agent = t.agent();
    await agent.get('/staff');
    await agent.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    await agent.get('/staff/enrol');
    const authenticator = new TestAuthenticator(ORIGIN);
    const options = await json(agent, '/staff/enrol/passkey/options');
    const done = await json(agent, '/staff/enrol/passkey', authenticator.create(options.json()));
    assert.equal(done.json().ok, true);
    const page = await agent.get('/staff/account');
    const remove = /action="(\/staff\/account\/passkeys\/[0-9a-f-]+\/remove)"/.exec(page.body)?.[1];
    assert.equal((await agent.post(remove!)).statusCode, 303);
    assert.match((await agent.get('/staff/account')).body, /notification-banner/);
    const kept = await t.database.rows(sql`select id from passkeys where subject_id = ${member.id}`);
    assert.equal(kept.length, 1);
  });

  test("someone else's passkey id changes nothing", async () => {
    const { agent } = await signedIn();
    const { agent: other } = await signedIn();
    const authenticator = new TestAuthenticator(ORIGIN);
    await other.get('/staff/account');
    const options = await json(other, '/staff/account/passkeys/options');
    await json(other, '/staff/account/passkeys', authenticator.create(options.json()));
    const remove = /action="(\/staff\/account\/passkeys\/[0-9a-f-]+\/remove)"/.exec(
      (await other.get('/staff/account')).body,
    )?.[1];
    await agent.get('/staff/account');
    assert.equal((await agent.post(remove!)).statusCode, 303);
    assert.equal((await agent.post('/staff/account/passkeys/not-a-uuid/remove')).statusCode, 303);
    assert.match((await other.get('/staff/account')).body, new RegExp(remove!.replace(/\//g, '\\/')));
  });
});
