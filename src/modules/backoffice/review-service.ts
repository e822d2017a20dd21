import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import { decrypt, encrypt, type Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import type { FormValues } from '../../platform/http/forms.ts';
import { type DateOnly, fromParts, gregorianToJalali } from '../../platform/i18n/dates.ts';
import { localDigits, toLatinDigits } from '../../platform/i18n/digits.ts';
import type { Locale, MessageKey } from '../../platform/i18n/index.ts';
import { newId } from '../../platform/ids.ts';
import type { ApplicantView } from '../accounts/service.ts';
import type { Field, Page } from '../catalog/definition.ts';
import type { CatalogService, Consulate } from '../catalog/service.ts';
import type { Service, ServiceCatalog } from '../catalog/services-registry.ts';
import type { DocumentRow, DocumentsService } from '../documents/service.ts';
import type { Answer } from '../requests/fields.tsx';
import type { QueueItem, QueueKey } from '../requests/queue-store.ts';
import { COMPOSED_TEXT, type RequestsService, type RequestView } from '../requests/service.ts';
import {
  availableTransitions,
  isFinal,
  type RequestState,
  STATES,
  type TransitionName,
} from '../requests/states.ts';
import type { EventRow } from '../requests/store.ts';
import { can, isAdmin, type StaffMember, workConsulates } from '../staff/roles.ts';
import { findStaff, staffAt } from '../staff/store.ts';
import * as store from './store.ts';

const DAY = 24 * 3600_000;
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/;

/** The states a queue shows unless asked otherwise: those waiting for an officer to do something. */
export const OPEN_STATES: RequestState[] = [
  'submitted',
  'under_review',
  'resubmitted',
  'approved',
  'sent_to_iran',
];
/** Every state a submitted request can be in (drafts are the applicant's own). */
export const SUBMITTED_STATES: RequestState[] = STATES.filter((s) => s !== 'draft');
export const QUEUE_PAGE_SIZE = 20;
/** The correction deadline an officer is offered. */
export const CORRECTION_DAYS = 14;
const NOTE_MAX = 5_000;
const MESSAGE_MAX = 2_000;

/** Where a person may open records: these consulates, or every one (admins). */
export type Scope = string[] | 'all';

export type SlaTone = 'green' | 'amber' | 'red';
/** Days waiting since submission and how that compares with the service's targets; no tone once it is over. */
export type Sla = { days: number; tone?: SlaTone };

export type QueueEntry = QueueItem & { service?: Service; sla: Sla; assigneeName?: string };

export type AssignedFilter = 'anyone' | 'me' | 'nobody';
export type QueueQuery = {
  consulateId: string;
  /** `open` (default): needing an officer; `all`; or one state. */
  state: 'open' | 'all' | RequestState;
  serviceId?: string;
  minDays?: number;
  assigned: AssignedFilter;
};

/** One answer that differs between two submissions. */
export type AnswerChange = {
  page?: Page;
  /** The field, or `composedText` for a power of attorney's legal text. */
  field: Field | typeof COMPOSED_TEXT;
  before?: Answer;
  after?: Answer;
};
/** A document of one kind added, replaced or dropped between two submissions. */
export type DocumentChange = { kind: string; before?: DocumentRow; after?: DocumentRow };
export type VersionView = {
  n: number;
  submittedAt: Date;
  /** Against the submission before it (none for the first). */
  answers: AnswerChange[];
  documents: DocumentChange[];
};

export type TimelineEntry = EventRow & { who: 'applicant' | 'officer' | 'system'; staffName?: string };
export type NoteView = { id: string; text: string; at: Date; staffName: string };

/** What an action form sent back, to show again with its errors. */
export type ActionState = {
  name: TransitionName;
  values: FormValues;
  fields: string[];
  documents: string[];
  errors: Partial<Record<string, MessageKey>>;
};

export type ActionOutcome =
  | { kind: 'done' }
  | { kind: 'conflict' }
  | { kind: 'missing' }
  /** Not one of the officer's transitions from where the request stands (a crafted form). */
  | { kind: 'unavailable' }
  | { kind: 'invalid'; state: ActionState };

/** A calendar date as it is at an instant in a time zone. */
export function localDate(at: Date, timeZone: string): DateOnly {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export function addDays(d: DateOnly, days: number): DateOnly {
  const at = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

const dayNumber = (d: DateOnly) => Date.UTC(d.year, d.month - 1, d.day) / DAY;

/** The last second of a calendar day in a time zone: a deadline "by the 12th" holds all of the 12th there. */
export function endOfLocalDay(d: DateOnly, timeZone: string): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, 23, 59, 59);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(guess));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return new Date(guess - (shown - guess));
}

