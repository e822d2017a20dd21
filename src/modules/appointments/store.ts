import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import type { Group } from '../catalog/definition.ts';
import { consulateClosures } from '../catalog/schema.ts';
import type { LocalDay, Period, Step } from './schedule.ts';
import {
  appointmentSettings,
  type BookingState,
  bookingRequests,
  bookingSeats,
  bookings,
  openingHours,
  openingQueue,
  waitlist,
} from './schema.ts';

export type SettingsRow = typeof appointmentSettings.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type WaitlistRow = typeof waitlist.$inferSelect;
export type OpeningHoursRow = typeof openingHours.$inferSelect;

/** States in which an appointment occupies its seats (a hold only until `held_until`). */
export const LIVE: readonly BookingState[] = ['held', 'active'];

export async function settingsOf(db: Db, consulateId: string): Promise<SettingsRow | undefined> {
  const [row] = await db
    .select()
    .from(appointmentSettings)
    .where(eq(appointmentSettings.consulateId, consulateId));
  return row;
}

export async function periodsOf(db: Db, consulateId: string, group?: Group): Promise<OpeningHoursRow[]> {
  return db
    .select()
    .from(openingHours)
    .where(
      group
        ? and(eq(openingHours.consulateId, consulateId), eq(openingHours.serviceGroup, group))
        : eq(openingHours.consulateId, consulateId),
    )
    .orderBy(asc(openingHours.serviceGroup), asc(openingHours.weekday), asc(openingHours.opens));
}

export function toPeriods(rows: readonly OpeningHoursRow[]): Period[] {
  return rows.map((r) => ({ weekday: r.weekday, opens: r.opens, closes: r.closes, counters: r.counters }));
}

export async function closedDays(db: Db, consulateId: string, from: LocalDay, to: LocalDay) {
  const rows = await db
    .select({ day: consulateClosures.day })
    .from(consulateClosures)
    .where(
      and(
        eq(consulateClosures.consulateId, consulateId),
        gte(consulateClosures.day, from),
        sql`${consulateClosures.day} <= ${to}`,
      ),
    );
  return new Set(rows.map((r) => r.day));
}

/**
 * Seats occupied per grid step between two instants: by confirmed (or already attended) appointments, and by holds
 * not yet past their
 * time (an expired hold frees its seats for everyone even before the sweep deletes it).
 */
export async function occupancy(
  db: Db,
  q: { consulateId: string; group: Group; from: Date; to: Date; now: Date },
): Promise<Map<number, Set<number>>> {
  const rows = await rowsOf<{ starts_at: string | Date; seat: number }>(
    db,
    sql`select s.starts_at, bs.seat
          from slots s
          join booking_seats bs on bs.slot_id = s.id
          join bookings b on b.id = bs.booking_id
         where s.consulate_id = ${q.consulateId} and s.service_group = ${q.group}
           and s.starts_at >= ${q.from.toISOString()} and s.starts_at < ${q.to.toISOString()}
           and (b.state in ('active', 'attended') or (b.state = 'held' and b.held_until > ${q.now.toISOString()}))`,
  );
  const map = new Map<number, Set<number>>();
  for (const r of rows) {
    const at = new Date(r.starts_at).getTime();
    const seats = map.get(at) ?? new Set<number>();
    seats.add(Number(r.seat));
    map.set(at, seats);
  }
  return map;
}

/** Serialises one applicant's booking actions: their limits are counted and changed under this lock. */
export async function lockApplicant(tx: Db, applicantId: string): Promise<void> {
  await tx.execute(sql`select id from applicants where id = ${applicantId} for update`);
}

/**
 * Live appointments of an applicant now (expired holds do not count, nor, by default, a held new time for an
 * appointment being moved: the move replaces, it does not add).
 */
