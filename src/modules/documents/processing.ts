/**
 * Upload processing (SEC-UPL-02, SEC-UPL-03): bytes in, a safe file or one specific refusal out.
 *
 * - The format is decided from the bytes only: our own signature check at offset 0 and `file-type` must agree,
 *   and the format must be one the kind accepts.
 * - Markup or script anywhere in the file (polyglots) is refused; for PDFs, so is anything that runs or carries
 *   content (JavaScript, launch actions, attachments, XFA, rich media, automatic non-navigation actions).
 * - Images are decoded under a pixel limit and re-encoded: upright, flattened onto white, sRGB, at most
 *   `maxLongSide`, JPEG without any metadata. Only the re-encoded output is kept.
 * - PDFs are parsed (pdf-lib) in a short-lived worker thread with a time limit and a budget for decompressed
 *   bytes, and kept exactly as sent.
 *
 * `processUpload` never throws: anything unexpected becomes `damaged` / `pdf_damaged`.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { FileFormat, KindRules, ProcessedFile, ProcessOutcome, Refusal } from './rules.ts';

/** How many leading bytes `detectFormat` needs to decide (PNG's signature is the longest). */
export const SIGNATURE_BYTES = 8;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const MIME: Record<FileFormat, ProcessedFile['mime']> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/**
 * The format announced by the file's first bytes, or undefined. The signature must start at offset 0: JPEG
 * `FF D8 FF`, PNG's 8-byte signature, `%PDF-` (readers tolerate it anywhere in the first 1024 bytes; we do not,
 * since whatever precedes it is how PDF polyglots are made). Pass at least `SIGNATURE_BYTES` bytes; fewer can
 * only ever give undefined for PNG.
 */
export function detectFormat(head: Buffer): FileFormat | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= PNG_SIGNATURE.length && head.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    return 'png';
  }
  if (head.length >= 5 && head.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  return undefined;
}

export type ProcessOptions = {
  /** Time allowed to parse a PDF before it is refused as damaged (default 10 s). */
  pdfTimeoutMs?: number;
};

const refuse = (refusal: Refusal): ProcessOutcome => ({ ok: false, refusal });

export async function processUpload(
  input: Buffer,
  rules: KindRules,
  options: ProcessOptions = {},
): Promise<ProcessOutcome> {
  let format: FileFormat | undefined;
  try {
    const bytes = asBuffer(input);
    if (bytes.length === 0) return refuse('empty');
    if (bytes.length > rules.maxBytes) return refuse('too_large');

    format = detectFormat(bytes);
    const sniffed = await fileTypeFromBuffer(bytes);
    if (format === undefined || sniffed?.mime !== MIME[format]) return refuse('not_accepted');
    if (!rules.accept.includes(format)) {
      const onlyImages = rules.accept.length > 0 && !rules.accept.includes('pdf');
      return refuse(format === 'pdf' && onlyImages ? 'photo_format' : 'not_accepted');
    }

    if (hasActiveContent(bytes, format)) return refuse('active_content');
    return format === 'pdf'
      ? await processPdf(bytes, rules, options)
      : await processImage(bytes, format, rules);
  } catch {
    return refuse(format === 'pdf' ? 'pdf_damaged' : 'damaged');
  }
}

function asBuffer(input: unknown): Buffer {
  if (Buffer.isBuffer(input)) return input;
  if (input instanceof Uint8Array) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return Buffer.alloc(0);
}

// ---------------------------------------------------------------------------------------------------------------
// Active content

/**
 * Markup that makes a file an HTML/SVG polyglot, searched case-insensitively over the whole file (one regular
 * expression over a latin1 view: ~15 ms for 10 MB).
 *
 * Compressed image data and PDF streams look like random bytes, so a marker must be unlikely to occur by chance.
 * Tag names must be followed by whitespace, `/` or `>`: a four-letter one (`<html`, `<body`, `<meta`, `<form`)
 * then matches random bytes with a chance of 4e-13 per byte, longer ones far less; all together about 2e-12, or
 * one needless refusal in ~50,000 uploads of the full 10 MB. A bare `<svg` or `<img` would be ~2e-9 (one 10 MB
 * photo in fifty), so those count only with a namespace or an event handler inside the tag.
 * `<?xml` is not a marker: an XML declaration is inert unless it starts the document, which a file starting with a
 * JPEG/PNG/PDF signature cannot do, and it is not worth refusing an odd-but-benign metadata packet for it.
 */
