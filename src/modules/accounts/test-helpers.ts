import assert from 'node:assert/strict';
import type { TestAgent, TestApp } from '../../test-support/app.ts';
import { latestCode } from '../../test-support/mail.ts';
import { PROFILE_KINDS } from '../documents/kinds.ts';
import { documentScanPng, portraitPhotoJpeg } from '../documents/test-fixtures.ts';
import { DEMO_PEOPLE } from '../registry/fixtures.ts';

export const ADULT = DEMO_PEOPLE.find((p) => p.alive && p.birthDate.year < 1990)!;
export const OTHER_ADULT = DEMO_PEOPLE.find((p) => p.alive && p.birthDate.year < 1990 && p !== ADULT)!;

export function identityForm(p: (typeof DEMO_PEOPLE)[number], overrides: Record<string, string> = {}) {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    fatherName: p.fatherName,
    'birthDate-day': String(p.birthDate.day),
    'birthDate-month': String(p.birthDate.month),
    'birthDate-year': String(p.birthDate.year),
    sex: p.sex,
    birthCertificateNumber: p.birthCertificateNumber,
    ...overrides,
  };
}

/** Sign-in up to a verified code: returns the agent, now holding the session that verified it. */
export async function verifyCode(
  t: TestApp,
  nationalCode: string,
  email: string,
  agent: TestAgent = t.agent(),
) {
  await agent.get('/sign-in');
  const sent = await agent.post('/sign-in', { nationalCode, email });
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 200));
  const code = await latestCode(t.database.db, t.app.platform.keys, email);
  await agent.get('/sign-in/code');
  const verified = await agent.post('/sign-in/code', { code });
  assert.equal(verified.statusCode, 303);
  return { agent, location: String(verified.headers.location) };
}

/** Registration up to the documents: identity verified, residence given; the account is still pending. */
export async function registerPending(t: TestApp, person = ADULT, email = 'applicant@example.org') {
  const { agent, location } = await verifyCode(t, person.nationalCode, email);
  assert.equal(location, '/register/identity');
  await agent.get('/register/identity');
  const identity = await agent.post('/register/identity', identityForm(person));
  assert.equal(identity.statusCode, 303, identity.body.slice(0, 300));
  const consulates = await t.app.platform.database.rows<{ id: string }>(
    (await import('drizzle-orm')).sql`select id from consulates where code = 'london'`,
  );
  await agent.get('/register/residence');
  const residence = await agent.post('/register/residence', {
    country: 'GB',
    city: 'London',
    address: '221B Baker Street',
    postalCode: 'NW1 6XE',
    phone: '+44 20 7946 0958',
    status: 'work',
    consulateId: consulates[0]!.id,
  });
  assert.equal(residence.statusCode, 303, residence.body.slice(0, 500));
  assert.equal(residence.headers.location, '/account/documents');
  return agent;
}

/** Uploads every registration document through the upload form, as a person would. */
export async function uploadProfileDocuments(agent: TestAgent, kinds: readonly string[] = PROFILE_KINDS) {
  const scan = await documentScanPng({ width: 1000, height: 700 });
  const photo = await portraitPhotoJpeg({ width: 450, height: 600 });
  for (const kind of kinds) {
    const slug = kind.replaceAll('_', '-');
    await agent.get(`/account/documents/${slug}`);
    const file =
      kind === 'photo'
        ? { bytes: photo, filename: 'me.jpg' }
        : { bytes: scan, filename: `${slug}.png`, contentType: 'image/png' };
    const uploaded = await agent.upload(`/account/documents/${slug}`, file);
    assert.equal(uploaded.statusCode, 303, `${kind}: ${uploaded.body.slice(0, 300)}`);
  }
}

/** A whole registration to an active account. */
export async function registerActive(t: TestApp, person = ADULT, email = 'applicant@example.org') {
  const agent = await registerPending(t, person, email);
  await uploadProfileDocuments(agent);
  await agent.get('/register/check');
  const confirmed = await agent.post('/register/confirm');
  assert.equal(confirmed.statusCode, 303);
  assert.equal(confirmed.headers.location, '/account');
  return agent;
}
