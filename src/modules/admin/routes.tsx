import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../app.ts';
import type { VerifyResult } from '../../platform/audit.ts';
import { formValues } from '../../platform/http/forms.ts';
import type { BackofficeDeps } from '../backoffice/deps.ts';
import type { Consulate } from '../catalog/service.ts';
import { requireCapability } from '../staff/guards.ts';
import { type ConsulateValues, parseConsulateForm, valuesOf } from './consulate-form.ts';
import { type AdminActor, type ClosureValues, createAdminService } from './service.ts';
import { AuditLogPage } from './views/audit.tsx';
import { type ClosureFlash, ClosuresPage } from './views/closures.tsx';
import { ConsulateFormPage } from './views/consulate-form.tsx';
import { ConsulatesPage } from './views/consulates.tsx';
import { AdminIndexPage } from './views/index.tsx';
import { ConsulateServicesPage } from './views/services.tsx';

const FLASH = 'adminFlash';

/** A one-time notice carried from a POST to the page it redirects to. */
type Flash =
  | { kind: 'consulateSaved'; id: string; changed: string[] }
  | { kind: 'consulateCreated'; name: string }
  | { kind: 'servicesSaved'; id: string; count: number }
  | { kind: 'closure'; id: string; closure: ClosureFlash }
  | { kind: 'verified'; result: VerifyResult };

const EMPTY_CONSULATE: ConsulateValues = {
  countriesServed: [],
  paymentMethods: [],
  requirePasskey: false,
};

/**
 * Administration (consulates, the services each offers and their fees, closures) and the audit log viewer. Admins
 * only: anyone else on staff gets 404, as for every page they may not see; anyone not signed in as staff goes to
 * the staff sign-in.
 */
