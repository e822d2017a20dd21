import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/schema.ts';
import { consulates } from '../catalog/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Identity as verified against the civil registry at registration. */
export type VerifiedIdentity = {
  firstName: string;
  lastName: string;
  fatherName: string;
  /** ISO date (Gregorian). */
  birthDate: string;
  birthPlace: string;
  sex: 'male' | 'female';
  birthCertificateNumber: string;
  verifiedAt: string;
  /** 'registry', or 'officer' when corrected through the question system. */
  source: 'registry' | 'officer';
};

export type ResidenceStatus = 'permanent' | 'student' | 'work' | 'refugee' | 'citizen' | 'other';

export type Residence = {
  country: string;
  city: string;
  address: string;
  postalCode: string;
  status: ResidenceStatus;
};

/**
 * An applicant's account. National code, email and phone are stored encrypted and found by keyed hash; a database
 * dump holds none of them in clear.
 */
export const applicants = pgTable(
  'applicants',
  {
    id: uuid('id').primaryKey(),
    nationalCodeHash: text('national_code_hash').notNull(),
    nationalCodeEnc: bytea('national_code_enc').notNull(),
    emailHash: text('email_hash').notNull(),
    emailEnc: bytea('email_enc').notNull(),
    phoneEnc: bytea('phone_enc'),
    /** pending: registering; active: may use services; locked: an officer must re-verify. */
    status: text('status').$type<'pending' | 'active' | 'locked'>().notNull().default('pending'),
    identity: jsonb('identity').$type<VerifiedIdentity>().notNull(),
    residence: jsonb('residence').$type<Residence>(),
    consulateId: uuid('consulate_id').references(() => consulates.id),
    /** Residence entered or changed and not yet confirmed by the applicant. */
    residenceConfirmedAt: ts('residence_confirmed_at'),
    preferredLocale: text('preferred_locale').$type<'fa' | 'en'>().notNull().default('fa'),
    createdAt: ts('created_at').notNull(),
    activatedAt: ts('activated_at'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('applicants_national_code_hash_key').on(t.nationalCodeHash),
    // One email belongs to one account.
    uniqueIndex('applicants_email_hash_key').on(t.emailHash),
  ],
);

/**
 * Sign-in failures per national code, whether or not an account exists, so that guessing codes is slowed the same
 * way for both and the page cannot tell them apart. Only a successful sign-in resets the count.
 */
export const signInGuards = pgTable('sign_in_guards', {
  nationalCodeHash: text('national_code_hash').primaryKey(),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lockedUntil: ts('locked_until'),
  /** Set after 50 failures: only an officer's re-verification lifts it. */
  lockedForReview: boolean('locked_for_review').notNull().default(false),
  updatedAt: ts('updated_at').notNull(),
});

/** An emailed one-time code. Only its HMAC is stored; the session that asked for it is the only one that may use it. */
export const otpChallenges = pgTable(
  'otp_challenges',
  {
    id: uuid('id').primaryKey(),
    purpose: text('purpose').$type<'sign_in' | 'change_email' | 'reauthenticate'>().notNull(),
    nationalCodeHash: text('national_code_hash').notNull(),
    /** Kept for the registration that may follow the sign-in (the registry lookup needs the code itself). */
    nationalCodeEnc: bytea('national_code_enc').notNull(),
    /** The address the code went to. */
    emailHash: text('email_hash').notNull(),
    emailEnc: bytea('email_enc').notNull(),
    codeHmac: text('code_hmac').notNull(),
    /** SHA-256 of the id of the session that asked for the code. */
    sessionHash: text('session_hash').notNull(),
    locale: text('locale').$type<'fa' | 'en'>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    voidedAt: ts('voided_at'),
  },
  (t) => [
    index('otp_challenges_national_code_idx').on(t.nationalCodeHash, t.createdAt),
    index('otp_challenges_open_idx').on(t.expiresAt).where(sql`used_at is null and voided_at is null`),
  ],
);
