import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/schema.ts';
import { consulates } from '../catalog/schema.ts';
import type { StaffRole } from './roles.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Consular staff. A work address is not a citizen's identifier, so it is kept plain (lower-cased) and unique;
 * the password only as an argon2id hash, the TOTP secret sealed with the encryption key.
 */
export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** active, or disabled by an admin (sessions ended, sign-in refused). */
    status: text('status').$type<'active' | 'disabled'>().notNull().default('active'),
    /** Sealed TOTP secret (base32), once enrolled; null until then. */
    totpSecretEnc: bytea('totp_secret_enc'),
    totpEnrolledAt: ts('totp_enrolled_at'),
    /** The last 30-second step accepted: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    /** Consecutive failed sign-ins (password or second factor); reset by a full sign-in. */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: ts('locked_until'),
    /** Set by an admin: a new password must be chosen at the next sign-in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: ts('created_at').notNull(),
    lastSignInAt: ts('last_sign_in_at'),
  },
  (t) => [uniqueIndex('staff_email_key').on(t.email)],
);

/**
 * What a staff member may do, and where. An officer may have several consulates, a supervisor has one (or more,
 * if an admin wants), an admin has no consulate: admin is everywhere.
 */
export const staffRoles = pgTable(
  'staff_roles',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    role: text('role').$type<StaffRole>().notNull(),
    /** The all-zero uuid for admin (a primary key cannot hold null). */
    consulateId: uuid('consulate_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.role, t.consulateId] }),
    index('staff_roles_consulate_idx').on(t.consulateId),
  ],
);

export const NO_CONSULATE = '00000000-0000-0000-0000-000000000000';

/**
 * A supervisor of another consulate named by an admin to give the second approval of issued documents for a
 * consulate with a single officer (four eyes for a one-officer mission).
 */
export const issuingDelegates = pgTable(
  'issuing_delegates',
  {
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    namedBy: uuid('named_by').notNull(),
    namedAt: ts('named_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.consulateId, t.staffId] })],
);

export type StaffRow = typeof staff.$inferSelect;