export async function liveCount(tx: Db, applicantId: string, now: Date, exceptReplacing = true) {
  const rows = await rowsOf<{ n: number }>(
    tx,
    sql`select count(*)::int as n from bookings
         where applicant_id = ${applicantId}
           and (state = 'active' or (state = 'held' and held_until > ${now.toISOString()}))
           ${exceptReplacing ? sql`and not (state = 'held' and replaces_id is not null)` : sql``}`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Takes one seat of one grid step: adds one to its count when a seat is left, or creates the step's row with one
 * seat taken. Each statement checks and moves the count at once under the row's lock (`update … where taken <
 * seats`, or `insert … on conflict do update … where taken < seats` when two people make the row together), so two
 * people can never both take the last seat. Undefined when full.
 */
export async function takeStep(
  tx: Db,
  q: { consulateId: string; group: Group; step: Step },
): Promise<{ id: string; seats: number } | undefined> {
  // The common case first: the step exists. A plain conditional update does not lock a full row, so those who lose
  // are told at once instead of queueing behind the winners' transactions.
  const updated = await rowsOf<{ id: string; seats: number }>(
    tx,
    sql`update slots set taken = taken + 1
         where consulate_id = ${q.consulateId} and service_group = ${q.group}
           and starts_at = ${q.step.startsAt.toISOString()} and taken < seats
        returning id, seats`,
  );
  if (updated[0]) return { id: updated[0].id, seats: Number(updated[0].seats) };
  const exists = await rowsOf<{ id: string }>(
    tx,
    sql`select id from slots where consulate_id = ${q.consulateId} and service_group = ${q.group}
           and starts_at = ${q.step.startsAt.toISOString()}`,
  );
  if (exists[0]) return undefined;
  const rows = await rowsOf<{ id: string; seats: number }>(
    tx,
    sql`insert into slots (id, consulate_id, service_group, starts_at, ends_at, seats, taken)
        values (${newId()}, ${q.consulateId}, ${q.group}, ${q.step.startsAt.toISOString()},
                ${q.step.endsAt.toISOString()}, ${q.step.seats}, 1)
        on conflict (consulate_id, service_group, starts_at)
        do update set taken = slots.taken + 1 where slots.taken < slots.seats
        returning id, seats`,
  );
  const row = rows[0];
  return row ? { id: row.id, seats: Number(row.seats) } : undefined;
}

/** Seat numbers already used in these steps (the caller holds their rows' locks). */
export async function seatsUsed(tx: Db, slotIds: string[]): Promise<Set<number>> {
  const rows = await tx
    .select({ seat: bookingSeats.seat })
    .from(bookingSeats)
    .where(inArray(bookingSeats.slotId, slotIds));
  return new Set(rows.map((r) => r.seat));
}

export async function insertBooking(tx: Db, row: typeof bookings.$inferInsert): Promise<BookingRow> {
  const [created] = await tx.insert(bookings).values(row).returning();
  return created!;
}

export async function insertSeats(tx: Db, bookingId: string, slotIds: string[], seat: number) {
  await tx.insert(bookingSeats).values(slotIds.map((slotId) => ({ slotId, seat, bookingId })));
}

export async function linkRequests(tx: Db, bookingId: string, requestIds: string[], active: boolean) {
  await tx.insert(bookingRequests).values(requestIds.map((requestId) => ({ bookingId, requestId, active })));
}

export async function requestIdsOf(db: Db, bookingId: string): Promise<string[]> {
  const rows = await db
    .select({ id: bookingRequests.requestId })
    .from(bookingRequests)
    .where(eq(bookingRequests.bookingId, bookingId));
  return rows.map((r) => r.id);
}

export async function findBooking(db: Db, id: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row;
}

export async function findBookingForUpdate(tx: Db, id: string): Promise<BookingRow | undefined> {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return row;
}

/** The live appointment of a request, if any (a held one counts only until its time). */
export async function liveForRequest(db: Db, requestId: string, now: Date): Promise<BookingRow | undefined> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select b.id from bookings b join booking_requests br on br.booking_id = b.id
         where br.request_id = ${requestId} and br.active
           and (b.state = 'active' or (b.state = 'held' and b.held_until > ${now.toISOString()}))
         limit 1`,
  );
  return rows[0] ? findBooking(db, rows[0].id) : undefined;
}

/** How many times a request's appointment was moved. */
export async function reschedulesOf(db: Db, requestId: string): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from bookings b join booking_requests br on br.booking_id = b.id
         where br.request_id = ${requestId} and b.state = 'rescheduled'`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Lets an appointment's seats go: each step's count goes down (in time order, the order bookings take them, so
 * two transactions never wait on each other in a circle), its seat rows are deleted, its request links end.
 */
export async function freeSeats(tx: Db, bookingId: string): Promise<void> {
  const steps = await rowsOf<{ slot_id: string }>(
    tx,
    sql`select bs.slot_id from booking_seats bs join slots s on s.id = bs.slot_id
         where bs.booking_id = ${bookingId} order by s.starts_at`,
  );
  for (const s of steps) {
    await tx.execute(sql`update slots set taken = taken - 1 where id = ${s.slot_id}`);
  }
  await tx.delete(bookingSeats).where(eq(bookingSeats.bookingId, bookingId));
}

export async function endBooking(
  tx: Db,
  id: string,
  set: { state: BookingState; endedAt: Date; endedBy: string },
): Promise<void> {
  await tx.update(bookings).set(set).where(eq(bookings.id, id));
  await tx.update(bookingRequests).set({ active: false }).where(eq(bookingRequests.bookingId, id));
}

export async function activate(tx: Db, id: string, now: Date): Promise<void> {
  await tx
    .update(bookings)
    .set({ state: 'active', heldUntil: null, confirmedAt: now })
    .where(eq(bookings.id, id));
  await tx.update(bookingRequests).set({ active: true }).where(eq(bookingRequests.bookingId, id));
}

/** Holds whose time has passed, oldest first. */
export async function expiredHolds(db: Db, now: Date, limit = 200): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.state, 'held'), lt(bookings.heldUntil, now)))
    .orderBy(asc(bookings.heldUntil))
    .limit(limit);
}

/** Expired holds touching these grid steps (so a full step can be freed before saying "taken"). */
export async function expiredHoldsAt(
  db: Db,
  q: { consulateId: string; group: Group; starts: Date[]; now: Date },
): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select distinct b.id from bookings b
          join booking_seats bs on bs.booking_id = b.id
          join slots s on s.id = bs.slot_id
         where s.consulate_id = ${q.consulateId} and s.service_group = ${q.group}
           and s.starts_at = any(${`{${q.starts.map((d) => d.toISOString()).join(',')}}`}::timestamptz[])
           and b.state = 'held' and b.held_until <= ${q.now.toISOString()}`,
  );
  return rows.map((r) => r.id);
}

