import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Platform } from '../../app.ts';
import { verifyCsrfToken } from '../../platform/http/security.ts';
import type { MessageKey, Translate } from '../../platform/i18n/index.ts';
import { translator } from '../../platform/i18n/index.ts';
import { isProfileKind, kindOfSlug, type ProfileKind, slugOf } from './kinds.ts';
import type { KindRules, Refusal } from './rules.ts';
import type { DocumentsService } from './service.ts';
import { type Flash, isFlash } from './views/flash.tsx';
import { DocumentKindPage } from './views/kind.tsx';
import { DocumentsPage } from './views/list.tsx';
import { formatFileSize, profileHref } from './views/parts.tsx';

type Received =
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'no-file' }
  | { kind: 'too-large' }
  | { kind: 'interrupted' }
  | { kind: 'forbidden' };

const FLASH = 'documentsFlash';

/** The status a refusal is answered with: 413 for size, 422 for a file we understood and refused. */
const statusOf = (reason: Refusal | 'no-file' | 'interrupted') =>
  reason === 'too_large' ? 413 : reason === 'no-file' || reason === 'interrupted' ? 400 : 422;

/** A refusal in the applicant's words, with the numbers that explain it. */
export function refusalMessage(
  t: Translate,
  locale: 'fa' | 'en',
  refusal: Refusal,
  rules: KindRules,
  quota: { files: number; bytes: number },
) {
  const size = (bytes: number) => formatFileSize(bytes, t, locale);
  const key = `documents.refusal.${refusal}` as MessageKey;
  switch (refusal) {
    case 'too_large':
      return t(key, { size: size(rules.maxBytes) });
    case 'too_many_pixels':
      return t(key, { max: Math.floor(rules.maxPixels / 1_000_000) });
    case 'too_small':
      return t(key, { short: rules.image.minShortSide, long: rules.image.minLongSide });
    case 'pdf_too_many_pages':
      return t(key, { max: rules.maxPdfPages });
    case 'quota':
      return t(key, { files: quota.files, size: size(quota.bytes) });
    default:
      return t(key);
  }
}

/**
 * The file part of a multipart form, read as it streams: at most `maxBytes` are ever held; past that the rest is
 * skipped, not buffered. The CSRF token is the form's first field (before the file), checked before any file byte
 * is kept.
 */
async function receiveFile(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  maxBytes: number,
): Promise<Received> {
  let token: string | undefined;
  let checked = false;
  let result: Received = { kind: 'no-file' };
  const check = async () => {
    checked = true;
    return verifyCsrfToken(app, request, reply, token);
  };
  try {
    const parts = request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 6, headerPairs: 50 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname === '_csrf' && typeof part.value === 'string') token = part.value;
        continue;
      }
      if (!checked && !(await check())) {
        part.file.resume();
        return { kind: 'forbidden' };
      }
      if (part.fieldname !== 'file' || result.kind !== 'no-file') {
        part.file.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let over = false;
      part.file.once('limit', () => {
        over = true;
      });
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (over || size > maxBytes) {
          over = true;
          break;
        }
        chunks.push(chunk);
      }
      // Refused at the limit: the rest is neither read nor kept (the answer closes the connection).
      if (over || part.file.truncated) return { kind: 'too-large' };
      if (size === 0 && !part.filename) result = { kind: 'no-file' };
      else result = { kind: 'file', bytes: Buffer.concat(chunks, size) };
    }
  } catch (err) {
    request.log.info(
      { err: { code: (err as { code?: string }).code, message: (err as Error).message } },
      'upload interrupted',
    );
    if (!checked && !(await check())) return { kind: 'forbidden' };
    return { kind: 'interrupted' };
  }
  if (!checked && !(await check())) return { kind: 'forbidden' };
  return result;
}

/** How much of a refused upload's remaining body is read (and thrown away) before the connection is cut. */
const DISCARD_LIMIT = 128 * 1024 * 1024;

/**
 * Too large: answered at once, and the rest of the body is read and thrown away as it arrives, so that the browser
 * finishes sending and shows the page (closing the connection mid-upload shows a network error instead). A client
 * that keeps sending past the limit is cut off.
 */
function discardRest(request: FastifyRequest) {
  const raw = request.raw;
  if (raw.readableEnded) return;
  let discarded = 0;
  raw.unpipe();
  raw.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT) raw.socket.destroy();
  });
  raw.resume();
}

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
    await scope.register(multipart, {
      limits: { fileSize: config.uploads.maxBytes, files: 1, fields: 4, parts: 6 },
      // Too large is an answer we give ourselves (the stream says `truncated`), not an exception mid-read.
      throwFileSizeLimit: false,
    });

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
        const rules = documents.rulesOf(kind);
        const t = translator(request.locale);
        const refuse = (reason: Refusal | 'no-file' | 'interrupted') =>
          kindPage(
            request,
            reply,
            kind,
            reason === 'no-file'
              ? t('documents.error.noFile')
              : reason === 'interrupted'
                ? t('documents.error.interrupted')
                : refusalMessage(t, request.locale, reason, rules, limits),
            statusOf(reason),
          );
        const received = await receiveFile(app, request, reply, rules.maxBytes);
        if (received.kind === 'forbidden') return reply;
        if (received.kind === 'too-large') {
          discardRest(request);
          return refuse('too_large');
        }
        if (received.kind !== 'file') return refuse(received.kind);
        const outcome = await documents.upload({
          ownerId: request.applicant!.id,
          kind,
          bytes: received.bytes,
          actor: { ip: request.ip },
        });
        if (!outcome.ok) return refuse(outcome.refusal);
        await setFlash(request, {
          type: outcome.document.scanState === 'pending' ? 'pending' : 'uploaded',
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
