import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applicants } from '../accounts/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * pending: waiting for the malware scanner's "clean" (nobody but the system reads it meanwhile);
 * clean: the scanner passed it; unscanned: no scanner is configured (the README says what that means).
 * A file the scanner finds infected is deleted with its row: nothing of it is kept.
 */
export type ScanState = 'pending' | 'clean' | 'unscanned';

/**
 * An uploaded file: a profile document (passport page, national card, photo…) or a request's attachment. The bytes
 * live encrypted in the blob store under random keys; this row says what they are. Once attached to a submitted
 * request a document is locked: replacing it makes a new version and keeps the old one (an officer may have
 * reviewed it), deleting it is refused.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => applicants.id),
    /** A profile kind (`passport_bio`, `photo`, …) or a kind a service asks for. */
    kind: text('kind').notNull(),
    /** The request it was uploaded for; null for profile documents. */
    requestId: uuid('request_id'),
    blobKey: text('blob_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    /** The bytes as sent, kept (encrypted) only until the scanner has read them; null once scanned. */
    scanKey: text('scan_key'),
    /** SHA-256 of the stored (plain) bytes. */
    sha256: text('sha256').notNull(),
    mime: text('mime').$type<'image/jpeg' | 'image/png' | 'application/pdf'>().notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    pages: integer('pages'),
    scanState: text('scan_state').$type<ScanState>().notNull(),
    scanAttempts: integer('scan_attempts').notNull().default(0),
    /** When the scan queue may try again (after a scanner error or timeout). */
    scanAfter: ts('scan_after'),
    scannedAt: ts('scanned_at'),
    /** The document this one replaced (a new version of a locked document). */
    versionOf: uuid('version_of'),
    /** Attached to a submitted request: never deleted from then on, only superseded. */
    lockedAt: ts('locked_at'),
    /** A newer version replaced it; kept for the record, no longer current. */
    supersededAt: ts('superseded_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    // One current profile document of each kind per applicant.
    uniqueIndex('documents_current_profile_key')
      .on(t.ownerId, t.kind)
      .where(sql`request_id is null and superseded_at is null`),
    index('documents_owner_idx').on(t.ownerId),
    index('documents_request_idx').on(t.requestId),
    index('documents_scan_queue_idx').on(t.scanAfter).where(sql`scan_state = 'pending'`),
  ],
);