const MARKUP =
  /<(?:script|iframe|frame|frameset|object|embed|applet|html|body|meta|form)[\s/>]|<!doctype|javascript:|vbscript:|<(?:svg|img|image|math|video|audio|animate|set|input|details)[\s/][^<>]{0,512}?(?:xmlns|on[a-z]+\s*=)/i;

/**
 * PDF names for active or embedded content that are long enough to search for in raw bytes without false matches.
 * They catch such objects even where a parser would not look; the worker's parse catches the rest — names inside
 * compressed object streams, short names (/JS, /AA, /XFA) and names spelled with `#xx` escapes.
 */
const PDF_ACTIVE_RAW = /\/(?:JavaScript|Launch|EmbeddedFiles?|RichMedia|ImportData)/;

function hasActiveContent(bytes: Buffer, format: FileFormat): boolean {
  const text = bytes.toString('latin1');
  if (MARKUP.test(text)) return true;
  return format === 'pdf' && PDF_ACTIVE_RAW.test(text);
}

/**
 * Names that make a PDF active or a container, wherever they appear as a key or a value (after decoding `#xx`):
 * - JavaScript / JS: scripts (document-level name tree, actions);
 * - AA: "additional actions" run on page open/close, field focus, etc. — benign producers (scanners, office
 *   suites, browsers' "print to PDF") do not write them; Acrobat forms that do use them for JavaScript;
 * - Launch, ImportData, GoToE, RichMedia*: start programs, read files, open embedded documents, play Flash/3D;
 * - EmbeddedFile(s), EF, FileAttachment: attached files, which we could not scan;
 * - XFA: XML forms with their own scripting.
 * Plain links (/URI, /GoTo, /GoToR) are allowed: they only act when clicked. SubmitForm likewise.
 */
const PDF_ACTIVE_NAMES = new Set([
  'JavaScript',
  'JS',
  'AA',
  'Launch',
  'ImportData',
  'GoToE',
  'RichMedia',
  'RichMediaExecute',
  'RichMediaContent',
  'EmbeddedFile',
  'EmbeddedFiles',
  'EF',
  'FileAttachment',
  'XFA',
]);

/** pdf-lib decodes only upper-case `#XX` escapes; readers decode both cases, so do it again for the check. */
function decodePdfName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Images

const OUTPUT_QUALITY = 82;
const THUMBNAIL_SIDE = 320;
const THUMBNAIL_QUALITY = 70;

const isPixelLimitError = (error: unknown) =>
  error instanceof Error && /exceeds pixel limit/i.test(error.message);

async function processImage(bytes: Buffer, format: FileFormat, rules: KindRules): Promise<ProcessOutcome> {
  /**
   * `failOn: 'truncated'`: a cut-off JPEG or PNG is refused (libjpeg's "premature end of JPEG image", libpng's
   * read error — even when only the final end-of-image marker is missing). sharp's default, 'warning', would also
   * refuse JPEGs that decode with mere warnings ("Corrupt JPEG data: premature end of data segment", "extraneous
   * bytes before marker", which some cameras write); those are re-encoded like any other, and only our output is
   * kept. 'error' behaved exactly like 'truncated' in every case we tried.
   */
  const input = { limitInputPixels: rules.maxPixels, failOn: 'truncated', sequentialRead: true } as const;

  // Header only: nothing is decoded yet, so a 400-megapixel PNG of 50 KB is refused in a millisecond.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, input).metadata();
  } catch (error) {
    return refuse(isPixelLimitError(error) ? 'too_many_pixels' : 'damaged');
  }
  const { width, height } = metadata;
  if (metadata.format !== format || !width || !height) return refuse('damaged');
  if (width * height > rules.maxPixels) return refuse('too_many_pixels');

  // Upright dimensions (EXIF orientations 5–8 swap width and height).
  const upright = metadata.autoOrient ?? { width, height };
  const shortSide = Math.min(upright.width, upright.height);
  const longSide = Math.max(upright.width, upright.height);
  if (shortSide < rules.image.minShortSide || longSide < rules.image.minLongSide) return refuse('too_small');
  const portrait = rules.image.portrait;
  if (portrait) {
    const ratio = upright.height / upright.width;
    if (ratio < portrait.minRatio || ratio > portrait.maxRatio) return refuse('not_portrait');
  }

  const box = rules.image.maxLongSide;
  let output: { data: Buffer; info: OutputInfo };
  try {
    // Without keepExif/keepIccProfile/withMetadata, sharp writes no EXIF, XMP, IPTC or ICC at all (proved by the
    // tests); autoOrient applies and drops the orientation tag.
    output = await sharp(bytes, { ...input, autoOrient: true })
      .flatten({ background: '#ffffff' })
      .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .jpeg({ quality: OUTPUT_QUALITY, mozjpeg: true })
      .timeout({ seconds: 30 })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    return refuse(isPixelLimitError(error) ? 'too_many_pixels' : 'damaged');
  }

  const thumbnail = await sharp(output.data)
    .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: THUMBNAIL_QUALITY, mozjpeg: true })
    .toBuffer();

  return {
    ok: true,
    file: {
      format: 'jpeg',
      mime: 'image/jpeg',
      bytes: output.data,
      width: output.info.width,
      height: output.info.height,
      pages: null,
      thumbnail,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// PDFs

async function processPdf(bytes: Buffer, rules: KindRules, options: ProcessOptions): Promise<ProcessOutcome> {
  // A complete PDF ends with `startxref`, an offset and `%%EOF` (readers look for it in the last 1024 bytes).
  // pdf-lib reads objects front to back and happily loads a file cut off between two objects, so check here.
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 1024));
  const tailWithXref = bytes.toString('latin1', Math.max(0, bytes.length - 1100));
  if (!tail.includes('%%EOF') || !tailWithXref.includes('startxref')) return refuse('pdf_damaged');
  // Encryption: found here in the bytes, or by the parse (a trailer or cross-reference stream naming /Encrypt,
  // however it is spelled).
  if (bytes.includes('/Encrypt')) return refuse('pdf_encrypted');

  const inspection = await inspectPdf(bytes, options.pdfTimeoutMs ?? 10_000);
  if (inspection.kind === 'encrypted') return refuse('pdf_encrypted');
  if (inspection.kind === 'damaged') return refuse('pdf_damaged');
  if (inspection.openAction === 'action') return refuse('active_content');
  for (const name of inspection.names) {
    if (PDF_ACTIVE_NAMES.has(decodePdfName(name))) return refuse('active_content');
  }
  if (inspection.pages < 1) return refuse('pdf_damaged');
  if (inspection.pages > rules.maxPdfPages) return refuse('pdf_too_many_pages');
  return {
    ok: true,
    file: {
      format: 'pdf',
      mime: 'application/pdf',
      bytes,
      width: null,
      height: null,
      pages: inspection.pages,
      thumbnail: null,
    },
  };
}

