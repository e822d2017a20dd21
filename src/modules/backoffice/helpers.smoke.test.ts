import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemo } from '../../seed.ts';
import { buildTestApp } from '../../test-support/app.ts';
import { consulateIds, createStaffMember, staffAgent } from '../staff/test-helpers.ts';
import { MANY_APPLICANTS_ENV, submittedRequest } from './test-helpers.ts';

test('test helpers: a submitted request and a signed-in officer', async (c) => {
  const t = await buildTestApp({ t: c, env: MANY_APPLICANTS_ENV });
  await seedDemo(t.database.db);
  const ids = await consulateIds(t);
  const officer = await createStaffMember(t, { roles: [{ role: 'officer', consulateId: ids.london! }] });
  const agent = await staffAgent(t, officer);
  const r = await submittedRequest(t);
  assert.match(r.trackingCode, /^[0-9A-Z]{12}$/);
  const found = await t.app.platform.requests.findForStaff(r.trackingCode, [ids.london!]);
  assert.equal(found.length, 1);
  assert.ok(agent.cookies.size > 0);
});