export async function bookingsOfApplicant(db: Db, applicantId: string): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(eq(bookings.applicantId, applicantId))
    .orderBy(asc(bookings.startsAt));
}

/** Confirmed appointments starting before `until` whose reminder has not gone. */
export async function dueReminders(db: Db, now: Date, until: Date, limit = 200): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.state, 'active'),
        sql`${bookings.remindedAt} is null`,
        sql`${bookings.startsAt} > ${now.toISOString()}`,
        sql`${bookings.startsAt} <= ${until.toISOString()}`,
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .limit(limit);
}

/** Claims a reminder: true for the one process that marks it first. */
export async function markReminded(tx: Db, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(bookings)
    .set({ remindedAt: now })
    .where(and(eq(bookings.id, id), sql`${bookings.remindedAt} is null`, eq(bookings.state, 'active')))
    .returning({ id: bookings.id });
  return rows.length === 1;
}

// --- waitlist -------------------------------------------------------------------------------------------------

export async function insertWaitlist(tx: Db, row: typeof waitlist.$inferInsert): Promise<WaitlistRow> {
  const [created] = await tx.insert(waitlist).values(row).returning();
  return created!;
}

export async function waitingFor(db: Db, consulateId: string, group: Group, limit = 50) {
  return db
    .select()
    .from(waitlist)
    .where(
      and(
        eq(waitlist.consulateId, consulateId),
        eq(waitlist.serviceGroup, group),
        eq(waitlist.state, 'waiting'),
      ),
    )
    .orderBy(asc(waitlist.joinedAt), asc(waitlist.id))
    .limit(limit);
}

export async function findWaitlist(db: Db, id: string): Promise<WaitlistRow | undefined> {
  const [row] = await db.select().from(waitlist).where(eq(waitlist.id, id));
  return row;
}

export async function waitlistOfApplicant(db: Db, applicantId: string): Promise<WaitlistRow[]> {
  return db
    .select()
    .from(waitlist)
    .where(and(eq(waitlist.applicantId, applicantId), eq(waitlist.state, 'waiting')))
    .orderBy(asc(waitlist.joinedAt));
}

export async function endWaitlist(tx: Db, id: string, state: 'booked' | 'left', now: Date) {
  await tx.update(waitlist).set({ state, endedAt: now }).where(eq(waitlist.id, id));
}

export async function missedOffer(tx: Db, id: string) {
  await tx
    .update(waitlist)
    .set({ offersMissed: sql`${waitlist.offersMissed} + 1` })
    .where(eq(waitlist.id, id));
}

/** A live offer from the waitlist for this entry, if one is out. */
export async function openOffer(db: Db, waitlistId: string, now: Date): Promise<BookingRow | undefined> {
  const [row] = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.waitlistId, waitlistId),
        eq(bookings.state, 'held'),
        sql`${bookings.heldUntil} > ${now.toISOString()}`,
      ),
    );
  return row;
}

// --- opening queue --------------------------------------------------------------------------------------------

export async function enterQueue(
  db: Db,
  row: typeof openingQueue.$inferInsert,
): Promise<{ early: boolean; draw: string; arrivedAt: Date }> {
  await db.insert(openingQueue).values(row).onConflictDoNothing();
  const [mine] = await db
    .select()
    .from(openingQueue)
    .where(
      and(
        eq(openingQueue.consulateId, row.consulateId),
        eq(openingQueue.opensAt, row.opensAt),
        eq(openingQueue.applicantId, row.applicantId),
      ),
    );
  return { early: mine!.early, draw: mine!.draw, arrivedAt: mine!.arrivedAt };
}

