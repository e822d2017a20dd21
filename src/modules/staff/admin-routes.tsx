import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { Platform } from '../../app.ts';
import { decrypt, encrypt } from '../../platform/crypto.ts';
import { type FormErrors, formValues, parseForm } from '../../platform/http/forms.ts';
import { normalizePersian } from '../../platform/i18n/digits.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import type { CatalogService, Consulate } from '../catalog/service.ts';
import { requireCapability } from './guards.ts';
import type { RoleGrant } from './roles.ts';
import { type Actor, StaffEmail, type StaffService } from './service.ts';
import {
  DelegatesPage,
  type DetailFlash,
  NewStaffPage,
  StaffDetailPage,
  StaffListPage,
} from './views/admin.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ADMIN_FLASH = 'staffAdminFlash';
const DELEGATE_FLASH = 'staffDelegateFlash';

const NewStaffForm = z.object({
  name: z
    .string()
    .transform(normalizePersian)
    .pipe(z.string().min(1, 'staff.error.name.empty').max(120, 'staff.error.name.long')),
  email: z
    .string()
    .trim()
    .min(1, 'staff.error.email.empty')
    .pipe(StaffEmail as z.ZodType<string, string>),
});

const DelegateForm = z.object({
  consulateId: z.string().regex(UUID, 'staff.delegates.error.consulate'),
  staffId: z.string().regex(UUID, 'staff.delegates.error.supervisor'),
});

/** Checkbox values: absent, one string, or several. Anything that is not one of the consulates is dropped. */
function chosen(body: unknown, name: string, consulates: Consulate[]): string[] {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const ids = new Set(consulates.map((c) => c.id));
  return [...new Set(list.filter((v): v is string => typeof v === 'string' && ids.has(v)))];
}

function rolesFrom(body: unknown, consulates: Consulate[]): RoleGrant[] {
  const admin = body && typeof body === 'object' && (body as Record<string, unknown>).admin === 'yes';
  return [
    ...(admin ? [{ role: 'admin' as const, consulateId: null }] : []),
    ...chosen(body, 'supervisor', consulates).map((id) => ({ role: 'supervisor' as const, consulateId: id })),
    ...chosen(body, 'officer', consulates).map((id) => ({ role: 'officer' as const, consulateId: id })),
  ];
}

type Flash = { id: string; flash: DetailFlash; temp?: string };

/**
 * Staff accounts and roles, and issuing delegates: admins only (anyone else gets 404, as for every screen they
 * may not see). A temporary password is carried to the next page sealed in the session and shown there once.
 */
