import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../platform/db.ts';

/**
 * Aggregates over submitted service requests for the statistics page. Every query is bound to one consulate (and
 * optionally one service), counts only submitted requests (drafts are the applicant's own), and takes "now" from
 * the caller's clock rather than the database's, so the numbers are reproducible. Medians use percentile_cont,
 * which PostgreSQL has had for a long time (15 is our minimum) and PGlite has too.
 */
export type Scope = { consulateId: string; serviceId?: string };

const scoped = (s: Scope): SQL =>
  s.serviceId
    ? sql`consulate_id = ${s.consulateId} and tracking_code is not null and service_id = ${s.serviceId}`
    : sql`consulate_id = ${s.consulateId} and tracking_code is not null`;

const inList = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/**
 * The first instant of the period: Monday 00:00 in the consulate's time zone, `weeks − 1` weeks before the week
 * holding `now`; with that Monday's local date (YYYY-MM-DD) for labelling the weeks.
 */
export async function periodStart(
  db: Db,
  now: Date,
  timeZone: string,
  weeks: number,
): Promise<{ start: Date; day: string }> {
  const [row] = await rowsOf<{ start: Date | string; day: string }>(
    db,
    sql`select (w at time zone ${timeZone}) as start, to_char(w, 'YYYY-MM-DD') as day
        from (select date_trunc('week', ${now.toISOString()}::timestamptz at time zone ${timeZone})
                     - make_interval(weeks => ${weeks - 1}::int) as w) p`,
  );
  return { start: new Date(row!.start), day: row!.day };
}

/** Requests submitted in [from, now], counted by the state they are in now. */
export async function countByState(
  db: Db,
  s: Scope,
  from: Date,
  now: Date,
): Promise<{ state: string; n: number }[]> {
  const rows = await rowsOf<{ state: string; n: number | string }>(
    db,
    sql`select state, count(*)::int as n from service_requests
        where ${scoped(s)} and submitted_at >= ${from.toISOString()}::timestamptz
          and submitted_at <= ${now.toISOString()}::timestamptz
        group by state`,
  );
  return rows.map((r) => ({ state: r.state, n: Number(r.n) }));
}

/**
 * Days from submission to decision (approval or refusal) of the requests decided in [from, now]: the median and
 * how many, per service, and over all of them (`serviceId` null).
 */
export async function medianDaysToDecision(
  db: Db,
  s: Scope,
  from: Date,
  now: Date,
): Promise<{ serviceId: string | null; n: number; median: number }[]> {
  const rows = await rowsOf<{ service_id: string | null; n: number | string; median: number | string }>(
    db,
    sql`select service_id, count(*)::int as n,
               percentile_cont(0.5) within group (
                 order by (extract(epoch from (decided_at - submitted_at)) / 86400.0)::double precision
               ) as median
        from service_requests
        where ${scoped(s)} and decided_at is not null and submitted_at is not null
          and decided_at >= ${from.toISOString()}::timestamptz and decided_at <= ${now.toISOString()}::timestamptz
        group by grouping sets ((service_id), ())
        order by service_id nulls first`,
  );
  return rows.map((r) => ({ serviceId: r.service_id, n: Number(r.n), median: Number(r.median) }));
}

/** The age buckets of the backlog, in days since submission (both ends included). */
export const BACKLOG_BUCKETS = ['0-7', '8-14', '15-30', '31+'] as const;
export type BacklogBucket = (typeof BACKLOG_BUCKETS)[number];

/** Requests in one of `openStates` at `now`, by whole days since they were submitted. */
export async function backlogByAge(
  db: Db,
  s: Scope,
  openStates: readonly string[],
  now: Date,
): Promise<{ bucket: BacklogBucket; n: number }[]> {
  const rows = await rowsOf<{ bucket: BacklogBucket; n: number | string }>(
    db,
    sql`select case when d <= 7 then '0-7' when d <= 14 then '8-14' when d <= 30 then '15-30' else '31+' end
                 as bucket,
               count(*)::int as n
        from (select floor(extract(epoch from (${now.toISOString()}::timestamptz - submitted_at)) / 86400)::int as d
              from service_requests
              where ${scoped(s)} and submitted_at is not null and state in ${inList(openStates)}) aged
        group by 1`,
  );
  return rows.map((r) => ({ bucket: r.bucket, n: Number(r.n) }));
}

