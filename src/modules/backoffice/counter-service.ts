import { createHash } from 'node:crypto';
import { z } from 'zod';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { toLatinDigits } from '../../platform/i18n/digits.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { newId } from '../../platform/ids.ts';
import { appointmentAtCounter, attendAtCounter } from '../appointments/day-service.ts';
import type { BookingState } from '../appointments/schema.ts';
import type { Text } from '../catalog/definition.ts';
import type { Consulate } from '../catalog/service.ts';
import type { ProfileKind } from '../documents/kinds.ts';
import type { RequestView } from '../requests/service.ts';
import { isFinal } from '../requests/states.ts';
import { isAdmin, type StaffMember, workConsulates } from '../staff/roles.ts';
import * as store from './counter-store.ts';
import type { BackofficeDeps } from './deps.ts';
import { PAYMENT_KINDS, type PaymentKind } from './schema.ts';

/** Services whose document is signed at the counter, in the officer's presence. */
export const WITNESSED_SERVICES: readonly string[] = ['power-of-attorney', 'signature-attestation'];

/** One thing the officer must see in the original; `key` is what `counter_visits.originals_seen` keeps. */
export type OriginalItem = { key: string } & ({ message: MessageKey } | { text: Text });

/** The fee a request owes, in the consulate's currency, with the euro tariff it comes from. */
export type FeeDue = {
  free: boolean;
  /** Decimal string in `currency`. */
  amount: string;
  currency: string;
  eur: string;
  paidAt: Date | null;
};

export type PaymentView = store.FeePayment & { recordedByName: string };

/** Everything the visit page shows. */
export type CounterVisitView = {
  request: RequestView;
  consulate: Consulate;
  applicant: { firstName: string; lastName: string; photoId?: string };
  visit?: store.CounterVisit & { checkedInByName: string; signatureWitnessedByName?: string };
  checklist: OriginalItem[];
  fee: FeeDue;
  payments: PaymentView[];
  /** The service's document is signed before the officer. */
  witnessed: boolean;
  /** Why nothing can be done at the counter for this request (its story is over). */
  closed: boolean;
  /** The request's appointment today or later, if it has one (times in the consulate's zone). */
  appointment?: { startsAt: Date; endsAt: Date; seat: number; state: BookingState };
};

/** The originals a profile document stands for; the photo has none (it was taken for the portal). */
const PROFILE_ORIGINALS: Record<ProfileKind, { key: string; message: MessageKey } | null> = {
  passport_bio: { key: 'passport', message: 'counter.original.passport' },
  passport_exit_stamp: { key: 'passport', message: 'counter.original.passport' },
  residence_permit: { key: 'residence_permit', message: 'counter.original.residencePermit' },
  national_card_front: { key: 'national_card', message: 'counter.original.nationalCard' },
  national_card_back: { key: 'national_card', message: 'counter.original.nationalCard' },
  photo: null,
};

/**
 * An amount as typed at the counter: digits in any script, one decimal separator (`.`, `,` or the Persian `٫`),
 * at most two decimals, more than zero. Returns the canonical decimal string, or undefined.
 */
