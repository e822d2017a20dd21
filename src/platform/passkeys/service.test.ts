import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ADULT, OTHER_ADULT, registerActive } from '../../modules/accounts/test-helpers.ts';
import { DEMO_PEOPLE } from '../../modules/registry/fixtures.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { freshDatabase } from '../../test-support/database.ts';
import { TestClock } from '../clock.ts';
import type { Database } from '../db.ts';
import { newId } from '../ids.ts';
import { createPasskeys, type PasskeysService, userHandle } from './service.ts';
import { TestAuthenticator } from './test-authenticator.ts';

const ORIGIN = 'http://localhost:3000';

describe('passkeys service', () => {
  let database: Database;
  let clock: TestClock;
  let passkeys: PasskeysService;
  before(async () => {
    database = await freshDatabase();
    clock = new TestClock();
    passkeys = createPasskeys({ db: database.db, clock, config: { publicUrl: ORIGIN }, rpName: 'Mikhak' });
  });
  after(() => database.close());

  const person = () => ({
    type: 'applicant' as const,
    id: newId(),
    userName: 'a@example.org',
    displayName: 'A B',
  });
  const audit = (action: string) =>
    database.rows<{ actor: string }>(sql`select actor from audit_log where action = ${action} order by id`);

  async function enrol(subject = person(), authenticator = new TestAuthenticator(ORIGIN)) {
    const options = await passkeys.registrationOptions(subject);
    const outcome = await passkeys.verifyRegistration(
      subject,
      authenticator.create(options),
      options.challenge,
      '192.0.2.1',
      { name: 'My phone' },
    );
    assert.ok(outcome.ok, JSON.stringify(outcome));
    return { subject, authenticator, id: outcome.id };
  }

  test('registration options name the RP ID and exclude the passkeys the person already has', async () => {
    const subject = person();
    const first = await passkeys.registrationOptions(subject);
    assert.equal(first.rp.id, 'localhost');
    assert.equal(first.user.name, 'a@example.org');
    assert.equal(first.user.id, Buffer.from(userHandle(subject)).toString('base64url'));
    assert.equal(first.attestation, 'none');
    assert.deepEqual(first.authenticatorSelection, {
      residentKey: 'preferred',
      userVerification: 'preferred',
      requireResidentKey: false,
    });
    assert.deepEqual(first.excludeCredentials, []);

    const { authenticator } = await enrol(subject);
    const again = await passkeys.registrationOptions(subject);
    assert.deepEqual(
      again.excludeCredentials?.map((c) => c.id),
      [authenticator.credentials[0]!.id.toString('base64url')],
    );
    assert.notEqual(again.challenge, first.challenge);
    const stranger = await passkeys.registrationOptions(person());
    assert.deepEqual(stranger.excludeCredentials, [], 'nobody else sees them');
  });

  test('a registered passkey signs its person in; counter, last use and audit are kept', async () => {
    const { subject, authenticator, id } = await enrol();
    assert.equal(
      (await audit('passkey.added')).filter((r) => r.actor === `applicant:${subject.id}`).length,
      1,
    );
    clock.advance(60_000);
    const options = await passkeys.authenticationOptions();
    assert.equal(options.rpId, 'localhost');
    assert.equal(options.allowCredentials, undefined, 'discoverable: no list of credentials');
    const who = await passkeys.verifyAuthentication(
      authenticator.get(options),
      options.challenge,
      '192.0.2.1',
    );
    assert.deepEqual(who, { subjectType: 'applicant', subjectId: subject.id });
    const [listed] = await passkeys.list(subject);
    assert.equal(listed?.id, id);
    assert.equal(listed?.name, 'My phone');
    assert.deepEqual(listed?.lastUsedAt, clock.now());
    assert.deepEqual(listed?.transports, ['internal']);
    const [row] = await database.rows<{ counter: string }>(
      sql`select counter from passkeys where id = ${id}`,
    );
    assert.equal(Number(row?.counter), 1);
    assert.equal(
      (await audit('passkey.sign_in')).filter((r) => r.actor === `applicant:${subject.id}`).length,
      1,
    );
  });

  test('a counter that goes backwards is refused (a cloned authenticator)', async () => {
    const { authenticator } = await enrol();
    let options = await passkeys.authenticationOptions();
    assert.ok(await passkeys.verifyAuthentication(authenticator.get(options), options.challenge, null));
    authenticator.credentials[0]!.counter = 0; // the clone signs with the counter it had: 1 again, not 2
    options = await passkeys.authenticationOptions();
    assert.equal(
      await passkeys.verifyAuthentication(authenticator.get(options), options.challenge, null),
      undefined,
    );
  });

  test('passkeys that do not count (counter 0) keep working', async () => {
    const { authenticator } = await enrol(person(), new TestAuthenticator(ORIGIN, false));
    for (let i = 0; i < 2; i++) {
      const options = await passkeys.authenticationOptions();
      assert.ok(await passkeys.verifyAuthentication(authenticator.get(options), options.challenge, null));
    }
  });

  test('wrong challenge, wrong origin, no user verification, unknown key, tampered signature: all refused', async () => {
    const { authenticator } = await enrol();
    const options = await passkeys.authenticationOptions();
    const other = await passkeys.authenticationOptions();
    assert.equal(
      await passkeys.verifyAuthentication(authenticator.get(options), other.challenge, null),
      undefined,
    );

    const phishing = new TestAuthenticator('http://localhost:3001');
    const reg = await passkeys.registrationOptions(person());
    const outcome = await passkeys.verifyRegistration(person(), phishing.create(reg), reg.challenge, null, {
      name: 'x',
    });
    assert.deepEqual(outcome, { ok: false, reason: 'invalid' });

    const noUv = new TestAuthenticator(ORIGIN, true, false);
    const reg2 = await passkeys.registrationOptions(person());
    assert.deepEqual(
      await passkeys.verifyRegistration(person(), noUv.create(reg2), reg2.challenge, null, { name: 'x' }),
      { ok: false, reason: 'invalid' },
    );

    const stranger = new TestAuthenticator(ORIGIN);
    stranger.create({ challenge: 'AAAA', rp: { id: 'localhost' }, user: { id: 'AAAA' } });
    const o2 = await passkeys.authenticationOptions();
    assert.equal(await passkeys.verifyAuthentication(stranger.get(o2), o2.challenge, null), undefined);

    const o3 = await passkeys.authenticationOptions();
    const tampered = authenticator.get(o3);
    tampered.response.signature = Buffer.from('not a signature').toString('base64url');
    assert.equal(await passkeys.verifyAuthentication(tampered, o3.challenge, null), undefined);
    assert.equal(await passkeys.verifyAuthentication({ nonsense: true }, o3.challenge, null), undefined);
    assert.equal(await passkeys.verifyAuthentication('x', o3.challenge, null), undefined);
  });

  test('the same credential cannot be registered twice, even to someone else', async () => {
    const { authenticator } = await enrol();
    const other = person();
    const options = await passkeys.registrationOptions(other);
    const again = authenticator.create(options, authenticator.credentials[0]);
    assert.deepEqual(
      await passkeys.verifyRegistration(other, again, options.challenge, null, { name: 'x' }),
      {
        ok: false,
        reason: 'duplicate',
      },
    );
    // The outer id is not inside the signed data; one that differs from the signed credential id is refused.
    const swapped = await passkeys.registrationOptions(other);
    const response = authenticator.create(swapped);
    response.id = authenticator.credentials[0]!.id.toString('base64url');
    response.rawId = response.id;
    assert.deepEqual(
      await passkeys.verifyRegistration(other, response, swapped.challenge, null, { name: 'x' }),
      {
        ok: false,
        reason: 'invalid',
      },
    );
    assert.deepEqual(await passkeys.list(other), []);
  });

  test('removing a passkey of another subject does nothing', async () => {
    const { subject, id } = await enrol();
    const before = (await audit('passkey.removed')).length;
    assert.equal(await passkeys.remove({ type: 'applicant', id: newId() }, id, null), false);
    assert.equal(await passkeys.remove({ type: 'staff', id: subject.id }, id, null), false);
    assert.equal(await passkeys.remove(subject, 'not-a-uuid', null), false);
    assert.equal((await passkeys.list(subject)).length, 1);
    assert.equal((await audit('passkey.removed')).length, before);
    assert.equal(await passkeys.remove(subject, id, '192.0.2.1'), true);
    assert.deepEqual(await passkeys.list(subject), []);
    assert.equal((await audit('passkey.removed')).length, before + 1);
  });

  test('a locked account is turned away before anything is written', async () => {
    const { authenticator } = await enrol();
    const options = await passkeys.authenticationOptions();
    const who = await passkeys.verifyAuthentication(
      authenticator.get(options),
      options.challenge,
      null,
      async () => false,
    );
    assert.equal(who, undefined);
  });
});

