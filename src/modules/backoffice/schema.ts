import { index, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/schema.ts';
import { serviceRequests } from '../requests/schema.ts';
import { staff } from '../staff/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Officers' internal notes on a request: never shown to the applicant; sealed like the answers they discuss. */
export const requestNotes = pgTable(
  'request_notes',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    textEnc: bytea('text_enc').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [index('request_notes_request_idx').on(t.requestId, t.at)],
);

/**
 * The applicant at the counter: checked in by an officer, the originals they were shown ticked off, and for a
 * power of attorney the signature made in the officer's presence. One row per request (a second visit updates it).
 */
export const counterVisits = pgTable('counter_visits', {
  requestId: uuid('request_id')
    .primaryKey()
    .references(() => serviceRequests.id),
  checkedInAt: ts('checked_in_at').notNull(),
  checkedInBy: uuid('checked_in_by')
    .notNull()
    .references(() => staff.id),
  /** Keys of the service's originals checklist the officer saw. */
  originalsSeen: text('originals_seen').array().notNull().default([]),
  signatureWitnessedAt: ts('signature_witnessed_at'),
  signatureWitnessedBy: uuid('signature_witnessed_by').references(() => staff.id),
});

export const PAYMENT_KINDS = ['cash', 'card', 'transfer'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** Fees taken at the counter; money in decimal strings, never floats. */
export const feePayments = pgTable(
  'fee_payments',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    consulateId: uuid('consulate_id').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    currency: text('currency').notNull(),
    method: text('method').$type<PaymentKind>().notNull(),
    /** The card terminal's or bank's reference; for cash, the consulate's own receipt book number. */
    receiptNumber: text('receipt_number').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => staff.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [
    index('fee_payments_request_idx').on(t.requestId),
    index('fee_payments_consulate_idx').on(t.consulateId, t.recordedAt),
  ],
);
