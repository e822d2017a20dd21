import type { preHandlerAsyncHookHandler } from 'fastify';
import type { ApplicantView } from '../accounts/service.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { ServiceCatalog } from '../catalog/services-registry.ts';
import type { DocumentsService } from '../documents/service.ts';
import type { RequestsService } from '../requests/service.ts';

/** What the back-office modules (queue and review, counter, statistics, issuing, administration) are given. */
export type BackofficeDeps = {
  requests: RequestsService;
  documents: DocumentsService;
  catalog: CatalogService;
  services: ServiceCatalog;
  /** The applicant behind a request: identity, contact, status (the accounts service's view). */
  applicant(id: string): Promise<ApplicantView | undefined>;
  /** Signed-in staff past both factors; sets `request.staff`. */
  requireStaff: preHandlerAsyncHookHandler;
};