type PdfInspection =
  | {
      kind: 'parsed';
      pages: number;
      /** Every distinct name used as a dictionary key or value, as pdf-lib decoded it. */
      names: string[];
      /**
       * The catalog's /OpenAction. Many benign producers set one to choose the first page and zoom (an explicit
       * destination or a GoTo action), so that is allowed; anything else runs by itself when the file is opened
       * (a URI "beacon", a named print action, a script) and is refused as active content.
       */
      openAction: 'none' | 'destination' | 'action';
    }
  | { kind: 'encrypted' }
  | { kind: 'damaged'; reason: string };

/**
 * Why a worker: pdf-lib is not safe to run on hostile input in the server's thread. Measured with pdf-lib 1.17.1:
 * `%PDF-1.4` followed by 1 MB of letters takes ~7 s of synchronous CPU (its "skip jibberish" loop throws and
 * catches an exception per byte), so 10 MB would block the event loop for over a minute; object streams are
 * inflated in memory without a limit (a 10 MB deflate bomb is 10 GB); and every distinct name read is kept in a
 * process-wide pool for good. In a worker the parse gets a deadline (terminate), a heap limit, a budget for
 * decompressed bytes, and its name pool dies with it. Cost: ~100 ms to start a worker and load pdf-lib.
 *
 * The worker is CommonJS source evaluated by Node (tsx's loader does not reach worker threads), loading pdf-lib's
 * CommonJS build by absolute path.
 */
const PDF_INSPECTOR_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const quiet = () => {};
console.log = console.info = console.warn = console.error = console.debug = quiet;
const dir = workerData.pdfLibDir;
const lib = require(dir + '/cjs/index.js');
const DecodeStream = require(dir + '/cjs/core/streams/DecodeStream.js').default;
const ByteStream = require(dir + '/cjs/core/parser/ByteStream.js').default;
const { decodePDFRawStream } = require(dir + '/cjs/core/streams/decode.js');
const { PDFDocument, PDFDict, PDFArray, PDFName, PDFStream, ParseSpeeds } = lib;

// Every decoder grows its output through ensureBuffer; parsing decodes only object and cross-reference streams,
// through ByteStream.fromPDFRawStream. Together: no more than decodeBudget bytes decompressed per document.
let budget = workerData.decodeBudget;
const ensureBuffer = DecodeStream.prototype.ensureBuffer;
DecodeStream.prototype.ensureBuffer = function (requested) {
  if (requested > budget) throw new Error('decompressed streams exceed the budget');
  return ensureBuffer.call(this, requested);
};
ByteStream.fromPDFRawStream = function (rawStream) {
  const bytes = decodePDFRawStream(rawStream).decode();
  budget -= bytes.length;
  return ByteStream.of(bytes);
};