/** Days waiting, coloured by the service's own targets. */
export function slaOf(service: Service | undefined, submittedAt: Date, state: RequestState, now: Date): Sla {
  const days = Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY));
  if (!service || isFinal(state)) return { days };
  const tone: SlaTone =
    days >= service.sla.redDays ? 'red' : days >= service.sla.amberDays ? 'amber' : 'green';
  return { days, tone };
}

/** A queue position as people carry it in a link: opaque, and checked when it comes back. */
export function encodeCursor(key: QueueKey): string {
  return Buffer.from(`${key.submittedAt.toISOString()}|${key.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(text: unknown): QueueKey | undefined {
  if (typeof text !== 'string' || text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  const [at = '', id = ''] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at) || !UUID.test(id)) return undefined;
  const submittedAt = new Date(at);
  return Number.isNaN(submittedAt.getTime()) ? undefined : { submittedAt, id };
}

const same = (a: Answer | undefined, b: Answer | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Every value sent under a form name (checkboxes), as strings. */
function many(body: Record<string, unknown>, name: string): string[] {
  const v = Object.hasOwn(body, name) ? body[name] : undefined;
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  return list.filter((x): x is string => typeof x === 'string').slice(0, 200);
}

function one(body: Record<string, unknown>, name: string, max = MESSAGE_MAX * 2): string {
  const v = Object.hasOwn(body, name) ? body[name] : undefined;
  const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  return s.slice(0, max);
}

/** The name of an action's optional message box (each action form has its own, so ids stay unique). */
export const messageField = (name: TransitionName) => `${name}Message`;
/** Checkbox group of a page's answers in the correction form. */
export const pageFieldsName = (page: Page) => `fields-${page.id}`;

/**
 * The queue and the review of a request: who may open what (their consulates, checked again in the SQL), what
 * the officer sees (answers, what changed between submissions, documents, timeline, notes), and the officer's
 * actions — every change of state through `requests.move`, with the version the officer's page was built on.
 */
export function createReviewService(deps: {
  db: Db;
  clock: Clock;
  keys: Keys;
  requests: RequestsService;
  documents: DocumentsService;
  catalog: CatalogService;
  services: ServiceCatalog;
  applicant(id: string): Promise<ApplicantView | undefined>;
}) {
  const { db, clock, keys, requests, documents, services } = deps;
  const notesKey = keys.encryptionKey('request-notes');

  const scopeOf = (member: StaffMember): Scope => (isAdmin(member) ? 'all' : workConsulates(member));
  const inScope = (scope: Scope, consulateId: string) => scope === 'all' || scope.includes(consulateId);
  const actor = (member: StaffMember) => `staff:${member.id}`;

  async function staffNames(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of new Set(ids)) {
      if (!id || !UUID.test(id)) continue;
      const row = await findStaff(db, id);
      if (row) names.set(id, row.name);
    }
    return names;
  }

  async function timeZoneOf(consulateId: string): Promise<string> {
    return (await deps.catalog.findConsulate(consulateId))?.timeZone ?? 'UTC';
  }

  /** The consulates whose queue this person may open, in the catalog's order. */
  async function queueConsulates(member: StaffMember): Promise<Consulate[]> {
    const scope = scopeOf(member);
    const all = await deps.catalog.listConsulates();
    return all.filter((c) => inScope(scope, c.id));
  }

  /** Rows of a list with their service, days waiting and the assignee's name. */
  async function entries(items: QueueItem[]): Promise<QueueEntry[]> {
    const now = clock.now();
    const names = await staffNames(items.map((i) => i.assignedTo));
    return items.map((i) => {
      const service = services.find(i.serviceId);
      return {
        ...i,
        service,
        sla: slaOf(service, i.submittedAt, i.state, now),
        assigneeName: i.assignedTo ? names.get(i.assignedTo) : undefined,
      };
    });
  }

  /** A request the person may open (their consulate's, submitted), or undefined for anything else. */
  async function load(member: StaffMember, id: string): Promise<RequestView | undefined> {
    if (!UUID.test(id)) return undefined;
    return requests.forStaff(id, scopeOf(member));
  }

  /** The documents by id (a submission's list), kept in that order. */
  async function rowsOf(ids: string[]): Promise<DocumentRow[]> {
    const out: DocumentRow[] = [];
    for (const id of ids) {
      const row = await documents.findForStaff(id);
      if (row) out.push(row);
    }
    return out;
  }

  /** What changed from one submission to the next: answers field by field, documents by kind. */
  function answerChanges(
    service: Service,
    before: Record<string, Answer>,
    after: Record<string, Answer>,
  ): AnswerChange[] {
    const changes: AnswerChange[] = [];
    for (const page of service.pages) {
      for (const field of page.fields) {
        if (!same(before[field.id], after[field.id])) {
          changes.push({ page, field, before: before[field.id], after: after[field.id] });
        }
      }
    }
    if (service.composedText && !same(before[COMPOSED_TEXT], after[COMPOSED_TEXT])) {
      changes.push({ field: COMPOSED_TEXT, before: before[COMPOSED_TEXT], after: after[COMPOSED_TEXT] });
    }
    return changes;
  }

  function documentChanges(before: DocumentRow[], after: DocumentRow[]): DocumentChange[] {
    const kinds = [...new Set([...before, ...after].map((d) => d.kind))];
    return kinds.flatMap((kind) => {
      const b = before.find((d) => d.kind === kind);
      const a = after.find((d) => d.kind === kind);
      return b?.id === a?.id ? [] : [{ kind, before: b, after: a }];
    });
  }

  async function notesOf(requestId: string): Promise<NoteView[]> {
    const rows = await store.notesOf(db, requestId);
    const names = await staffNames(rows.map((r) => r.staffId));
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      staffName: names.get(r.staffId) ?? '',
      text: decrypt(notesKey, r.textEnc, `note:${requestId}`).toString('utf8'),
    }));
  }

  /** The transitions an officer may take from here; issuing has its own page (four eyes). */
  const officerTransitions = (r: RequestView): TransitionName[] =>
    availableTransitions(r.state, r.service.outcome, 'officer').filter((n) => n !== 'issue');

  /** A blank action form; a correction's deadline is offered 14 days ahead, in the page's calendar and digits. */
  function blankAction(name: TransitionName, timeZone: string, locale: Locale): ActionState {
    const at = addDays(localDate(clock.now(), timeZone), CORRECTION_DAYS);
    const deadline = locale === 'fa' ? gregorianToJalali(at) : at;
    const digits = (n: number) => localDigits(String(n), locale);
    return {
      name,
      values:
        name === 'return_for_correction'
          ? {
              'deadline-day': digits(deadline.day),
              'deadline-month': digits(deadline.month),
              'deadline-year': digits(deadline.year),
            }
          : {},
      fields: [],
      documents: [],
      errors: {},
    };
  }

  /** Reads an action's form: the words it needs, and for a correction what to correct and by when. */
  function parseAction(
    r: RequestView,
    name: TransitionName,
    body: unknown,
    timeZone: string,
  ):
    | {
        ok: true;
        input: {
          message?: string;
          reason?: string;
          deadline?: Date;
          correction?: { fields: string[]; documents: string[] };
        };
      }
    | { ok: false; state: ActionState } {
    const form = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const state: ActionState = { name, values: {}, fields: [], documents: [], errors: {} };
    if (name === 'reject') {
      const reason = one(form, 'reason').trim();
      state.values.reason = reason;
      if (!reason) state.errors.reason = 'backoffice.action.reject.reasonMissing';
      else if (reason.length > MESSAGE_MAX) state.errors.reason = 'backoffice.action.tooLong';
      return Object.keys(state.errors).length > 0 ? { ok: false, state } : { ok: true, input: { reason } };
    }
    if (name === 'return_for_correction') {
      const message = one(form, 'correctionMessage').trim();
      state.values.correctionMessage = message;
      const pages = requests.shownPages(r.service, r.answers);
      for (const page of pages) {
        const ids = page.fields.map((f) => f.id);
        state.fields.push(...many(form, pageFieldsName(page)).filter((v) => ids.includes(v)));
      }
      if (r.service.composedText && many(form, 'fields-text').includes(COMPOSED_TEXT)) {
        state.fields.push(COMPOSED_TEXT);
      }
      const kinds = requests.shownDocuments(r.service, r.answers).map((d) => d.kind);
      state.documents = many(form, 'documents').filter((k) => kinds.includes(k));
      if (state.fields.length === 0 && state.documents.length === 0)
        state.errors.correction = 'backoffice.action.correction.nothingChosen';
      if (!message) state.errors.correctionMessage = 'backoffice.action.correction.messageMissing';
      else if (message.length > MESSAGE_MAX) state.errors.correctionMessage = 'backoffice.action.tooLong';
      const parts = (['day', 'month', 'year'] as const).map((p) => {
        const typed = one(form, `deadline-${p}`, 20);
        state.values[`deadline-${p}`] = typed;
        return toLatinDigits(typed).replace(/\s+/g, '');
      });
      let deadline: Date | undefined;
      if (parts.some((p) => p === '')) state.errors.deadline = 'backoffice.action.correction.deadlineMissing';
      else if (!parts.every((p) => /^\d+$/.test(p)))
        state.errors.deadline = 'backoffice.action.correction.deadlineInvalid';
      else {
        const [day, month, year] = parts.map(Number) as [number, number, number];
        const parsed = fromParts(year, month, day);
        if (!parsed) state.errors.deadline = 'backoffice.action.correction.deadlineInvalid';
        else if (dayNumber(parsed.date) <= dayNumber(localDate(clock.now(), timeZone)))
          state.errors.deadline = 'backoffice.action.correction.deadlinePast';
        else deadline = endOfLocalDay(parsed.date, timeZone);
      }
      if (Object.keys(state.errors).length > 0) return { ok: false, state };
      return {
        ok: true,
        input: { message, deadline, correction: { fields: state.fields, documents: state.documents } },
      };
    }
    const message = one(form, messageField(name)).trim();
    state.values[messageField(name)] = message;
    if (message.length > MESSAGE_MAX) {
      state.errors[messageField(name)] = 'backoffice.action.tooLong';
      return { ok: false, state };
    }
    return { ok: true, input: message ? { message } : {} };
  }

  return {
    scopeOf,
    queueConsulates,
    timeZoneOf,
    load,

    /** Whether a submitted request with this id exists anywhere (to tell a refusal from a typo in the logs). */
    exists: async (id: string) => UUID.test(id) && Boolean(await requests.forStaff(id, 'all')),

    /** One page of a consulate's queue (the caller checked the consulate is the person's). */
    async queue(
      member: StaffMember,
      query: QueueQuery,
      page: { after?: QueueKey; before?: QueueKey },
      limit = QUEUE_PAGE_SIZE,
    ) {
      const result = await requests.queue(
        {
          consulateId: query.consulateId,
          states:
            query.state === 'open' ? OPEN_STATES : query.state === 'all' ? SUBMITTED_STATES : [query.state],
          serviceId: query.serviceId,
          submittedBefore:
            query.minDays !== undefined && query.minDays > 0
              ? new Date(clock.now().getTime() - query.minDays * DAY)
              : undefined,
          assigned:
            query.assigned === 'me' ? { to: member.id } : query.assigned === 'nobody' ? 'nobody' : undefined,
        },
        page,
        limit,
      );
      return { ...result, items: await entries(result.items) };
    },

    /**
     * Requests at the person's consulates by tracking code, national code or name. `exact` names the request when
     * the words were its tracking code, so the page can go straight to it.
     */
    async search(member: StaffMember, query: string): Promise<{ items: QueueEntry[]; exact?: string }> {
      const scope = scopeOf(member);
      const ids = scope === 'all' ? (await deps.catalog.listConsulates()).map((c) => c.id) : scope;
      const rows = await requests.findForStaff(query, ids);
      const people = new Map<string, ApplicantView | undefined>();
      for (const r of rows)
        if (!people.has(r.applicantId)) people.set(r.applicantId, await deps.applicant(r.applicantId));
      const items = await entries(
        rows.map((r) => ({
          id: r.id,
          trackingCode: r.trackingCode!,
          applicantId: r.applicantId,
          serviceId: r.serviceId,
          state: r.state,
          version: r.version,
          submittedAt: r.submittedAt ?? r.createdAt,
          assignedTo: r.assignedTo,
          firstName: people.get(r.applicantId)?.identity.firstName ?? '',
          lastName: people.get(r.applicantId)?.identity.lastName ?? '',
        })),
      );
      const typed = toLatinDigits(query)
        .replace(/[^0-9A-Za-z]/g, '')
        .toUpperCase();
      const exact = items.length === 1 && items[0]!.trackingCode === typed ? items[0]!.id : undefined;
      return { items, exact };
    },

    /** Everything the review page shows about a request the person may open. */
    async review(member: StaffMember, r: RequestView) {
      const now = clock.now();
      const [applicant, profile, versions, events, notes, consulate] = await Promise.all([
        deps.applicant(r.applicantId),
        documents.profile(r.applicantId),
        requests.submittedVersions(r.id),
        requests.timeline(r.id),
        notesOf(r.id),
        deps.catalog.findConsulate(r.consulateId),
      ]);
      const documentsOf = new Map<number, DocumentRow[]>();
      for (const v of versions) documentsOf.set(v.n, await rowsOf(v.documentIds));
      const history: VersionView[] = versions.map((v, i) => {
        const previous = versions[i - 1];
        return {
          n: v.n,
          submittedAt: v.submittedAt,
          answers: previous ? answerChanges(r.service, previous.answers, v.answers) : [],
          documents: previous
            ? documentChanges(documentsOf.get(previous.n) ?? [], documentsOf.get(v.n) ?? [])
            : [],
        };
      });
      const latest = versions[versions.length - 1];
      const names = await staffNames([
        ...events.map((e) => (e.actor.startsWith('staff:') ? e.actor.slice(6) : undefined)),
        r.assignedTo,
      ]);
      const timeline: TimelineEntry[] = events.map((e) => {
        const who = e.actor.startsWith('applicant:')
          ? 'applicant'
          : e.actor.startsWith('staff:')
            ? 'officer'
            : 'system';
        return { ...e, who, staffName: who === 'officer' ? names.get(e.actor.slice(6)) : undefined };
      });
      const supervises = can(member, 'supervise', r.consulateId);
      return {
        applicant,
        photo: profile.get('photo'),
        consulate,
        timeZone: consulate?.timeZone ?? 'UTC',
        sla: slaOf(r.service, r.submittedAt ?? r.createdAt, r.state, now),
        pages: requests.shownPages(r.service, r.answers),
        requestDocuments: requests.shownDocuments(r.service, r.answers),
        /** What the latest submission holds (an applicant's unsent upload is not the officer's to judge). */
        documents: latest ? (documentsOf.get(latest.n) ?? []) : [],
        versions: history,
        timeline,
        notes,
        assigneeName: r.assignedTo ? names.get(r.assignedTo) : undefined,
        /** Officers a supervisor may give the request to. */
        officers: supervises ? await staffAt(db, r.consulateId, ['officer', 'supervisor']) : [],
        supervises,
        transitions: officerTransitions(r),
      };
    },

    /** The opening of a citizen's record by staff, in the audit log. */
    async recordView(member: StaffMember, r: RequestView, ip: string) {
      await db.transaction(async (tx) => {
        await record(tx, clock, {
          actor: actor(member),
          action: 'request.view',
          subject: `request:${r.id}`,
          ip,
          details: { consulate: r.consulateId, state: r.state },
        });
      });
    },

    notes: notesOf,

    /** An internal note: sealed like the answers it discusses, audited without its words, never shown outside. */
    async addNote(input: {
      member: StaffMember;
      request: RequestView;
      text: unknown;
      ip: string;
    }): Promise<{ ok: true } | { ok: false; error: MessageKey; text: string }> {
      const text = typeof input.text === 'string' ? input.text.replace(/\r\n?/g, '\n').trim() : '';
      if (!text) return { ok: false, error: 'backoffice.notes.missing', text };
      if (text.length > NOTE_MAX) return { ok: false, error: 'backoffice.notes.tooLong', text };
      const id = newId();
      await db.transaction(async (tx) => {
        await store.insertNote(tx, {
          id,
          requestId: input.request.id,
          staffId: input.member.id,
          textEnc: encrypt(notesKey, text, `note:${input.request.id}`),
          at: clock.now(),
        });
        await record(tx, clock, {
          actor: actor(input.member),
          action: 'request.note',
          subject: `request:${input.request.id}`,
          ip: input.ip,
          details: { note: id },
        });
      });
      return { ok: true };
    },

    /**
     * Assignment: an officer takes an unassigned request or gives back their own; a supervisor (or an admin) gives
     * it to any officer of the consulate, or back to nobody.
     */
    async assign(input: {
      member: StaffMember;
      request: RequestView;
      to: unknown;
      ip: string;
    }): Promise<'ok' | 'not_allowed' | 'missing'> {
      const { member, request: r } = input;
      const to = typeof input.to === 'string' ? input.to : '';
      const supervises = can(member, 'supervise', r.consulateId);
      let target: string | null;
      if (to === 'me') {
        if (r.assignedTo && r.assignedTo !== member.id && !supervises) return 'not_allowed';
        target = member.id;
      } else if (to === 'nobody') {
        if (r.assignedTo !== member.id && !supervises) return 'not_allowed';
        target = null;
      } else {
        if (!supervises || !UUID.test(to)) return 'not_allowed';
        const officers = await staffAt(db, r.consulateId, ['officer', 'supervisor']);
        if (!officers.some((o) => o.id === to)) return 'not_allowed';
        target = to;
      }
      if (target === r.assignedTo) return 'ok';
      return requests.assign({ requestId: r.id, to: target, actor: actor(member), ip: input.ip });
    },

    blankAction,
    officerTransitions,

    /**
     * One of the officer's transitions, from the page the officer was looking at: a form built on an older
     * version is a conflict, nothing is written; the words a transition needs are checked first.
     */
    async act(input: {
      member: StaffMember;
      request: RequestView;
      name: string;
      body: unknown;
      ip: string;
      locale: Locale;
    }): Promise<ActionOutcome> {
      const { request: r } = input;
      const form =
        input.body && typeof input.body === 'object' ? (input.body as Record<string, unknown>) : {};
      const version = Number(one(form, 'version', 12));
      if (!Number.isInteger(version) || version !== r.version) return { kind: 'conflict' };
      const name = officerTransitions(r).find((n) => n === input.name);
      // Not open from here at the version the officer saw: a button the page never showed.
      if (!name) return { kind: 'unavailable' };
      const timeZone = await timeZoneOf(r.consulateId);
      const parsed = parseAction(r, name, input.body, timeZone);
      if (!parsed.ok) return { kind: 'invalid', state: parsed.state };
      const moved = await requests.move({
        requestId: r.id,
        name,
        by: 'officer',
        actor: actor(input.member),
        ip: input.ip,
        expectedVersion: version,
        ...parsed.input,
      });
      if (moved.ok) return { kind: 'done' };
      if (moved.refusal === 'conflict' || moved.refusal === 'illegal') return { kind: 'conflict' };
      if (moved.refusal === 'missing') return { kind: 'missing' };
      // The words were checked above; a deadline can only have become past if the day turned meanwhile.
      const state = blankAction(name, timeZone, input.locale);
      state.errors.deadline = 'backoffice.action.correction.deadlinePast';
      return { kind: 'invalid', state };
    },

    /**
     * A document staff may open: one of a submitted request at their consulates (its own upload or any
     * submission's list), or a registration document of an applicant with a submitted request there.
     */
    async documentFor(member: StaffMember, id: string): Promise<DocumentRow | undefined> {
      const doc = await documents.findForStaff(id);
      if (!doc) return undefined;
      const scope = scopeOf(member);
      if (doc.requestId) {
        const r = await requests.forStaff(doc.requestId, scope);
        return r && r.applicantId === doc.ownerId ? doc : undefined;
      }
      const theirs = await requests.list(doc.ownerId);
      return theirs.some((r) => r.trackingCode && inScope(scope, r.consulateId)) ? doc : undefined;
    },

    /** The bytes of a document staff may open; opening the file (not its preview) is audited. */
    async openDocument(member: StaffMember, doc: DocumentRow, variant: 'file' | 'thumbnail', ip: string) {
      const found = await documents.readForStaff(doc, variant);
      if (found && variant === 'file') {
        await db.transaction(async (tx) => {
          await record(tx, clock, {
            actor: actor(member),
            action: 'document.view',
            subject: `document:${doc.id}`,
            ip,
            details: { kind: doc.kind, owner: doc.ownerId, request: doc.requestId },
          });
        });
      }
      return found;
    },

    /** For the conflict page: where the request stands now and the last change made to it. */
    async current(r: RequestView) {
      const events = await requests.timeline(r.id);
      const last = events[events.length - 1];
      const names = await staffNames(last?.actor.startsWith('staff:') ? [last.actor.slice(6)] : []);
      return {
        last,
        who: !last
          ? undefined
          : last.actor.startsWith('applicant:')
            ? ('applicant' as const)
            : last.actor.startsWith('staff:')
              ? ('officer' as const)
              : ('system' as const),
        staffName: last ? names.get(last.actor.slice(6)) : undefined,
        timeZone: await timeZoneOf(r.consulateId),
      };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
export type ReviewData = Awaited<ReturnType<ReviewService['review']>>;
