import type { Config } from '../../config.ts';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import { constantTimeEqualHex, decrypt, encrypt, hmacHex, type Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import type { ApplicantView } from '../accounts/service.ts';
import { visitOf } from '../backoffice/counter-store.ts';
import type { CatalogService, Consulate } from '../catalog/service.ts';
import { COMPOSED_TEXT, type RequestsService, type RequestView } from '../requests/service.ts';
import { can, isAdmin, type StaffMember, workConsulates } from '../staff/roles.ts';
import { buildContent, contentBytes, hashContent, type IssuedContent, type Person } from './content.ts';
import { issuedEmails } from './emails.ts';
import {
  formatNumber,
  newVerificationCode,
  normalizeCode,
  normalizeNumber,
  numberPrefix,
} from './numbers.ts';
import { type KeyRing, signPayload, verifyPayload } from './signing.ts';
import * as store from './store.ts';

/**
 * Issued documents: prepared by one officer, signed when a second person approves (four eyes), printed, checked by
 * anyone holding the number and the code, revoked by a supervisor. The signature, the document's state and the
 * request's move to `issued` commit in one transaction.
 */

/** What keeps a request's document from being prepared; the page shows these instead of the button. */
export type Missing =
  /** The request is not approved (or already past it). */
  | 'approved'
  /** The service ends in Iran: its document is not issued here. */
  | 'outcome'
  /** A counter document needs the applicant checked in. */
  | 'checked_in'
  /** A power of attorney or a signature attestation needs the signature witnessed at the counter. */
  | 'signature'
  /** A fee is due and not yet paid. */
  | 'fee'
  /** The power of attorney's text is empty. */
  | 'text';

/** Services whose document is signed in front of the officer. */
const SIGNED_AT_COUNTER = ['power-of-attorney', 'signature-attestation'];

export type Refusal = 'missing' | 'own' | 'not_allowed' | 'not_prepared' | 'not_issued' | 'request_state';

export type StaffDocument = {
  row: store.IssuedDocumentRow;
  content: IssuedContent;
  code: string;
  names: { preparedBy: string; approvedBy?: string; revokedBy?: string };
  consulate: Consulate;
  /** What the signed-in person may do with it now. */
  may: { approve: boolean; withdraw: boolean; revoke: boolean; print: boolean; openRequest: boolean };
  /** Why the approve button is not there for them, when it would otherwise be (their own document). */
  ownDocument: boolean;
};

export type PublicAnswer =
  | {
      kind: 'authentic';
      number: string;
      content: IssuedContent;
      issuedAt: Date;
      approvedBy: string;
      timeZone: string;
    }
  | { kind: 'revoked'; number: string; revokedAt: Date; reason: string; timeZone: string }
  | { kind: 'no_match' }
  | { kind: 'not_authentic' };

/** What an applicant sees of their request's document: it in full while issued; once revoked, only that. */
export type ApplicantDocument =
  | {
      kind: 'issued';
      id: string;
      number: string;
      content: IssuedContent;
      code: string;
      issuedAt: Date;
      timeZone: string;
      approvedBy: string;
      keyId: string;
      payload: string;
    }
  | { kind: 'revoked'; id: string; number: string; revokedAt: Date; reason: string; timeZone: string };

/** Compared against when no document has the number, so a miss costs what a wrong code costs. */
const NO_DOCUMENT_HMAC = '0'.repeat(64);

class ApprovalRaced extends Error {}

export function createIssuingService(deps: {
  db: Db;
  clock: Clock;
  keys: Keys;
  config: Config;
  ring: KeyRing;
  requests: RequestsService;
  catalog: CatalogService;
  applicant: (id: string) => Promise<ApplicantView | undefined>;
  wakeMailer: () => void;
  /** For integrity failures (a sealed content whose hash does not match): never personal data. */
  warn: (message: string) => void;
}) {
  const { db, clock, keys, ring, requests, catalog } = deps;
  const sealKey = keys.encryptionKey('issued-documents');
  const codeKey = keys.hmacKey('issued-document-code');
  const emails = issuedEmails(deps.config);

  const codeHmac = (number: string, code: string) => hmacHex(codeKey, `${number}\n${code}`);

  function openContent(row: store.IssuedDocumentRow): IssuedContent | undefined {
    try {
      const bytes = decrypt(sealKey, row.contentEnc, `issued:${row.id}:content`);
      const content = JSON.parse(bytes.toString('utf8')) as IssuedContent;
      if (hashContent(content).hex !== row.contentSha256) {
        deps.warn(`issued document ${row.id}: content does not match its hash`);
        return undefined;
      }
      return content;
    } catch {
      deps.warn(`issued document ${row.id}: content cannot be opened`);
      return undefined;
    }
  }

  const openCode = (row: store.IssuedDocumentRow) =>
    decrypt(sealKey, row.codeEnc, `issued:${row.id}:code`).toString('utf8');

  /** The consulate's calendar date and year of an instant. */
  function localDay(at: Date, timeZone: string): { iso: string; year: number } {
    const iso = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at);
    return { iso, year: Number(iso.slice(0, 4)) };
  }

  /** Consulates whose documents this person sees: where they work, where they are a named second approver. */
  async function reach(member: StaffMember): Promise<{ all: boolean; work: string[]; delegated: string[] }> {
    return {
      all: isAdmin(member),
      work: workConsulates(member),
      delegated: await store.delegatedConsulates(db, member.id),
    };
  }

  const sees = (r: Awaited<ReturnType<typeof reach>>, consulateId: string) =>
    r.all || r.work.includes(consulateId) || r.delegated.includes(consulateId);

  /** Any other officer or supervisor of the consulate, an admin, or a supervisor named for it: never the preparer. */
  function mayApprove(
    member: StaffMember,
    r: Awaited<ReturnType<typeof reach>>,
    row: store.IssuedDocumentRow,
  ) {
    if (row.preparedBy === member.id) return false;
    if (can(member, 'approve_issue', row.consulateId)) return true;
    return r.delegated.includes(row.consulateId) && member.roles.some((g) => g.role === 'supervisor');
  }

  const personOf = (a: ApplicantView): Person => ({
    firstName: a.identity.firstName,
    lastName: a.identity.lastName,
    fatherName: a.identity.fatherName,
    nationalCode: a.nationalCode,
    birthDate: a.identity.birthDate,
  });

  async function missingFor(r: RequestView): Promise<Missing[]> {
    const missing: Missing[] = [];
    if (r.service.outcome === 'iran') missing.push('outcome');
    else if (r.state !== 'approved' && !(r.state === 'issued' && (await replacing(r.id))))
      missing.push('approved');
    if (r.service.outcome === 'counter') {
      const visit = await visitOf(db, r.id);
      if (!visit) missing.push('checked_in');
      if (SIGNED_AT_COUNTER.includes(r.service.id) && !visit?.signatureWitnessedAt) missing.push('signature');
    }
    // Decimal strings: any non-zero digit is a fee.
    const due = /[1-9]/.test(r.feeAmount ?? '') || /[1-9]/.test(r.feeEur ?? '');
    if (due && !r.feePaidAt) missing.push('fee');
    if (r.service.composedText) {
      const text = r.answers[COMPOSED_TEXT];
      if (typeof text !== 'string' || !text.trim()) missing.push('text');
    }
    return missing;
  }

  async function requestFor(member: StaffMember, requestId: string): Promise<RequestView | undefined> {
    if (!/^[0-9a-f-]{36}$/.test(requestId)) return undefined;
    const r = await requests.forStaff(requestId, isAdmin(member) ? 'all' : workConsulates(member));
    return r && can(member, 'work', r.consulateId) ? r : undefined;
  }

  /** The audit line of a staff member's act on a request's document, inside the transaction of the change. */
  const recordAct = (
    tx: Db,
    member: StaffMember,
    action: string,
    requestId: string,
    ip: string | null,
    details: Record<string, unknown> = {},
  ) =>
    record(tx, clock, { actor: `staff:${member.id}`, action, subject: `request:${requestId}`, ip, details });

  /** An opening (nothing changes): the audit line in a transaction of its own. */
  async function audit(
    member: StaffMember,
    action: string,
    requestId: string,
    ip: string | null,
    details: Record<string, unknown> = {},
  ) {
    await db.transaction((tx) => recordAct(tx, member, action, requestId, ip, details));
  }

  /** A request this person may work on, with the applicant and the consulate a document names. */
  async function parties(member: StaffMember, requestId: string) {
    const r = await requestFor(member, requestId);
    if (!r) return undefined;
    const [applicant, consulate] = await Promise.all([
      deps.applicant(r.applicantId),
      catalog.findConsulate(r.consulateId),
    ]);
    return applicant && consulate ? { r, applicant, consulate } : undefined;
  }

  /** A request has at most one document waiting for approval or issued. */
  const isLive = (d: store.IssuedDocumentRow) => d.state === 'prepared' || d.state === 'issued';
  /**
   * A request whose document was revoked (a mistake found, the document lost) may have a replacement prepared and
   * approved like the first, with a new number and code; the revoked one stays revoked. Only an issued request
   * has ever had a document to revoke, so a revoked one means the request is issued already.
   */
  const replacing = async (requestId: string) =>
    (await store.documentsOfRequest(db, requestId)).some((d) => d.state === 'revoked');
  const liveDocument = async (requestId: string) =>
    (await store.documentsOfRequest(db, requestId)).find(isLive);

  return {
    ring,

    /**
     * What preparing would issue for a request: the content (numbered on preparing), what is still missing, and
     * the documents it already has. Undefined when the person may not work on it (404). Audited: it opens the
     * applicant's record.
     */
    async preview(member: StaffMember, requestId: string, ip: string | null) {
      const found = await parties(member, requestId);
      if (!found) return undefined;
      const { r, applicant, consulate } = found;
      const documents = await store.documentsOfRequest(db, r.id);
      const live = documents.find(isLive);
      await audit(member, 'issued.preview', r.id, ip);
      return {
        request: r,
        consulate,
        content: buildContent({ number: '', request: r, applicant: personOf(applicant), consulate }),
        missing: await missingFor(r),
        live,
        documents,
      };
    },

    /** Numbers, seals and stores the document, waiting for a second person's approval. */
    async prepare(
      member: StaffMember,
      requestId: string,
      ip: string | null,
    ): Promise<
      | { kind: 'prepared'; id: string }
      | { kind: 'missing'; missing: Missing[] }
      | { kind: 'exists'; id: string }
      | undefined
    > {
      const found = await parties(member, requestId);
      if (!found) return undefined;
      const { r, applicant, consulate } = found;
      const live = await liveDocument(r.id);
      if (live) return { kind: 'exists', id: live.id };
      const missing = await missingFor(r);
      if (missing.length > 0) return { kind: 'missing', missing };
      const id = newId();
      const now = clock.now();
      const { year } = localDay(now, consulate.timeZone);
      const prefix = numberPrefix(consulate.code);
      const code = newVerificationCode();
      try {
        await db.transaction(async (tx) => {
          const number = formatNumber(prefix, year, await store.nextSequence(tx, prefix, year));
          const content = buildContent({ number, request: r, applicant: personOf(applicant), consulate });
          await store.insertDocument(tx, {
            id,
            requestId: r.id,
            consulateId: r.consulateId,
            serviceId: r.serviceId,
            number,
            codeHmac: codeHmac(number, code),
            codeEnc: encrypt(sealKey, code, `issued:${id}:code`),
            contentEnc: encrypt(sealKey, contentBytes(content), `issued:${id}:content`),
            contentSha256: hashContent(content).hex,
            state: 'prepared',
            preparedBy: member.id,
            preparedAt: now,
          });
          await recordAct(tx, member, 'issued.prepare', r.id, ip, {
            document: id,
            number,
            service: r.serviceId,
          });
        });
      } catch (err) {
        // Someone prepared the same request a moment ago: one live document per request.
        if (!store.isUniqueViolation(err)) throw err;
        const other = await liveDocument(r.id);
        if (other) return { kind: 'exists', id: other.id };
        throw err;
      }
      return { kind: 'prepared', id };
    },

    /** Documents waiting for a second approval where this person may see them (their own included, marked). */
    async awaiting(member: StaffMember) {
      const r = await reach(member);
      const rows = await store.awaiting(db, r.all ? 'all' : [...new Set([...r.work, ...r.delegated])]);
      const consulates = new Map((await catalog.listConsulates()).map((c) => [c.id, c]));
      return rows.map((row) => ({
        row,
        consulate: consulates.get(row.consulateId),
        mayApprove: mayApprove(member, r, row),
      }));
    },

    /** A document for staff: its content and code opened, what they may do. Undefined: not theirs to see (404). */
    async open(
      member: StaffMember,
      id: string,
      ip: string | null,
      action = 'issued.open',
    ): Promise<StaffDocument | undefined> {
      const row = await store.findDocument(db, id);
      if (!row) return undefined;
      const r = await reach(member);
      if (!sees(r, row.consulateId)) return undefined;
      const [content, consulate] = [openContent(row), await catalog.findConsulate(row.consulateId)];
      if (!content || !consulate) return undefined;
      const names = await store.staffNames(
        db,
        [row.preparedBy, row.approvedBy, row.revokedBy].filter((x): x is string => Boolean(x)),
      );
      await audit(member, action, row.requestId, ip, { document: row.id, number: row.number });
      return {
        row,
        content,
        code: openCode(row),
        consulate,
        names: {
          preparedBy: names.get(row.preparedBy) ?? '',
          approvedBy: row.approvedBy ? names.get(row.approvedBy) : undefined,
          revokedBy: row.revokedBy ? names.get(row.revokedBy) : undefined,
        },
        may: {
          approve: row.state === 'prepared' && mayApprove(member, r, row),
          withdraw: row.state === 'prepared' && row.preparedBy === member.id,
          revoke: row.state === 'issued' && can(member, 'supervise', row.consulateId),
          print: row.state === 'issued',
          // A named delegate of another consulate approves the document, not the request behind it.
          openRequest: r.all || r.work.includes(row.consulateId),
        },
        ownDocument: row.state === 'prepared' && row.preparedBy === member.id,
      };
    },

    /**
     * The second approval: signs the payload, marks the document issued and moves the request to `issued`, all in
     * the transaction of `requests.move`. The request row is locked by the move and the document row here, so two
     * approvals at once give one signature: the second finds the request already issued.
     */
    async approve(
      member: StaffMember,
      id: string,
      ip: string | null,
    ): Promise<{ ok: true } | { ok: false; refusal: Refusal }> {
      const row = await store.findDocument(db, id);
      const r = await reach(member);
      if (!row || !sees(r, row.consulateId)) return { ok: false, refusal: 'missing' };
      if (row.preparedBy === member.id) return { ok: false, refusal: 'own' };
      if (!mayApprove(member, r, row)) return { ok: false, refusal: 'not_allowed' };
      if (row.state !== 'prepared') return { ok: false, refusal: 'not_prepared' };
      const consulate = await catalog.findConsulate(row.consulateId);
      if (!consulate || !openContent(row)) return { ok: false, refusal: 'missing' };
      const now = clock.now();
      const { payload, kid } = signPayload(
        {
          n: row.number,
          c: consulate.code,
          s: row.serviceId,
          i: localDay(now, consulate.timeZone).iso,
          h: Buffer.from(row.contentSha256, 'hex').toString('base64url'),
        },
        ring,
      );
      const sign = async (tx: Db) => {
        const locked = await store.findDocumentForUpdate(tx, row.id);
        if (locked?.state !== 'prepared' || locked.preparedBy === member.id) throw new ApprovalRaced();
        await store.updateDocument(tx, row.id, {
          state: 'issued',
          payload,
          keyId: kid,
          approvedBy: member.id,
          issuedAt: now,
        });
        await recordAct(tx, member, 'issued.approve', row.requestId, ip, {
          document: row.id,
          number: row.number,
          key: kid,
        });
        return {};
      };
      try {
        // A replacement for a revoked document: the request is issued already, so only the document changes.
        if (await replacing(row.requestId)) {
          await db.transaction(sign);
          return { ok: true };
        }
        const moved = await requests.move({
          requestId: row.requestId,
          name: 'issue',
          by: 'officer',
          actor: `staff:${member.id}`,
          ip,
          extra: sign,
        });
        return moved.ok ? { ok: true } : { ok: false, refusal: 'request_state' };
      } catch (err) {
        if (err instanceof ApprovalRaced) return { ok: false, refusal: 'not_prepared' };
        throw err;
      }
    },

    /** The preparer takes a document back before anyone approved it; the request can be prepared again. */
    async withdraw(
      member: StaffMember,
      id: string,
      ip: string | null,
    ): Promise<{ ok: true } | { ok: false; refusal: Refusal }> {
      const row = await store.findDocument(db, id);
      if (!row || !sees(await reach(member), row.consulateId)) return { ok: false, refusal: 'missing' };
      if (row.preparedBy !== member.id) return { ok: false, refusal: 'not_allowed' };
      return db.transaction(async (tx) => {
        const locked = await store.findDocumentForUpdate(tx, row.id);
        if (locked?.state !== 'prepared') return { ok: false as const, refusal: 'not_prepared' as const };
        await store.updateDocument(tx, row.id, { state: 'withdrawn' });
        await recordAct(tx, member, 'issued.withdraw', row.requestId, ip, {
          document: row.id,
          number: row.number,
        });
        return { ok: true as const };
      });
    },

    /** A supervisor (or an admin) revokes an issued document with a reason; the applicant is emailed. */
    async revoke(
      member: StaffMember,
      id: string,
      reason: string,
      ip: string | null,
    ): Promise<{ ok: true } | { ok: false; refusal: Refusal }> {
      const row = await store.findDocument(db, id);
      if (!row || !sees(await reach(member), row.consulateId)) return { ok: false, refusal: 'missing' };
      if (!can(member, 'supervise', row.consulateId)) return { ok: false, refusal: 'not_allowed' };
      if (row.state !== 'issued') return { ok: false, refusal: 'not_issued' };
      const r = await requests.forStaff(row.requestId, 'all');
      const applicant = r ? await deps.applicant(r.applicantId) : undefined;
      const now = clock.now();
      const done = await db.transaction(async (tx) => {
        const locked = await store.findDocumentForUpdate(tx, row.id);
        if (locked?.state !== 'issued') return false;
        await store.updateDocument(tx, row.id, {
          state: 'revoked',
          revokedBy: member.id,
          revokedAt: now,
          revokeReason: reason.trim(),
        });
        await recordAct(tx, member, 'issued.revoke', row.requestId, ip, {
          document: row.id,
          number: row.number,
        });
        if (applicant) {
          await enqueueEmail(tx, { keys, clock }, 'issued.revoked', {
            to: applicant.email,
            ...emails.revoked(applicant.preferredLocale, applicant.identity.firstName, {
              number: row.number,
              requestId: row.requestId,
              reason: reason.trim(),
            }),
          });
        }
        return true;
      });
      if (!done) return { ok: false, refusal: 'not_issued' };
      deps.wakeMailer();
      return { ok: true };
    },

    /**
     * The document of the applicant's own request, for them to print or download: the issued one, else the latest
     * revoked one (to say so). Undefined when the request is not theirs or has no such document (404). Serving an
     * issued document is audited as `issued.download` (the page and the PDF alike); a revoked one shows nothing of
     * its content, so nothing is downloaded.
     */
    async forApplicant(
      applicantId: string,
      requestId: string,
      ip: string | null,
      format: 'page' | 'pdf',
    ): Promise<ApplicantDocument | undefined> {
      const r = await requests.owned(applicantId, requestId);
      if (!r) return undefined;
      const documents = await store.documentsOfRequest(db, r.id);
      const row = documents.find((d) => d.state === 'issued') ?? documents.find((d) => d.state === 'revoked');
      if (!row) return undefined;
      const timeZone = (await catalog.findConsulate(row.consulateId))?.timeZone ?? 'UTC';
      if (row.state === 'revoked') {
        return {
          kind: 'revoked',
          id: row.id,
          number: row.number,
          revokedAt: row.revokedAt ?? row.preparedAt,
          reason: row.revokeReason ?? '',
          timeZone,
        };
      }
      const content = openContent(row);
      if (!content || !row.issuedAt || !row.payload || !row.keyId) return undefined;
      const names = await store.staffNames(db, row.approvedBy ? [row.approvedBy] : []);
      await db.transaction((tx) =>
        record(tx, clock, {
          actor: `applicant:${applicantId}`,
          action: 'issued.download',
          subject: `request:${r.id}`,
          ip,
          details: { document: row.id, number: row.number, format },
        }),
      );
      return {
        kind: 'issued',
        id: row.id,
        number: row.number,
        content,
        code: openCode(row),
        issuedAt: row.issuedAt,
        timeZone,
        approvedBy: (row.approvedBy && names.get(row.approvedBy)) || '',
        keyId: row.keyId,
        payload: row.payload,
      };
    },

    /**
     * The public check by number and code. Unknown number, wrong code, or a document not (yet) issued: one answer,
     * and the same work (one query, one HMAC, one comparison) whichever it is.
     */
    async lookup(numberInput: string, codeInput: string): Promise<PublicAnswer> {
      const number = normalizeNumber(numberInput);
      const code = normalizeCode(codeInput) ?? '';
      const row = await store.findByNumber(db, number ?? '-');
      const matches = constantTimeEqualHex(row?.codeHmac ?? NO_DOCUMENT_HMAC, codeHmac(number ?? '', code));
      if (!row || !matches || !code) return { kind: 'no_match' };
      return answerFor(row);
    },

    /** The public check of a QR code's payload: the signature first, then the document it names. */
    async lookupPayload(payload: string): Promise<PublicAnswer> {
      const verified = verifyPayload(payload, ring.verifying);
      if (!verified.ok) return { kind: 'not_authentic' };
      const row = await store.findByNumber(db, verified.claims.n);
      // A valid signature over another payload for this number is not this document: nothing to show.
      if (!row || row.payload !== payload) return { kind: 'no_match' };
      return answerFor(row);
    },
  };

  async function answerFor(row: store.IssuedDocumentRow): Promise<PublicAnswer> {
    const consulate = await catalog.findConsulate(row.consulateId);
    const timeZone = consulate?.timeZone ?? 'UTC';
    if (row.state === 'revoked' && row.revokedAt) {
      return {
        kind: 'revoked',
        number: row.number,
        revokedAt: row.revokedAt,
        reason: row.revokeReason ?? '',
        timeZone,
      };
    }
    if (row.state !== 'issued' || !row.issuedAt || !row.payload) return { kind: 'no_match' };
    const content = openContent(row);
    // The stored signature must still cover the stored content: anything else is not shown as authentic.
    const verified = verifyPayload(row.payload, ring.verifying);
    if (
      !content ||
      !verified.ok ||
      verified.claims.h !== Buffer.from(row.contentSha256, 'hex').toString('base64url')
    ) {
      return { kind: 'not_authentic' };
    }
    const names = await store.staffNames(db, row.approvedBy ? [row.approvedBy] : []);
    return {
      kind: 'authentic',
      number: row.number,
      content,
      issuedAt: row.issuedAt,
      approvedBy: (row.approvedBy && names.get(row.approvedBy)) || '',
      timeZone,
    };
  }
}

export type IssuingService = ReturnType<typeof createIssuingService>;
