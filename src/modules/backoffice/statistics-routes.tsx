import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import { allowed } from '../staff/guards.ts';
import type { BackofficeDeps } from './deps.ts';
import {
  createStatisticsService,
  DEFAULT_WEEKS,
  PERIODS,
  type Statistics,
  type StatisticsService,
} from './statistics-service.ts';
import { StatisticsPage } from './views/statistics.tsx';

type Query = { consulate?: unknown; service?: unknown; weeks?: unknown };

/** Statistics per consulate and service: charts as server-rendered SVG with their numbers, and CSV. */
export async function registerStatistics(app: FastifyInstance, platform: Platform, deps: BackofficeDeps) {
  const statistics: StatisticsService = createStatisticsService({
    db: platform.database.db,
    clock: platform.clock,
    catalog: deps.catalog,
    services: deps.services,
  });

  /**
   * The numbers the query asks for, if this person may read them: a consulate they supervise (any, for an admin),
   * the first of theirs when none is named. Officers, and anyone naming a consulate not theirs, get a 404.
   */
  async function load(request: FastifyRequest, reply: FastifyReply): Promise<Statistics | undefined> {
    const member = request.staff!;
    const mine = await statistics.consulatesFor(member);
    const q = request.query as Query;
    const wanted = typeof q.consulate === 'string' && q.consulate ? q.consulate : undefined;
    const consulate = wanted ? mine.find((c) => c.id === wanted) : mine[0];
    if (!consulate || !allowed(request, 'supervise', consulate.id)) {
      void reply.callNotFound();
      return undefined;
    }
    const serviceId = typeof q.service === 'string' && deps.services.find(q.service) ? q.service : undefined;
    const weeks = PERIODS.find((w) => String(w) === q.weeks) ?? DEFAULT_WEEKS;
    return statistics.compute(consulate, { serviceId, weeks });
  }

  app.get('/staff/statistics', { preHandler: deps.requireStaff }, async (request, reply) => {
    const stats = await load(request, reply);
    if (!stats) return reply;
    return reply.page(
      <StatisticsPage
        stats={stats}
        consulates={await statistics.consulatesFor(request.staff!)}
        services={deps.services.all}
      />,
    );
  });

  app.get('/staff/statistics.csv', { preHandler: deps.requireStaff }, async (request, reply) => {
    const stats = await load(request, reply);
    if (!stats) return reply;
    const day = stats.now.toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="statistics-${stats.consulate.code.replace(/[^a-z0-9-]/gi, '')}-${day}.csv"`,
      )
      .header('cache-control', 'no-store')
      .send(statistics.csv(stats, request.locale));
  });
}
