import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { LANG_COOKIE, safeNext } from '../../platform/http/context.ts';
import type { CatalogService } from '../catalog/service.ts';
import { AccessibilityPage } from './views/accessibility.tsx';
import { HelpPage } from './views/help.tsx';
import { HomePage } from './views/home.tsx';
import { PrivacyPage } from './views/privacy.tsx';

export type SiteDeps = {
  config: Config;
  catalog: CatalogService;
  /** Lets the accounts module remember a signed-in person's language. */
  onLanguageChange?: (subject: { type: string; id: string }, locale: 'fa' | 'en') => Promise<void>;
};

const LanguageForm = z.object({ lang: z.enum(['fa', 'en']), next: z.string().optional() });

/** Public pages anyone can read without signing in, and the language switch. */
export async function registerSite(app: FastifyInstance, deps: SiteDeps) {
  app.get('/', async (_request, reply) => reply.page(<HomePage />));
  app.get('/help', async (_request, reply) =>
    reply.page(<HelpPage consulates={await deps.catalog.listConsulates()} />),
  );
  app.get('/accessibility', async (_request, reply) => reply.page(<AccessibilityPage />));
  app.get('/privacy', async (_request, reply) => reply.page(<PrivacyPage />));

  app.post('/language', async (request, reply) => {
    const parsed = LanguageForm.safeParse(request.body);
    const next = safeNext((request.body as { next?: unknown } | undefined)?.next);
    if (!parsed.success) return reply.seeOther(next);
    reply.setCookie(LANG_COOKIE, parsed.data.lang, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure: deps.config.production,
      maxAge: 365 * 24 * 3600,
    });
    const s = request.session;
    if (s?.subjectType && s.subjectId && deps.onLanguageChange) {
      await deps.onLanguageChange({ type: s.subjectType, id: s.subjectId }, parsed.data.lang);
    }
    return reply.seeOther(next);
  });
}
