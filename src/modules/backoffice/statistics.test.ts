import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import type { StaffMember } from '../staff/roles.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { neutralizeCell, toCsv } from './statistics-service.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from './test-helpers.ts';
import { niceScale } from './views/chart.tsx';

test('CSV: quoted when needed, quotes doubled, formulas neutralised, BOM and CRLF', () => {
  const csv = toCsv([
    ['a', 'b,c', 'say "hi"'],
    ['=1+2', '+44', '-3', '@SUM(A1)', 'line\nbreak', 'تهران'],
  ]);
  assert.equal(csv, '\uFEFFa,"b,c","say ""hi"""\r\n\'=1+2,\'+44,\'-3,\'@SUM(A1),"line\nbreak",تهران\r\n');
  assert.equal(neutralizeCell('\tcmd'), "'\tcmd");
  assert.equal(neutralizeCell('12'), '12');
});

test('chart axes: round steps, whole numbers for counts', () => {
  assert.deepEqual(niceScale(0, true), { top: 1, ticks: [0, 1] });
  assert.deepEqual(niceScale(3, true), { top: 3, ticks: [0, 1, 2, 3] });
  assert.deepEqual(niceScale(37, true), { top: 40, ticks: [0, 10, 20, 30, 40] });
  assert.deepEqual(niceScale(7, true), { top: 8, ticks: [0, 2, 4, 6, 8] });
  assert.deepEqual(niceScale(0.9), { top: 1, ticks: [0, 0.5, 1] });
});

/** One CSV line's cells (the test data has no quoted cells). */
const cells = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