async function inspect(bytes) {
  // ignoreEncryption, then ask: pdf-lib's EncryptedPDFError is compiled to ES5, so instanceof does not work on it.
  // A trailer /Encrypt whose object is missing still counts (pdf-lib's isEncrypted would say no).
  const doc = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: true,
    parseSpeed: ParseSpeeds.Fastest,
  });
  if (doc.isEncrypted || doc.context.trailerInfo.Encrypt !== undefined) return { kind: 'encrypted' };
  const pages = doc.getPageCount();

  const names = new Set();
  const stack = doc.context.enumerateIndirectObjects().map((entry) => entry[1]);
  while (stack.length > 0) {
    const object = stack.pop();
    if (object instanceof PDFName) names.add(object.decodeText());
    else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        names.add(key.decodeText());
        stack.push(value);
      }
    } else if (object instanceof PDFArray) {
      for (const value of object.asArray()) stack.push(value);
    } else if (object instanceof PDFStream) stack.push(object.dict);
  }

  let openAction = 'none';
  const open = doc.catalog.get(PDFName.of('OpenAction'));
  if (open !== undefined) {
    const resolved = doc.context.lookup(open);
    if (resolved instanceof PDFDict) {
      const isGoTo = resolved.lookup(PDFName.of('S')) === PDFName.of('GoTo');
      openAction = isGoTo && resolved.get(PDFName.of('Next')) === undefined ? 'destination' : 'action';
    } else {
      openAction = 'destination';
    }
  }

  return {
    kind: 'parsed',
    pages,
    names: [...names],
    openAction,
  };
}

inspect(workerData.bytes).then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ kind: 'damaged', reason: String(error && error.message).slice(0, 200) }),
);
`;

/** Decompressed object/xref streams allowed per document: far above any real document's (a few MB at most). */
const PDF_DECODE_BUDGET = 64 * 1024 * 1024;
const PDF_WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
const MAX_PDF_WORKERS = Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));

let pdfLibDir: string | undefined;
let runningWorkers = 0;
const waitingForWorker: (() => void)[] = [];

async function inspectPdf(bytes: Buffer, timeoutMs: number): Promise<PdfInspection> {
  if (runningWorkers < MAX_PDF_WORKERS) runningWorkers++;
  else await new Promise<void>((resolve) => waitingForWorker.push(resolve)); // the slot is handed over
  try {
    return await runInspector(bytes, timeoutMs);
  } finally {
    const next = waitingForWorker.shift();
    if (next) next();
    else runningWorkers--;
  }
}

function runInspector(bytes: Buffer, timeoutMs: number): Promise<PdfInspection> {
  return new Promise((resolve) => {
    pdfLibDir ??= dirname(dirname(createRequire(import.meta.url).resolve('pdf-lib')));
    const copy = new Uint8Array(bytes); // exactly these bytes, transferred rather than cloned
    const worker = new Worker(PDF_INSPECTOR_SOURCE, {
      eval: true,
      workerData: { bytes: copy, pdfLibDir, decodeBudget: PDF_DECODE_BUDGET },
      transferList: [copy.buffer],
      resourceLimits: PDF_WORKER_LIMITS,
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (result: PdfInspection) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate().catch(() => {});
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: 'damaged', reason: 'timed out' }), timeoutMs);
    worker.once('message', (message: unknown) => finish(asInspection(message)));
    worker.once('error', (error) => finish({ kind: 'damaged', reason: error.message }));
    worker.once('exit', () => finish({ kind: 'damaged', reason: 'the worker exited without an answer' }));
  });
}

function asInspection(message: unknown): PdfInspection {
  const m = message as Partial<Record<string, unknown>> | null;
  if (m?.kind === 'encrypted') return { kind: 'encrypted' };
  if (
    m?.kind === 'parsed' &&
    typeof m.pages === 'number' &&
    Array.isArray(m.names) &&
    (m.openAction === 'none' || m.openAction === 'destination' || m.openAction === 'action')
  ) {
    return {
      kind: 'parsed',
      pages: m.pages,
      names: m.names.filter((name): name is string => typeof name === 'string'),
      openAction: m.openAction,
    };
  }
  return { kind: 'damaged', reason: typeof m?.reason === 'string' ? m.reason : 'unexpected answer' };
}
