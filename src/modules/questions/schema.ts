import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/schema.ts';
import { consulates } from '../catalog/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type QuestionCategory =
  | 'identity_correction'
  | 'lost_mailbox'
  | 'request_follow_up'
  | 'appointments'
  | 'technical'
  | 'other';

/**
 * A question to a consulate (سامانه پرسش). Created here by registration (an identity discrepancy) before the asker
 * has an account, so the asker is also identified by national code and contact email, both encrypted.
 * The question system builds the threads, answers and the officers' inbox on this table.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey(),
    /** Shown to the asker: the reference of the question. */
    reference: text('reference').notNull().unique(),
    applicantId: uuid('applicant_id'),
    nationalCodeHash: text('national_code_hash'),
    nationalCodeEnc: bytea('national_code_enc'),
    contactEmailEnc: bytea('contact_email_enc'),
    consulateId: uuid('consulate_id').references(() => consulates.id),
    category: text('category').$type<QuestionCategory>().notNull(),
    subject: text('subject').notNull(),
    /** The asker's message and any structured details (e.g. identity values entered), encrypted. */
    bodyEnc: bytea('body_enc').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').$type<'open' | 'answered' | 'closed'>().notNull().default('open'),
    locale: text('locale').$type<'fa' | 'en'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('questions_national_code_idx').on(t.nationalCodeHash),
    index('questions_applicant_idx').on(t.applicantId),
  ],
);
