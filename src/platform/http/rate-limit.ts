import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import { type Db, rowsOf } from '../db.ts';

/**
 * Fixed-window counters kept in the database, so a limit holds across every web process and survives a restart.
 * One upsert per hit; rows are swept after they expire.
 */
export type Hit = { count: number; allowed: boolean; resetAt: Date };

export class RateLimiter {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async hit(key: string, max: number, windowMs: number): Promise<Hit> {
    const now = this.clock.now().getTime();
    const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
    const resetAt = new Date(windowStart.getTime() + windowMs);
    const rows = await rowsOf<{ count: number }>(
      this.db,
      sql`insert into rate_limits (key, window_start, count, expires_at)
          values (${key}, ${windowStart.toISOString()}, 1, ${resetAt.toISOString()})
          on conflict (key, window_start) do update set count = rate_limits.count + 1
          returning count`,
    );
    const count = Number(rows[0]?.count ?? 1);
    return { count, allowed: count <= max, resetAt };
  }

  /** How many hits the current window holds, without counting one. */
  async peek(key: string, windowMs: number): Promise<number> {
    const now = this.clock.now().getTime();
    const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
    const rows = await rowsOf<{ count: number }>(
      this.db,
      sql`select count from rate_limits where key = ${key} and window_start = ${windowStart.toISOString()}`,
    );
    return Number(rows[0]?.count ?? 0);
  }

  async sweep(): Promise<number> {
    const rows = await rowsOf<{ n: number }>(
      this.db,
      sql`with gone as (delete from rate_limits where expires_at < ${this.clock.now().toISOString()} returning 1)
          select count(*)::int as n from gone`,
    );
    return rows[0]?.n ?? 0;
  }
}

/** Adapts RateLimiter to @fastify/rate-limit's store interface. */
export function databaseStore(limiter: RateLimiter, clock: Clock): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(private readonly prefix = 'http') {}
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
      max: number,
    ): void {
      limiter.hit(`${this.prefix}:${key}`, max, timeWindow).then(
        (hit) =>
          callback(null, {
            current: hit.count,
            ttl: Math.max(0, hit.resetAt.getTime() - clock.now().getTime()),
          }),
        (err: Error) => callback(err),
      );
    }
    child(routeOptions: { path: string; prefix: string; method?: string | string[] }): FastifyRateLimitStore {
      const method = Array.isArray(routeOptions.method)
        ? routeOptions.method.join(',')
        : (routeOptions.method ?? '');
      return new DatabaseStore(`http:${method}:${routeOptions.path}`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