describe('statistics on a known set of requests', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let supervisor: TestAgent;
  let supervisorMember: StaffMember;

  const at = (iso: string) => t.clock.set(new Date(iso));

  /**
   * London, academic-document-confirmation (A, G, C, E) and signature-attestation (B, D), times in UTC:
   *   E submitted 2025-11-03, under review ever since (before the period: only in the backlog, aged 137 days)
   *   A submitted 03-02 10:00, approved 03-06 10:00 (4 days)
   *   B submitted 03-03 10:00, rejected 03-13 10:00 (10 days)
   *   G submitted 03-04 10:00, approved 03-06 10:00 (2 days)
   *   C submitted 03-10 10:00, under review
   *   D submitted 03-18 10:00, submitted
   * and F at Berlin (03-18), never in London's numbers. "Now" is Friday 2026-03-20 12:00.
   */
  before(async () => {
    t = await buildTestApp({ env: { ...MANY_APPLICANTS_ENV, RATE_LIMIT_NOT_FOUND_PER_MINUTE: '100000' } });
    await seedDemo(t.database.db);
    ids = await consulateIds(t);
    const officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const actor = `staff:${officer.id}`;
    const move = async (requestId: string, name: 'start_review' | 'approve' | 'reject') => {
      const moved = await t.app.platform.requests.move({
        requestId,
        name,
        by: 'officer',
        actor,
        reason: name === 'reject' ? 'Not eligible' : undefined,
      });
      assert.ok(moved.ok, `${name}: ${JSON.stringify(moved)}`);
    };
    at('2025-11-03T10:00:00Z');
    const e = await submittedRequest(t);
    await move(e.id, 'start_review');
    at('2026-03-02T10:00:00Z');
    const a = await submittedRequest(t);
    at('2026-03-03T10:00:00Z');
    const b = await submittedRequest(t, 'signature-attestation');
    at('2026-03-04T10:00:00Z');
    const g = await submittedRequest(t);
    at('2026-03-06T10:00:00Z');
    for (const r of [a, g]) {
      await move(r.id, 'start_review');
      await move(r.id, 'approve');
    }
    at('2026-03-10T10:00:00Z');
    const c = await submittedRequest(t);
    await move(c.id, 'start_review');
    at('2026-03-13T10:00:00Z');
    await move(b.id, 'start_review');
    await move(b.id, 'reject');
    at('2026-03-18T10:00:00Z');
    await submittedRequest(t, 'signature-attestation');
    const f = await submittedRequest(t);
    await t.database.rows(sql`update service_requests set consulate_id = ${ids.berlin!} where id = ${f.id}`);
    at('2026-03-20T12:00:00Z');
    supervisorMember = await createStaffMember(t, {
      roles: [
        { role: 'supervisor', consulateId: ids.london! },
        { role: 'officer', consulateId: ids.paris! },
      ],
    });
    supervisor = await staffAgent(t, supervisorMember);
  });
  after(() => t.close());

  const english = async (member: StaffMember) => {
    const agent = await staffAgent(t, member);
    agent.cookies.set('lang', 'en');
    return agent;
  };

  const section = (rows: string[][], name: string) =>
    Object.fromEntries(rows.filter((r) => r[2] === name).map((r) => [r[3]!, r.slice(4)]));

  test('the CSV holds the known numbers: by status, medians, backlog and weeks', async () => {
    const agent = await english(supervisorMember);
    const res = await agent.get(`/staff/statistics.csv?consulate=${ids.london}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(res.headers['content-disposition']),
      /attachment; filename="statistics-london-2026-03-20\.csv"/,
    );
    assert.ok(res.body.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
    const rows = cells(res.body);
    assert.deepEqual(rows[0], ['Consulate', 'Service', 'Section', 'Item', 'Count', 'Median days']);
    const byState = section(rows, 'Requests by status');
    assert.deepEqual(byState.Submitted, ['1', '']);
    assert.deepEqual(byState['Under review'], ['1', '']);
    assert.deepEqual(byState['Approved: visit the consulate'], ['2', '']);
    assert.deepEqual(byState.Rejected, ['1', '']);
    assert.deepEqual(byState.Cancelled, ['0', '']);
    const medians = section(rows, 'Median days to a decision');
    assert.deepEqual(medians['All services'], ['3', '4.0']);
    assert.deepEqual(medians['Confirm an academic certificate'], ['2', '3.0']);
    assert.deepEqual(medians['Attest your signature'], ['1', '10.0']);
    assert.equal(Object.keys(medians).length, 3);
    const backlog = section(rows, 'Open requests by age');
    assert.deepEqual(
      Object.values(backlog).map((v) => v[0]),
      ['1', '1', '2', '1'],
    );
    const weeks = section(rows, 'Requests submitted per week');
    assert.equal(Object.keys(weeks).length, 12);
    assert.equal(Object.keys(weeks)[0], '2025-12-29');
    assert.deepEqual(weeks['2026-03-02'], ['3', '']);
    assert.deepEqual(weeks['2026-03-09'], ['1', '']);
    assert.deepEqual(weeks['2026-03-16'], ['1', '']);
    assert.equal(
      Object.values(weeks).reduce((n, v) => n + Number(v[0]), 0),
      5,
    );
    // No appointment was booked here: every figure is there, at zero, and the rate is left empty.
    const appointments = section(rows, 'Appointments');
    assert.deepEqual(appointments, {
      'Appointments booked': ['0', ''],
      Attended: ['0', ''],
      'No-shows': ['0', ''],
      'No-show rate (%)': ['', ''],
      'Cancelled by applicants': ['0', ''],
      Moved: ['0', ''],
      'Waiting-list joins': ['0', ''],
    });
    assert.equal(Object.keys(section(rows, 'Appointments booked per week')).length, 12);
  });

  test('a service filter and a shorter period narrow the numbers', async () => {
    const agent = await english(supervisorMember);
    const res = await agent.get(
      `/staff/statistics.csv?consulate=${ids.london}&service=signature-attestation&weeks=4`,
    );
    const rows = cells(res.body);
    const byState = section(rows, 'Requests by status');
    assert.deepEqual(byState.Rejected, ['1', '']);
    assert.deepEqual(byState.Submitted, ['1', '']);
    assert.deepEqual(byState['Under review'], ['0', '']);
    const medians = section(rows, 'Median days to a decision');
    assert.deepEqual(medians['All services'], ['1', '10.0']);
    assert.equal(Object.keys(section(rows, 'Requests submitted per week')).length, 4);
    assert.equal(
      Object.values(section(rows, 'Open requests by age')).reduce((n, v) => n + Number(v[0]), 0),
      1,
    );
  });

  test('the page: SVG charts with role=img, a title and a description, numbers beside them, Persian digits', async () => {
    const res = await supervisor.get('/staff/statistics');
    assert.equal(res.statusCode, 200);
    const svgs = res.body.match(/<svg class="chart[^>]*>/g) ?? [];
    // Requests by status, medians, backlog, per week, and appointments booked per week.
    assert.equal(svgs.length, 5);
    for (const svg of svgs) {
      assert.match(svg, /role="img"/);
      assert.match(svg, /aria-labelledby="[^"]+-title [^"]+-desc"/);
      assert.match(svg, /direction="rtl"/);
    }
    assert.match(res.body, /<title id="[^"]+-title">درخواست‌ها بر اساس وضعیت<\/title>/);
    assert.match(res.body, /<desc id="[^"]+-desc">[^<]*رد شده: ۱/);
    // The numbers in tables, in Persian digits.
    assert.match(
      res.body,
      /<th scope="row" class="table__header table__cell">تأیید شده، در انتظار مراجعه<\/th><td class="table__cell table__cell--numeric">۲<\/td>/,
    );
    assert.match(res.body, /<td class="table__cell table__cell--numeric">۴<\/td>/);
    assert.match(res.body, /href="\/staff\/statistics\.csv\?consulate=[^"]+&amp;weeks=12"/);
    assert.doesNotMatch(res.body, /<script(?! src)/);
    // Bars grow from the right in Persian: the first state's bar starts left of the label column.
    const bar = /<rect class="chart__bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(res.body);
    assert.ok(bar);
    assert.ok(Number(bar[1]) + Number(bar[2]) <= 640 - 250 + 0.001);
  });

  test('the consulate picker offers only supervised consulates; another one is a 404', async () => {
    const page = await supervisor.get('/staff/statistics');
    assert.match(page.body, new RegExp(`<option value="${ids.london}" selected`));
    assert.doesNotMatch(page.body, new RegExp(`<option value="${ids.paris}"`));
    for (const other of [ids.berlin!, ids.paris!, 'not-a-consulate']) {
      assert.equal((await supervisor.get(`/staff/statistics?consulate=${other}`)).statusCode, 404);
      assert.equal((await supervisor.get(`/staff/statistics.csv?consulate=${other}`)).statusCode, 404);
    }
  });

  test('officers get a 404; an admin reads any consulate', async () => {
    const officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
    const agent = await staffAgent(t, officer);
    assert.equal((await agent.get('/staff/statistics')).statusCode, 404);
    assert.equal((await agent.get(`/staff/statistics.csv?consulate=${ids.london}`)).statusCode, 404);
    const admin = await english(
      await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] }),
    );
    const page = await admin.get(`/staff/statistics?consulate=${ids.berlin}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`<option value="${ids.paris}"`));
    const csv = cells((await admin.get(`/staff/statistics.csv?consulate=${ids.berlin}`)).body);
    assert.deepEqual(section(csv, 'Requests by status').Submitted, ['1', '']);
  });

  test('a consulate name that looks like a formula is neutralised in the CSV, and quoted', async () => {
    await t.database.rows(
      sql`update consulates set name_en = ${'=HYPERLINK("http://evil.example","Click")'} where id = ${ids.london!}`,
    );
    const agent = await english(supervisorMember);
    const res = await agent.get(`/staff/statistics.csv?consulate=${ids.london}`);
    const second = res.body.split('\r\n')[1]!;
    assert.ok(second.startsWith('"\'=HYPERLINK(""http://evil.example"",""Click"")",'), second);
  });
});
