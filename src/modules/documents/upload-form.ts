import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { verifyCsrfToken } from '../../platform/http/security.ts';
import { type Locale, type MessageKey, type Translate, translator } from '../../platform/i18n/index.ts';
import type { KindRules, Refusal } from './rules.ts';
import type { UploadOutcome } from './service.ts';
import { formatFileSize } from './views/parts.tsx';

/**
 * The HTTP side of an upload, shared by every form that takes a file (profile documents here, a request's
 * attachments in the requests module): reading the multipart stream within the limit, and saying why a file was
 * refused.
 */

export type Received =
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'no-file' }
  | { kind: 'too-large' }
  | { kind: 'interrupted' }
  | { kind: 'forbidden' };

/** The status a refusal is answered with: 413 for size, 422 for a file we understood and refused. */
const statusOf = (reason: Refusal | 'no-file' | 'interrupted') =>
  reason === 'too_large' ? 413 : reason === 'no-file' || reason === 'interrupted' ? 400 : 422;

/** A refusal in the applicant's words, with the numbers that explain it. */
function refusalMessage(
  t: Translate,
  locale: Locale,
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

/** Multipart parsing for a scope of upload routes: one file, a few fields, the size decided per kind while streaming. */
export async function acceptUploads(scope: FastifyInstance, config: Config) {
  await scope.register(multipart, {
    limits: { fileSize: config.uploads.maxBytes, files: 1, fields: 4, parts: 6 },
    // Too large is an answer we give ourselves (the stream says `truncated`), not an exception mid-read.
    throwFileSizeLimit: false,
  });
}

/**
 * An upload form's POST from start to end: the file read within its limit, stored through `store`, and every
 * refusal answered by `refuse` with its message and status. Resolves to the stored document, or to undefined when
 * the answer has been given (a refusal, or a 403 for a bad token).
 */
export async function handleUpload(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  input: {
    rules: KindRules;
    quota: { files: number; bytes: number };
    store: (bytes: Buffer) => Promise<UploadOutcome>;
    refuse: (message: string, status: number) => Promise<unknown>;
  },
): Promise<Extract<UploadOutcome, { ok: true }>['document'] | undefined> {
  const t = translator(request.locale);
  const refuse = async (reason: Refusal | 'no-file' | 'interrupted') => {
    const message =
      reason === 'no-file'
        ? t('documents.error.noFile')
        : reason === 'interrupted'
          ? t('documents.error.interrupted')
          : refusalMessage(t, request.locale, reason, input.rules, input.quota);
    await input.refuse(message, statusOf(reason));
    return undefined;
  };
  const received = await receiveFile(app, request, reply, input.rules.maxBytes);
  if (received.kind === 'forbidden') return undefined;
  if (received.kind === 'too-large') {
    discardRest(request);
    return refuse('too_large');
  }
  if (received.kind !== 'file') return refuse(received.kind);
  const outcome = await input.store(received.bytes);
  return outcome.ok ? outcome.document : refuse(outcome.refusal);
}
