import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';
import type { Group } from '../catalog/definition.ts';

/** Grid steps already made (someone booked in them) that start after `now`, for one group of one consulate. */
export async function futureSlots(
  tx: Db,
  q: { consulateId: string; group: Group; now: Date },
): Promise<{ id: string; startsAt: Date; seats: number; taken: number }[]> {
  const rows = await rowsOf<{ id: string; starts_at: string | Date; seats: number; taken: number }>(
    tx,
    sql`select id, starts_at, seats, taken from slots
         where consulate_id = ${q.consulateId} and service_group = ${q.group}
           and starts_at > ${q.now.toISOString()}
         order by starts_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    startsAt: new Date(r.starts_at),
    seats: Number(r.seats),
    taken: Number(r.taken),
  }));
}

/**
 * Gives these steps `counters` seats, never fewer than are taken (the capacity check holds); the count is
 * re-read under the row lock, so a booking landing meanwhile is counted. Returns how many rows changed.
 */
export async function setSeats(tx: Db, ids: readonly string[], counters: number): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await rowsOf<{ id: string }>(
    tx,
    // One array literal, not a list: the query builder would spread a JS array into separate parameters.
    sql`update slots set seats = greatest(taken, ${counters}::smallint)
         where id = any(${`{${ids.join(',')}}`}::uuid[]) and seats <> greatest(taken, ${counters}::smallint)
         returning id`,
  );
  return rows.length;
}

/** Appointments still to come at a consulate that hold their seats (a hold only until its time). */
export async function liveAhead(
  tx: Db,
  consulateId: string,
  now: Date,
): Promise<{ id: string; group: Group; startsAt: Date; endsAt: Date }[]> {
  const at = now.toISOString();
  const rows = await rowsOf<{
    id: string;
    service_group: Group;
    starts_at: string | Date;
    ends_at: string | Date;
  }>(
    tx,
    sql`select id, service_group, starts_at, ends_at from bookings
         where consulate_id = ${consulateId} and starts_at > ${at}
           and (state = 'active' or (state = 'held' and held_until > ${at}))`,
  );
  return rows.map((r) => ({
    id: r.id,
    group: r.service_group,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
  }));
}
