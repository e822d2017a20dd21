import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/schema.ts';
import { consulates } from '../catalog/schema.ts';
import { serviceRequests } from '../requests/schema.ts';
import { staff } from '../staff/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type IssuedState = 'prepared' | 'issued' | 'revoked' | 'withdrawn';

/**
 * Documents a consulate issues (a power of attorney, a certificate, a confirmation). Prepared by one officer,
 * signed when a second person approves (four eyes), verifiable by anyone who holds the number and the code printed
 * on it, revocable by a supervisor. Kept at least ten years: nothing here is deleted with the request's files.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceId: text('service_id').notNull(),
    /** Printed on the paper; unique across consulates. */
    number: text('number').notNull(),
    /** The verification code printed beside the number: kept as a keyed hash to check, and sealed to reprint. */
    codeHmac: text('code_hmac').notNull(),
    codeEnc: bytea('code_enc').notNull(),
    /** The document as issued (title, text, parties), sealed: its SHA-256 is what the signature covers. */
    contentEnc: bytea('content_enc').notNull(),
    contentSha256: text('content_sha256').notNull(),
    state: text('state').$type<IssuedState>().notNull(),
    /** The compact signed payload carried by the QR code, and the key that signed it. */
    payload: text('payload'),
    keyId: text('key_id'),
    preparedBy: uuid('prepared_by')
      .notNull()
      .references(() => staff.id),
    preparedAt: ts('prepared_at').notNull(),
    approvedBy: uuid('approved_by').references(() => staff.id),
    issuedAt: ts('issued_at'),
    revokedBy: uuid('revoked_by').references(() => staff.id),
    revokedAt: ts('revoked_at'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    uniqueIndex('issued_documents_number_key').on(t.number),
    // One live document per request: a withdrawn draft or a revoked one may be followed by another.
    uniqueIndex('issued_documents_live_key').on(t.requestId).where(sql`state in ('prepared', 'issued')`),
    index('issued_documents_consulate_idx').on(t.consulateId, t.state),
  ],
);

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
