import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from '../backoffice/test-helpers.ts';
import type { Group } from '../catalog/definition.ts';
import { createCatalogService } from '../catalog/service.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { parseTime, parseWhole } from './admin-service.ts';
import type { Period } from './schedule.ts';
import { periodsOf, settingsOf } from './store.ts';
import { seedSchedule } from './test-helpers.ts';

const VISIT_GROUPS: Group[] = [
  'passport',
  'civil',
  'notarial',
  'certificates',
  'identity-card',
  'attestation',
];

type Row = { weekday: string; opens: string; closes: string; counters: string; remove?: boolean };

/** The schedule form as a browser posts it: the settings, then every group's rows (a group left out has none). */
function scheduleForm(
  hours: Partial<Record<Group, Row[]>>,
  settings: Partial<Record<'windowDays' | 'minNoticeHours' | 'releaseTime' | 'slotMinutes', string>> = {},
): Record<string, string> {
  const form: Record<string, string> = {
    windowDays: '30',
    minNoticeHours: '24',
    releaseTime: '08:00',
    slotMinutes: '10',
    ...settings,
  };
  for (const [group, rows] of Object.entries(hours)) {
    rows.forEach((r, i) => {
      form[`${group}-${i}-weekday`] = r.weekday;
      form[`${group}-${i}-opens`] = r.opens;
      form[`${group}-${i}-closes`] = r.closes;
      form[`${group}-${i}-counters`] = r.counters;
      if (r.remove) form[`${group}-${i}-remove`] = 'yes';
    });
  }
  return form;
}

const rowsOf = (periods: readonly Period[]): Row[] =>
  periods.map((p) => ({
    weekday: String(p.weekday),
    opens: p.opens,
    closes: p.closes,
    counters: String(p.counters),
  }));

/** Every group's hours as saved now, as form rows: a save that changes one group keeps the others. */
async function currentHours(t: TestApp, consulateId: string) {
  const hours: Partial<Record<Group, Row[]>> = {};
  for (const g of VISIT_GROUPS) hours[g] = rowsOf(await periodsOf(t.database.db, consulateId, g));
  return hours;
}

type AuditRow = { action: string; actor: string; subject: string; details: Record<string, unknown> };
const audits = (t: TestApp) =>
  t.database.rows<AuditRow>(
    sql`select action, actor, subject, details from audit_log where action = 'appointments.schedule_update' order by id`,
  );

test('times and numbers as typed: any digits, ":" or ".", bounds', () => {
  assert.equal(parseTime('۹:۳۰'), '09:30');
  assert.equal(parseTime(' 14.05 '), '14:05');
  assert.equal(parseTime('٠٨:٠٠'), '08:00');
  assert.equal(parseTime('24:00'), undefined);
  assert.equal(parseTime('9'), undefined);
  assert.equal(parseTime('09:5'), undefined);
  assert.equal(parseWhole('۵۰', 1, 50), 50);
  assert.equal(parseWhole('51', 1, 50), undefined);
  assert.equal(parseWhole('-1', 0, 10), undefined);
  assert.equal(parseWhole('1.5', 0, 10), undefined);
});

