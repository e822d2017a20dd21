import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { TestAgent, TestApp } from '../../test-support/app.ts';
import { registerActive } from '../accounts/test-helpers.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';
import { fillRequest } from '../requests/test-helpers.ts';

const adults = DEMO_PEOPLE.filter((p) => p.alive && p.birthDate.year < 2000);
let nextPerson = 0;

/** Environment for a test app that registers many applicants quickly (no identity or POST limits in the way). */
export const MANY_APPLICANTS_ENV = {
  IDENTITY_ATTEMPTS_PER_DAY: '1000',
  IDENTITY_ATTEMPTS_PER_IP_PER_DAY: '1000',
  RATE_LIMIT_POST_PER_MINUTE: '100000',
};

/** A new active applicant at the London demo consulate (each call a different demo person). */
export async function newApplicant(t: TestApp): Promise<TestAgent> {
  const person = adults[nextPerson++ % adults.length]!;
  return registerActive(t, person, `applicant${nextPerson}-${Date.now().toString(36)}@example.org`);
}

/**
 * A submitted request of a service, as an applicant sends it through the pages. Returns the applicant's agent,
 * the request's id and its tracking code. Needs `seedDemo` and MANY_APPLICANTS_ENV.
 */
export async function submittedRequest(
  t: TestApp,
  serviceId = 'academic-document-confirmation',
  options: { agent?: TestAgent; overrides?: Record<string, string | string[]> } = {},
): Promise<{ agent: TestAgent; id: string; trackingCode: string }> {
  const agent = options.agent ?? (await newApplicant(t));
  const id = await fillRequest(t, agent, serviceId, options.overrides);
  const check = await agent.get(`/requests/${id}/check`);
  const key = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1];
  assert.ok(key, 'submit key on the check page');
  const sent = await agent.post(`/requests/${id}/submit`, { submitKey: key });
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
  const [row] = await t.database.rows<{ tracking_code: string }>(
    sql`select tracking_code from service_requests where id = ${id}`,
  );
  assert.ok(row?.tracking_code);
  return { agent, id, trackingCode: row.tracking_code };
}
