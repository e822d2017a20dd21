import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { applicants } from '../accounts/schema.ts';
import { serviceRequests } from './schema.ts';
import type { RequestState } from './states.ts';

/**
 * The back office's queue: a consulate's submitted requests, oldest submission first (waiting longest on top),
 * paged by keyset on (submitted_at, id) so a page never shifts when requests arrive or leave while an officer
 * reads it. The queue index (consulate_id, state, submitted_at, id) serves the filter and the order.
 */

export type QueueFilter = {
  consulateId: string;
  states: RequestState[];
  serviceId?: string;
  /** Submitted at or before this instant (waiting at least N days). */
  submittedBefore?: Date;
  /** Assigned to this staff member, or to nobody; unset: anyone. */
  assigned?: { to: string } | 'nobody';
};

/** A position in the queue: the last (or first) row of the page the officer is on. */
export type QueueKey = { submittedAt: Date; id: string };

export type QueueItem = {
  id: string;
  trackingCode: string;
  applicantId: string;
  serviceId: string;
  state: RequestState;
  version: number;
  submittedAt: Date;
  assignedTo: string | null;
  firstName: string;
  lastName: string;
};

export type QueuePage = {
  items: QueueItem[];
  /** How many requests the filter holds in all. */
  total: number;
  /** The key to read the page after this one from, when there is one. */
  next?: QueueKey;
  /** The key to read the page before this one up to, when there is one. */
  previous?: QueueKey;
};

function where(filter: QueueFilter): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(serviceRequests.consulateId, filter.consulateId),
    isNotNull(serviceRequests.trackingCode),
    isNotNull(serviceRequests.submittedAt),
    inArray(serviceRequests.state, filter.states.length > 0 ? filter.states : ['submitted']),
    filter.serviceId ? eq(serviceRequests.serviceId, filter.serviceId) : undefined,
    filter.submittedBefore ? lte(serviceRequests.submittedAt, filter.submittedBefore) : undefined,
    filter.assigned === 'nobody'
      ? isNull(serviceRequests.assignedTo)
      : filter.assigned
        ? eq(serviceRequests.assignedTo, filter.assigned.to)
        : undefined,
  ];
  return and(...conditions)!;
}

// Row-value comparison, so PostgreSQL walks the index from the key instead of counting an offset. Submission times
// come from the app's clock (milliseconds), so a key read back into a JS Date loses nothing.
const afterKey = (k: QueueKey) =>
  sql`(${serviceRequests.submittedAt}, ${serviceRequests.id}) > (${k.submittedAt.toISOString()}::timestamptz, ${k.id}::uuid)`;
const beforeKey = (k: QueueKey) =>
  sql`(${serviceRequests.submittedAt}, ${serviceRequests.id}) < (${k.submittedAt.toISOString()}::timestamptz, ${k.id}::uuid)`;

async function rows(db: Db, condition: SQL, direction: 'asc' | 'desc', limit: number): Promise<QueueItem[]> {
  const order = direction === 'asc' ? asc : desc;
  const found = await db
    .select({
      id: serviceRequests.id,
      trackingCode: serviceRequests.trackingCode,
      applicantId: serviceRequests.applicantId,
      serviceId: serviceRequests.serviceId,
      state: serviceRequests.state,
      version: serviceRequests.version,
      submittedAt: serviceRequests.submittedAt,
      assignedTo: serviceRequests.assignedTo,
      firstName: sql<string>`${applicants.identity}->>'firstName'`,
      lastName: sql<string>`${applicants.identity}->>'lastName'`,
    })
    .from(serviceRequests)
    .innerJoin(applicants, eq(applicants.id, serviceRequests.applicantId))
    .where(condition)
    .orderBy(order(serviceRequests.submittedAt), order(serviceRequests.id))
    .limit(limit);
  return found.map((r) => ({ ...r, trackingCode: r.trackingCode!, submittedAt: r.submittedAt! }));
}

const keyOf = (item: QueueItem): QueueKey => ({ submittedAt: item.submittedAt, id: item.id });

/** One page of the queue: from the start, after a key (next page), or up to a key (previous page). */
export async function queuePage(
  db: Db,
  filter: QueueFilter,
  page: { after?: QueueKey; before?: QueueKey },
  limit: number,
): Promise<QueuePage> {
  const base = where(filter);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(serviceRequests).where(base);
  const total = Number(count?.n ?? 0);
  if (page.before) {
    const found = await rows(db, and(base, beforeKey(page.before))!, 'desc', limit + 1);
    // Everything before the key left the queue meanwhile: the first page is what is left.
    if (found.length > 0) {
      const items = found.slice(0, limit).reverse();
      return {
        items,
        total,
        next: keyOf(items[items.length - 1]!),
        previous: found.length > limit ? keyOf(items[0]!) : undefined,
      };
    }
    return queuePage(db, filter, {}, limit);
  }
  const found = await rows(db, page.after ? and(base, afterKey(page.after))! : base, 'asc', limit + 1);
  const items = found.slice(0, limit);
  return {
    items,
    total,
    next: found.length > limit ? keyOf(items[items.length - 1]!) : undefined,
    previous: page.after && items.length > 0 ? keyOf(items[0]!) : undefined,
  };
}
