import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/schema.ts';
import { applicants } from '../accounts/schema.ts';
import { consulates } from '../catalog/schema.ts';
import type { RequestState } from './states.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What an officer asked to be corrected, shown to the applicant until they resubmit. */
export type CorrectionRequest = {
  message: string;
  /** Field ids the applicant may change. */
  fields: string[];
  /** Request document kinds to upload again. */
  documents: string[];
  deadline: string;
  /** When the reminder before the deadline was emailed. */
  remindedAt?: string;
};

/**
 * A service request: a draft until submitted, then a tracking code and a state that only `transition` changes.
 * The answers hold other people's identifiers (agents' national codes, addresses, phones), so they are kept
 * encrypted like the applicant's own, bound to the request's id.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey(),
    /** Given at submission; drafts have none. */
    trackingCode: text('tracking_code'),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceId: text('service_id').notNull(),
    state: text('state').$type<RequestState>().notNull(),
    /** Bumped on every change: an officer's stale form is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
    answersEnc: bytea('answers_enc').notNull(),
    /** The fee when submitted: the tariff in euros and what the consulate charges for it. */
    feeEur: numeric('fee_eur', { precision: 10, scale: 2 }),
    feeAmount: numeric('fee_amount', { precision: 14, scale: 2 }),
    feeCurrency: text('fee_currency'),
    feePaidAt: ts('fee_paid_at'),
    correction: jsonb('correction').$type<CorrectionRequest>(),
    /** The officer the request is assigned to in the back office queue (a staff id; null: unassigned). */
    assignedTo: uuid('assigned_to'),
    /** The key of the submit form, so a second submission of the same form finds this request. */
    submitKey: text('submit_key'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    submittedAt: ts('submitted_at'),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    uniqueIndex('service_requests_tracking_code_key').on(t.trackingCode),
    uniqueIndex('service_requests_submit_key').on(t.applicantId, t.submitKey),
    index('service_requests_applicant_idx').on(t.applicantId, t.updatedAt),
    index('service_requests_queue_idx').on(t.consulateId, t.state, t.submittedAt, t.id),
    index('service_requests_submitted_idx').on(t.consulateId, t.submittedAt, t.id),
    index('service_requests_drafts_idx').on(t.updatedAt).where(sql`state = 'draft'`),
  ],
);

/** Every submission kept as it was sent: what an officer reviewed never changes under them. */
export const requestVersions = pgTable(
  'request_versions',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    n: integer('n').notNull(),
    answersEnc: bytea('answers_enc').notNull(),
    documentIds: uuid('document_ids').array().notNull(),
    submittedAt: ts('submitted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.n] })],
);

/** The timeline: each change of state, who made it, and what they said. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    transition: text('transition').notNull(),
    fromState: text('from_state').$type<RequestState>().notNull(),
    toState: text('to_state').$type<RequestState>().notNull(),
    /** `applicant:<id>`, `staff:<id>`, `system`. */
    actor: text('actor').notNull(),
    /** The officer's message or reason, shown to the applicant. */
    message: text('message'),
    deadline: ts('deadline'),
    at: ts('at').notNull(),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);
