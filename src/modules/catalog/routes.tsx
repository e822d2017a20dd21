import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { translator } from '../../platform/i18n/index.ts';
import { withOverride } from './fees.ts';
import type { CatalogService } from './service.ts';
import type { ServiceCatalog } from './services-registry.ts';
import { ServiceNotOfferedPage } from './views/not-offered.tsx';
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
    const offer = consulate ? await deps.catalog.offering(consulate.id, service.id) : undefined;
    // An applicant can only apply at their own consulate: if it does not offer the service, that is the answer.
    const ownConsulate = consulates.find((c) => c.id === own);
    const ownOffer =
      ownConsulate && ownConsulate !== consulate
        ? await deps.catalog.offering(ownConsulate.id, service.id)
        : offer;
    const refusedAt =
      ownConsulate && ownOffer && !ownOffer.offered
        ? ownConsulate
        : consulate && offer && !offer.offered
          ? consulate
          : undefined;
    if (refusedAt) {
      return reply.page(
        <ServiceNotOfferedPage
          service={service}
          consulate={refusedAt}
          own={refusedAt.id === own}
          offeredAt={await deps.catalog.consulatesOffering(service.id)}
        />,
      );
    }
    return reply.page(
      <ServicePage
        service={offer ? withOverride(service, offer.feeEurOverride) : service}
        consulate={consulate}
        consulates={consulates}
        profileDocumentName={(kind) => t(`documents.kind.${kind}` as MessageKey)}
        start={!viewer ? 'sign-in' : viewer.active ? 'start' : 'inactive'}
      />,
    );
  });
}