export async function registerStaffAdmin(
  app: FastifyInstance,
  platform: Platform,
  deps: { service: StaffService; catalog: CatalogService; requireStaff: preHandlerAsyncHookHandler },
) {
  const { sessions, keys } = platform;
  const { service, catalog } = deps;
  const admin = { preHandler: [deps.requireStaff, requireCapability('admin')] };
  const actorOf = (request: FastifyRequest): Actor => ({ ip: request.ip });
  const flashKey = () => keys.encryptionKey('staff-admin-flash');

  async function setFlash(request: FastifyRequest, name: string, value: unknown) {
    const s = request.session!;
    s.data = { ...s.data, [name]: value };
    await sessions.saveData(s.idHash, s.data);
  }

  async function takeFlash(request: FastifyRequest, name: string): Promise<unknown> {
    const s = request.session;
    if (!s || !(name in s.data)) return undefined;
    const { [name]: value, ...rest } = s.data;
    s.data = rest;
    await sessions.saveData(s.idHash, rest);
    return value;
  }

  async function flashFor(request: FastifyRequest, id: string, flash: DetailFlash, temp?: string) {
    const value: Flash = {
      id,
      flash,
      ...(temp ? { temp: encrypt(flashKey(), temp, `staff-temp:${id}`).toString('base64') } : {}),
    };
    await setFlash(request, ADMIN_FLASH, value);
  }

  async function detailPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    options: { error?: MessageKey; roles?: RoleGrant[]; status?: number } = {},
  ) {
    const person = await service.get(id);
    if (!person) return reply.callNotFound();
    const flash = (await takeFlash(request, ADMIN_FLASH)) as Flash | undefined;
    const mine = flash?.id === id ? flash : undefined;
    let temporaryPassword: string | undefined;
    if (mine?.temp) {
      try {
        temporaryPassword = decrypt(
          flashKey(),
          Buffer.from(mine.temp, 'base64'),
          `staff-temp:${id}`,
        ).toString();
      } catch {
        temporaryPassword = undefined;
      }
    }
    return reply.page(
      <StaffDetailPage
        person={person}
        consulates={await catalog.listConsulates()}
        self={id === request.staff!.id}
        flash={options.error ? undefined : mine?.flash}
        temporaryPassword={temporaryPassword}
        error={options.error}
        roles={options.roles}
      />,
      { status: options.status ?? 200 },
    );
  }

  app.get('/staff/admin/staff', admin, async (_request, reply) =>
    reply.page(<StaffListPage people={await service.list()} consulates={await catalog.listConsulates()} />),
  );

  app.get('/staff/admin/staff/new', admin, async (_request, reply) =>
    reply.page(<NewStaffPage consulates={await catalog.listConsulates()} values={{}} roles={[]} />),
  );

  app.post('/staff/admin/staff', admin, async (request, reply) => {
    const consulates = await catalog.listConsulates();
    const roles = rolesFrom(request.body, consulates);
    const form = parseForm(NewStaffForm, request.body);
    const errors: FormErrors = form.ok ? {} : { ...form.errors };
    if (roles.length === 0) errors.officer = 'staff.error.roles.none';
    const page = (e: FormErrors) =>
      reply.page(
        <NewStaffPage consulates={consulates} values={formValues(request.body)} roles={roles} errors={e} />,
        {
          status: 400,
        },
      );
    if (!form.ok || Object.keys(errors).length > 0) return page(errors);
    const outcome = await service.create({ ...form.data, roles }, request.staff!.id, actorOf(request));
    if (!outcome.ok) return page({ email: 'staff.error.email.exists' });
    await flashFor(request, outcome.id, 'created', outcome.temporaryPassword);
    return reply.seeOther(`/staff/admin/staff/${outcome.id}`);
  });

  app.get<{ Params: { id: string } }>('/staff/admin/staff/:id', admin, async (request, reply) => {
    if (!UUID.test(request.params.id)) return reply.callNotFound();
    return detailPage(request, reply, request.params.id);
  });

  app.post<{ Params: { id: string } }>('/staff/admin/staff/:id/roles', admin, async (request, reply) => {
    const { id } = request.params;
    if (!UUID.test(id)) return reply.callNotFound();
    const roles = rolesFrom(request.body, await catalog.listConsulates());
    if (roles.length === 0)
      return detailPage(request, reply, id, { error: 'staff.error.roles.none', roles, status: 400 });
    const outcome = await service.setRoles(id, roles, request.staff!.id, actorOf(request));
    if (outcome === 'missing') return reply.callNotFound();
    if (outcome === 'lastAdmin')
      return detailPage(request, reply, id, { error: 'staff.error.lastAdmin', roles, status: 400 });
    await flashFor(request, id, 'rolesSaved');
    return reply.seeOther(`/staff/admin/staff/${id}`);
  });

  app.post<{ Params: { id: string } }>('/staff/admin/staff/:id/status', admin, async (request, reply) => {
    const { id } = request.params;
    if (!UUID.test(id)) return reply.callNotFound();
    const wanted = formValues(request.body).status === 'active' ? 'active' : 'disabled';
    const outcome = await service.setStatus(id, wanted, request.staff!.id, actorOf(request));
    if (outcome === 'missing') return reply.callNotFound();
    if (outcome === 'self' || outcome === 'lastAdmin')
      return detailPage(request, reply, id, {
        error: outcome === 'self' ? 'staff.error.self' : 'staff.error.lastAdmin',
        status: 400,
      });
    await flashFor(request, id, wanted === 'active' ? 'enabled' : 'disabled');
    return reply.seeOther(`/staff/admin/staff/${id}`);
  });

  app.post<{ Params: { id: string } }>('/staff/admin/staff/:id/unlock', admin, async (request, reply) => {
    const { id } = request.params;
    if (!UUID.test(id)) return reply.callNotFound();
    if ((await service.unlock(id, request.staff!.id, actorOf(request))) === 'missing')
      return reply.callNotFound();
    await flashFor(request, id, 'unlocked');
    return reply.seeOther(`/staff/admin/staff/${id}`);
  });

  app.post<{ Params: { id: string } }>(
    '/staff/admin/staff/:id/reset-second-factor',
    admin,
    async (request, reply) => {
      const { id } = request.params;
      if (!UUID.test(id)) return reply.callNotFound();
      const outcome = await service.resetSecondFactor(id, request.staff!.id, actorOf(request));
      if (outcome === 'missing') return reply.callNotFound();
      if (outcome === 'self')
        return detailPage(request, reply, id, { error: 'staff.error.self', status: 400 });
      await flashFor(request, id, 'secondFactorReset');
      return reply.seeOther(`/staff/admin/staff/${id}`);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/staff/admin/staff/:id/reset-password',
    admin,
    async (request, reply) => {
      const { id } = request.params;
      if (!UUID.test(id)) return reply.callNotFound();
      const outcome = await service.resetPassword(id, request.staff!.id, actorOf(request));
      if (!outcome.ok && outcome.problem === 'missing') return reply.callNotFound();
      if (!outcome.ok) return detailPage(request, reply, id, { error: 'staff.error.self', status: 400 });
      await flashFor(request, id, 'passwordReset', outcome.temporaryPassword);
      return reply.seeOther(`/staff/admin/staff/${id}`);
    },
  );

  // ——— issuing delegates ———

  async function delegatesPage(
    request: FastifyRequest,
    reply: FastifyReply,
    input: { values?: Record<string, string>; errors?: FormErrors; status?: number } = {},
  ) {
    const flash = input.errors ? undefined : await takeFlash(request, DELEGATE_FLASH);
    return reply.page(
      <DelegatesPage
        delegates={await service.listDelegates()}
        consulates={await catalog.listConsulates()}
        supervisors={await service.supervisors()}
        values={input.values ?? {}}
        errors={input.errors}
        flash={flash === 'named' || flash === 'removed' ? flash : undefined}
      />,
      { status: input.status ?? 200 },
    );
  }

  app.get('/staff/admin/delegates', admin, async (request, reply) => delegatesPage(request, reply));

  app.post('/staff/admin/delegates', admin, async (request, reply) => {
    const form = parseForm(DelegateForm, request.body);
    if (!form.ok)
      return delegatesPage(request, reply, { values: form.values, errors: form.errors, status: 400 });
    const outcome = await service.nameDelegate(form.data, request.staff!.id, actorOf(request));
    if (outcome !== 'ok') {
      const errors: FormErrors =
        outcome === 'noConsulate'
          ? { consulateId: 'staff.delegates.error.consulate' }
          : { staffId: `staff.delegates.error.${outcome}` as MessageKey };
      return delegatesPage(request, reply, { values: form.values, errors, status: 400 });
    }
    await setFlash(request, DELEGATE_FLASH, 'named');
    return reply.seeOther('/staff/admin/delegates');
  });

  app.post('/staff/admin/delegates/remove', admin, async (request, reply) => {
    const form = parseForm(DelegateForm, request.body);
    if (form.ok && (await service.removeDelegate(form.data, request.staff!.id, actorOf(request))))
      await setFlash(request, DELEGATE_FLASH, 'removed');
    return reply.seeOther('/staff/admin/delegates');
  });
}
