import { type Clock, systemClock } from '../../platform/clock.ts';
import { decrypt, encrypt, type Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { createCatalogService } from '../catalog/service.ts';
import { hashPassword } from './passwords.ts';
import type { RoleGrant } from './roles.ts';
import { findStaffByEmail, insertStaff, setRoles, updateStaff } from './store.ts';
import { DEMO_TOTP_SECRET, totpCode } from './totp.ts';

/**
 * The demo staff of `npm start`: two officers and a supervisor in London (four eyes), an officer in Berlin and an
 * admin, all with one password and one TOTP secret printed at start. Never in production.
 */
export const DEMO_STAFF_PASSWORD = 'mikhak-demo-staff';

type DemoPerson = {
  email: string;
  name: string;
  roles: { role: RoleGrant['role']; consulate: string | null }[];
};

export const DEMO_STAFF: DemoPerson[] = [
  {
    email: 'officer.london@staff.mikhak.example',
    name: 'مریم احمدی (Maryam Ahmadi)',
    roles: [{ role: 'officer', consulate: 'london' }],
  },
  {
    email: 'officer2.london@staff.mikhak.example',
    name: 'داوود شیرازی (Davood Shirazi)',
    roles: [{ role: 'officer', consulate: 'london' }],
  },
  {
    email: 'supervisor.london@staff.mikhak.example',
    name: 'سارا کریمی (Sara Karimi)',
    roles: [{ role: 'supervisor', consulate: 'london' }],
  },
  {
    email: 'officer.berlin@staff.mikhak.example',
    name: 'رضا تهرانی (Reza Tehrani)',
    roles: [{ role: 'officer', consulate: 'berlin' }],
  },
  {
    email: 'admin@staff.mikhak.example',
    name: 'نیلوفر صالحی (Niloufar Salehi)',
    roles: [{ role: 'admin', consulate: null }],
  },
];

/**
 * Creates the demo staff that do not exist yet (a second run changes nothing, and a demo password or TOTP changed
 * by hand is left alone). A TOTP secret that no longer opens with this installation's keys (new secrets in a kept
 * database) is sealed again.
 */
export async function seedDemoStaff(
  db: Db,
  options: { keys: Keys; production: boolean; clock?: Clock },
): Promise<{ created: number }> {
  if (options.production) return { created: 0 };
  const clock = options.clock ?? systemClock;
  const key = options.keys.encryptionKey('staff-totp');
  const consulates = await createCatalogService(db).listConsulates();
  const idOf = (code: string) => consulates.find((c) => c.code === code)?.id;
  let created = 0;
  let passwordHash: string | undefined;
  for (const person of DEMO_STAFF) {
    const existing = await findStaffByEmail(db, person.email);
    if (existing) {
      if (existing.totpSecretEnc && !opens(key, existing.totpSecretEnc, existing.id))
        await updateStaff(db, existing.id, {
          totpSecretEnc: encrypt(key, DEMO_TOTP_SECRET, `staff:${existing.id}`),
          totpLastStep: null,
        });
      continue;
    }
    const roles = person.roles.flatMap((r): RoleGrant[] => {
      if (r.consulate === null) return [{ role: r.role, consulateId: null }];
      const id = idOf(r.consulate);
      return id ? [{ role: r.role, consulateId: id }] : [];
    });
    const id = newId();
    passwordHash ??= await hashPassword(DEMO_STAFF_PASSWORD);
    await insertStaff(db, {
      id,
      email: person.email,
      name: person.name,
      passwordHash,
      totpSecretEnc: encrypt(key, DEMO_TOTP_SECRET, `staff:${id}`),
      totpEnrolledAt: clock.now(),
      createdAt: clock.now(),
    });
    await setRoles(db, id, roles);
    created++;
  }
  return { created };
}

function opens(key: Buffer, sealed: Buffer, id: string): boolean {
  try {
    decrypt(key, sealed, `staff:${id}`);
    return true;
  } catch {
    return false;
  }
}

/** What `npm start` and `npm run seed` print: how to sign in as demo staff. */
export function demoStaffNotice(publicUrl: string, now = new Date()): string {
  const width = Math.max(...DEMO_STAFF.map((p) => p.email.length));
  const lines = [
    `Demo staff sign-in at ${publicUrl}/staff (development only):`,
    ...DEMO_STAFF.map((p) => {
      const roles = p.roles.map((r) => (r.consulate ? `${r.role} at ${r.consulate}` : r.role)).join(', ');
      return `  ${p.email.padEnd(width)}  ${roles}`;
    }),
    `  password:    ${DEMO_STAFF_PASSWORD}`,
    `  TOTP secret: ${DEMO_TOTP_SECRET} (add it to any authenticator app)`,
    `  code now:    ${totpCode(DEMO_TOTP_SECRET, now)} — or run \`npm run staff:code\` for the current one`,
  ];
  return lines.join('\n');
}
