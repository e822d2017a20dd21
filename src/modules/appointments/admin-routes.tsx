import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import { GROUPS } from '../catalog/definition.ts';
import type { Consulate } from '../catalog/service.ts';
import { requireCapability } from '../staff/guards.ts';
import {
  createScheduleAdmin,
  type SaveOutcome,
  type ScheduleError,
  type ScheduleValues,
} from './admin-service.ts';
import type { AppointmentsRouteDeps } from './deps.ts';
import { SchedulePage } from './views/schedule.tsx';

const FLASH = 'scheduleFlash';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Admin screens for a consulate's appointment schedule: settings, opening hours per service group, visit lengths. */
export async function registerScheduleAdmin(
  app: FastifyInstance,
  platform: Platform,
  deps: AppointmentsRouteDeps,
) {
  const schedules = createScheduleAdmin({
    db: platform.database.db,
    clock: platform.clock,
    catalog: deps.catalog,
    services: deps.services,
  });
  const noVisitGroups = GROUPS.filter((g) => !schedules.groups.includes(g));
  // Admins only: to anyone else on staff the page does not exist (404), as for every administration page.
  const guard = { preHandler: [deps.requireStaff, requireCapability('admin')] };

  async function consulateOf(request: FastifyRequest, reply: FastifyReply): Promise<Consulate | undefined> {
    const { id } = request.params as { id: string };
    const consulate = UUID.test(id) ? await deps.catalog.findConsulate(id) : undefined;
    if (!consulate) reply.callNotFound();
    return consulate;
  }

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    consulate: Consulate,
    form?: { values: ScheduleValues; errors: ScheduleError[] },
  ) {
    const s = request.session;
    let flash: SaveOutcome | undefined;
    if (s && FLASH in s.data) {
      const { [FLASH]: taken, ...rest } = s.data;
      const f = taken as { id: string; outcome: SaveOutcome };
      if (f.id === consulate.id) flash = f.outcome;
      s.data = rest;
      await platform.sessions.saveData(s.idHash, rest);
    }
    const saved = await schedules.values(consulate.id);
    return reply.page(
      <SchedulePage
        consulate={consulate}
        groups={schedules.groups}
        noVisitGroups={noVisitGroups}
        values={form?.values ?? saved}
        open={saved.open}
        errors={form?.errors}
        flash={flash}
        preview={await schedules.preview(consulate)}
      />,
      { status: form ? 400 : 200 },
    );
  }

  app.get('/staff/admin/consulates/:id/appointments', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    return page(request, reply, consulate);
  });

  app.post('/staff/admin/consulates/:id/appointments', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const form = schedules.parse(request.body);
    if (!form.input) return page(request, reply, consulate, form);
    const outcome = await schedules.save(consulate, form.input, {
      staffId: request.staff!.id,
      ip: request.ip,
    });
    const s = request.session!;
    s.data = { ...s.data, [FLASH]: { id: consulate.id, outcome } };
    await platform.sessions.saveData(s.idHash, s.data);
    return reply.seeOther(`/staff/admin/consulates/${consulate.id}/appointments`);
  });
}