export async function registerAdmin(app: FastifyInstance, platform: Platform, deps: BackofficeDeps) {
  const { sessions } = platform;
  const admin = createAdminService({
    db: platform.database.db,
    clock: platform.clock,
    catalog: deps.catalog,
    services: deps.services,
  });
  const guard = { preHandler: [deps.requireStaff, requireCapability('admin')] };
  const actorOf = (request: FastifyRequest): AdminActor => ({ staffId: request.staff!.id, ip: request.ip });

  async function setFlash(request: FastifyRequest, flash: Flash) {
    const s = request.session!;
    s.data = { ...s.data, [FLASH]: flash };
    await sessions.saveData(s.idHash, s.data);
  }

  async function takeFlash(request: FastifyRequest): Promise<Flash | undefined> {
    const s = request.session;
    if (!s || !(FLASH in s.data)) return undefined;
    const { [FLASH]: flash, ...rest } = s.data;
    s.data = rest;
    await sessions.saveData(s.idHash, rest);
    return flash as Flash;
  }

  /** The consulate named in the URL, or a 404 page. */
  async function consulateOf(request: FastifyRequest, reply: FastifyReply): Promise<Consulate | undefined> {
    const consulate = await admin.findConsulate((request.params as { id: string }).id);
    if (!consulate) reply.callNotFound();
    return consulate;
  }

  app.get('/staff/admin', guard, async (_request, reply) => reply.page(<AdminIndexPage />));

  app.get('/staff/admin/consulates', guard, async (request, reply) => {
    const flash = await takeFlash(request);
    return reply.page(
      <ConsulatesPage
        consulates={await admin.listConsulates()}
        created={flash?.kind === 'consulateCreated' ? flash.name : undefined}
      />,
    );
  });

  app.get('/staff/admin/consulates/new', guard, async (_request, reply) =>
    reply.page(<ConsulateFormPage values={EMPTY_CONSULATE} />),
  );

  app.post('/staff/admin/consulates/new', guard, async (request, reply) => {
    const form = parseConsulateForm(request.body, true);
    if (!form.ok) {
      return reply.page(<ConsulateFormPage values={form.values} errors={form.errors} />, { status: 400 });
    }
    const created = await admin.createConsulate(form.code!, form.data, actorOf(request));
    if (created.kind === 'taken') {
      return reply.page(
        <ConsulateFormPage values={form.values} errors={{ code: 'admin.consulate.error.codeTaken' }} />,
        { status: 400 },
      );
    }
    await setFlash(request, {
      kind: 'consulateCreated',
      name: request.locale === 'fa' ? form.data.nameFa : form.data.nameEn,
    });
    return reply.seeOther('/staff/admin/consulates');
  });

  app.get('/staff/admin/consulates/:id', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const flash = await takeFlash(request);
    return reply.page(
      <ConsulateFormPage
        consulate={consulate}
        values={valuesOf(consulate)}
        saved={flash?.kind === 'consulateSaved' && flash.id === consulate.id ? flash.changed : undefined}
      />,
    );
  });

  app.post('/staff/admin/consulates/:id', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const form = parseConsulateForm(request.body, false);
    if (!form.ok) {
      return reply.page(
        <ConsulateFormPage
          consulate={consulate}
          values={{ ...form.values, code: consulate.code }}
          errors={form.errors}
        />,
        { status: 400 },
      );
    }
    const outcome = await admin.updateConsulate(consulate.id, form.data, actorOf(request));
    if (outcome === 'missing') return reply.callNotFound();
    await setFlash(request, { kind: 'consulateSaved', id: consulate.id, changed: outcome.changed });
    return reply.seeOther(`/staff/admin/consulates/${consulate.id}`);
  });

  app.get('/staff/admin/consulates/:id/services', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const flash = await takeFlash(request);
    return reply.page(
      <ConsulateServicesPage
        consulate={consulate}
        lines={await admin.offeringLines(consulate)}
        saved={flash?.kind === 'servicesSaved' && flash.id === consulate.id ? flash.count : undefined}
      />,
    );
  });

  app.post('/staff/admin/consulates/:id/services', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const { form, errors } = admin.parseOfferings(request.body);
    if (Object.keys(errors).length > 0) {
      return reply.page(
        <ConsulateServicesPage
          consulate={consulate}
          lines={await admin.offeringLines(consulate)}
          form={form}
          errors={errors}
        />,
        { status: 400 },
      );
    }
    const changed = await admin.saveOfferings(consulate.id, form, actorOf(request));
    await setFlash(request, { kind: 'servicesSaved', id: consulate.id, count: changed.length });
    return reply.seeOther(`/staff/admin/consulates/${consulate.id}/services`);
  });

  async function closuresPage(
    request: FastifyRequest,
    reply: FastifyReply,
    consulate: Consulate,
    form: { values?: ClosureValues; errors?: Parameters<typeof ClosuresPage>[0]['errors'] } = {},
  ) {
    const flash = await takeFlash(request);
    return reply.page(
      <ClosuresPage
        consulate={consulate}
        closures={await admin.closures(consulate.id)}
        today={admin.today(consulate)}
        values={form.values}
        errors={form.errors}
        flash={flash?.kind === 'closure' && flash.id === consulate.id ? flash.closure : undefined}
      />,
      { status: form.errors ? 400 : 200 },
    );
  }

  app.get('/staff/admin/consulates/:id/closures', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    return closuresPage(request, reply, consulate);
  });

  app.post('/staff/admin/consulates/:id/closures', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const values = formValues(request.body) as ClosureValues;
    const outcome = await admin.addClosure(consulate, values, actorOf(request));
    if (outcome.kind === 'invalid')
      return closuresPage(request, reply, consulate, { values, errors: outcome.errors });
    await setFlash(request, {
      kind: 'closure',
      id: consulate.id,
      closure: {
        type: 'added',
        day: outcome.day,
        appointments: await app.platform.appointments.activeOnDay(consulate, outcome.day),
      },
    });
    return reply.seeOther(`/staff/admin/consulates/${consulate.id}/closures`);
  });

  app.post('/staff/admin/consulates/:id/closures/:closureId/delete', guard, async (request, reply) => {
    const consulate = await consulateOf(request, reply);
    if (!consulate) return reply;
    const { closureId } = request.params as { closureId: string };
    const removed = await admin.removeClosure(consulate.id, closureId, actorOf(request));
    if (!removed) return reply.callNotFound();
    await setFlash(request, {
      kind: 'closure',
      id: consulate.id,
      closure: { type: 'removed', day: removed.day },
    });
    return reply.seeOther(`/staff/admin/consulates/${consulate.id}/closures`);
  });

  app.get('/staff/audit', guard, async (request, reply) => {
    const filters = await admin.parseAuditFilters(request.query);
    const flash = await takeFlash(request);
    const verified = flash?.kind === 'verified' ? flash.result : undefined;
    if (Object.keys(filters.errors).length > 0) {
      return reply.page(
        <AuditLogPage
          rows={[]}
          names={new Map()}
          values={filters.values}
          errors={filters.errors}
          newer={false}
          older={false}
          verified={verified}
        />,
        { status: 400 },
      );
    }
    const page = await admin.auditPage(filters.query, filters.cursor, filters.values, actorOf(request));
    return reply.page(
      <AuditLogPage
        rows={page.rows}
        names={page.names}
        values={filters.values}
        newer={page.newer}
        older={page.older}
        verified={verified}
      />,
    );
  });

  app.post('/staff/audit/verify', guard, async (request, reply) => {
    const result = await admin.verify(actorOf(request));
    await setFlash(request, { kind: 'verified', result });
    return reply.seeOther('/staff/audit');
  });
}
