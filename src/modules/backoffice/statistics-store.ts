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