/** Places before this one, and everyone in the room. */
export async function queuePlace(
  db: Db,
  q: {
    consulateId: string;
    opensAt: Date;
    applicantId: string;
    early: boolean;
    draw: string;
    arrivedAt: Date;
  },
): Promise<{ ahead: number; total: number }> {
  const at = q.opensAt.toISOString();
  const rows = await rowsOf<{ ahead: number; total: number }>(
    db,
    sql`select
          count(*) filter (where ${
            q.early
              ? sql`early and draw < ${q.draw}`
              : sql`early or (arrived_at, applicant_id) < (${q.arrivedAt.toISOString()}::timestamptz, ${q.applicantId}::uuid)`
          })::int as ahead,
          count(*)::int as total
        from opening_queue where consulate_id = ${q.consulateId} and opens_at = ${at}`,
  );
  return { ahead: rows[0]?.ahead ?? 0, total: rows[0]?.total ?? 1 };
}

export async function purgeQueue(db: Db, before: Date): Promise<void> {
  await db.delete(openingQueue).where(lt(openingQueue.opensAt, before));
}

/** A request leaves a visit that goes on for the applicant's other requests. */
export async function unlinkRequest(tx: Db, bookingId: string, requestId: string) {
  await tx
    .update(bookingRequests)
    .set({ active: false })
    .where(and(eq(bookingRequests.bookingId, bookingId), eq(bookingRequests.requestId, requestId)));
}

/** A request that ended is taken off any waiting list; an entry left with none ends. */
export async function dropFromWaitlist(tx: Db, requestId: string, now: Date) {
  await tx.execute(
    sql`update waitlist set request_ids = array_remove(request_ids, ${requestId}::uuid)
         where state = 'waiting' and ${requestId}::uuid = any(request_ids)`,
  );
  await tx.execute(
    sql`update waitlist set state = 'left', ended_at = ${now.toISOString()}
         where state = 'waiting' and cardinality(request_ids) = 0`,
  );
}

/** Consulates and groups with someone waiting. */
export async function groupsWaiting(db: Db): Promise<{ consulateId: string; group: Group }[]> {
  const rows = await rowsOf<{ consulate_id: string; service_group: Group }>(
    db,
    sql`select distinct consulate_id, service_group from waitlist where state = 'waiting'`,
  );
  return rows.map((r) => ({ consulateId: r.consulate_id, group: r.service_group }));
}

// --- schedules (admin) ----------------------------------------------------------------------------------------

export async function saveSettings(tx: Db, row: typeof appointmentSettings.$inferInsert): Promise<void> {
  await tx
    .insert(appointmentSettings)
    .values(row)
    .onConflictDoUpdate({
      target: appointmentSettings.consulateId,
      set: {
        windowDays: row.windowDays,
        minNoticeHours: row.minNoticeHours,
        releaseTime: row.releaseTime,
        slotMinutes: row.slotMinutes,
        updatedAt: row.updatedAt,
      },
    });
}

/** Replaces a group's weekly hours at a consulate (appointments already made stay as they are). */
export async function replacePeriods(tx: Db, consulateId: string, group: Group, periods: readonly Period[]) {
  await tx
    .delete(openingHours)
    .where(and(eq(openingHours.consulateId, consulateId), eq(openingHours.serviceGroup, group)));
  if (periods.length === 0) return;
  await tx.insert(openingHours).values(
    periods.map((p) => ({
      id: newId(),
      consulateId,
      serviceGroup: group,
      weekday: p.weekday,
      opens: p.opens,
      closes: p.closes,
      counters: p.counters,
    })),
  );
}

/** The appointment a chain of moves started from (itself when it never replaced another). */
export async function firstOfChain(db: Db, id: string): Promise<string> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`with recursive chain(id, replaces_id, depth) as (
          select id, replaces_id, 0 from bookings where id = ${id}
          union all
          select b.id, b.replaces_id, c.depth + 1 from bookings b join chain c on b.id = c.replaces_id
           where c.depth < 100
        )
        select id from chain order by depth desc limit 1`,
  );
  return rows[0]?.id ?? id;
}

/** Confirmed appointments at a consulate between two instants (a closed day's, for the admin). */
export async function activeBetween(db: Db, consulateId: string, from: Date, to: Date): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from bookings
         where consulate_id = ${consulateId} and state = 'active'
           and starts_at >= ${from.toISOString()} and starts_at < ${to.toISOString()}`,
  );
  return rows[0]?.n ?? 0;
}