/** Requests submitted in [from, now] by the local date of the Monday of their week (weeks with none are absent). */
export async function submittedPerWeek(
  db: Db,
  s: Scope,
  timeZone: string,
  from: Date,
  now: Date,
): Promise<{ week: string; n: number }[]> {
  const rows = await rowsOf<{ week: string; n: number | string }>(
    db,
    sql`select to_char(date_trunc('week', submitted_at at time zone ${timeZone}), 'YYYY-MM-DD') as week,
               count(*)::int as n
        from service_requests
        where ${scoped(s)} and submitted_at >= ${from.toISOString()}::timestamptz
          and submitted_at <= ${now.toISOString()}::timestamptz
        group by 1`,
  );
  return rows.map((r) => ({ week: r.week, n: Number(r.n) }));
}

/** Appointment figures of one consulate in [from, now], each counted when it happened. */
export type AppointmentFigures = {
  /** Appointments confirmed (a move is counted as moved, not booked again). */
  booked: number;
  attended: number;
  noShows: number;
  cancelledByApplicants: number;
  moved: number;
  waitlistJoins: number;
};

/** A booking covers several requests: with a service filter, those with at least one request of that service. */
const bookingScoped = (s: Scope): SQL =>
  s.serviceId
    ? sql`b.consulate_id = ${s.consulateId} and exists (
            select 1 from booking_requests br join service_requests r on r.id = br.request_id
             where br.booking_id = b.id and r.service_id = ${s.serviceId})`
    : sql`b.consulate_id = ${s.consulateId}`;

export async function appointmentFigures(
  db: Db,
  s: Scope,
  from: Date,
  now: Date,
): Promise<AppointmentFigures> {
  const f = from.toISOString();
  const n = now.toISOString();
  const [row] = await rowsOf<Record<string, number | string>>(
    db,
    sql`select
          count(*) filter (where b.confirmed_at >= ${f}::timestamptz and b.confirmed_at <= ${n}::timestamptz
                             and b.replaces_id is null)::int as booked,
          count(*) filter (where b.state = 'attended' and b.ended_at >= ${f}::timestamptz
                             and b.ended_at <= ${n}::timestamptz)::int as attended,
          count(*) filter (where b.state = 'no_show' and b.ended_at >= ${f}::timestamptz
                             and b.ended_at <= ${n}::timestamptz)::int as no_shows,
          count(*) filter (where b.state = 'cancelled' and b.ended_by = 'applicant'
                             and b.ended_at >= ${f}::timestamptz and b.ended_at <= ${n}::timestamptz)::int as cancelled,
          count(*) filter (where b.state = 'rescheduled' and b.ended_at >= ${f}::timestamptz
                             and b.ended_at <= ${n}::timestamptz)::int as moved
        from bookings b where ${bookingScoped(s)}`,
  );
  const [joins] = await rowsOf<{ n: number | string }>(
    db,
    sql`select count(*)::int as n from waitlist w
         where w.consulate_id = ${s.consulateId}
           and w.joined_at >= ${f}::timestamptz and w.joined_at <= ${n}::timestamptz
           ${
             s.serviceId
               ? sql`and exists (select 1 from service_requests r
                                  where r.id = any(w.request_ids) and r.service_id = ${s.serviceId})`
               : sql``
           }`,
  );
  return {
    booked: Number(row?.booked ?? 0),
    attended: Number(row?.attended ?? 0),
    noShows: Number(row?.no_shows ?? 0),
    cancelledByApplicants: Number(row?.cancelled ?? 0),
    moved: Number(row?.moved ?? 0),
    waitlistJoins: Number(joins?.n ?? 0),
  };
}

/** Appointments confirmed in [from, now] (moves left out), by the local date of their week's Monday. */
export async function bookedPerWeek(
  db: Db,
  s: Scope,
  timeZone: string,
  from: Date,
  now: Date,
): Promise<{ week: string; n: number }[]> {
  const rows = await rowsOf<{ week: string; n: number | string }>(
    db,
    sql`select to_char(date_trunc('week', b.confirmed_at at time zone ${timeZone}), 'YYYY-MM-DD') as week,
               count(*)::int as n
        from bookings b
        where ${bookingScoped(s)} and b.replaces_id is null
          and b.confirmed_at >= ${from.toISOString()}::timestamptz and b.confirmed_at <= ${now.toISOString()}::timestamptz
        group by 1`,
  );
  return rows.map((r) => ({ week: r.week, n: Number(r.n) }));
}
