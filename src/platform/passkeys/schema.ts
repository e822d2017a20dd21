import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * WebAuthn credentials (passkeys) of applicants, and later of staff. Only the public key is kept: a stolen table
 * signs nobody in. The subject is polymorphic, so there is no foreign key; removing an account removes its rows.
 */
export const passkeys = pgTable(
  'passkeys',
  {
    id: uuid('id').primaryKey(),
    subjectType: text('subject_type').$type<'applicant' | 'staff'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The authenticator's credential id, base64url, as the browser reports it at sign-in. */
    credentialId: text('credential_id').notNull(),
    /** COSE-encoded public key. */
    publicKey: bytea('public_key').notNull(),
    /** The authenticator's signature counter; 0 for most synced passkeys, which do not count. */
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports').array().notNull().default([]),
    /**
     * A label the person gave it; empty (the default) shows "Passkey added 3 Esfand 1404" in the page's language,
     * so a bilingual person does not see a label in the language they happened to use that day.
     */
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull(),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [
    uniqueIndex('passkeys_credential_id_key').on(t.credentialId),
    index('passkeys_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

export type PasskeyRow = typeof passkeys.$inferSelect;
