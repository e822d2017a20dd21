import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { CatalogService } from './service.ts';
import type { ServiceCatalog } from './services-registry.ts';
import { ServicePage } from './views/service.tsx';
import { ServicesPage } from './views/services.tsx';

/** The public catalog: find a service, and read what it needs before starting. */
export async function registerCatalog(
  app: FastifyInstance,
  deps: {
    services: ServiceCatalog;
    catalog: CatalogService;
    /** The signed-in applicant, if any: fees are shown at their consulate; active accounts may start. */
    viewerOf: (
      request: FastifyRequest,
    ) => Promise<{ consulateId: string | null; active: boolean } | undefined>;
  },
) {
  app.get('/services', async (request, reply) => {
    const q = (request.query as { q?: unknown }).q;
    const query = typeof q === 'string' ? q.trim().slice(0, 100) : '';
    return reply.page(<ServicesPage catalog={deps.services} query={query} />);
  });

  app.get('/services/:id', async (request, reply) => {
    const service = deps.services.find((request.params as { id: string }).id);
    if (!service) return reply.callNotFound();
    const consulates = await deps.catalog.listConsulates();
    const chosen = (request.query as { consulate?: unknown }).consulate;
    const viewer = await deps.viewerOf(request);
    const own = viewer?.consulateId;
    const consulate =
      (typeof chosen === 'string' ? consulates.find((c) => c.code === chosen) : undefined) ??
      consulates.find((c) => c.id === own);
    const t = translator(request.locale);
    return reply.page(
      <ServicePage
        service={service}
        consulate={consulate}
        consulates={consulates}
        profileDocumentName={(kind) => t(`documents.kind.${kind}` as MessageKey)}
        start={!viewer ? 'sign-in' : viewer.active ? 'start' : 'inactive'}
      />,
    );
  });
}
