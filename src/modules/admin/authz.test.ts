import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedDemo } from '../../seed.ts';
import { buildTestApp, type TestAgent, type TestApp } from '../../test-support/app.ts';
import { MANY_APPLICANTS_ENV, newApplicant } from '../backoffice/test-helpers.ts';
import { createCatalogService } from '../catalog/service.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';

type Who = 'officer' | 'supervisor' | 'admin' | 'applicant' | 'none';
const WHO: Who[] = ['officer', 'supervisor', 'applicant', 'none', 'admin'];

/**
 * Every administration route × every kind of visitor → the status they get. Staff who are not admins get 404
 * (the page does not exist for them); anyone not signed in as staff is sent to the staff sign-in (303 /staff).
 * Admin requests carry a body the route refuses or a harmless one, so the table runs without changing much.
 */
type Row = { method: 'GET' | 'POST'; path: string; body?: Record<string, string>; admin: number };

describe('administration: who may open what', () => {
  let t: TestApp;
  const agents = {} as Record<Who, TestAgent>;
  let rows: Row[];

  before(async () => {
    t = await buildTestApp({ env: MANY_APPLICANTS_ENV });
    await seedDemo(t.database.db);
    const ids = await consulateIds(t);
    const london = ids.london!;
    const officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: london }] });
    const supervisor = await createStaffMember(t, { roles: [{ role: 'supervisor', consulateId: london }] });
    const admin = await createStaffMember(t, { roles: [{ role: 'admin', consulateId: null }] });
    agents.officer = await staffAgent(t, officer);
    agents.supervisor = await staffAgent(t, supervisor);
    agents.admin = await staffAgent(t, admin);
    agents.applicant = await newApplicant(t);
    agents.none = t.agent();
    const closure = { id: '0190a000-0000-7000-8000-000000000001', consulateId: london };
    await t.database.db.transaction((tx) =>
      createCatalogService(tx).addClosure(tx, {
        ...closure,
        day: '2026-12-31',
        kind: 'closure',
        nameFa: 'آزمون',
        nameEn: 'Test',
      }),
    );
    const c = `/staff/admin/consulates/${london}`;
    rows = [
      { method: 'GET', path: '/staff/admin', admin: 200 },
      { method: 'GET', path: '/staff/admin/consulates', admin: 200 },
      { method: 'GET', path: '/staff/admin/consulates/new', admin: 200 },
      { method: 'POST', path: '/staff/admin/consulates/new', body: { code: 'x' }, admin: 400 },
      { method: 'GET', path: c, admin: 200 },
      { method: 'POST', path: c, body: { nameEn: '' }, admin: 400 },
      { method: 'GET', path: `${c}/services`, admin: 200 },
      { method: 'POST', path: `${c}/services`, body: { 'fee-passport': 'not a fee' }, admin: 400 },
      { method: 'GET', path: `${c}/closures`, admin: 200 },
      { method: 'POST', path: `${c}/closures`, body: {}, admin: 400 },
      { method: 'POST', path: `${c}/closures/${closure.id}/delete`, admin: 303 },
      { method: 'GET', path: `${c}/appointments`, admin: 200 },
      { method: 'POST', path: `${c}/appointments`, body: { windowDays: 'many' }, admin: 400 },
      { method: 'GET', path: '/staff/audit', admin: 200 },
      { method: 'GET', path: '/staff/audit?action=consulate.', admin: 200 },
      { method: 'POST', path: '/staff/audit/verify', admin: 303 },
      // Not there for anyone: an unknown consulate.
      { method: 'GET', path: '/staff/admin/consulates/0190a000-0000-7000-8000-00000000abcd', admin: 404 },
    ];
  });
  after(() => t.close());

  test('each route × officer, supervisor, admin, applicant, no session', async () => {
    const failures: string[] = [];
    for (const row of rows) {
      for (const who of WHO) {
        const agent = agents[who];
        // A form's token, as a browser would have it from the last page it saw.
        if (row.method === 'POST') await agent.get(who === 'admin' ? '/staff/admin' : '/');
        const res =
          row.method === 'GET' ? await agent.get(row.path) : await agent.post(row.path, row.body ?? {});
        const expected = who === 'admin' ? row.admin : who === 'officer' || who === 'supervisor' ? 404 : 303;
        const where = res.statusCode === 303 ? ` → ${res.headers.location}` : '';
        if (res.statusCode !== expected)
          failures.push(`${row.method} ${row.path} as ${who}: ${res.statusCode}${where}`);
        if (who === 'applicant' || who === 'none') {
          if (res.headers.location !== '/staff') failures.push(`${row.method} ${row.path} as ${who}${where}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
