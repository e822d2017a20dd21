import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Platform } from '../../app.ts';
import { isProfileKind, kindOfSlug, type ProfileKind, slugOf } from './kinds.ts';
import type { DocumentsService } from './service.ts';
import { acceptUploads, handleUpload } from './upload-form.ts';
import { type Flash, isFlash } from './views/flash.tsx';
import { DocumentKindPage } from './views/kind.tsx';
import { DocumentsPage } from './views/list.tsx';
import { profileHref } from './views/parts.tsx';

const FLASH = 'documentsFlash';

/**
 * The applicant's documents: the list, one page per kind with its upload form, deleting, and reading files back.
 * Files are never served from a static path: every read checks ownership and answers with headers that stop a
 * browser from running or sniffing anything in it.
 */
export async function registerDocuments(
  app: FastifyInstance,
  platform: Platform,
  deps: { documents: DocumentsService; requireApplicant: preHandlerAsyncHookHandler },
) {
  const { documents } = deps;
  const signedIn = deps.requireApplicant;
  const { config, sessions } = platform;
  const limits = { files: config.uploads.quotaFiles, bytes: config.uploads.quotaBytes };

  await app.register(async (scope) => {
    await acceptUploads(scope, config);

    async function setFlash(request: FastifyRequest, flash: Flash) {
      const s = request.session!;
      s.data = { ...s.data, [FLASH]: flash };
      await sessions.saveData(s.idHash, s.data);
    }

    async function takeFlash(request: FastifyRequest): Promise<Flash | undefined> {
      const s = request.session;
      const flash = s?.data[FLASH];
      if (!s || flash === undefined) return undefined;
      const { [FLASH]: _, ...rest } = s.data;
      s.data = rest;
      await sessions.saveData(s.idHash, rest);
      return isFlash(flash) ? flash : undefined;
    }

    const kindParam = (request: FastifyRequest): ProfileKind | undefined => {
      const slug = (request.params as { kind?: string }).kind ?? '';
      const kind = kindOfSlug(slug);
      return slug.includes('_') || !isProfileKind(kind) ? undefined : kind;
    };

    scope.get('/account/documents', { preHandler: signedIn }, async (request, reply) => {
      const a = request.applicant!;
      return reply.page(
        <DocumentsPage
          documents={await documents.profile(a.id)}
          registering={a.status === 'pending' || !a.residenceConfirmedAt}
          flash={await takeFlash(request)}
          usage={await documents.usage(a.id)}
          limits={limits}
        />,
      );
    });

    async function kindPage(
      request: FastifyRequest,
      reply: FastifyReply,
      kind: ProfileKind,
      error?: string,
      status = 200,
    ) {
      const current = (await documents.profile(request.applicant!.id)).get(kind);
      return reply.page(
        <DocumentKindPage
          kind={kind}
          rules={documents.rulesOf(kind)}
          document={current}
          error={error}
          flash={error ? undefined : await takeFlash(request)}
        />,
        { status },
      );
    }

    scope.get('/account/documents/:kind', { preHandler: signedIn }, async (request, reply) => {
      const kind = kindParam(request);
      if (!kind) return reply.callNotFound();
      return kindPage(request, reply, kind);
    });

    scope.post(
      '/account/documents/:kind',
      { preHandler: signedIn, config: { csrfInMultipartBody: true } },
      async (request, reply) => {
        const kind = kindParam(request);
        if (!kind) return reply.callNotFound();
        const document = await handleUpload(app, request, reply, {
          rules: documents.rulesOf(kind),
          quota: limits,
          store: (bytes) =>
            documents.upload({ ownerId: request.applicant!.id, kind, bytes, actor: { ip: request.ip } }),
          refuse: (message, status) => kindPage(request, reply, kind, message, status),
        });
        if (!document) return reply;
        await setFlash(request, {
          type: document.scanState === 'pending' ? 'pending' : 'uploaded',
          kind,
        });
        return reply.seeOther('/account/documents');
      },
    );

    scope.post('/account/documents/:kind/delete', { preHandler: signedIn }, async (request, reply) => {
      const kind = kindParam(request);
      if (!kind) return reply.callNotFound();
      const current = (await documents.profile(request.applicant!.id)).get(kind);
      if (!current) return reply.seeOther('/account/documents');
      const result = await documents.remove({
        ownerId: request.applicant!.id,
        id: current.id,
        actor: { ip: request.ip },
      });
      await setFlash(request, { type: result === 'locked' ? 'lockedDelete' : 'deleted', kind });
      return reply.seeOther(result === 'locked' ? profileHref(kind) : '/account/documents');
    });

    /**
     * The file itself. `attachment` for the original (a PDF opens in the browser's own viewer only when the person
     * asks), `inline` for our own re-encoded thumbnail; both with nosniff and a sandboxing CSP.
     */
    const serve = (variant: 'file' | 'thumbnail') => async (request: FastifyRequest, reply: FastifyReply) => {
      const { id } = request.params as { id: string };
      if (!/^[0-9a-f-]{36}$/.test(id)) return reply.callNotFound();
      const found = await documents.read(request.applicant!.id, id, variant);
      if (!found) return reply.callNotFound();
      const extension = found.mime === 'application/pdf' ? 'pdf' : found.mime === 'image/png' ? 'png' : 'jpg';
      // Our name for it, never the one it was uploaded with.
      const name = `${slugOf(found.document.kind)}${variant === 'thumbnail' ? '-preview' : ''}.${extension}`;
      return reply
        .header('content-type', found.mime)
        .header('content-disposition', `${variant === 'file' ? 'attachment' : 'inline'}; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .header('cross-origin-resource-policy', 'same-origin')
        .send(found.bytes);
    };
    scope.get('/documents/:id', { preHandler: signedIn }, serve('file'));
    scope.get('/documents/:id/thumbnail', { preHandler: signedIn }, serve('thumbnail'));
  });
}
