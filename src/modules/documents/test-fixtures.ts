/**
 * Files for upload tests, all generated in code (no binary fixtures in the repository). Used by the processing
 * tests, the browser journey and any other test that needs a realistic upload — or a hostile one.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { loadConfig } from '../../config.ts';
import { rulesFor } from './kinds.ts';
import type { KindRules } from './rules.ts';

/** The rules the app uses by default: identity documents (passport pages, residence permits, cards)… */
const DEFAULT_UPLOADS = loadConfig({ NODE_ENV: 'test' }).uploads;
export const DOCUMENT_RULES: KindRules = rulesFor({ photo: false }, DEFAULT_UPLOADS);

/** …and the applicant's face photo. */
export const PHOTO_RULES: KindRules = rulesFor({ photo: true }, DEFAULT_UPLOADS);

/** Written into the phone photo's GPS block (GPSMapDatum), so a test can prove it is gone from the output. */
export const PHONE_PHOTO_GPS_MARKER = 'MIKHAK-FIXTURE-GPS-DATUM';
/** Written into the phone photo's IFD0 (ImageDescription). */
export const PHONE_PHOTO_EXIF_MARKER = 'MIKHAK-FIXTURE-EXIF-DESCRIPTION';
/** The HTML carried by the polyglot and the renamed HTML file. */
export const HTML_PAYLOAD = '<html><body><script>alert(1)</script></body></html>';

/** Deterministic pseudo-random numbers (xorshift32), so fixtures are the same on every run. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
}

/**
 * A photo as a phone takes it: sensor-sized, textured and noisy (so it is realistically 3–6 MB at quality 95),
 * stored landscape with an EXIF orientation tag, with camera and GPS tags. The scene is a light page with dark
 * "text" lines on a darker table, so the re-encoded output has structure too.
 */
