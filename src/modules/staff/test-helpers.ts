import { hash } from '@node-rs/argon2';
import { encrypt } from '../../platform/crypto.ts';
import { sessionCookieName } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import type { TestAgent, TestApp } from '../../test-support/app.ts';
import { STAFF_STAGE } from './guards.ts';
import type { RoleGrant, StaffMember } from './roles.ts';
import { insertStaff, setRoles, updateStaff } from './store.ts';
import { newTotpSecret, totpCode } from './totp.ts';

export const TEST_STAFF_PASSWORD = 'correct horse battery staple';

/** A staff member with these roles, straight into the tables (the sign-in tests go through the pages). */
export async function createStaffMember(
  t: Pick<TestApp, 'database' | 'clock'>,
  input: { roles: RoleGrant[]; name?: string; email?: string; password?: string },
): Promise<StaffMember> {
  const id = newId();
  const email = input.email ?? `staff-${id.slice(-8)}@consulate.example`;
  const name = input.name ?? `Officer ${id.slice(-4)}`;
  await insertStaff(t.database.db, {
    id,
    email,
    name,
    // Cheapest argon2id parameters: hashing is not what these tests measure.
    passwordHash: await hash(input.password ?? TEST_STAFF_PASSWORD, { memoryCost: 1024, timeCost: 1 }),
    createdAt: t.clock.now(),
  });
  await setRoles(t.database.db, id, input.roles);
  return { id, email: email.toLowerCase(), name, roles: input.roles };
}

/**
 * An agent signed in as this staff member, past both factors, without going through the sign-in pages: for the
 * back office's own tests. The sign-in journey has its own tests.
 */
export async function staffAgent(t: TestApp, member: Pick<StaffMember, 'id'>): Promise<TestAgent> {
  const { id } = await t.app.platform.sessions.create({
    subjectType: 'staff',
    subjectId: member.id,
    data: { [STAFF_STAGE]: 'complete' },
    authenticated: true,
  });
  const agent = t.agent();
  agent.cookies.set(sessionCookieName(t.config), id);
  return agent;
}

/** The demo consulates' ids by code (the test database has them after `seedDemo`). */
export async function consulateIds(t: TestApp): Promise<Record<string, string>> {
  const { createCatalogService } = await import('../catalog/service.ts');
  const list = await createCatalogService(t.database.db).listConsulates();
  return Object.fromEntries(list.map((c) => [c.code, c.id]));
}

/** Gives a staff member an authenticator app (the secret is returned, for `totpCode`), straight into the table. */
export async function giveTotp(t: TestApp, member: Pick<StaffMember, 'id'>, secret = newTotpSecret()) {
  await updateStaff(t.database.db, member.id, {
    totpSecretEnc: encrypt(t.app.platform.keys.encryptionKey('staff-totp'), secret, `staff:${member.id}`),
    totpEnrolledAt: t.clock.now(),
  });
  return secret;
}

/**
 * Signs in through the pages with email, password and a TOTP code, as a person does; returns the agent and the
 * last answer (a 303 to the landing page when it worked).
 */
export async function signInWithTotp(
  t: TestApp,
  member: Pick<StaffMember, 'email'>,
  secret: string,
  options: { password?: string; agent?: TestAgent } = {},
) {
  const agent = options.agent ?? t.agent();
  await agent.get('/staff');
  const first = await agent.post('/staff', {
    email: member.email,
    password: options.password ?? TEST_STAFF_PASSWORD,
  });
  if (first.statusCode !== 303) return { agent, res: first };
  await agent.get('/staff/second-factor');
  const res = await agent.post('/staff/second-factor', { code: totpCode(secret, t.clock.now()) });
  return { agent, res };
}