describe('passkey routes', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({
      env: {
        OTP_SENDS_PER_IP: '1000',
        IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
        RATE_LIMIT_POST_PER_MINUTE: '10000',
      },
    });
    await seedDemo(t.database.db);
  });
  after(() => t.close());

  const json = (agent: TestAgent, url: string, body: unknown = {}, headers: Record<string, string> = {}) =>
    agent.request({
      method: 'POST',
      url,
      payload: JSON.stringify(body),
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
        'x-csrf-token': agent.csrfToken ?? '',
        ...headers,
      },
    });

  async function addPasskey(agent: TestAgent, authenticator: TestAuthenticator) {
    await agent.get('/account/passkeys');
    const options = await json(agent, '/account/passkeys/options');
    assert.equal(options.statusCode, 200, options.body.slice(0, 300));
    const added = await json(agent, '/account/passkeys', authenticator.create(options.json()));
    assert.equal(added.statusCode, 200, added.body.slice(0, 300));
    assert.deepEqual(added.json(), { ok: true });
  }

  test('unauthenticated GET /account/passkeys redirects to /sign-in', async () => {
    const res = await t.agent().get('/account/passkeys');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in');
    const options = await json(t.agent(), '/account/passkeys/options');
    assert.notEqual(options.statusCode, 200);
  });

  test('an applicant adds a passkey, sees it listed, signs in with it; a challenge cannot be reused', async () => {
    const agent = await registerActive(t, ADULT, 'passkey.one@example.org');
    const page = await agent.get('/account/passkeys');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /data-module="passkey-register"[^>]*hidden/);
    assert.match(page.body, /data-passkey-fallback/);
    assert.match(page.body, /\/assets\/passkeys\.js\?v=/);

    const authenticator = new TestAuthenticator(ORIGIN);
    await addPasskey(agent, authenticator);
    const listed = await agent.get('/account/passkeys');
    assert.match(listed.body, /notification-banner--success/);
    assert.equal((listed.body.match(/action="\/account\/passkeys\/[0-9a-f-]+\/remove"/g) ?? []).length, 1);

    await agent.post('/sign-out');
    const browser = t.agent();
    const signInPage = await browser.get('/sign-in/passkey');
    assert.equal(signInPage.statusCode, 200);
    assert.match(signInPage.body, /data-module="passkey-sign-in"[^>]*hidden/);
    const options = await json(browser, '/sign-in/passkey/options');
    assert.equal(options.statusCode, 200, options.body.slice(0, 300));
    const assertion = authenticator.get(options.json());
    const signedIn = await json(browser, '/sign-in/passkey', assertion);
    assert.equal(signedIn.statusCode, 200, signedIn.body.slice(0, 300));
    assert.deepEqual(signedIn.json(), { ok: true, next: '/account' });
    assert.equal((await browser.get('/account')).statusCode, 200);

    // The same answer again, on a session that already used its challenge: refused, and says nothing more.
    const replay = await json(browser, '/sign-in/passkey', assertion);
    assert.equal(replay.statusCode, 400);
    assert.deepEqual(replay.json(), { ok: false, error: 'passkeys.error.signIn' });
  });

  test('the challenge is one try: a failed answer uses it up', async () => {
    const agent = await registerActive(t, OTHER_ADULT, 'passkey.two@example.org');
    const authenticator = new TestAuthenticator(ORIGIN);
    await addPasskey(agent, authenticator);
    const browser = t.agent();
    await browser.get('/sign-in/passkey');
    const options = (await json(browser, '/sign-in/passkey/options')).json();
    const good = authenticator.get(options);
    const bad = structuredClone(good);
    bad.response.signature = Buffer.from('nope').toString('base64url');
    assert.equal((await json(browser, '/sign-in/passkey', bad)).statusCode, 400);
    assert.equal(
      (await json(browser, '/sign-in/passkey', good)).statusCode,
      400,
      'the good answer came too late',
    );
  });

  test('JSON endpoints need the CSRF token; removing another person’s passkey changes nothing', async () => {
    const [third, fourth] = DEMO_PEOPLE.filter(
      (p) => p.alive && p.birthDate.year < 1990 && p !== ADULT && p !== OTHER_ADULT,
    );
    const owner = await registerActive(t, third, 'passkey.three@example.org');
    await addPasskey(owner, new TestAuthenticator(ORIGIN));
    const page = await owner.get('/account/passkeys');
    const removeAction = /action="(\/account\/passkeys\/[0-9a-f-]+\/remove)"/.exec(page.body)?.[1];
    assert.ok(removeAction);

    assert.equal(
      (await json(owner, '/account/passkeys/options', {}, { 'x-csrf-token': 'forged' })).statusCode,
      403,
    );
    assert.equal(
      (await json(owner, '/account/passkeys/options', {}, { origin: 'https://evil.example' })).statusCode,
      403,
    );

    const intruder = await registerActive(t, fourth, 'passkey.four@example.org');
    await intruder.get('/account/passkeys');
    const tried = await intruder.post(removeAction);
    assert.equal(tried.statusCode, 303);
    assert.doesNotMatch((await intruder.get('/account/passkeys')).body, /notification-banner--success/);
    assert.match((await owner.get('/account/passkeys')).body, new RegExp(removeAction.replace(/\//g, '\\/')));

    await owner.get('/account/passkeys');
    assert.equal((await owner.post(removeAction)).statusCode, 303);
    const after = await owner.get('/account/passkeys');
    assert.match(after.body, /notification-banner--success/);
    assert.doesNotMatch(after.body, /\/remove"/);
  });

  test('a session older than the recent-sign-in window must confirm before adding', async () => {
    const [, , fifth] = DEMO_PEOPLE.filter(
      (p) => p.alive && p.birthDate.year < 1990 && p !== ADULT && p !== OTHER_ADULT,
    );
    const agent = await registerActive(t, fifth, 'passkey.five@example.org');
    t.clock.advance(16 * 60_000);
    await agent.get('/account');
    const page = await agent.get('/account/passkeys');
    assert.doesNotMatch(page.body, /data-module="passkey-register"/);
    assert.match(page.body, /href="\/account\/passkeys\/add"/);
    const options = await json(agent, '/account/passkeys/options');
    assert.equal(options.statusCode, 403);
    assert.equal(options.json().reload, true);
    const add = await agent.get('/account/passkeys/add');
    assert.equal(add.statusCode, 303);
    assert.equal(add.headers.location, '/account/confirm-identity');
  });
});
