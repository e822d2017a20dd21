import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createProtector } from '../../platform/personal-data.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestApp } from '../../test-support/app.ts';
import { latestCode, queuedEmails } from '../../test-support/mail.ts';
import { PROFILE_KINDS } from '../documents/kinds.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import {
  identityForm,
  registerActive,
  registerPending,
  uploadProfileDocuments,
  verifyCode,
} from './test-helpers.ts';

const MIN = 60_000;
// The spelling-variant test uses سیدمهدی itself; every other test takes the next unused person.
const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 1995 && p.firstName !== 'سیدمهدی');
let next = 0;
const person = () => adults[next++]!;

describe('registration and profile', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({
      env: {
        OTP_SENDS_PER_IDENTITY: '1000',
        OTP_SENDS_PER_IP: '1000',
        RATE_LIMIT_POST_PER_MINUTE: '10000',
        IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
      },
    });
    await seedDemo(t.database.db);
  });
  after(() => t.close());

  test('a new applicant: code → identity → residence → check → confirm → active, with an email', async () => {
    const p = person();
    const agent = await registerActive(t, p, 'active@example.org');
    const dashboard = await agent.get('/account');
    assert.equal(dashboard.statusCode, 200);
    assert.equal(dashboard.headers['cache-control'], 'no-store');
    assert.ok(dashboard.body.includes(p.firstName));
    const [row] = await t.database.rows<{ status: string; preferred_locale: string }>(
      sql`select status, preferred_locale from applicants where email_hash is not null order by created_at desc limit 1`,
    );
    assert.equal(row?.status, 'active');
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(mail.some((m) => m.kind === 'account.activated' && m.to === 'active@example.org'));
  });

  test('the account becomes active only once every registration document is in', async () => {
    const p = person();
    const agent = await registerPending(t, p, 'documents-first@example.org');
    const hash = createProtector(t.app.platform.keys).lookupHash('national_code', p.nationalCode);
    const status = async () =>
      (
        await t.database.rows<{ status: string }>(
          sql`select status from applicants where national_code_hash = ${hash}`,
        )
      )[0]?.status;
    const check = await agent.get('/register/check');
    assert.equal(check.statusCode, 200);
    assert.doesNotMatch(check.body, /action="\/register\/confirm"/, 'no confirm button yet');
    assert.match(check.body, /href="\/account\/documents\/photo"/);
    const early = await agent.post('/register/confirm');
    assert.equal(early.headers.location, '/account/documents');
    assert.equal(await status(), 'pending');

    await uploadProfileDocuments(
      agent,
      PROFILE_KINDS.filter((k) => k !== 'photo'),
    );
    const list = await agent.get('/account/documents');
    assert.match(list.body, /5 of 6|۵ از ۶/);
    assert.equal((await agent.post('/register/confirm')).headers.location, '/account/documents');
    assert.equal(await status(), 'pending');

    await uploadProfileDocuments(agent, ['photo']);
    await agent.get('/register/check');
    const confirmed = await agent.post('/register/confirm');
    assert.equal(confirmed.headers.location, '/account');
    assert.equal(await status(), 'active');
  });

  test('identifiers are encrypted at rest: the raw row holds no national code, email or phone', async () => {
    const p = person();
    await registerActive(t, p, 'secret.person@example.org');
    const dump = JSON.stringify(await t.database.rows(sql`select * from applicants`));
    assert.ok(!dump.includes(p.nationalCode), 'national code');
    assert.ok(!dump.includes('secret.person'), 'email');
    assert.ok(!dump.includes('7946') && !dump.includes('+44'), 'phone');
    const everything = JSON.stringify([
      await t.database.rows(sql`select * from otp_challenges`),
      await t.database.rows(sql`select * from sessions`),
      await t.database.rows(sql`select * from audit_log`),
      await t.database.rows(sql`select * from outbox`),
    ]);
    assert.ok(!everything.includes(p.nationalCode) && !everything.includes('secret.person'));
  });

  test('spelling variants of names match the registry (ي/ی, ك/ک, spaces, ZWNJ)', async () => {
    const p = DEMO_PEOPLE.find((x) => x.firstName === 'سیدمهدی')!;
    const { agent } = await verifyCode(t, p.nationalCode, 'variant@example.org');
    await agent.get('/register/identity');
    const res = await agent.post(
      '/register/identity',
      identityForm(p, { firstName: 'سيد مهدي', lastName: p.lastName.replace(/ی/g, 'ي') }),
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/register/residence');
  });

  test('a wrong father’s name: a neutral mismatch page that names no field and shows no registry value', async () => {
    const p = person();
    const { agent } = await verifyCode(t, p.nationalCode, 'mismatch@example.org');
    await agent.get('/register/identity');
    const res = await agent.post('/register/identity', identityForm(p, { fatherName: 'نادرست' }));
    assert.equal(res.statusCode, 422);
    assert.ok(!res.body.includes(p.fatherName), 'the registry’s value is not shown');
    assert.ok(res.body.includes('نادرست'), 'what the person typed is kept');
    const unknown = await verifyCode(t, '1234567891', 'unknown@example.org');
    await unknown.agent.get('/register/identity');
    const res2 = await unknown.agent.post('/register/identity', identityForm(p, { fatherName: 'نادرست' }));
    assert.equal(res2.statusCode, 422);
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');
    assert.equal(strip(res.body), strip(res2.body), 'an unknown national code gets the very same page');
    const audit = await t.database.rows<{ details: { fields?: string[] } }>(
      sql`select details from audit_log where action = 'registration.identity_mismatch' order by id desc limit 1`,
    );
    assert.deepEqual(audit[0]?.details.fields, ['fatherName'], 'the field is recorded for officers only');
  });

  test('a deceased person’s record gives the same neutral page', async () => {
    const dead = DEMO_PEOPLE.find((x) => !x.alive)!;
    const { agent } = await verifyCode(t, dead.nationalCode, 'deceased@example.org');
    await agent.get('/register/identity');
    const res = await agent.post('/register/identity', identityForm(dead));
    assert.equal(res.statusCode, 422);
    const hash = createProtector(t.app.platform.keys).lookupHash('national_code', dead.nationalCode);
    const [count] = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from applicants where national_code_hash = ${hash}`,
    );
    assert.equal(count?.n, 0, 'no account');
  });

  test('report a discrepancy: a question of category identity correction with the values entered, encrypted', async () => {
    const p = person();
    const { agent } = await verifyCode(t, p.nationalCode, 'discrepancy@example.org');
    await agent.get('/register/identity');
    await agent.post('/register/identity', identityForm(p, { fatherName: 'غلط' }));
    const res = await agent.post('/register/discrepancy', {
      ...identityForm(p, { fatherName: 'غلط' }),
      message: 'شناسنامهٔ من درست است',
    });
    assert.equal(res.statusCode, 200);
    const ref = /Q-[A-Z0-9]{8}/.exec(res.body)?.[0];
    assert.ok(ref, 'the reference is shown');
    const [q] = await t.database.rows<{ category: string; body_enc: Buffer; status: string }>(
      sql`select category, body_enc, status from questions where reference = ${ref}`,
    );
    assert.equal(q?.category, 'identity_correction');
    assert.equal(q?.status, 'open');
    assert.ok(
      !Buffer.from(q!.body_enc).toString('utf8').includes('غلط'),
      'the values are not stored in clear',
    );
  });

  test('a child under 18 cannot have an account of their own', async () => {
    const child = DEMO_PEOPLE.find((x) => x.alive && x.birthDate.year >= 2012)!;
    const { agent } = await verifyCode(t, child.nationalCode, 'child@example.org');
    await agent.get('/register/identity');
    const res = await agent.post('/register/identity', identityForm(child));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-firstName"/);
  });

  test('identity attempts are capped at 5 a day per national code', async () => {
    const p = person();
    const { agent } = await verifyCode(t, p.nationalCode, 'cap@example.org');
    await agent.get('/register/identity');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (await agent.post('/register/identity', identityForm(p, { fatherName: `x${i}` }))).statusCode,
      );
    assert.deepEqual(codes, [422, 422, 422, 422, 422, 429]);
    const right = await agent.post('/register/identity', identityForm(p));
    assert.equal(right.statusCode, 429, 'even the right details wait');
  });

  test('residence: postal code by country format, phone stored as E.164, errors keep what was typed', async () => {
    const p = person();
    const { agent } = await verifyCode(t, p.nationalCode, 'residence@example.org');
    await agent.get('/register/identity');
    await agent.post('/register/identity', identityForm(p));
    await agent.get('/register/residence');
    const bad = await agent.post('/register/residence', {
      country: 'DE',
      city: 'Berlin',
      address: 'Beispielstraße 12',
      postalCode: 'ABC',
      phone: '12',
      status: 'student',
      consulateId: '',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#f-postalCode"/);
    assert.match(bad.body, /href="#f-phone"/);
    assert.match(bad.body, /Beispielstraße 12/);
    const [berlin] = await t.database.rows<{ id: string }>(
      sql`select id from consulates where code = 'berlin'`,
    );
    assert.match(
      bad.body,
      new RegExp(`value="${berlin!.id}"[^>]*selected`),
      'the consulate serving Germany is chosen',
    );
    const good = await agent.post('/register/residence', {
      country: 'DE',
      city: 'Berlin',
      address: 'Beispielstraße 12',
      postalCode: '۱۰۱۱۵',
      phone: '030 12345678',
      status: 'student',
      consulateId: berlin!.id,
    });
    assert.equal(good.statusCode, 303);
    const check = await agent.get('/register/check');
    assert.ok(check.body.includes('+493012345678'));
    assert.ok(check.body.includes('10115'));
  });

  test('until the account is active, the dashboard says what is left', async () => {
    const p = person();
    const { agent } = await verifyCode(t, p.nationalCode, 'pending@example.org');
    await agent.get('/register/identity');
    await agent.post('/register/identity', identityForm(p));
    const dash = await agent.get('/account');
    assert.equal(dash.statusCode, 200);
    assert.match(dash.body, /\/register\/residence/);
  });

  test('signing in again later: the code goes to the registered address and a notice follows', async () => {
    const p = person();
    await registerActive(t, p, 'again@example.org');
    const agent = t.agent();
    await agent.get('/sign-in');
    await agent.post('/sign-in', { nationalCode: p.nationalCode, email: 'typed-something-else@example.org' });
    const code = await latestCode(t.database.db, t.app.platform.keys, 'again@example.org');
    await agent.get('/sign-in/code');
    const res = await agent.post('/sign-in/code', { code });
    assert.equal(res.headers.location, '/account');
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(mail.some((m) => m.kind === 'account.sign_in_notice' && m.to === 'again@example.org'));
  });

  test('one email belongs to one account', async () => {
    const a = person();
    const b = person();
    await registerActive(t, a, 'shared@example.org');
    const { agent } = await verifyCode(t, b.nationalCode, 'shared@example.org');
    await agent.get('/register/identity');
    const res = await agent.post('/register/identity', identityForm(b));
    assert.equal(res.statusCode, 409);
  });

  test('the chosen language is kept on the account and used for its emails', async () => {
    const p = person();
    const agent = await registerActive(t, p, 'english@example.org');
    await agent.get('/account');
    await agent.post('/language', { lang: 'en', next: '/account' });
    const hash = createProtector(t.app.platform.keys).lookupHash('national_code', p.nationalCode);
    const [row] = await t.database.rows<{ preferred_locale: string }>(
      sql`select preferred_locale from applicants where national_code_hash = ${hash}`,
    );
    assert.equal(row?.preferred_locale, 'en');
    const fresh = t.agent();
    await fresh.get('/sign-in');
    await fresh.post('/sign-in', { nationalCode: p.nationalCode, email: 'english@example.org' });
    const mail = (await queuedEmails(t.database.db, t.app.platform.keys)).filter(
      (m) => m.to === 'english@example.org',
    );
    assert.equal(mail.at(-1)?.locale, 'en');
  });

  test('changing the email: needs a recent sign-in, a code to the new address, a notice to the old one, other sessions end', async () => {
    const p = person();
    const agent = await registerActive(t, p, 'old@example.org');
    const other = t.agent();
    await other.get('/sign-in');
    await other.post('/sign-in', { nationalCode: p.nationalCode, email: 'old@example.org' });
    await other.get('/sign-in/code');
    await other.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, 'old@example.org'),
    });
    assert.equal((await other.get('/account')).statusCode, 200);

    t.clock.advance(16 * MIN);
    await agent.get('/account'); // keeps the session alive, but the sign-in is now 16 minutes old
    const gated = await agent.get('/account/email');
    assert.equal(gated.headers.location, '/account/confirm-identity');
    await agent.get('/account/confirm-identity');
    assert.equal((await agent.post('/account/confirm-identity')).headers.location, '/sign-in/code');
    await agent.get('/sign-in/code');
    const back = await agent.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, 'old@example.org'),
    });
    assert.equal(back.headers.location, '/account/email', 'returns to where it was going');

    await agent.get('/account/email');
    const sent = await agent.post('/account/email', { email: 'new@example.org' });
    assert.equal(sent.headers.location, '/sign-in/code');
    await agent.get('/sign-in/code');
    const done = await agent.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, 'new@example.org'),
    });
    assert.equal(done.headers.location, '/account/profile');
    assert.ok((await agent.get('/account/profile')).body.includes('new@example.org'));
    assert.equal((await other.get('/account')).statusCode, 303, 'the other device is signed out');
    const mail = await queuedEmails(t.database.db, t.app.platform.keys);
    assert.ok(mail.some((m) => m.kind === 'account.email_changed' && m.to === 'old@example.org'));
  });

  test('sign out of every device', async () => {
    const p = person();
    const a = await registerActive(t, p, 'everywhere@example.org');
    const b = t.agent();
    await b.get('/sign-in');
    await b.post('/sign-in', { nationalCode: p.nationalCode, email: 'everywhere@example.org' });
    await b.get('/sign-in/code');
    await b.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, 'everywhere@example.org'),
    });
    await a.get('/account/profile');
    assert.equal((await a.post('/account/sign-out-everywhere')).statusCode, 303);
    assert.equal((await a.get('/account')).statusCode, 303);
    assert.equal((await b.get('/account')).statusCode, 303);
  });

  test('a form posted after the session expired keeps what was typed: after signing in, the same page with the answers', async () => {
    const p = person();
    const agent = await registerActive(t, p, 'expired@example.org');
    await agent.get('/register/residence');
    t.clock.advance(31 * MIN);
    const posted = await agent.post('/register/residence', {
      country: 'FR',
      city: 'Lyon',
      address: '12 rue de la République',
      postalCode: '69002',
      phone: '+33 4 72 00 00 00',
      status: 'permanent',
      consulateId: '',
    });
    assert.equal(posted.headers.location, '/sign-in');
    const signIn = await agent.get('/sign-in');
    assert.equal(signIn.statusCode, 200);
    await agent.post('/sign-in', { nationalCode: p.nationalCode, email: 'expired@example.org' });
    await agent.get('/sign-in/code');
    const res = await agent.post('/sign-in/code', {
      code: await latestCode(t.database.db, t.app.platform.keys, 'expired@example.org'),
    });
    assert.equal(res.headers.location, '/register/residence');
    const page = await agent.get('/register/residence');
    assert.ok(page.body.includes('12 rue de la République'), 'the address typed before is there');
    assert.ok(page.body.includes('Lyon'));
    const again = await agent.get('/register/residence');
    assert.ok(!again.body.includes('12 rue de la République'), 'given back once');
  });
});