export async function phonePhotoJpeg(
  options: { width?: number; height?: number; orientation?: number; gps?: boolean } = {},
): Promise<Buffer> {
  const { width = 4000, height = 3000, orientation = 6, gps = true } = options;
  const random = prng(width * 31 + height * 17 + orientation);
  const pixels = Buffer.alloc(width * height * 3);
  const page = { left: width * 0.12, right: width * 0.88, top: height * 0.08, bottom: height * 0.92 };
  const lineHeight = Math.max(8, Math.round(height / 40));
  for (let y = 0; y < height; y++) {
    const inLine =
      y % lineHeight < lineHeight * 0.35 && y > page.top + lineHeight && y < page.bottom - lineHeight;
    const lineEnd = page.right - width * (0.05 + ((Math.floor(y / lineHeight) * 7) % 13) / 40);
    for (let x = 0; x < width; x++) {
      const onPage = x > page.left && x < page.right && y > page.top && y < page.bottom;
      let r: number;
      let g: number;
      let b: number;
      if (onPage) {
        const shade = 232 - (18 * (x + y)) / (width + height);
        const ink = inLine && x > page.left + width * 0.05 && x < lineEnd;
        r = ink ? 40 : shade;
        g = ink ? 42 : shade - 2;
        b = ink ? 55 : shade - 8;
      } else {
        // A wood-like table: low-frequency stripes.
        const grain = 20 * Math.sin(x / 23 + Math.sin(y / 97) * 3) + 8 * Math.sin(y / 7);
        r = 120 + grain;
        g = 82 + grain * 0.7;
        b = 50 + grain * 0.4;
      }
      // Sensor noise, a few levels either side.
      const noise = (random() + random() + random() - 1.5) * 14;
      const i = (y * width + x) * 3;
      pixels[i] = clampByte(r + noise);
      pixels[i + 1] = clampByte(g + noise);
      pixels[i + 2] = clampByte(b + noise);
    }
  }
  const exif: Record<string, Record<string, string>> = {
    IFD0: {
      Make: 'Mikhak',
      Model: 'Fixture Phone 12',
      Software: 'mikhak-test-fixtures',
      ImageDescription: PHONE_PHOTO_EXIF_MARKER,
    },
  };
  if (gps) {
    exif.IFD3 = {
      GPSLatitudeRef: 'N',
      GPSLatitude: '51/1 30/1 2637/100',
      GPSLongitudeRef: 'W',
      GPSLongitude: '0/1 7/1 3961/100',
      GPSAltitudeRef: '0',
      GPSAltitude: '35/1',
      GPSMapDatum: PHONE_PHOTO_GPS_MARKER,
    };
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .withExif(exif)
    .withMetadata({ orientation })
    .toBuffer();
}

function clampByte(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
}

/** A scanned document page as a PNG: white page, grey text lines, a photo box. Optionally with a transparent background. */
export async function documentScanPng(
  options: { width?: number; height?: number; transparent?: boolean } = {},
): Promise<Buffer> {
  const { width = 1600, height = 1100, transparent = false } = options;
  const lines: string[] = [];
  for (let y = height * 0.15; y < height * 0.7; y += height * 0.08) {
    lines.push(
      `<rect x="${width * 0.4}" y="${y}" width="${width * (0.3 + ((y / height) % 0.2))}" height="${height * 0.025}" fill="#505a5f"/>`,
    );
  }
  const background = transparent ? '' : `<rect width="${width}" height="${height}" fill="#f8f8f5"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${background}
    <rect x="${width * 0.06}" y="${height * 0.15}" width="${width * 0.26}" height="${height * 0.5}" fill="#b1b4b6"/>
    ${lines.join('')}
    <rect x="${width * 0.06}" y="${height * 0.8}" width="${width * 0.88}" height="${height * 0.04}" fill="#0b0c0c"/>
    <rect x="${width * 0.06}" y="${height * 0.87}" width="${width * 0.88}" height="${height * 0.04}" fill="#0b0c0c"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function portraitSvg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 120 160" preserveAspectRatio="none">
    <rect width="120" height="160" fill="#eef0f1"/>
    <ellipse cx="60" cy="62" rx="24" ry="30" fill="#8a6f5a"/>
    <path d="M14 160 C18 118 38 104 60 104 C82 104 102 118 106 160 Z" fill="#2b3a4a"/></svg>`;
}

/** A head-and-shoulders photo, upright portrait (600×800 by default). */
export async function portraitPhotoJpeg(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const { width = 600, height = 800 } = options;
  return sharp(Buffer.from(portraitSvg(width, height)))
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The same face photo taken the wrong way round: landscape, 800×600. */
export async function landscapePhotoJpeg(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const { width = 800, height = 600 } = options;
  return portraitPhotoJpeg({ width, height });
}

/** A valid JPEG below every kind's minimum dimensions (200×150). */
export async function tinyJpeg(): Promise<Buffer> {
  return portraitPhotoJpeg({ width: 200, height: 150 });
}

/** A PDF of `pages` A4 pages, each with visible text. */
export async function multiPagePdf(
  pages: number,
  options: { useObjectStreams?: boolean } = {},
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    page.drawText('Mikhak test document', { x: 72, y: 760, size: 20, font, color: rgb(0.04, 0.05, 0.05) });
    page.drawText(`Page ${n} of ${pages}`, { x: 72, y: 730, size: 12, font, color: rgb(0.31, 0.35, 0.37) });
    page.drawRectangle({
      x: 72,
      y: 480,
      width: 180,
      height: 220,
      borderColor: rgb(0.11, 0.44, 0.72),
      borderWidth: 2,
    });
  }
  return Buffer.from(await doc.save({ useObjectStreams: options.useObjectStreams ?? true }));
}

/** A two-page PDF with visible text, as pdf-lib writes it (object streams, cross-reference stream). */
export function twoPagePdf(): Promise<Buffer> {
  return multiPagePdf(2);
}

/**
 * A PDF whose catalog runs JavaScript when opened. By default the catalog sits in a compressed object stream, so
 * `/JavaScript` does not appear in the raw bytes: only a parser sees it.
 */
export async function pdfWithJavaScript(options: { useObjectStreams?: boolean } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Hello', { x: 72, y: 760, size: 20, font });
  const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
  return Buffer.from(await doc.save({ useObjectStreams: options.useObjectStreams ?? true }));
}

/**
 * A classic PDF (xref table, no object streams) written by hand. `objects[i]` is the body of object `i + 1`;
 * object 1 must be the catalog. `trailer` is added to the trailer dictionary.
 */
export function handBuiltPdf(objects: readonly string[], trailer = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${length}\n%%EOF\n`,
  );
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

/** Catalog, page tree and one blank page: objects 1–3 for `handBuiltPdf`. */
export const MINIMAL_PDF_OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
] as const;

const PDF_PASSWORD_PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function md5(...parts: Buffer[]): Buffer {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/**
 * A valid PDF protected by the standard security handler (revision 2, 40-bit RC4): empty user password (it opens
 * without asking, like the "restrict editing" PDFs banks send), owner password "owner". pdf-lib cannot encrypt,
 * so the /Encrypt dictionary is computed here (PDF 1.7, 7.6.3.3–7.6.3.4). The document has no strings or streams,
 * so nothing else needs encrypting.
 */
export function encryptedPdf(): Buffer {
  const id = md5(Buffer.from('mikhak-encrypted-fixture'));
  const permissions = -44; // print and copy refused
  const userPadded = PDF_PASSWORD_PADDING;
  const ownerKey = md5(Buffer.concat([Buffer.from('owner'), PDF_PASSWORD_PADDING]).subarray(0, 32)).subarray(
    0,
    5,
  );
  const ownerEntry = rc4(ownerKey, userPadded);
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(userPadded, ownerEntry, p, id).subarray(0, 5);
  const userEntry = rc4(key, PDF_PASSWORD_PADDING);
  return handBuiltPdf(
    [
      ...MINIMAL_PDF_OBJECTS,
      `<< /Filter /Standard /V 1 /R 2 /O <${ownerEntry.toString('hex')}> /U <${userEntry.toString('hex')}> /P ${permissions} >>`,
    ],
    `/Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`,
  );
}

/** An HTML page, as someone might rename it `passport.jpg`. */
export function htmlAsJpg(): Buffer {
  return Buffer.from(`<!DOCTYPE html>\n${HTML_PAYLOAD}\n`);
}

/** An SVG with a script in it. */
export function svgFile(): Buffer {
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" onload="alert(1)">' +
      '<rect width="600" height="800" fill="#eee"/><script>alert(2)</script></svg>\n',
  );
}

/**
 * A valid, decodable JPEG that is also an HTML page: the HTML sits in a comment (COM) segment right after the
 * start-of-image marker, or is appended after the end-of-image marker.
 */
export async function jpegHtmlPolyglot(
  options: { placement?: 'comment' | 'appended' } = {},
): Promise<Buffer> {
  const jpeg = await portraitPhotoJpeg();
  const html = Buffer.from(HTML_PAYLOAD);
  if (options.placement === 'appended') return Buffer.concat([jpeg, html]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(html.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, html, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])) >>> 0);
  return Buffer.concat([header, data, crc]);
}

/**
 * A 20000×20000 PNG (400 megapixels) of well under 1 MB: one-bit greyscale, all black. Built by hand because sharp
 * itself refuses to create an image that large (its own default pixel limit), and it takes ~0.1 s.
 */
export function hugePng(options: { width?: number; height?: number } = {}): Buffer {
  const { width = 20_000, height = 20_000 } = options;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))); // filter byte 0 + zero bits, every row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first `fraction` of a file, as an interrupted upload or copy leaves it. */
export function truncated(buffer: Buffer, fraction: number): Buffer {
  return Buffer.from(buffer.subarray(0, Math.floor(buffer.length * fraction)));
}