export function parseAmount(typed: string): string | undefined {
  const text = toLatinDigits(typed).trim().replace(/[٫,]/g, '.');
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (/^0+$/.test(whole) && fraction === '') return undefined;
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The payment form: messages are catalog keys, shown in the officer's language. */
export const PaymentForm = z.object({
  amount: z
    .string()
    .trim()
    .min(1, 'counter.payment.amount.required')
    .refine((v) => parseAmount(v) !== undefined, 'counter.payment.amount.invalid'),
  method: z.enum(PAYMENT_KINDS, { message: 'counter.payment.method.required' }),
  receiptNumber: z
    .string()
    .trim()
    .min(1, 'counter.payment.receipt.required')
    .max(64, 'counter.payment.receipt.tooLong'),
  again: z.string().optional(),
});

export type PaymentInput = { amount: string; method: PaymentKind; receiptNumber: string; again: boolean };

type Actor = { staff: StaffMember; ip: string };

/**
 * The applicant of a request is checked in at the counter, inside the caller's transaction with its audit row: a
 * later check-in moves the time and keeps the rest. The day view of appointments checks a visit in this way too.
 */
export async function recordCheckIn(
  tx: Db,
  clock: Clock,
  input: { requestId: string; staffId: string; ip: string | null; details?: Record<string, unknown> },
): Promise<void> {
  const before = await store.visitOf(tx, input.requestId);
  await store.upsertCheckIn(tx, input.requestId, clock.now(), input.staffId);
  await record(tx, clock, {
    actor: `staff:${input.staffId}`,
    action: 'counter.check_in',
    subject: `request:${input.requestId}`,
    ip: input.ip,
    details: { again: Boolean(before), ...input.details },
  });
}

/** Letters and digits of a typed code, digits in Latin script, upper case: enough to compare with a stored code. */
const foldCode = (typed: string) =>
  toLatinDigits(typed)
    .replace(/[^0-9a-z]/gi, '')
    .toUpperCase();

/**
 * The counter: the applicant found by tracking code and checked in, the originals seen, the fee taken and a
 * receipt given, and for documents signed in the officer's presence, the signature witnessed. Every change is
 * audited in its own transaction; the officer's consulates bound everything.
 */
export function createCounterService(deps: BackofficeDeps & { db: Db; clock: Clock }) {
  const { db, clock, requests } = deps;

  async function scopeOf(member: StaffMember): Promise<string[] | 'all'> {
    return isAdmin(member) ? 'all' : workConsulates(member);
  }

  async function consulateIdsOf(member: StaffMember): Promise<string[]> {
    const scope = await scopeOf(member);
    return scope === 'all' ? (await deps.catalog.listConsulates()).map((c) => c.id) : scope;
  }

  /** The list of originals: the passport, the cards the request relies on, each document shown, the service's own. */
  function checklistOf(r: RequestView): OriginalItem[] {
    const items: OriginalItem[] = [];
    const add = (item: OriginalItem) => {
      if (!items.some((i) => i.key === item.key)) items.push(item);
    };
    // A travel document is for someone without a valid passport: the only service that does not rely on one.
    const profile = r.service.documents.profile;
    if (profile.length === 0 || profile.includes('passport_bio')) {
      add({ key: 'passport', message: 'counter.original.passport' });
    }
    for (const kind of profile) {
      const original = PROFILE_ORIGINALS[kind];
      if (original) add(original);
    }
    for (const d of requests.shownDocuments(r.service, r.answers))
      add({ key: `request:${d.kind}`, text: d.label });
    for (const text of r.service.originals ?? []) {
      // Keyed by the wording, not its position: reordering the definition keeps what was ticked.
      add({ key: `note:${createHash('sha256').update(text.en).digest('hex').slice(0, 10)}`, text });
    }
    return items;
  }

  async function feeOf(r: RequestView, consulate: Consulate): Promise<FeeDue> {
    let amount = r.feeAmount;
    let eur = r.feeEur;
    if (!amount || r.feeCurrency !== consulate.currency || eur === null) {
      // The consulate's currency changed since submission (or the fee was never worked out): at today's rate.
      const now = await requests.fee(r);
      amount = now?.amount ?? '0';
      eur ??= now?.eur ?? '0';
    }
    return {
      free: Number(eur) === 0 && Number(amount) === 0,
      amount,
      currency: consulate.currency,
      eur,
      paidAt: r.feePaidAt,
    };
  }

  async function audit(action: string, r: RequestView, actor: Actor, details?: Record<string, unknown>) {
    await db.transaction(async (tx) => {
      await record(tx, clock, {
        actor: `staff:${actor.staff.id}`,
        action,
        subject: `request:${r.id}`,
        ip: actor.ip,
        details,
      });
    });
  }

  const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

  return {
    checklistOf,

    /**
     * A submitted request at one of the officer's consulates, by its tracking code typed any way (spaces, dashes,
     * Persian digits). Anything else — a name, another consulate's request, a draft, no such code — is not found,
     * and the answer does not say which.
     */
    async findByTrackingCode(query: string, member: StaffMember): Promise<string | undefined> {
      const code = foldCode(query);
      // Twelve characters: a tracking code's length. Names and national codes are the queue's search, not this.
      if (code.length !== 12) return undefined;
      const rows = await requests.findForStaff(query, await consulateIdsOf(member));
      return rows.find((row) => row.trackingCode === code)?.id;
    },

    /** The request for the counter, only at the officer's consulates (admins: all). */
    async load(requestId: string, member: StaffMember): Promise<RequestView | undefined> {
      if (!isUuid(requestId)) return undefined;
      return requests.forStaff(requestId, await scopeOf(member));
    },

    /** The visit page's content; opening it is audited (a citizen's record was opened). */
    async view(r: RequestView, actor: Actor): Promise<CounterVisitView | undefined> {
      const consulate = await deps.catalog.findConsulate(r.consulateId);
      if (!consulate) return undefined;
      const person = await deps.applicant(r.applicantId);
      const photo = (await deps.documents.profile(r.applicantId)).get('photo');
      const visit = await store.visitOf(db, r.id);
      const payments = await store.paymentsOf(db, r.id);
      const appointment = await appointmentAtCounter(db, clock, {
        requestId: r.id,
        timeZone: consulate.timeZone,
      });
      const names = await store.staffNames(db, [
        ...(visit ? [visit.checkedInBy] : []),
        ...(visit?.signatureWitnessedBy ? [visit.signatureWitnessedBy] : []),
        ...payments.map((p) => p.recordedBy),
      ]);
      await audit('request.view', r, actor, { page: 'counter' });
      return {
        request: r,
        consulate,
        applicant: {
          firstName: person?.identity.firstName ?? '',
          lastName: person?.identity.lastName ?? '',
          photoId: photo?.id,
        },
        visit: visit
          ? {
              ...visit,
              checkedInByName: names.get(visit.checkedInBy) ?? '',
              signatureWitnessedByName: visit.signatureWitnessedBy
                ? (names.get(visit.signatureWitnessedBy) ?? '')
                : undefined,
            }
          : undefined,
        checklist: checklistOf(r),
        fee: await feeOf(r, consulate),
        payments: payments.map((p) => ({ ...p, recordedByName: names.get(p.recordedBy) ?? '' })),
        witnessed: WITNESSED_SERVICES.includes(r.serviceId),
        closed: isFinal(r.state),
        appointment,
      };
    },

    /**
     * Checks the applicant in; refused for a request whose story is over. A confirmed appointment of today for the
     * request is marked attended in the same transaction.
     */
    async checkIn(r: RequestView, actor: Actor): Promise<'checked_in' | 'closed'> {
      if (isFinal(r.state)) return 'closed';
      const consulate = await deps.catalog.findConsulate(r.consulateId);
      await db.transaction(async (tx) => {
        // Today's appointment for this request is kept: the applicant came. Its row is locked first, as the day
        // view's check-in does, so the two never wait on each other the other way round.
        if (consulate) {
          await attendAtCounter(tx, clock, {
            requestId: r.id,
            timeZone: consulate.timeZone,
            staffId: actor.staff.id,
            ip: actor.ip,
          });
        }
        await recordCheckIn(tx, clock, { requestId: r.id, staffId: actor.staff.id, ip: actor.ip });
      });
      return 'checked_in';
    },

    /** The originals the officer ticked (anything not on the request's list is ignored). */
    async saveOriginals(
      r: RequestView,
      keys: string[],
      actor: Actor,
    ): Promise<'saved' | 'closed' | 'not_checked_in'> {
      if (isFinal(r.state)) return 'closed';
      const known = checklistOf(r).map((i) => i.key);
      const seen = known.filter((k) => keys.includes(k));
      return db.transaction(async (tx) => {
        if (!(await store.visitOf(tx, r.id))) return 'not_checked_in' as const;
        await store.setOriginalsSeen(tx, r.id, seen);
        await record(tx, clock, {
          actor: `staff:${actor.staff.id}`,
          action: 'counter.originals',
          subject: `request:${r.id}`,
          ip: actor.ip,
          details: { seen, of: known.length },
        });
        return 'saved' as const;
      });
    },

    /**
     * Records a fee taken at the counter and marks the request's fee paid, in one transaction with its audit row.
     * A fee already paid is taken again only when the officer says so (`again`).
     */
    async recordPayment(
      r: RequestView,
      input: PaymentInput,
      actor: Actor,
    ): Promise<
      | { kind: 'recorded'; paymentId: string }
      | { kind: 'already_paid' }
      | { kind: 'closed' }
      | { kind: 'not_checked_in' }
      | { kind: 'free' }
    > {
      if (isFinal(r.state)) return { kind: 'closed' };
      const consulate = await deps.catalog.findConsulate(r.consulateId);
      if (!consulate) return { kind: 'closed' };
      const fee = await feeOf(r, consulate);
      if (fee.free) return { kind: 'free' };
      const amount = parseAmount(input.amount);
      if (!amount) throw new Error('recordPayment: amount not validated');
      const now = clock.now();
      const id = newId();
      return db.transaction(async (tx) => {
        const locked = await store.lockFeeState(tx, r.id);
        if (!locked) return { kind: 'closed' as const };
        if (!(await store.visitOf(tx, r.id))) return { kind: 'not_checked_in' as const };
        if (locked.feePaidAt && !input.again) return { kind: 'already_paid' as const };
        await store.insertPayment(tx, {
          id,
          requestId: r.id,
          consulateId: r.consulateId,
          amount,
          currency: consulate.currency,
          method: input.method,
          receiptNumber: toLatinDigits(input.receiptNumber.trim()),
          recordedBy: actor.staff.id,
          recordedAt: now,
        });
        if (!locked.feePaidAt) await requests.markFeePaid(tx, r.id, now);
        await record(tx, clock, {
          actor: `staff:${actor.staff.id}`,
          action: 'counter.payment',
          subject: `request:${r.id}`,
          ip: actor.ip,
          details: {
            payment: id,
            amount,
            currency: consulate.currency,
            method: input.method,
            receiptNumber: toLatinDigits(input.receiptNumber.trim()),
            again: Boolean(locked.feePaidAt),
          },
        });
        return { kind: 'recorded' as const, paymentId: id };
      });
    },

    /** A payment of this request, for its printable receipt (opening it is audited like the record itself). */
    async payment(
      r: RequestView,
      paymentId: string,
      actor: Actor,
    ): Promise<{ payment: PaymentView; consulate: Consulate } | undefined> {
      if (!isUuid(paymentId)) return undefined;
      const p = await store.paymentOf(db, r.id, paymentId);
      const consulate = await deps.catalog.findConsulate(r.consulateId);
      if (!p || !consulate) return undefined;
      const names = await store.staffNames(db, [p.recordedBy]);
      await audit('request.view', r, actor, { page: 'payment-receipt', payment: p.id });
      return { payment: { ...p, recordedByName: names.get(p.recordedBy) ?? '' }, consulate };
    },

    /** "Signed in my presence": who and when, once; only for the services signed at the counter. */
    async witnessSignature(
      r: RequestView,
      actor: Actor,
    ): Promise<'witnessed' | 'already' | 'closed' | 'not_checked_in' | 'not_witnessed_service'> {
      if (!WITNESSED_SERVICES.includes(r.serviceId)) return 'not_witnessed_service';
      if (isFinal(r.state)) return 'closed';
      const now = clock.now();
      return db.transaction(async (tx) => {
        if (!(await store.visitOf(tx, r.id))) return 'not_checked_in' as const;
        if (!(await store.witnessSignature(tx, r.id, now, actor.staff.id))) return 'already' as const;
        await record(tx, clock, {
          actor: `staff:${actor.staff.id}`,
          action: 'counter.signature',
          subject: `request:${r.id}`,
          ip: actor.ip,
          details: { service: r.serviceId },
        });
        return 'witnessed' as const;
      });
    },
  };
}

export type CounterService = ReturnType<typeof createCounterService>;
