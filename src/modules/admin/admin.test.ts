import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { record } from '../../platform/audit.ts';
import { translator } from '../../platform/i18n/index.ts';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { MANY_APPLICANTS_ENV, newApplicant, submittedRequest } from '../backoffice/test-helpers.ts';
import { feeAt, formatMoney, tariffAt, withOverride } from '../catalog/fees.ts';
import { createCatalogService } from '../catalog/service.ts';
import { loadServices } from '../catalog/services-registry.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { consulateChanges, parseConsulateForm, parseDecimal } from './consulate-form.ts';

type AuditRow = {
  id: number;
  actor: string;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
};

const lastAudit = async (t: TestApp, action: string) =>
  (
    await t.database.rows<AuditRow>(
      sql`select id, actor, action, subject, details from audit_log where action = ${action} order by id desc limit 1`,
    )
  )[0];

/** The London consulate's form as it is, for posting with a few fields changed. */
async function londonForm(t: TestApp, overrides: Record<string, string | string[]> = {}) {
  const c = (await createCatalogService(t.database.db).findConsulateByCode('london'))!;
  return {
    nameFa: c.nameFa,
    nameEn: c.nameEn,
    cityFa: c.cityFa,
    cityEn: c.cityEn,
    country: c.country,
    countriesServed: c.countriesServed,
    timeZone: c.timeZone,
    addressFa: c.addressFa,
    addressEn: c.addressEn,
    phone: c.phone,
    email: c.email,
    currency: c.currency,
    eurRate: c.eurRate,
    feeRounding: c.feeRounding,
    paymentMethods: c.paymentMethods,
    hoursFa: c.hoursFa,
    hoursEn: c.hoursEn,
    ...(c.requirePasskey ? { requirePasskey: 'yes' } : {}),
    ...overrides,
  };
}

test('consulate form: decimals in any digits, canonical; every field checked', () => {
  assert.equal(parseDecimal('۰٫۸۶', 8, 6), '0.86');
  assert.equal(parseDecimal('1.500000', 8, 6), '1.5');
  assert.equal(parseDecimal('0', 8, 6), undefined, 'a rate of zero');
  assert.equal(parseDecimal('0', 8, 2, { allowZero: true }), '0');
  assert.equal(parseDecimal('1.1234567', 8, 6), undefined, 'seven places');
  assert.equal(parseDecimal('-1', 8, 6), undefined);
  assert.equal(parseDecimal('1e3', 8, 6), undefined);
  const bad = parseConsulateForm(
    { timeZone: 'Mars/Olympus', currency: 'ABC', eurRate: '-1', country: 'IR', email: 'nope' },
    true,
  );
  assert.equal(bad.ok, false);
  if (!bad.ok) {
    for (const f of [
      'code',
      'nameFa',
      'timeZone',
      'currency',
      'eurRate',
      'country',
      'email',
      'countriesServed',
    ]) {
      assert.ok(f in bad.errors, `${f} refused`);
    }
    assert.equal(bad.values.timeZone, 'Mars/Olympus', 'kept as typed');
  }
  const offset = parseConsulateForm({ timeZone: '+03:30' }, false);
  assert.ok(!offset.ok && offset.errors.timeZone, 'an offset is not a time zone');
});

test('a consulate’s fee override replaces the base tariff; answer-dependent tariffs stand', () => {
  const poa = loadServices().find('power-of-attorney')!;
  assert.equal(tariffAt(poa, { poaType: 'property-sale' }, '20'), 132);
  assert.equal(tariffAt(poa, {}, '20'), '20');
  assert.equal(tariffAt(poa, {}, null), 13);
  const london = { currency: 'GBP', eurRate: '0.860000', feeRounding: '1.00' };
  assert.deepEqual(feeAt(london, '12.50'), { eur: '12.5', amount: '11', currency: 'GBP' });
  assert.equal(withOverride(poa, '7.25').fee.eur, 7.25);
  assert.equal(withOverride(poa, null), poa);
});

