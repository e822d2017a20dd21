import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';
import type { Group } from '../catalog/definition.ts';
import { type BookingState, bookingMarks, bookingRequests, bookings } from './schema.ts';
import { type BookingRow, endBooking } from './store.ts';

/** What the officers' day view lists: confirmed appointments and those already marked, and the cancelled ones. */
export const DAY_STATES: readonly BookingState[] = ['active', 'attended', 'no_show', 'cancelled'];

export type DayBooking = BookingRow & {
  /** The requests the visit is for now (all it was for, once it is over). */
  requestIds: string[];
};

/** A consulate's appointments starting in [from, to), in time order then by counter. */
export async function bookingsBetween(
  db: Db,
  q: { consulateId: string; from: Date; to: Date },
): Promise<DayBooking[]> {
  const rows = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.consulateId, q.consulateId),
        gte(bookings.startsAt, q.from),
        lt(bookings.startsAt, q.to),
        inArray(bookings.state, [...DAY_STATES]),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.seat), asc(bookings.id));
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(bookingRequests)
    .where(
      inArray(
        bookingRequests.bookingId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((b) => {
    const mine = links.filter((l) => l.bookingId === b.id);
    // A live visit lists only the requests still in it; a past one, everything it was booked for.
    const shown = b.state === 'active' ? mine.filter((l) => l.active) : mine;
    return { ...b, requestIds: shown.map((l) => l.requestId).sort() };
  });
}

/** The requests still in a visit (a request that ended meanwhile has left it). */
export async function liveRequestIds(db: Db, bookingId: string): Promise<string[]> {
  const rows = await db
    .select({ id: bookingRequests.requestId })
    .from(bookingRequests)
    .where(and(eq(bookingRequests.bookingId, bookingId), eq(bookingRequests.active, true)));
  return rows.map((r) => r.id).sort();
}

/**
 * An appointment ends at the counter: attended or absent, by whom and when (`booking_marks` keeps the staff
 * member's key). Its requests are free to book again; seats are the caller's business.
 */
export async function markBooking(
  tx: Db,
  q: { bookingId: string; mark: 'attended' | 'no_show'; staffId: string; at: Date },
): Promise<void> {
  await endBooking(tx, q.bookingId, { state: q.mark, endedAt: q.at, endedBy: `staff:${q.staffId}` });
  await tx
    .insert(bookingMarks)
    .values({ bookingId: q.bookingId, staffId: q.staffId, at: q.at, mark: q.mark })
    .onConflictDoUpdate({
      target: bookingMarks.bookingId,
      set: { staffId: q.staffId, at: q.at, mark: q.mark },
    });
}

/** The confirmed appointment of a request starting in [from, to), locked for the caller's transaction. */
export async function activeForRequestBetween(
  tx: Db,
  q: { requestId: string; from: Date; to: Date },
): Promise<BookingRow | undefined> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`select b.id from bookings b join booking_requests br on br.booking_id = b.id
         where br.request_id = ${q.requestId} and br.active and b.state = 'active'
           and b.starts_at >= ${q.from.toISOString()} and b.starts_at < ${q.to.toISOString()}
         order by b.starts_at limit 1`,
  );
  if (!rows[0]) return undefined;
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, rows[0].id)).for('update');
  return row;
}

/**
 * The appointment a request has from `from` on (the counter shows it): a confirmed one, or one already marked.
 * The earliest first, so today's comes before a later one.
 */
export async function appointmentOfRequestFrom(
  db: Db,
  q: { requestId: string; from: Date },
): Promise<BookingRow | undefined> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select b.id from bookings b join booking_requests br on br.booking_id = b.id
         where br.request_id = ${q.requestId} and b.state in ('active', 'attended', 'no_show')
           and (br.active or b.state <> 'active')
           and b.starts_at >= ${q.from.toISOString()}
         order by b.starts_at limit 1`,
  );
  if (!rows[0]) return undefined;
  const [row] = await db.select().from(bookings).where(eq(bookings.id, rows[0].id));
  return row;
}
