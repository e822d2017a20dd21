import type { Config } from '../../config.ts';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import { decrypt, encrypt, type Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { normalizePersian, toLatinDigits } from '../../platform/i18n/digits.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { newId } from '../../platform/ids.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { createProtector } from '../../platform/personal-data.ts';
import { type Page, tariffFor } from '../catalog/definition.ts';
import { feeAt, tariffAt } from '../catalog/fees.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { Service, ServiceCatalog } from '../catalog/services-registry.ts';
import type { DocumentsService, DocumentView } from '../documents/service.ts';
import { nationalCodeProblem, normalizeNationalCode } from '../registry/service.ts';
import { requestEmails } from './emails.ts';
import { type Answers, isShown, withPageAnswers } from './fields.tsx';
import { unfilledPlaceholders } from './poa/compose.ts';
import * as queueStore from './queue-store.ts';
import type { CorrectionRequest } from './schema.ts';
import {
  isFinal,
  type Actor as StateActor,
  type TransitionName,
  type TransitionRefusal,
  transition,
} from './states.ts';
import * as store from './store.ts';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code.ts';

/** The answer that holds a service's composed legal text (the power of attorney's). */
export const COMPOSED_TEXT = 'composedText';

type Actor = { ip: string };
const DAY = 24 * 3600_000;

export type Applicant = {
  id: string;
  status: string;
  consulateId: string | null;
  email: string;
  locale: Locale;
  firstName: string;
};

/** A request as its owner sees it: the service it is for, its answers opened. */
export type RequestView = store.RequestRow & { service: Service; answers: Answers };

/** Something that keeps a request from being submitted, pointing at where to fix it. */
export type Problem =
  | { kind: 'answer'; pageId: string; fieldId: string }
  /** The composed legal text is missing, or still has placeholders to fill. */
  | { kind: 'text'; placeholders: string[] }
  | { kind: 'document'; documentKind: string }
  | { kind: 'profile-document'; documentKind: string }
  | { kind: 'document-pending'; documentKind: string };

export type MoveOutcome =
  | { ok: true; request: store.RequestRow }
  | { ok: false; refusal: 'missing' | 'conflict' | TransitionRefusal };

/**
 * Service requests: drafts saved page by page, submission with a tracking code, the versions an officer reviews,
 * and every change of state through `transition` — recorded on the timeline, audited and emailed.
 */
export function createRequestsService(deps: {
  db: Db;
  clock: Clock;
  keys: Keys;
  config: Config;
  services: ServiceCatalog;
  catalog: CatalogService;
  documents: DocumentsService;
  applicant: (id: string) => Promise<Applicant | undefined>;
  wakeMailer: () => void;
}) {
  const { db, clock, keys, config, services, documents } = deps;
  const finalListeners: ((tx: Db, requestId: string) => Promise<void>)[] = [];
  const answersKey = keys.encryptionKey('request-answers');
  const emails = requestEmails(config);

  const seal = (id: string, answers: Answers) =>
    encrypt(answersKey, JSON.stringify(answers), `request:${id}`);
  const open = (id: string, sealed: Buffer): Answers =>
    JSON.parse(decrypt(answersKey, sealed, `request:${id}`).toString('utf8')) as Answers;

  function view(row: store.RequestRow): RequestView | undefined {
    const service = services.find(row.serviceId);
    if (!service) return undefined;
    return { ...row, service, answers: open(row.id, row.answersEnc) };
  }

  /** The pages a person goes through, given their answers so far (conditions decide). */
  const shownPages = (service: Service, answers: Answers): Page[] =>
    service.pages.filter((p) => isShown(p.showIf, answers));

  /** The request documents this request needs, given its answers. */
  const shownDocuments = (service: Service, answers: Answers) =>
    service.documents.request.filter((d) => isShown(d.showIf, answers));

  /**
   * Queues an email in the transaction of the change. The applicant's address is read before the transaction
   * opens: the embedded database has one connection, so a read outside the transaction would wait for it forever.
   */
  async function notify(
    tx: Db,
    a: Applicant | undefined,
    kind: string,
    message: (locale: Locale, a: Applicant) => ReturnType<typeof emails.changed>,
  ) {
    if (!a) return;
    await enqueueEmail(tx, { keys, clock }, kind, { to: a.email, ...message(a.locale, a) });
  }

  async function problemsOf(r: RequestView): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const page of shownPages(r.service, r.answers)) {
      for (const field of page.fields) {
        if (field.optional || !isShown(field.showIf, r.answers)) continue;
        const v = r.answers[field.id];
        if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
          problems.push({ kind: 'answer', pageId: page.id, fieldId: field.id });
        }
      }
    }
    if (r.service.composedText) {
      const text = typeof r.answers[COMPOSED_TEXT] === 'string' ? (r.answers[COMPOSED_TEXT] as string) : '';
      const placeholders = text.trim() ? unfilledPlaceholders(text) : [];
      if (!text.trim() || placeholders.length > 0) problems.push({ kind: 'text', placeholders });
    }
    const attached = await documents.forRequest(r.id);
    for (const d of shownDocuments(r.service, r.answers)) {
      const doc = attached.get(d.kind);
      if (!doc) {
        if (!d.optional) problems.push({ kind: 'document', documentKind: d.kind });
      } else if (doc.scanState === 'pending')
        problems.push({ kind: 'document-pending', documentKind: d.kind });
    }
    const profile = await documents.profile(r.applicantId);
    for (const kind of r.service.documents.profile) {
      const doc = profile.get(kind);
      if (!doc) problems.push({ kind: 'profile-document', documentKind: kind });
      else if (doc.scanState === 'pending') problems.push({ kind: 'document-pending', documentKind: kind });
    }
    return problems;
  }

  /**
   * What the applicant may change: anything in a draft; in a request returned for correction, only the answers
   * (and the composed text) and documents the officer flagged.
   */
  function canEdit(r: RequestView, what: { field: string } | { document: string }): boolean {
    if (r.state === 'draft') return true;
    if (r.state !== 'needs_correction' || !r.correction) return false;
    return 'field' in what
      ? r.correction.fields.includes(what.field)
      : r.correction.documents.includes(what.document);
  }

  /** Ids of the documents a submission holds: the profile documents the service relies on and the request's own. */
  async function documentIdsOf(r: RequestView): Promise<string[]> {
    const profile = await documents.profile(r.applicantId);
    const own = await documents.forRequest(r.id);
    const ids = [
      ...r.service.documents.profile.flatMap((k) => (profile.get(k) ? [profile.get(k)!.id] : [])),
      ...[...own.values()].map((d: DocumentView) => d.id),
    ];
    return [...new Set(ids)];
  }

  /**
   * The one way a submitted request changes state: checked by `transition`, optimistic on `version` when the
   * caller read one, recorded on the timeline and in the audit log, and emailed to the applicant.
   */
  async function move(input: {
    requestId: string;
    name: TransitionName;
    by: StateActor;
    actor: string;
    ip?: string | null;
    expectedVersion?: number;
    message?: string;
    reason?: string;
    deadline?: Date;
    correction?: Omit<CorrectionRequest, 'message' | 'deadline'>;
    extra?: (tx: Db, row: store.RequestRow) => Promise<Partial<store.RequestRow>>;
  }): Promise<MoveOutcome> {
    const now = clock.now();
    const before = await store.findRequest(db, input.requestId);
    const contact = before ? await deps.applicant(before.applicantId) : undefined;
    return db.transaction(async (tx): Promise<MoveOutcome> => {
      const row = await store.findRequestForUpdate(tx, input.requestId);
      if (!row) return { ok: false, refusal: 'missing' } as const;
      if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
        return { ok: false, refusal: 'conflict' } as const;
      }
      const service = services.find(row.serviceId);
      if (!service) return { ok: false, refusal: 'missing' } as const;
      const result = transition(row.state, input.name, {
        outcome: service.outcome,
        by: input.by,
        message: input.message,
        reason: input.reason,
        deadline: input.deadline,
        now,
      });
      if (!result.ok) return result;
      const set: Partial<store.RequestRow> = {
        state: result.to,
        updatedAt: now,
        ...(input.extra ? await input.extra(tx, row) : {}),
      };
      if (input.name === 'return_for_correction') {
        set.correction = {
          message: input.message!.trim(),
          deadline: input.deadline!.toISOString(),
          fields: input.correction?.fields ?? [],
          documents: input.correction?.documents ?? [],
        };
      }
      if (input.name === 'approve' || input.name === 'reject') set.decidedAt = now;
      const updated = await store.updateRequest(tx, row.id, row.version, set);
      if (!updated) return { ok: false, refusal: 'conflict' } as const;
      if (isFinal(result.to)) for (const listener of finalListeners) await listener(tx, row.id);
      const text = input.name === 'reject' ? input.reason?.trim() : input.message?.trim();
      await store.insertEvent(tx, {
        id: newId(),
        requestId: row.id,
        transition: input.name,
        fromState: row.state,
        toState: result.to,
        actor: input.actor,
        message: text || null,
        deadline: input.deadline ?? null,
        at: now,
      });
      await record(tx, clock, {
        actor: input.actor,
        action: `request.${input.name}`,
        subject: `request:${row.id}`,
        ip: input.ip ?? null,
        details: { from: row.state, to: result.to, service: row.serviceId },
      });
      if (input.name !== 'submit') {
        await notify(tx, contact, `request.${input.name}`, (locale, a) =>
          emails.changed(locale, a.firstName, { ...updated, service }, text),
        );
      }
      return { ok: true, request: updated } as const;
    });
  }

  return {
    /**
     * Runs `listener` inside the transaction that moves a request to a final state (cancelled, rejected,
     * expired, completed): what other modules hold for it (an appointment, a waiting-list place) ends with it.
     */
    onFinal(listener: (tx: Db, requestId: string) => Promise<void>) {
      finalListeners.push(listener);
    },
    services,
    shownPages,
    shownDocuments,

    /** A new draft for an active applicant, at their consulate. */
    async startDraft(applicant: Applicant, serviceId: string, actor: Actor) {
      const service = services.find(serviceId);
      if (!service) return { kind: 'unknown' as const };
      if (applicant.status !== 'active' || !applicant.consulateId) return { kind: 'inactive' as const };
      if (!(await deps.catalog.offering(applicant.consulateId, serviceId)).offered) {
        return { kind: 'not_offered' as const, serviceId: service.id };
      }
      const id = newId();
      const now = clock.now();
      await db.transaction(async (tx) => {
        await store.insertRequest(tx, {
          id,
          applicantId: applicant.id,
          consulateId: applicant.consulateId!,
          serviceId,
          state: 'draft',
          answersEnc: seal(id, {}),
          createdAt: now,
          updatedAt: now,
        });
        await record(tx, clock, {
          actor: `applicant:${applicant.id}`,
          action: 'request.draft_started',
          subject: `request:${id}`,
          ip: actor.ip,
          details: { service: serviceId },
        });
      });
      return { kind: 'started' as const, id, firstPage: service.pages[0]!.id };
    },

    /** The applicant's own request; anyone else's is undefined (404). */
    async owned(applicantId: string, id: string): Promise<RequestView | undefined> {
      if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
      const row = await store.findRequest(db, id);
      return row && row.applicantId === applicantId ? view(row) : undefined;
    },

    async list(applicantId: string): Promise<RequestView[]> {
      const rows = await store.listForApplicant(db, applicantId);
      return rows.flatMap((r) => view(r) ?? []);
    },

    /**
     * Saves one page's answers. A draft takes any page; a request returned for correction takes only the fields
     * the officer flagged; anything else is not editable.
     */
    canEdit,

    /**
     * Saves one page's answers and returns the request's answers as they now are. A draft takes any page; a
     * request returned for correction takes only the fields the officer flagged; anything else is not editable.
     */
    async saveAnswers(r: RequestView, pageAnswers: Answers, page: Page): Promise<Answers | 'not_editable'> {
      const allowed = page.fields.map((f) => f.id).filter((id) => canEdit(r, { field: id }));
      if (allowed.length === 0) return 'not_editable';
      const mine = Object.fromEntries(Object.entries(pageAnswers).filter(([k]) => allowed.includes(k)));
      const next = withPageAnswers(
        { ...page, fields: page.fields.filter((f) => allowed.includes(f.id)) },
        r.answers,
        mine,
      );
      const updated = await store.updateRequest(db, r.id, r.version, {
        answersEnc: seal(r.id, next),
        updatedAt: clock.now(),
      });
      return updated ? next : 'not_editable';
    },

    problems: (r: RequestView) => problemsOf(r),

    /** Saves the reviewed legal text (a draft's, or a returned request's when the officer flagged it). */
    async saveText(r: RequestView, text: string): Promise<'saved' | 'not_editable'> {
      const editable =
        r.state === 'draft' ||
        (r.state === 'needs_correction' && Boolean(r.correction?.fields.includes(COMPOSED_TEXT)));
      if (!editable || !r.service.composedText) return 'not_editable';
      const updated = await store.updateRequest(db, r.id, r.version, {
        answersEnc: seal(r.id, { ...r.answers, [COMPOSED_TEXT]: text }),
        updatedAt: clock.now(),
      });
      return updated ? 'saved' : 'not_editable';
    },

    /** The fee as this request's consulate charges it. */
    async fee(r: { consulateId: string; service: Service; answers: Answers }) {
      const consulate = await deps.catalog.findConsulate(r.consulateId);
      if (!consulate) return undefined;
      const { feeEurOverride } = await deps.catalog.offering(r.consulateId, r.service.id);
      return { ...feeAt(consulate, tariffAt(r.service, r.answers, feeEurOverride)), consulate };
    },

    /**
     * Submission: one request whatever happens (double click, back button, a retry): the form's key is stored
     * with the request, and the row is locked while it changes.
     */
    async submit(
      r: RequestView,
      submitKey: string,
      actor: Actor,
    ): Promise<
      | { kind: 'submitted'; trackingCode: string }
      | { kind: 'problems'; problems: Problem[] }
      | { kind: 'not_editable' }
    > {
      const again = await store.findBySubmitKey(db, r.applicantId, submitKey);
      if (again?.trackingCode) return { kind: 'submitted', trackingCode: again.trackingCode };
      if (r.state !== 'draft') return { kind: 'not_editable' };
      const problems = await problemsOf(r);
      if (problems.length > 0) return { kind: 'problems', problems };
      const fee = await this.fee(r);
      const documentIds = await documentIdsOf(r);
      const contact = await deps.applicant(r.applicantId);
      const now = clock.now();
      const outcome = await db.transaction(async (tx) => {
        const row = await store.findRequestForUpdate(tx, r.id);
        if (!row) return { kind: 'not_editable' as const };
        if (row.state !== 'draft') {
          return row.submitKey === submitKey && row.trackingCode
            ? { kind: 'submitted' as const, trackingCode: row.trackingCode }
            : { kind: 'not_editable' as const };
        }
        const result = transition('draft', 'submit', { outcome: r.service.outcome, by: 'applicant' });
        if (!result.ok) return { kind: 'not_editable' as const };
        const trackingCode = newTrackingCode();
        const updated = await store.updateRequest(tx, row.id, row.version, {
          state: result.to,
          trackingCode,
          submitKey,
          submittedAt: now,
          updatedAt: now,
          feeEur: fee?.eur ?? String(tariffFor(r.service, r.answers)),
          feeAmount: fee?.amount ?? null,
          feeCurrency: fee?.currency ?? null,
        });
        if (!updated) return { kind: 'not_editable' as const };
        await store.insertVersion(tx, {
          requestId: row.id,
          n: 1,
          answersEnc: row.answersEnc,
          documentIds,
          submittedAt: now,
        });
        await documents.lock(tx, documentIds);
        await store.insertEvent(tx, {
          id: newId(),
          requestId: row.id,
          transition: 'submit',
          fromState: 'draft',
          toState: result.to,
          actor: `applicant:${r.applicantId}`,
          at: now,
        });
        await record(tx, clock, {
          actor: `applicant:${r.applicantId}`,
          action: 'request.submit',
          subject: `request:${row.id}`,
          ip: actor.ip,
          details: { service: r.serviceId },
        });
        await notify(tx, contact, 'request.submitted', (locale, a) =>
          emails.submitted(locale, a.firstName, {
            ...updated,
            service: r.service,
            consulateName: fee ? (locale === 'fa' ? fee.consulate.nameFa : fee.consulate.nameEn) : undefined,
          }),
        );
        return { kind: 'submitted' as const, trackingCode };
      });
      deps.wakeMailer();
      return outcome;
    },

    /** After a correction: the flagged answers and documents changed, a new version kept for the officer. */
    async resubmit(r: RequestView, actor: Actor) {
      if (r.state !== 'needs_correction') return { kind: 'not_editable' as const };
      const problems = await problemsOf(r);
      if (problems.length > 0) return { kind: 'problems' as const, problems };
      const documentIds = await documentIdsOf(r);
      const moved = await move({
        requestId: r.id,
        name: 'resubmit',
        by: 'applicant',
        actor: `applicant:${r.applicantId}`,
        ip: actor.ip,
        expectedVersion: r.version,
        extra: async (tx, row) => {
          const n = await store.nextVersionNumber(tx, row.id);
          await store.insertVersion(tx, {
            requestId: row.id,
            n,
            answersEnc: row.answersEnc,
            documentIds,
            submittedAt: clock.now(),
          });
          await documents.lock(tx, documentIds);
          return { correction: null };
        },
      });
      deps.wakeMailer();
      return moved.ok ? { kind: 'resubmitted' as const } : { kind: 'not_editable' as const };
    },

    async cancel(r: RequestView, actor: Actor) {
      if (r.state === 'draft') {
        await db.transaction(async (tx) => {
          await store.deleteDraft(tx, r.id);
          await record(tx, clock, {
            actor: `applicant:${r.applicantId}`,
            action: 'request.draft_deleted',
            subject: `request:${r.id}`,
            ip: actor.ip,
          });
        });
        return true;
      }
      const moved = await move({
        requestId: r.id,
        name: 'cancel',
        by: 'applicant',
        actor: `applicant:${r.applicantId}`,
        ip: actor.ip,
      });
      deps.wakeMailer();
      return moved.ok;
    },

    /** For the back office (and, until it exists, tests): every officer or system change goes through here. */
    async move(input: Parameters<typeof move>[0]) {
      const result = await move(input);
      deps.wakeMailer();
      return result;
    },

    /**
     * For the back office: submitted requests at these consulates (an officer's own; anything else is not found),
     * by tracking code (typed any way people type it), applicant national code, or applicant name.
     */
    async findForStaff(query: string, consulateIds: string[]): Promise<store.RequestRow[]> {
      const code = normalizeTrackingCode(query);
      if (code) {
        const row = await store.findByTrackingCode(db, code);
        return row && consulateIds.includes(row.consulateId) ? [row] : [];
      }
      const digits = toLatinDigits(query).replace(/[\s-]/g, '');
      if (/^\d{8,10}$/.test(digits)) {
        if (nationalCodeProblem(digits)) return [];
        const hash = createProtector(keys).lookupHash('national_code', normalizeNationalCode(digits));
        return store.searchForStaff(db, consulateIds, { nationalCodeHash: hash });
      }
      const words = normalizePersian(query)
        .split(' ')
        .filter((w) => w.length >= 2);
      return words.length > 0 ? store.searchForStaff(db, consulateIds, { words }) : [];
    },

    timeline: (id: string) => store.events(db, id),
    versions: (id: string) => store.versions(db, id),

    /** For the back office: one page of a consulate's queue, oldest submission first (keyset-paged). */
    queue: (
      filter: queueStore.QueueFilter,
      page: { after?: queueStore.QueueKey; before?: queueStore.QueueKey },
      limit: number,
    ) => queueStore.queuePage(db, filter, page, limit),

    /**
     * A submitted request for the back office, answers opened — only at these consulates (`'all'` for an admin).
     * Drafts are the applicant's own: never found here.
     */
    async forStaff(id: string, consulateIds: string[] | 'all'): Promise<RequestView | undefined> {
      const row = await store.findRequest(db, id);
      if (!row?.trackingCode) return undefined;
      if (consulateIds !== 'all' && !consulateIds.includes(row.consulateId)) return undefined;
      return view(row);
    },

    /** Every submission as it was sent, answers opened, oldest first: what the officer compares. */
    async submittedVersions(
      id: string,
    ): Promise<{ n: number; answers: Answers; documentIds: string[]; submittedAt: Date }[]> {
      const rows = await store.versions(db, id);
      return rows.map((v) => ({
        n: v.n,
        answers: open(v.requestId, v.answersEnc),
        documentIds: v.documentIds,
        submittedAt: v.submittedAt,
      }));
    },

    /**
     * Gives a request to an officer (or back to the pool with `null`). Not a change of state and not a change of
     * what was asked, so it does not bump the version an officer's open form holds; it is audited.
     */
    async assign(input: {
      requestId: string;
      to: string | null;
      actor: string;
      ip?: string | null;
    }): Promise<'ok' | 'missing'> {
      return db.transaction(async (tx) => {
        const row = await store.findRequestForUpdate(tx, input.requestId);
        if (!row?.trackingCode) return 'missing';
        await store.setAssignee(tx, row.id, input.to);
        await record(tx, clock, {
          actor: input.actor,
          action: 'request.assign',
          subject: `request:${row.id}`,
          ip: input.ip ?? null,
          details: { from: row.assignedTo, to: input.to },
        });
        return 'ok';
      });
    },

    /** The fee recorded as paid, inside the transaction that records the payment (the counter's). */
    markFeePaid: (tx: Db, requestId: string, at: Date) => store.setFeePaid(tx, requestId, at),

    /** Corrections not made by their deadline expire (the system's transition). */
    async expireOverdue(): Promise<number> {
      const overdue = await store.overdueCorrections(db, clock.now());
      let n = 0;
      for (const r of overdue) {
        const moved = await move({ requestId: r.id, name: 'expire', by: 'system', actor: 'system' });
        if (moved.ok) n++;
      }
      if (n > 0) deps.wakeMailer();
      return n;
    },

    /** A reminder email a few days before a correction's deadline, once per correction. */
    async remindCorrections(): Promise<number> {
      const now = clock.now();
      const due = await store.correctionsToRemind(
        db,
        now,
        new Date(now.getTime() + config.requests.correctionReminderDays * DAY),
      );
      for (const row of due) {
        const service = services.find(row.serviceId);
        const contact = await deps.applicant(row.applicantId);
        if (!service || !row.correction) continue;
        await db.transaction(async (tx) => {
          await store.markReminded(tx, row.id, now);
          await notify(tx, contact, 'request.correction_reminder', (locale, a) =>
            emails.reminder(locale, a.firstName, { ...row, service }, new Date(row.correction!.deadline)),
          );
        });
      }
      if (due.length > 0) deps.wakeMailer();
      return due.length;
    },

    /** Retention: drafts never submitted are deleted after the configured time. */
    async purgeOldDrafts(): Promise<number> {
      const stale = await store.staleDrafts(
        db,
        new Date(clock.now().getTime() - config.requests.draftDays * DAY),
      );
      for (const { id } of stale) {
        await db.transaction(async (tx) => {
          await store.deleteDraft(tx, id);
          await record(tx, clock, {
            actor: 'system',
            action: 'request.draft_expired',
            subject: `request:${id}`,
          });
        });
      }
      return stale.length;
    },
  };
}

export type RequestsService = ReturnType<typeof createRequestsService>;