test('consulate changes list only what changed, decimals compared by value', () => {
  const before = {
    eurRate: '0.860000',
    feeRounding: '1.00',
    nameEn: 'A',
    requirePasskey: false,
    countriesServed: ['GB', 'IE'],
  } as never;
  const changes = consulateChanges(before, {
    eurRate: '0.86',
    feeRounding: '5',
    nameEn: 'A',
    requirePasskey: true,
    countriesServed: ['GB', 'IE'],
  } as never);
  assert.deepEqual(changes, {
    feeRounding: { from: '1', to: '5' },
    requirePasskey: { from: false, to: true },
  });
});

describe('administration over HTTP', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let adminMember: StaffMember;
  let adminAgent: TestAgent;

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    adminMember = await createStaffMember(t, {
      name: 'Admin Person',
      email: 'admin@consulate.example',
      roles: [{ role: 'admin', consulateId: null }],
    });
    adminAgent = await staffAgent(t, adminMember);
  });
  after(() => t.close());

  test('the admin index links every part of the administration', async () => {
    const page = await adminAgent.get('/staff/admin');
    assert.equal(page.statusCode, 200);
    for (const href of [
      '/staff/admin/consulates',
      '/staff/admin/staff',
      '/staff/admin/delegates',
      '/staff/audit',
    ]) {
      assert.ok(page.body.includes(`href="${href}"`), href);
    }
    const list = await adminAgent.get('/staff/admin/consulates');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`/staff/admin/consulates/${ids.london}`));
  });

  test('a refused edit keeps what was typed; a good one is saved and audited field by field', async () => {
    const url = `/staff/admin/consulates/${ids.london}`;
    await adminAgent.get(url);
    const refused = await adminAgent.post(
      url,
      await londonForm(t, { timeZone: 'Mars/Olympus', eurRate: '0,8.6', nameEn: 'Typed name' }),
    );
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /class="error-summary"/);
    assert.ok(refused.body.includes('value="Mars/Olympus"'), 'the typed time zone is kept');
    assert.ok(refused.body.includes('value="Typed name"'), 'the other fields too');
    assert.ok(refused.body.includes('href="#f-timeZone"'));
    assert.ok(refused.body.includes('href="#f-eurRate"'));

    const saved = await adminAgent.post(
      url,
      await londonForm(t, { eurRate: '۰٫۹', requirePasskey: 'yes', code: 'elsewhere' }),
    );
    assert.equal(saved.statusCode, 303);
    const after = (await createCatalogService(t.database.db).findConsulate(ids.london!))!;
    assert.equal(after.code, 'london', 'the code never changes');
    assert.equal(Number(after.eurRate), 0.9);
    assert.equal(after.requirePasskey, true);
    const row = await lastAudit(t, 'consulate.update');
    assert.equal(row?.actor, `staff:${adminMember.id}`);
    assert.equal(row?.subject, `consulate:${ids.london}`);
    assert.deepEqual(row?.details.changes, {
      eurRate: { from: '0.86', to: '0.9' },
      requirePasskey: { from: false, to: true },
    });
    const page = await adminAgent.get(url);
    assert.ok(page.body.includes('value="0.9"'));
    assert.match(page.body, /notification-banner--success/);

    // Back as it was, for the fee tests below.
    await adminAgent.post(url, await londonForm(t, { eurRate: '0.86' }));
    assert.equal(
      Number((await createCatalogService(t.database.db).findConsulate(ids.london!))!.eurRate),
      0.86,
    );
  });

  test('a new consulate: its code must be free; then it is listed and audited', async () => {
    await adminAgent.get('/staff/admin/consulates/new');
    const form = await londonForm(t, {
      code: 'london',
      nameFa: 'سرکنسولگری — منچستر',
      nameEn: 'Consulate General — Manchester',
      cityFa: 'منچستر',
      cityEn: 'Manchester',
      timeZone: 'Europe/London',
      currency: 'gbp',
    });
    const taken = await adminAgent.post('/staff/admin/consulates/new', form);
    assert.equal(taken.statusCode, 400);
    assert.ok(taken.body.includes('href="#f-code"'));
    assert.ok(taken.body.includes('value="Consulate General — Manchester"'));
    const created = await adminAgent.post('/staff/admin/consulates/new', { ...form, code: 'manchester' });
    assert.equal(created.statusCode, 303);
    const c = await createCatalogService(t.database.db).findConsulateByCode('manchester');
    assert.equal(c?.currency, 'GBP');
    assert.equal((await lastAudit(t, 'consulate.create'))?.subject, `consulate:${c?.id}`);
    const list = await adminAgent.get('/staff/admin/consulates');
    assert.ok(list.body.includes('Consulate General — Manchester') || list.body.includes('منچستر'));
  });

  describe('services and fees at a consulate', () => {
    let applicant: TestAgent;
    before(async () => {
      applicant = await newApplicant(t);
    });

    test('an override and a service not offered, honoured by the catalog, the start and the fee', async () => {
      const url = `/staff/admin/consulates/${ids.london}/services`;
      const page = await adminAgent.get(url);
      assert.equal(page.statusCode, 200);
      const all = t.app.platform.requests.services.all;
      const form: Record<string, string> = {};
      for (const s of all) form[`offered-${s.id}`] = 'yes';

      const refused = await adminAgent.post(url, { ...form, 'fee-passport': '12,3,4' });
      assert.equal(refused.statusCode, 400);
      assert.ok(refused.body.includes('value="12,3,4"'), 'typed fee kept');
      assert.ok(refused.body.includes('href="#f-fee-passport"'));

      delete form['offered-single-status'];
      const saved = await adminAgent.post(url, {
        ...form,
        'fee-academic-document-confirmation': '5',
        'fee-passport': '',
      });
      assert.equal(saved.statusCode, 303);
      const row = await lastAudit(t, 'consulate.services_update');
      assert.deepEqual(row?.details.changes, {
        'academic-document-confirmation': {
          from: { offered: true, feeEurOverride: null, visitMinutes: null },
          to: { offered: true, feeEurOverride: '5', visitMinutes: null },
        },
        'single-status': {
          from: { offered: true, feeEurOverride: null, visitMinutes: null },
          to: { offered: false, feeEurOverride: null, visitMinutes: null },
        },
      });
      const after = await adminAgent.get(url);
      // 5 € at 0.86, rounded to 1 → £4.
      assert.ok(after.body.includes(formatMoney('4', 'GBP', 'fa')));

      // The public page, for this London applicant: not offered, said plainly; no start button.
      const notOffered = await applicant.get('/services/single-status');
      assert.equal(notOffered.statusCode, 200);
      assert.ok(!notOffered.body.includes('/services/single-status/start'));
      assert.ok(notOffered.body.includes('london@consulate.example'));
      const started = await applicant.post('/services/single-status/start');
      assert.equal(started.statusCode, 303);
      assert.equal(started.headers.location, '/services/single-status');
      const drafts = await t.database.rows<{ n: number }>(
        sql`select count(*)::int as n from service_requests where service_id = 'single-status'`,
      );
      assert.equal(drafts[0]?.n, 0, 'no draft was started');
      // Elsewhere it is offered: the page for Berlin shows its fee.
      const berlin = await t.agent().get('/services/single-status?consulate=berlin');
      assert.ok(berlin.body.includes(formatMoney('25', 'EUR', 'fa')));
      const londonAnon = await t.agent().get('/services/single-status?consulate=london');
      assert.ok(londonAnon.body.includes('?consulate=berlin'), 'where else it is offered');

      // The override is the fee: shown on the service page, and recorded on the submitted request.
      const shown = await applicant.get('/services/academic-document-confirmation');
      assert.ok(shown.body.includes(formatMoney('4', 'GBP', 'fa')));
      const r = await submittedRequest(t, 'academic-document-confirmation', { agent: applicant });
      const [fee] = await t.database.rows<{ fee_eur: string; fee_amount: string; fee_currency: string }>(
        sql`select fee_eur, fee_amount, fee_currency from service_requests where id = ${r.id}`,
      );
      assert.equal(Number(fee?.fee_eur), 5);
      assert.equal(Number(fee?.fee_amount), 4);
      assert.equal(fee?.fee_currency, 'GBP');
    });
  });

  test('closures: added by a Jalali date, a day closed twice refused, removed; all audited', async () => {
    const url = `/staff/admin/consulates/${ids.berlin}/closures`;
    const page = await adminAgent.get(url);
    assert.equal(page.statusCode, 200);
    // The test clock is 1 March 2026; 1405/01/20 is 9 April 2026.
    const day = { 'date-day': '۲۰', 'date-month': '۱', 'date-year': '۱۴۰۵', kind: 'closure' };
    const added = await adminAgent.post(url, { ...day, nameFa: 'بازسازی', nameEn: 'Renovation' });
    assert.equal(added.statusCode, 303);
    const list = await createCatalogService(t.database.db).closures(ids.berlin!);
    const closure = list.find((c) => c.day === '2026-04-09');
    assert.equal(closure?.kind, 'closure');
    assert.deepEqual((await lastAudit(t, 'consulate.closure_add'))?.details, {
      day: '2026-04-09',
      kind: 'closure',
      nameFa: 'بازسازی',
      nameEn: 'Renovation',
    });

    await adminAgent.get(url);
    const twice = await adminAgent.post(url, { ...day, nameFa: 'دوباره', nameEn: 'Again' });
    assert.equal(twice.statusCode, 400);
    assert.ok(twice.body.includes('href="#f-date"'));
    assert.ok(twice.body.includes('value="Again"'), 'typed values kept');

    const past = await adminAgent.post(url, {
      'date-day': '1',
      'date-month': '1',
      'date-year': '2026',
      kind: 'closure',
      nameFa: 'گذشته',
      nameEn: 'Past',
    });
    assert.equal(past.statusCode, 400);
    const empty = await adminAgent.post(url, {});
    assert.equal(empty.statusCode, 400);
    for (const f of ['date', 'kind', 'nameFa', 'nameEn']) assert.ok(empty.body.includes(`href="#f-${f}"`), f);

    const removed = await adminAgent.post(`${url}/${closure!.id}/delete`);
    assert.equal(removed.statusCode, 303);
    assert.equal(
      (await createCatalogService(t.database.db).closures(ids.berlin!)).some((c) => c.id === closure!.id),
      false,
    );
    assert.equal((await lastAudit(t, 'consulate.closure_remove'))?.details.day, '2026-04-09');
    // Another consulate's closure cannot be removed through this one's URL.
    const other = await adminAgent.post(
      `/staff/admin/consulates/${ids.paris}/closures/${closure!.id}/delete`,
    );
    assert.equal(other.statusCode, 404);
  });

  test('demo closures: host and Iranian holidays of the coming months, seeded once', async () => {
    const catalog = createCatalogService(t.database.db);
    await t.database.db.transaction((tx) => catalog.seedDemoClosures(tx, t.clock.now()));
    const london = await catalog.closures(ids.london!);
    const nowruz = london.find((c) => c.day === '2026-03-21');
    assert.equal(nowruz?.kind, 'iran_holiday');
    assert.equal(nowruz?.nameEn, 'Nowruz');
    const tokyo = await catalog.closures(ids.tokyo!);
    assert.equal(tokyo.find((c) => c.day === '2026-05-05')?.kind, 'host_holiday');
    // Never a day before the date it was seeded on (the app's start seeded from today's date as well).
    assert.ok(london.every((c) => c.day >= '2026-03-01'));
    const count = async () =>
      (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from consulate_closures`))[0]?.n;
    const first = await count();
    await t.database.db.transaction((tx) => catalog.seedDemoClosures(tx, t.clock.now()));
    assert.equal(await count(), first, 'idempotent');
    const page = await adminAgent.get(`/staff/admin/consulates/${ids.london}/closures`);
    assert.ok(page.body.includes('عید نوروز'));
  });

  describe('the audit log viewer', () => {
    test('newest first, staff by name, filters, keyset pages; viewing it is audited', async () => {
      const officer = await createStaffMember(t, {
        name: 'Officer Filterable',
        email: 'filterable@consulate.example',
        roles: [{ role: 'officer', consulateId: ids.paris! }],
      });
      for (let i = 0; i < 60; i++) {
        await t.database.db.transaction((tx) =>
          record(tx, t.clock, {
            actor: `staff:${officer.id}`,
            action: 'test.paging',
            subject: `thing:${i}`,
            ip: '192.0.2.7',
            details: { i },
          }),
        );
        t.clock.advance(1000);
      }
      const first = await adminAgent.get('/staff/audit?actor=filterable@consulate.example');
      assert.equal(first.statusCode, 200);
      assert.ok(first.body.includes('Officer Filterable'));
      assert.ok(first.body.includes('thing:59'), 'newest first');
      assert.ok(!first.body.includes('thing:9<'), 'an older row is on the next page');
      const older = /href="(\/staff\/audit\?[^"]*before=\d+[^"]*)"/
        .exec(first.body)?.[1]
        ?.replace(/&amp;/g, '&');
      assert.ok(older, 'a link to older rows');
      assert.ok(older.includes('actor=filterable'), 'filters kept');
      const second = await adminAgent.get(older);
      assert.ok(second.body.includes('thing:9<') || second.body.includes('thing:9"'));
      assert.ok(!second.body.includes('thing:59'));
      assert.ok(/href="[^"]*after=\d+/.test(second.body), 'and back to newer ones');

      const bySubject = await adminAgent.get('/staff/audit?subject=thing:42');
      assert.ok(bySubject.body.includes('thing:42'));
      assert.ok(!bySubject.body.includes('thing:41'));
      const byAction = await adminAgent.get('/staff/audit?action=consulate.');
      assert.ok(byAction.body.includes('consulate.update'));
      assert.ok(!byAction.body.includes('test.paging'));
      // The test clock is in March 2026: nothing on 1 January 2020 (Gregorian) or 11 Dey 1398 (Jalali).
      const range = await adminAgent.get(
        '/staff/audit?from-day=1&from-month=1&from-year=2020&to-day=11&to-month=10&to-year=1398',
      );
      assert.equal(range.statusCode, 200);
      assert.ok(range.body.includes(translator('fa')('admin.audit.noneFiltered')));
      const bad = await adminAgent.get(
        '/staff/audit?actor=who%20knows&from-day=40&from-month=1&from-year=2020',
      );
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.body.includes('value="who knows"'));
      assert.ok(bad.body.includes('href="#f-from"'));

      const views = await t.database.rows<{ n: number }>(
        sql`select count(*)::int as n from audit_log where action = 'audit.view' and actor = ${`staff:${adminMember.id}`}`,
      );
      assert.ok((views[0]?.n ?? 0) >= 5, 'each viewing recorded');
      const withAction = await t.database.rows<{ n: number }>(
        sql`select count(*)::int as n from audit_log where action = 'audit.view' and details->'filters'->>'action' = 'consulate.'`,
      );
      assert.equal(withAction[0]?.n, 1, 'with the filters used');
    });

    test('the verify button: intact, then broken at the altered row', async () => {
      await adminAgent.get('/staff/audit');
      const ok = await adminAgent.post('/staff/audit/verify');
      assert.equal(ok.statusCode, 303);
      const intact = await adminAgent.get('/staff/audit');
      assert.match(intact.body, /notification-banner--success/);
      assert.equal((await lastAudit(t, 'audit.verify'))?.details.ok, true);

      const [target] = await t.database.rows<{ id: number }>(
        sql`select id from audit_log where action = 'test.paging' order by id limit 1 offset 10`,
      );
      const id = Number(target!.id);
      await t.database.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update audit_log set ip = '203.0.113.9' where id = ${id}`);
      });
      await adminAgent.post('/staff/audit/verify');
      const broken = await adminAgent.get('/staff/audit');
      assert.ok(broken.body.includes(`admin-audit__broken`));
      assert.ok(broken.body.includes(`before=${id + 1}`), 'a link to the broken row');
      const row = await lastAudit(t, 'audit.verify');
      assert.equal(row?.details.ok, false);
      assert.equal(row?.details.brokenAt, id);
    });
  });
});
