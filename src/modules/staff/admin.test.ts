import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import type { StaffMember } from './roles.ts';
import { findStaff, rolesOf } from './store.ts';
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

describe('staff administration', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let admin: StaffMember;
  let adminAgent: TestAgent;
  before(async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_POST_PER_MINUTE: '10000' } });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    admin = await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }], name: 'Admin One' });
    adminAgent = await staffAgent(t, admin);
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.database.db.execute(sql`delete from rate_limits`);
    t.clock.advance(MIN);
  });

  const audit = (action: string, subject: string) =>
    t.database.rows<{ actor: string; ip: string | null; details: Record<string, unknown> }>(
      sql`select actor, ip, details from audit_log where action = ${action} and subject = ${subject} order by id`,
    );

  test('officers and supervisors get 404 on every admin screen; nobody signed in goes to sign in', async () => {
    const officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const supervisor = await createStaffMember(t, {
      roles: [{ role: 'supervisor', consulateId: ids.london! }],
    });
    for (const member of [officer, supervisor]) {
      const agent = await staffAgent(t, member);
      await agent.get('/staff/account');
      for (const url of [
        '/staff/admin/staff',
        '/staff/admin/staff/new',
        `/staff/admin/staff/${admin.id}`,
        '/staff/admin/delegates',
      ])
        assert.equal((await agent.get(url)).statusCode, 404, url);
      for (const url of [
        '/staff/admin/staff',
        `/staff/admin/staff/${admin.id}/roles`,
        `/staff/admin/staff/${admin.id}/status`,
        `/staff/admin/staff/${admin.id}/reset-password`,
        `/staff/admin/staff/${admin.id}/reset-second-factor`,
        '/staff/admin/delegates',
      ])
        assert.equal((await agent.post(url, { admin: 'yes', status: 'disabled' })).statusCode, 404, url);
    }
    assert.deepEqual(await rolesOf(t.database.db, officer.id), [
      { role: 'officer', consulateId: ids.london },
    ]);
    assert.equal((await t.agent().get('/staff/admin/staff')).headers.location, '/staff');
  });

  test('an admin creates an account with roles; the temporary password is shown once and must be changed', async () => {
    const form = await adminAgent.get('/staff/admin/staff/new');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="officer"/);

    const empty = await adminAgent.post('/staff/admin/staff', { name: '', email: 'not-an-email' });
    assert.equal(empty.statusCode, 400);
    for (const field of ['name', 'email', 'officer'])
      assert.match(empty.body, new RegExp(`href="#f-${field}"`));

    const created = await adminAgent.post('/staff/admin/staff', {
      name: 'Parisa  Moradi',
      email: 'Parisa.Moradi@Consulate.example',
      officer: [ids.london!, ids.paris!, 'not-a-consulate'],
      supervisor: ids.london!,
    });
    assert.equal(created.statusCode, 303, created.body.slice(0, 500));
    const location = String(created.headers.location);
    const id = location.split('/').pop()!;
    const detail = await adminAgent.get(location);
    assert.equal(detail.statusCode, 200);
    const temp = /class="code"[^>]*>([a-z0-9-]{19})</.exec(detail.body)?.[1];
    assert.ok(temp, 'the temporary password is shown');
    assert.doesNotMatch((await adminAgent.get(location)).body, new RegExp(temp), 'and only once');
    const row = await findStaff(t.database.db, id);
    assert.equal(row?.email, 'parisa.moradi@consulate.example');
    assert.equal(row?.mustChangePassword, true);
    assert.ok(!row?.passwordHash.includes(temp));
    const roles = await rolesOf(t.database.db, id);
    assert.equal(roles.length, 3);
    assert.equal((await audit('staff.created', `staff:${id}`))[0]?.actor, `staff:${admin.id}`);

    const again = await adminAgent.post('/staff/admin/staff', {
      name: 'Someone Else',
      email: 'parisa.moradi@consulate.example',
      officer: ids.london!,
    });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /href="#f-email"/);

    const list = await adminAgent.get('/staff/admin/staff');
    assert.match(list.body, /Parisa Moradi/);
    assert.match(list.body, /parisa\.moradi@consulate\.example/);

    // The new person: temporary password → enrol TOTP → new password → signed in.
    const agent = t.agent();
    await agent.get('/staff');
    await agent.post('/staff', { email: 'parisa.moradi@consulate.example', password: temp });
    assert.equal((await agent.get('/staff/second-factor')).headers.location, '/staff/enrol');
    const setup = await agent.get('/staff/enrol/totp');
    const secret = /class="code"[^>]*>([A-Z2-7 ]+)</.exec(setup.body)![1]!.replace(/ /g, '');
    const enrolled = await agent.post('/staff/enrol/totp', { code: totpCode(secret, t.clock.now()) });
    assert.equal(enrolled.headers.location, '/staff/new-password');
    await agent.get('/staff/new-password');
    const done = await agent.post('/staff/new-password', {
      password: 'my very own passphrase',
      confirm: 'my very own passphrase',
    });
    assert.equal(done.headers.location, '/staff/queue');
    assert.equal((await agent.get('/staff/account')).statusCode, 200);
  });

  test('roles are edited at once; the last admin cannot lose the role', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const agent = await staffAgent(t, member);
    await adminAgent.get(`/staff/admin/staff/${member.id}`);
    const saved = await adminAgent.post(`/staff/admin/staff/${member.id}/roles`, { officer: ids.berlin! });
    assert.equal(saved.statusCode, 303);
    assert.deepEqual(await rolesOf(t.database.db, member.id), [{ role: 'officer', consulateId: ids.berlin }]);
    assert.match((await agent.get('/staff/account')).body, /برلین|Berlin/);
    const none = await adminAgent.post(`/staff/admin/staff/${member.id}/roles`, {});
    assert.equal(none.statusCode, 400);
    const details = (await audit('staff.roles_changed', `staff:${member.id}`))[0]?.details;
    assert.deepEqual(details?.after, [{ role: 'officer', consulateId: ids.berlin }]);

    // Only one active admin: taking the role away, or disabling them, is refused.
    const other = await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] });
    const otherAgent = await staffAgent(t, other);
    await otherAgent.get(`/staff/admin/staff/${admin.id}`);
    await t.database.db.execute(sql`update staff set status = 'disabled' where id = ${other.id}`);
    // With the second admin disabled, the first is the last one.
    const selfDemote = await adminAgent.post(`/staff/admin/staff/${admin.id}/roles`, {
      officer: ids.london!,
    });
    assert.equal(selfDemote.statusCode, 400);
    assert.deepEqual(await rolesOf(t.database.db, admin.id), [{ role: 'admin', consulateId: null }]);
    await t.database.db.execute(sql`update staff set status = 'active' where id = ${other.id}`);
  });

  test('disable ends the sessions and refuses sign-in; enable lets the person in again', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const secret = await giveTotp(t, member);
    const { agent } = await signInWithTotp(t, member, secret);
    assert.equal((await agent.get('/staff/account')).statusCode, 200);
    await adminAgent.get(`/staff/admin/staff/${member.id}`);
    const off = await adminAgent.post(`/staff/admin/staff/${member.id}/status`, { status: 'disabled' });
    assert.equal(off.statusCode, 303);
    assert.equal((await agent.get('/staff/account')).headers.location, '/staff');
    const count = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from sessions where subject_id = ${member.id}`,
    );
    assert.equal(count[0]?.n, 0);
    t.clock.advance(MIN);
    assert.equal((await signInWithTotp(t, member, secret)).res.statusCode, 400);
    assert.match((await adminAgent.get('/staff/admin/staff')).body, /غیرفعال/);

    await adminAgent.get(`/staff/admin/staff/${member.id}`);
    await adminAgent.post(`/staff/admin/staff/${member.id}/status`, { status: 'active' });
    t.clock.advance(MIN);
    assert.equal((await signInWithTotp(t, member, secret)).res.statusCode, 303);
    assert.equal((await audit('staff.disabled', `staff:${member.id}`)).length, 1);
    assert.equal((await audit('staff.enabled', `staff:${member.id}`)).length, 1);

    // Nobody disables themselves.
    await adminAgent.get(`/staff/admin/staff/${admin.id}`);
    const self = await adminAgent.post(`/staff/admin/staff/${admin.id}/status`, { status: 'disabled' });
    assert.equal(self.statusCode, 400);
    assert.equal((await findStaff(t.database.db, admin.id))?.status, 'active');
  });

  test('reset second factor and reset password', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const secret = await giveTotp(t, member);
    const { agent } = await signInWithTotp(t, member, secret);
    await adminAgent.get(`/staff/admin/staff/${member.id}`);
    assert.equal(
      (await adminAgent.post(`/staff/admin/staff/${member.id}/reset-second-factor`)).statusCode,
      303,
    );
    assert.equal((await findStaff(t.database.db, member.id))?.totpSecretEnc, null);
    assert.equal((await agent.get('/staff/account')).headers.location, '/staff', 'signed out');
    // Next sign-in: enrolment.
    const next = t.agent();
    await next.get('/staff');
    await next.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD });
    assert.equal((await next.get('/staff/second-factor')).headers.location, '/staff/enrol');

    await adminAgent.get(`/staff/admin/staff/${member.id}`);
    const reset = await adminAgent.post(`/staff/admin/staff/${member.id}/reset-password`);
    assert.equal(reset.statusCode, 303);
    const page = await adminAgent.get(String(reset.headers.location));
    const temp = /class="code"[^>]*>([a-z0-9-]{19})</.exec(page.body)?.[1];
    assert.ok(temp);
    assert.equal((await findStaff(t.database.db, member.id))?.mustChangePassword, true);
    const old = t.agent();
    await old.get('/staff');
    assert.equal(
      (await old.post('/staff', { email: member.email, password: TEST_STAFF_PASSWORD })).statusCode,
      400,
    );
    assert.equal((await audit('staff.second_factor_reset', `staff:${member.id}`)).length, 1);
    assert.equal((await audit('staff.password_reset', `staff:${member.id}`)).length, 1);
  });

  test('a locked account shows as locked and can be unlocked', async () => {
    const member = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const secret = await giveTotp(t, member);
    for (let i = 0; i < 5; i++) {
      const a = t.agent();
      await a.get('/staff');
      await a.post('/staff', { email: member.email, password: `wrong password ${i}` });
    }
    const page = await adminAgent.get(`/staff/admin/staff/${member.id}`);
    assert.match(page.body, /tag--red/);
    assert.equal((await adminAgent.post(`/staff/admin/staff/${member.id}/unlock`)).statusCode, 303);
    assert.equal((await signInWithTotp(t, member, secret)).res.statusCode, 303);
  });

  test('unknown or malformed ids are 404', async () => {
    await adminAgent.get('/staff/admin/staff');
    assert.equal((await adminAgent.get('/staff/admin/staff/nope')).statusCode, 404);
    assert.equal(
      (await adminAgent.get('/staff/admin/staff/00000000-0000-7000-8000-000000000000')).statusCode,
      404,
    );
    assert.equal(
      (
        await adminAgent.post('/staff/admin/staff/00000000-0000-7000-8000-000000000000/roles', {
          admin: 'yes',
        })
      ).statusCode,
      404,
    );
  });

  test('issuing delegates: a supervisor of another consulate is named for a consulate, and removed', async () => {
    const supervisor = await createStaffMember(t, {
      roles: [{ role: 'supervisor', consulateId: ids.berlin! }],
      name: 'Sara Karimi',
    });
    const officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.paris! }] });
    const page = await adminAgent.get('/staff/admin/delegates');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Sara Karimi/);

    const notSupervisor = await adminAgent.post('/staff/admin/delegates', {
      consulateId: ids.tokyo!,
      staffId: officer.id,
    });
    assert.equal(notSupervisor.statusCode, 400);
    const same = await adminAgent.post('/staff/admin/delegates', {
      consulateId: ids.berlin!,
      staffId: supervisor.id,
    });
    assert.equal(same.statusCode, 400);
    const bad = await adminAgent.post('/staff/admin/delegates', { consulateId: 'x', staffId: 'y' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#f-consulateId"/);

    const named = await adminAgent.post('/staff/admin/delegates', {
      consulateId: ids.tokyo!,
      staffId: supervisor.id,
    });
    assert.equal(named.statusCode, 303);
    const rows = await t.database.rows<{ consulate_id: string; staff_id: string; named_by: string }>(
      sql`select consulate_id, staff_id, named_by from issuing_delegates`,
    );
    assert.deepEqual(rows, [{ consulate_id: ids.tokyo, staff_id: supervisor.id, named_by: admin.id }]);
    const listed = await adminAgent.get('/staff/admin/delegates');
    assert.match(listed.body, /action="\/staff\/admin\/delegates\/remove"/);
    const twice = await adminAgent.post('/staff/admin/delegates', {
      consulateId: ids.tokyo!,
      staffId: supervisor.id,
    });
    assert.equal(twice.statusCode, 400);

    await adminAgent.get('/staff/admin/delegates');
    const removed = await adminAgent.post('/staff/admin/delegates/remove', {
      consulateId: ids.tokyo!,
      staffId: supervisor.id,
    });
    assert.equal(removed.statusCode, 303);
    assert.equal((await t.database.rows(sql`select 1 from issuing_delegates`)).length, 0);
    assert.equal((await audit('staff.delegate_named', `staff:${supervisor.id}`)).length, 1);
    assert.equal((await audit('staff.delegate_removed', `staff:${supervisor.id}`)).length, 1);
  });

  test('the admin pages in English', async () => {
    await adminAgent.post('/language', { lang: 'en', next: '/staff/admin/staff' });
    const page = await adminAgent.get('/staff/admin/staff');
    assert.match(page.body, /Staff and roles/);
    assert.match(page.body, /lang="en"/);
    await adminAgent.post('/language', { lang: 'fa', next: '/staff/admin/staff' });
  });
});