describe('appointment schedules on the admin screens', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let admin: TestAgent;
  let officer: TestAgent;

  before(async () => {
    t = await buildTestApp({ env: { ...MANY_APPLICANTS_ENV, APPOINTMENT_QUEUE_MINUTES: '0' } });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    admin = await staffAgent(
      t,
      await createStaffMember(t, { name: 'Admin', roles: [{ role: 'admin', consulateId: null }] }),
    );
    admin.cookies.set('lang', 'en');
    officer = await staffAgent(
      t,
      await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] }),
    );
  });
  after(() => t.close());

  test('the demo seed gives every demo consulate hours once; a second run changes nothing', async () => {
    const snapshot = () =>
      t.database.rows(
        sql`select s.consulate_id, s.window_days, s.min_notice_hours, s.release_time, s.slot_minutes, s.updated_at,
                   (select json_agg(json_build_array(h.id, h.service_group, h.weekday, h.opens, h.closes, h.counters)
                                    order by h.id)
                      from opening_hours h where h.consulate_id = s.consulate_id) as hours
              from appointment_settings s order by s.consulate_id`,
      );
    const first = await snapshot();
    assert.equal(first.length, 7, 'every demo consulate');
    const london = await settingsOf(t.database.db, ids.london!);
    assert.deepEqual(
      { w: london?.windowDays, n: london?.minNoticeHours, r: london?.releaseTime, s: london?.slotMinutes },
      { w: 30, n: 24, r: '08:00', s: 10 },
    );
    const notarial = await periodsOf(t.database.db, ids.london!, 'notarial');
    assert.ok(notarial.some((p) => p.weekday === 3 && p.opens === '14:00' && p.closes === '16:00'));
    await seedDemo(t.database.db);
    assert.deepEqual(await snapshot(), first);

    // Sunday 1 March 2026, 09:00 in London: the first free times are on Monday from 09:00 (24 hours' notice).
    const appointments = t.app.platform.appointments;
    const next = await appointments.nextStarts(ids.london!, 'certificates', 20, 3);
    assert.deepEqual(
      next.map((s) => s.startsAt.toISOString()),
      ['2026-03-02T09:00:00.000Z', '2026-03-02T09:10:00.000Z', '2026-03-02T09:20:00.000Z'],
    );
    // Zones without daylight-saving time are seeded too.
    for (const code of ['tokyo', 'dubai']) {
      assert.ok((await appointments.nextStarts(ids[code]!, 'passport', 20, 1)).length === 1, code);
    }
  });

  test('admins only: the page, its tab and its link; anyone else on staff gets 404', async () => {
    const url = `/staff/admin/consulates/${ids.london}/appointments`;
    const page = await admin.get(url);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Europe/London'), 'the zone is named');
    assert.ok(page.body.includes(`href="/staff/admin/consulates/${ids.london}/closures"`));
    assert.ok(page.body.includes('aria-current="page">Appointments'));
    const list = await admin.get('/staff/admin/consulates');
    assert.ok(list.body.includes(`href="${url}"`));
    assert.equal((await officer.get(url)).statusCode, 404);
    await officer.get('/staff/queue');
    assert.equal((await officer.post(url, scheduleForm({}))).statusCode, 404);
    const anonymous = await t.agent().get(url);
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, '/staff');
    assert.equal((await admin.get('/staff/admin/consulates/not-an-id/appointments')).statusCode, 404);
  });

  test('a refused save keeps what was typed, links each error to its field, and saves nothing', async () => {
    const url = `/staff/admin/consulates/${ids.berlin}/appointments`;
    const before = await periodsOf(t.database.db, ids.berlin!);
    await admin.get(url);
    const hours = await currentHours(t, ids.berlin!);
    hours.passport = [
      { weekday: '1', opens: '۰۹:۳۰', closes: '09:00', counters: '2' },
      { weekday: '2', opens: '09:00', closes: '12:00', counters: '2' },
      { weekday: '2', opens: '11:00', closes: '13:00', counters: '1' },
      { weekday: '', opens: '', closes: '', counters: '' },
      { weekday: '8', opens: 'noon', closes: '', counters: '99' },
    ];
    const refused = await admin.post(url, scheduleForm(hours, { windowDays: 'abc', slotMinutes: '7' }));
    assert.equal(refused.statusCode, 400);
    for (const field of [
      'windowDays',
      'slotMinutes',
      'passport-0-closes',
      'passport-2-opens',
      // The blank row is dropped: the next one is shown (and named) as row 4.
      'passport-3-weekday',
      'passport-3-opens',
      'passport-3-closes',
      'passport-3-counters',
    ]) {
      assert.ok(refused.body.includes(`href="#f-${field}"`), field);
    }
    assert.ok(refused.body.includes('value="abc"'));
    assert.ok(refused.body.includes('value="۰۹:۳۰"'), 'the time as typed');
    assert.ok(refused.body.includes('value="99"'));
    assert.ok(refused.body.includes('value="noon"'));
    assert.ok(
      refused.body.includes(
        'Passports and exit permits, row 3: This period overlaps row 2 (09:00–12:00) on the same day.',
      ),
    );
    assert.deepEqual(await periodsOf(t.database.db, ids.berlin!), before);
    assert.equal((await audits(t)).length, 0);
  });

  test('a save stores the hours and settings, is audited before and after, and the preview shows it', async () => {
    const url = `/staff/admin/consulates/${ids.berlin}/appointments`;
    // Wednesday 4 March is closed from the closures screen: the preview says so.
    await t.database.db.transaction((tx) =>
      createCatalogService(tx).addClosure(tx, {
        id: '0190a000-0000-7000-8000-00000000c105',
        consulateId: ids.berlin!,
        day: '2026-03-04',
        kind: 'closure',
        nameFa: 'تعمیرات',
        nameEn: 'Repairs',
      }),
    );
    const hours = await currentHours(t, ids.berlin!);
    const beforePassport = await periodsOf(t.database.db, ids.berlin!, 'passport');
    hours.passport = [
      { weekday: '1', opens: '۰۹:۰۰', closes: '۱۲:۰۰', counters: '۳' },
      { weekday: '1', opens: '14.00', closes: '16:00', counters: '1' },
      { weekday: '3', opens: '09:30', closes: '11:00', counters: '2' },
      ...rowsOf(beforePassport).map((r) => ({ ...r, remove: true })),
    ];
    await admin.get(url);
    const saved = await admin.post(url, scheduleForm(hours, { slotMinutes: '15', releaseTime: '۰۷:۳۰' }));
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 800));
    assert.equal(saved.headers.location, url);

    const stored = await periodsOf(t.database.db, ids.berlin!, 'passport');
    assert.deepEqual(
      stored.map((p) => `${p.weekday} ${p.opens}-${p.closes} ×${p.counters}`),
      ['1 09:00-12:00 ×3', '1 14:00-16:00 ×1', '3 09:30-11:00 ×2'],
    );
    const settings = await settingsOf(t.database.db, ids.berlin!);
    assert.equal(settings?.slotMinutes, 15);
    assert.equal(settings?.releaseTime, '07:30');

    const [row] = await audits(t);
    assert.equal(row?.subject, `consulate:${ids.berlin}`);
    assert.match(row!.actor, /^staff:/);
    const details = row!.details as {
      settings: { from: { slotMinutes: number }; to: { slotMinutes: number } };
      hours: Record<string, { from: Period[]; to: Period[] }>;
    };
    assert.equal(details.settings.from.slotMinutes, 10);
    assert.equal(details.settings.to.slotMinutes, 15);
    assert.deepEqual(Object.keys(details.hours), ['passport'], 'only the group that changed');
    assert.deepEqual(
      details.hours.passport!.from,
      beforePassport.map(({ weekday, opens, closes, counters }) => ({ weekday, opens, closes, counters })),
    );
    assert.equal(details.hours.passport!.to.length, 3);

    const page = await admin.get(url);
    assert.ok(page.body.includes('The appointment schedule was saved.'));
    // Monday 2 March on a 15-minute grid: 09:00 to 11:45, and 14:00 to 15:45.
    const monday = page.body.slice(page.body.indexOf('The next 7 days: Passports'));
    const mondayRow = monday.slice(
      monday.indexOf('Monday, 2 March 2026'),
      monday.indexOf('Tuesday, 3 March 2026'),
    );
    for (const time of ['09:00', '11:45', '14:00', '15:45']) assert.ok(mondayRow.includes(time), time);
    const wednesday = monday.slice(
      monday.indexOf('Wednesday, 4 March 2026'),
      monday.indexOf('Thursday, 5 March 2026'),
    );
    assert.ok(wednesday.includes('Closed: Repairs'));

    // The same form again: nothing changed, nothing audited.
    await admin.post(
      url,
      scheduleForm(await currentHours(t, ids.berlin!), { slotMinutes: '15', releaseTime: '07:30' }),
    );
    assert.ok((await admin.get(url)).body.includes('Nothing had changed.'));
    assert.equal((await audits(t)).length, 1);
  });

  test('new counters reach the times already booked; appointments left outside the hours are counted, kept', async () => {
    const appointments = t.app.platform.appointments;
    const london = ids.london!;
    const url = `/staff/admin/consulates/${london}/appointments`;
    // Two people take the two counters of Monday 09:00 (a 20-minute visit: four 5-minute cells, 09:00–09:20). A hold
    // counts as an appointment while it lasts, and the clock does not move in this test.
    const booked: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await submittedRequest(t, 'no-criminal-record');
      const [who] = await t.database.rows<{ applicant_id: string }>(
        sql`select applicant_id from service_requests where id = ${r.id}`,
      );
      const v = await appointments.visitFor(who!.applicant_id, [r.id]);
      assert.ok(v.ok);
      const held = await appointments.hold({ visit: v.visit, startsAt: new Date('2026-03-02T09:00:00Z') });
      assert.ok(held.ok, JSON.stringify(held));
      booked.push(held.booking.id);
    }
    const seats = () =>
      t.database.rows<{ starts_at: Date; seats: number; taken: number }>(
        sql`select starts_at, seats, taken from slots where consulate_id = ${london} and service_group = 'certificates'
             order by starts_at`,
      );
    assert.deepEqual(
      (await seats()).map((s) => [Number(s.seats), Number(s.taken)]),
      [
        [2, 2],
        [2, 2],
        [2, 2],
        [2, 2],
      ],
    );

    // Four counters on certificates' mornings: the booked steps get four seats, two of them free.
    const hours = await currentHours(t, london);
    hours.certificates = hours.certificates!.map((r) => ({ ...r, counters: '4' }));
    await admin.get(url);
    assert.equal((await admin.post(url, scheduleForm(hours))).statusCode, 303);
    assert.ok((await admin.get(url)).body.includes('The counters of 4 booked times ahead'));
    assert.deepEqual(
      (await seats()).map((s) => [Number(s.seats), Number(s.taken)]),
      [
        [4, 2],
        [4, 2],
        [4, 2],
        [4, 2],
      ],
    );
    const next = await appointments.nextStarts(london, 'certificates', 20, 1);
    assert.equal(next[0]?.startsAt.toISOString(), '2026-03-02T09:00:00.000Z', 'the new counters are free');

    // One counter: never fewer seats than are taken.
    hours.certificates = hours.certificates!.map((r) => ({ ...r, counters: '1' }));
    await admin.post(url, scheduleForm(hours));
    assert.deepEqual(
      (await seats()).map((s) => [Number(s.seats), Number(s.taken)]),
      [
        [2, 2],
        [2, 2],
        [2, 2],
        [2, 2],
      ],
    );

    // Certificates move to Wednesday afternoons: both Monday appointments are now outside the hours, and stand.
    hours.certificates = [{ weekday: '3', opens: '14:00', closes: '16:00', counters: '2' }];
    await admin.get(url);
    await admin.post(url, scheduleForm(hours));
    const page = await admin.get(url);
    assert.ok(page.body.includes('2 appointments to come now fall outside the opening hours'));
    assert.ok(page.body.includes(`href="/staff/appointments?consulate=${london}"`));
    const states = await t.database.rows<{ state: string }>(
      sql`select state from bookings where id in (${booked[0]!}::uuid, ${booked[1]!}::uuid)`,
    );
    assert.deepEqual(
      states.map((s) => s.state),
      ['held', 'held'],
    );
    const last = (await audits(t)).at(-1)!;
    assert.equal(last.details.outsideHours, 2);

    // The demo seed runs again: nothing of this is undone, no appointment is touched.
    await seedDemo(t.database.db);
    assert.equal((await periodsOf(t.database.db, london, 'certificates')).length, 1);
    const again = await t.database.rows<{ n: number }>(
      sql`select count(*)::int as n from bookings where state = 'held' and consulate_id = ${london}`,
    );
    assert.equal(again[0]?.n, 2);
  });

  test('a visit length per service: saved, checked, used by the schedule, back to the catalog’s when emptied', async () => {
    const url = `/staff/admin/consulates/${ids.london}/services`;
    const page = await admin.get(url);
    assert.ok(page.body.includes('name="visit-no-criminal-record"'));
    assert.ok(page.body.includes('placeholder="20"'));
    assert.ok(!page.body.includes('name="visit-academic-document-confirmation"'), 'no visit, no box');
    const form: Record<string, string> = {};
    for (const s of t.app.platform.requests.services.all) form[`offered-${s.id}`] = 'yes';

    const refused = await admin.post(url, { ...form, 'visit-no-criminal-record': '300' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('href="#f-visit-no-criminal-record"'));
    assert.ok(refused.body.includes('value="300"'));

    await admin.get(url);
    assert.equal((await admin.post(url, { ...form, 'visit-no-criminal-record': '۴۵' })).statusCode, 303);
    const appointments = t.app.platform.appointments;
    assert.equal(await appointments.visitMinutes(ids.london!, 'no-criminal-record'), 45);
    assert.equal(
      await appointments.visitMinutes(ids.berlin!, 'no-criminal-record'),
      20,
      'elsewhere unchanged',
    );
    const [audit] = await t.database.rows<{ details: { changes: Record<string, unknown> } }>(
      sql`select details from audit_log where action = 'consulate.services_update' order by id desc limit 1`,
    );
    assert.deepEqual(audit?.details.changes, {
      'no-criminal-record': {
        from: { offered: true, feeEurOverride: null, visitMinutes: null },
        to: { offered: true, feeEurOverride: null, visitMinutes: 45 },
      },
    });
    assert.ok((await admin.get(url)).body.includes('value="45"'));

    await admin.post(url, { ...form, 'visit-no-criminal-record': '' });
    assert.equal(await appointments.visitMinutes(ids.london!, 'no-criminal-record'), 20);
  });

  test('closing a day that has appointments: they stand, and the admin is told how many and where to see them', async () => {
    const appointments = t.app.platform.appointments;
    await seedSchedule(t.database.db, 'london', { groups: ['certificates'] });
    const r = await submittedRequest(t, 'single-status');
    const [who] = await t.database.rows<{ applicant_id: string }>(
      sql`select applicant_id from service_requests where id = ${r.id}`,
    );
    const v = await appointments.visitFor(who!.applicant_id, [r.id]);
    assert.ok(v.ok);
    // London, Tuesday 10 March at 10:00 (GMT); Berlin has nothing that day.
    const berlin = (await createCatalogService(t.database.db).findConsulate(ids.berlin!))!;
    const held = await appointments.hold({ visit: v.visit, startsAt: new Date('2026-03-10T10:00:00Z') });
    assert.ok(held.ok, JSON.stringify(held));
    assert.ok((await appointments.confirm(who!.applicant_id, held.booking.id)).ok);
    assert.equal(await appointments.activeOnDay(v.visit.consulate, '2026-03-10'), 1);
    assert.equal(await appointments.activeOnDay(berlin, '2026-03-10'), 0);

    const url = `/staff/admin/consulates/${ids.london}/closures`;
    await admin.get(url);
    const added = await admin.post(url, {
      'date-day': '10',
      'date-month': '3',
      'date-year': '2026',
      kind: 'closure',
      nameFa: 'تعطیل',
      nameEn: 'Closed',
    });
    assert.equal(added.statusCode, 303, added.body.slice(0, 500));
    const page = await admin.get(url);
    assert.ok(page.body.includes('1 confirmed appointments are booked on that day'));
    assert.ok(page.body.includes(`href="/staff/appointments?consulate=${ids.london}&amp;day=2026-03-10"`));
    const [row] = await t.database.rows<{ state: string }>(
      sql`select state from bookings where id = ${held.booking.id}`,
    );
    assert.equal(row!.state, 'active', 'the appointment stands');
  });
});
