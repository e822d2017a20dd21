import type { Config } from '../../config.ts';
import { record } from '../../platform/audit.ts';
import { blobKeyTime, type EncryptedBlobs, newBlobKey } from '../../platform/blobs/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import type { Scanner } from '../../platform/scanning/index.ts';
import { isPhotoKind, PROFILE_KINDS, type ProfileKind, REQUIRED_PROFILE_KINDS, rulesFor } from './kinds.ts';
import { processUpload } from './processing.ts';
import type { KindRules, Refusal } from './rules.ts';
import type { ScanState } from './schema.ts';
import * as store from './store.ts';

export type DocumentRow = store.DocumentRow;

/** What the applicant's pages show of a document. */
export type DocumentView = Pick<
  DocumentRow,
  'id' | 'kind' | 'mime' | 'bytes' | 'width' | 'height' | 'pages' | 'scanState' | 'lockedAt' | 'createdAt'
> & { hasThumbnail: boolean };

export type ProfileDocuments = Map<ProfileKind, DocumentView>;

export type UploadOutcome = { ok: true; document: DocumentView } | { ok: false; refusal: Refusal };

type Actor = { ip: string };
type Logger = { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

const MINUTE = 60_000;
/** An orphan blob (stored, then the process died before its row committed) is swept after this long. */
const ORPHAN_AGE_MS = 60 * MINUTE;
/** A claimed scan not finished by then (a killed worker) is tried again. */
const SCAN_LEASE_MS = 5 * MINUTE;

const viewOf = (d: DocumentRow): DocumentView => ({
  id: d.id,
  kind: d.kind,
  mime: d.mime,
  bytes: d.bytes,
  width: d.width,
  height: d.height,
  pages: d.pages,
  scanState: d.scanState,
  lockedAt: d.lockedAt,
  createdAt: d.createdAt,
  hasThumbnail: d.thumbnailKey !== null,
});

/** Readable by people: scanned clean, or stored where no scanner is configured. Pending files are nobody's yet. */
export const isAvailable = (state: ScanState) => state === 'clean' || state === 'unscanned';

/**
 * Uploaded files: checked and re-encoded (processing.ts), encrypted into the blob store, scanned for malware when a
 * scanner is configured, and read back only by their owner (staff access is added by the back office).
 */
export function createDocumentsService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  blobs: EncryptedBlobs;
  scanner: Scanner;
  logger?: Logger;
}) {
  const { db, clock, config, blobs, scanner } = deps;
  const log: Logger = deps.logger ?? { warn() {}, error() {} };

  const newKey = () => newBlobKey(clock.now());
  /** A kind's limits; request documents say themselves whether they are a face photo. */
  const rulesOf = (kind: string, photo = isPhotoKind(kind)): KindRules => rulesFor({ photo }, config.uploads);

  async function dropBlobs(keys: (string | null | undefined)[]) {
    for (const key of new Set(keys)) {
      if (!key) continue;
      // A blob that cannot be deleted now is unreferenced: the orphan sweep removes it later.
      await blobs.delete(key).catch((err) => log.warn({ err }, 'blob delete failed'));
    }
  }

  /** Scanner verdict for one pending document; infected files are deleted outright, errors retried later. */
  async function scanDocument(id: string): Promise<'clean' | 'infected' | 'pending' | 'gone'> {
    const doc = await store.findDocument(db, id);
    if (!doc) return 'gone';
    if (doc.scanState !== 'pending' || !doc.scanKey) return doc.scanState === 'pending' ? 'pending' : 'clean';
    let verdict: Awaited<ReturnType<Scanner['scan']>>;
    try {
      const bytes = await blobs.get(doc.scanKey);
      verdict = bytes ? await scanner.scan(bytes) : { verdict: 'error', reason: 'stored copy missing' };
    } catch (err) {
      verdict = { verdict: 'error', reason: err instanceof Error ? err.message : 'unreadable' };
    }
    const now = clock.now();
    if (verdict.verdict === 'clean') {
      await db.transaction(async (tx) => {
        await store.markScanned(tx, id, 'clean', now);
        await record(tx, clock, {
          actor: 'system',
          action: 'document.scanned_clean',
          subject: `document:${id}`,
          ip: null,
        });
      });
      if (doc.scanKey !== doc.blobKey) await dropBlobs([doc.scanKey]);
      return 'clean';
    }
    if (verdict.verdict === 'infected') {
      await db.transaction(async (tx) => {
        await store.deleteDocument(tx, id);
        await record(tx, clock, {
          actor: 'system',
          action: 'document.infected',
          subject: `applicant:${doc.ownerId}`,
          ip: null,
          details: { documentId: id, kind: doc.kind, signature: verdict.signature },
        });
      });
      await dropBlobs([doc.blobKey, doc.thumbnailKey, doc.scanKey]);
      log.warn({ documentId: id, signature: verdict.signature }, 'upload refused: malware found');
      return 'infected';
    }
    // Fail closed: the file stays pending and is tried again, each time a little later (up to an hour).
    const delay = Math.min(60 * MINUTE, 30_000 * 2 ** Math.min(doc.scanAttempts, 7));
    await store.deferScan(db, id, new Date(now.getTime() + delay));
    log.warn({ documentId: id, reason: verdict.reason, attempts: doc.scanAttempts + 1 }, 'scan failed');
    return 'pending';
  }

  /** Deletes a document that no submitted request holds. */
  async function remove(input: {
    ownerId: string;
    id: string;
    actor: Actor;
  }): Promise<'deleted' | 'locked' | 'missing'> {
    const doc = await store.findDocument(db, input.id);
    if (!doc || doc.ownerId !== input.ownerId || doc.supersededAt) return 'missing';
    if (doc.lockedAt) return 'locked';
    await db.transaction(async (tx) => {
      await store.deleteDocument(tx, doc.id);
      await record(tx, clock, {
        actor: `applicant:${input.ownerId}`,
        action: 'document.deleted',
        subject: `document:${doc.id}`,
        ip: input.actor.ip,
        details: { kind: doc.kind },
      });
    });
    await dropBlobs([doc.blobKey, doc.thumbnailKey, doc.scanKey]);
    return 'deleted';
  }

  return {
    rulesOf,
    scannerOn: scanner.kind !== 'off',

    /**
     * One file for one kind. Refusals leave nothing behind; a replaced document is deleted if still editable, or
     * kept as the previous version if a submitted request holds it.
     */
    async upload(input: {
      ownerId: string;
      kind: string;
      bytes: Buffer;
      requestId?: string;
      /** A request's document that is a face photo (profile kinds know it themselves). */
      photo?: boolean;
      actor: Actor;
    }): Promise<UploadOutcome> {
      const rules = rulesOf(input.kind, input.photo);
      // Full already: say so before spending time on the file (the transaction below is the real check).
      const before = await store.usage(db, input.ownerId);
      if (before.bytes >= config.uploads.quotaBytes) return { ok: false, refusal: 'quota' };
      const processed = await processUpload(input.bytes, rules);
      if (!processed.ok) return processed;
      const file = processed.file;

      const scanning = scanner.kind !== 'off';
      const blobKey = newKey();
      const thumbnailKey = file.thumbnail ? newKey() : null;
      // The scanner reads what was sent. A PDF is kept as sent, so it is its own scan copy.
      const scanKey = scanning ? (file.format === 'pdf' ? blobKey : newKey()) : null;
      const written: string[] = [];
      let replaced: DocumentRow | undefined;
      let created: DocumentRow;
      try {
        const { sha256 } = await blobs.put(blobKey, file.bytes);
        written.push(blobKey);
        if (thumbnailKey && file.thumbnail) {
          await blobs.put(thumbnailKey, file.thumbnail);
          written.push(thumbnailKey);
        }
        if (scanKey && scanKey !== blobKey) {
          await blobs.put(scanKey, input.bytes);
          written.push(scanKey);
        }
        const outcome = await db.transaction(async (tx) => {
          if (!(await store.lockOwner(tx, input.ownerId))) throw new Error('no such applicant');
          const use = await store.usage(tx, input.ownerId);
          const current = await store.currentDocument(tx, input.ownerId, input.kind, input.requestId ?? null);
          const freed = current && !current.lockedAt ? current.bytes : 0;
          const files = use.files + (current ? 0 : 1);
          if (
            files > config.uploads.quotaFiles ||
            use.bytes - freed + file.bytes.length > config.uploads.quotaBytes
          ) {
            return 'quota' as const;
          }
          const now = clock.now();
          if (current?.lockedAt) await store.supersede(tx, current.id, now);
          else if (current) await store.deleteDocument(tx, current.id);
          const row = await store.insertDocument(tx, {
            id: newId(),
            ownerId: input.ownerId,
            kind: input.kind,
            requestId: input.requestId ?? null,
            blobKey,
            thumbnailKey,
            scanKey,
            sha256,
            mime: file.mime,
            bytes: file.bytes.length,
            width: file.width,
            height: file.height,
            pages: file.pages,
            scanState: scanning ? 'pending' : 'unscanned',
            versionOf: current?.lockedAt ? current.id : null,
            createdAt: now,
          });
          await record(tx, clock, {
            actor: `applicant:${input.ownerId}`,
            action: current ? 'document.replaced' : 'document.uploaded',
            subject: `document:${row.id}`,
            ip: input.actor.ip,
            details: {
              kind: input.kind,
              mime: file.mime,
              bytes: file.bytes.length,
              ...(current ? { previous: current.id, previousKept: Boolean(current.lockedAt) } : {}),
            },
          });
          return { row, current };
        });
        if (outcome === 'quota') {
          await dropBlobs(written);
          return { ok: false, refusal: 'quota' };
        }
        created = outcome.row;
        replaced = outcome.current;
      } catch (err) {
        await dropBlobs(written);
        throw err;
      }
      if (replaced && !replaced.lockedAt) {
        await dropBlobs([replaced.blobKey, replaced.thumbnailKey, replaced.scanKey]);
      }
      if (scanning) {
        const state = await scanDocument(created.id);
        if (state === 'infected') return { ok: false, refusal: 'infected' };
        const fresh = await store.findDocument(db, created.id);
        if (fresh) created = fresh;
      }
      return { ok: true, document: viewOf(created) };
    },

    remove,

    /**
     * The bytes of a document for its owner (`file`, or the `thumbnail` preview). Anything else — another person's
     * document, a pending or missing one — is undefined, which routes answer as 404.
     */
    async read(
      ownerId: string,
      id: string,
      variant: 'file' | 'thumbnail',
    ): Promise<{ bytes: Buffer; mime: string; document: DocumentRow } | undefined> {
      const doc = await store.findDocument(db, id);
      if (!doc || doc.ownerId !== ownerId || !isAvailable(doc.scanState)) return undefined;
      const key = variant === 'file' ? doc.blobKey : doc.thumbnailKey;
      if (!key) return undefined;
      const bytes = await blobs.get(key);
      if (!bytes) return undefined;
      return { bytes, mime: variant === 'file' ? doc.mime : 'image/jpeg', document: doc };
    },

    /**
     * For the back office, which decides whether the person may see it (the consulate of the request it belongs
     * to) before reading a byte: a document's row by id, superseded versions included.
     */
    async findForStaff(id: string): Promise<DocumentRow | undefined> {
      return /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/.test(id)
        ? store.findDocument(db, id)
        : undefined;
    },

    /** The bytes of a document the back office let a staff member open; pending or missing files are undefined. */
    async readForStaff(
      doc: DocumentRow,
      variant: 'file' | 'thumbnail',
    ): Promise<{ bytes: Buffer; mime: string } | undefined> {
      const key = variant === 'file' ? doc.blobKey : doc.thumbnailKey;
      if (!key || !isAvailable(doc.scanState)) return undefined;
      const bytes = await blobs.get(key);
      return bytes ? { bytes, mime: variant === 'file' ? doc.mime : 'image/jpeg' } : undefined;
    },

    /** The current profile document of each kind (absent kinds are missing from the map). */
    async profile(ownerId: string): Promise<ProfileDocuments> {
      const rows = await store.currentProfileDocuments(db, ownerId);
      const out = new Map<ProfileKind, DocumentView>();
      for (const kind of PROFILE_KINDS) {
        const row = rows.find((r) => r.kind === kind);
        if (row) out.set(kind, viewOf(row));
      }
      return out;
    },

    /** Every required profile document is in and readable: the account may become active. */
    async profileComplete(ownerId: string): Promise<boolean> {
      const rows = await store.currentProfileDocuments(db, ownerId);
      return REQUIRED_PROFILE_KINDS.every((k) => rows.some((r) => r.kind === k && isAvailable(r.scanState)));
    },

    usage: (ownerId: string) => store.usage(db, ownerId),

    /** The current documents uploaded for a request, by kind. */
    async forRequest(requestId: string): Promise<Map<string, DocumentView>> {
      const rows = await store.currentRequestDocuments(db, requestId);
      return new Map(rows.map((r) => [r.kind, viewOf(r)]));
    },

    /** Deletes a request's document that no submission holds yet (a draft's). */
    async removeFromRequest(input: { ownerId: string; requestId: string; kind: string; actor: Actor }) {
      const doc = await store.currentDocument(db, input.ownerId, input.kind, input.requestId);
      return doc ? remove({ ownerId: input.ownerId, id: doc.id, actor: input.actor }) : 'missing';
    },

    /** For the requests module: documents attached to a submitted request are kept from then on. */
    lock: (tx: Db, ids: string[]) => store.lockDocuments(tx, ids, clock.now()),

    scanDocument,

    /** The scan queue (the worker calls this): due pending scans, a few at a time. */
    async scanDue(limit = 10): Promise<number> {
      if (scanner.kind === 'off') return 0;
      const now = clock.now();
      const ids = await store.claimDueScans(db, now, new Date(now.getTime() + SCAN_LEASE_MS), limit);
      for (const id of ids) await scanDocument(id);
      return ids.length;
    },

    /**
     * Blobs that no row refers to and that are older than an hour: left by a process killed between storing a
     * file and committing its row, or by a delete that failed. Returns how many were removed.
     */
    async sweepOrphans(): Promise<number> {
      const cutoff = clock.now().getTime() - ORPHAN_AGE_MS;
      let removed = 0;
      let batch: string[] = [];
      const flush = async () => {
        const referenced = await store.referencedKeys(db, batch);
        for (const key of batch) {
          if (referenced.has(key)) continue;
          await blobs.delete(key);
          removed++;
        }
        batch = [];
      };
      for await (const key of blobs.keys()) {
        const made = blobKeyTime(key);
        if (Number.isNaN(made) || made > cutoff) continue;
        batch.push(key);
        if (batch.length >= 500) await flush();
      }
      await flush();
      return removed;
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
