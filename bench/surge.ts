import http from 'node:http';
import { sql } from 'drizzle-orm';
import type { Step } from '../src/modules/appointments/schedule.ts';
import { insertBooking, insertSeats, seatsUsed, takeStep } from '../src/modules/appointments/store.ts';
import type { Group } from '../src/modules/catalog/definition.ts';
import { type Db, rowsOf } from '../src/platform/db.ts';
import { newId } from '../src/platform/ids.ts';

/**
 * The pieces of a booking surge: many attempts kept in flight over a fixed number of connections, the same
 * conditional statements the app runs without the app around them, and what the database holds afterwards.
 */

export type Timed<T> = { value?: T; error?: unknown; ms: number };

/**
 * Runs `work` once per item, `connections` at a time: each lane takes the next item when its last one is answered,
 * as a load generator's connections do. An item's time is its own (sending to answer), not its wait for a lane.
 */
export async function inLanes<I, T>(
  items: readonly I[],
  connections: number,
  work: (item: I, lane: number, index: number) => Promise<T>,
): Promise<{ results: Timed<T>[]; seconds: number }> {
  const results: Timed<T>[] = new Array(items.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(connections, items.length) }, async (_, lane) => {
      for (let i = next++; i < items.length; i = next++) {
        const t0 = performance.now();
        try {
          const value = await work(items[i]!, lane, i);
          results[i] = { value, ms: performance.now() - t0 };
        } catch (error) {
          results[i] = { error, ms: performance.now() - t0 };
        }
      }
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

/** One keep-alive connection per lane, like a load generator's. */
export function laneAgents(connections: number): http.Agent[] {
  return Array.from({ length: connections }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A cell of the visit was full: the attempt's transaction is rolled back, as the app's is. */
class Full extends Error {}

/**
 * The database alone: one attempt is the app's seat-taking transaction without the app around it — the
 * conditional upsert of each grid cell the visit covers (`takeStep`), the counters already used in them, the first
 * free one, the appointment row and its seat rows. A full cell rolls the attempt back.
 */
export async function dbOnlyAttempt(
  db: Db,
  q: { consulateId: string; group: Group; steps: readonly Step[]; applicantId: string; holdMinutes: number },
): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      const taken: { id: string; seats: number }[] = [];
      for (const step of q.steps) {
        const row = await takeStep(tx, { consulateId: q.consulateId, group: q.group, step });
        if (!row) throw new Full();
        taken.push(row);
      }
      const used = await seatsUsed(
        tx,
        taken.map((t) => t.id),
      );
      const max = Math.min(...taken.map((t) => t.seats));
      let seat = 0;
      for (let n = 1; n <= max; n++) {
        if (!used.has(n)) {
          seat = n;
          break;
        }
      }
      if (!seat) throw new Full();
      const now = new Date();
      const booking = await insertBooking(tx, {
        id: newId(),
        consulateId: q.consulateId,
        serviceGroup: q.group,
        applicantId: q.applicantId,
        state: 'held',
        startsAt: q.steps[0]!.startsAt,
        endsAt: q.steps[q.steps.length - 1]!.endsAt,
        seat,
        heldUntil: new Date(now.getTime() + q.holdMinutes * 60_000),
        createdAt: now,
      });
      await insertSeats(
        tx,
        booking.id,
        taken.map((t) => t.id),
        seat,
      );
      return true;
    });
  } catch (err) {
    if (err instanceof Full) return false;
    throw err;
  }
}

/**
 * What the database holds for some starts after a surge: the figures goal 4 is judged on. `taken` and `seatRows`
 * are summed over every cell of every start, so a full start of `seats` counters and `cells` cells holds
 * seats × cells of each.
 */
export type Held = { bookings: number; cells: number; seatRows: number; taken: number; duplicates: number };

export async function heldAt(
  db: Db,
  consulateId: string,
  group: Group,
  starts: readonly { startsAt: Date; steps: readonly Step[] }[],
): Promise<Held> {
  // One array parameter, written as a PostgreSQL array literal (a JS array would be spread into a list).
  const literal = (dates: Date[]) => `{${dates.map((d) => d.toISOString()).join(',')}}`;
  const at = literal(starts.map((s) => s.startsAt));
  const cells = starts.flatMap((s) => s.steps.map((c) => c.startsAt));
  const [b] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from bookings
         where consulate_id = ${consulateId} and service_group = ${group}
           and starts_at = any(${at}::timestamptz[]) and state in ('held', 'active')`,
  );
  const [s] = await rowsOf<{ rows: number; taken: number }>(
    db,
    sql`select (select count(*)::int from booking_seats bs join slots x on x.id = bs.slot_id
                 where x.consulate_id = ${consulateId} and x.service_group = ${group}
                   and x.starts_at = any(${literal(cells)}::timestamptz[])) as rows,
               coalesce(sum(taken), 0)::int as taken
          from slots
         where consulate_id = ${consulateId} and service_group = ${group}
           and starts_at = any(${literal(cells)}::timestamptz[])`,
  );
  // A counter of one start given to two live appointments: what double booking would look like.
  const [d] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
          select starts_at, seat from bookings
           where consulate_id = ${consulateId} and service_group = ${group}
             and starts_at = any(${at}::timestamptz[]) and state in ('held', 'active')
           group by starts_at, seat having count(*) > 1) twice`,
  );
  return {
    bookings: Number(b?.n ?? 0),
    cells: cells.length,
    seatRows: Number(s?.rows ?? 0),
    taken: Number(s?.taken ?? 0),
    duplicates: Number(d?.n ?? 0),
  };
}
