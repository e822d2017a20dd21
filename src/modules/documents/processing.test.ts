import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { detectFormat, processUpload } from './processing.ts';
import type { ProcessedFile, ProcessOutcome, Refusal } from './rules.ts';
import {
  DOCUMENT_RULES,
  documentScanPng,
  encryptedPdf,
  HTML_PAYLOAD,
  handBuiltPdf,
  htmlAsJpg,
  hugePng,
  jpegHtmlPolyglot,
  landscapePhotoJpeg,
  MINIMAL_PDF_OBJECTS,
  multiPagePdf,
  PHONE_PHOTO_EXIF_MARKER,
  PHONE_PHOTO_GPS_MARKER,
  PHOTO_RULES,
  pdfWithJavaScript,
  phonePhotoJpeg,
  portraitPhotoJpeg,
  svgFile,
  tinyJpeg,
  truncated,
  twoPagePdf,
} from './test-fixtures.ts';

function accepted(outcome: ProcessOutcome): ProcessedFile {
  assert.ok(outcome.ok, `expected the file to be accepted, got ${outcome.ok ? '' : outcome.refusal}`);
  return outcome.file;
}

function refusal(outcome: ProcessOutcome): Refusal | undefined {
  return outcome.ok ? undefined : outcome.refusal;
}

/** Traces of metadata a JPEG could carry: EXIF (APP1), XMP (APP1), ICC (APP2), IPTC (APP13). */
const METADATA_SIGNATURES = ['Exif\0\0', 'http://ns.adobe.com/xap/1.0/', 'ICC_PROFILE', 'Photoshop 3.0'];

describe('detectFormat', () => {
  test('recognises the three signatures at offset 0 only', () => {
    assert.equal(detectFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])), 'jpeg');
    assert.equal(detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'png');
    assert.equal(detectFormat(Buffer.from('%PDF-1.7\n')), 'pdf');
    assert.equal(detectFormat(Buffer.from('\n%PDF-1.7')), undefined);
    assert.equal(detectFormat(Buffer.from([0, 0xff, 0xd8, 0xff, 0xe0])), undefined);
    assert.equal(detectFormat(Buffer.from('GIF89a..')), undefined);
    assert.equal(detectFormat(Buffer.from('<html>')), undefined);
    assert.equal(detectFormat(Buffer.alloc(0)), undefined);
    assert.equal(detectFormat(Buffer.from([0x89, 0x50, 0x4e])), undefined, 'too short to tell');
  });
});

describe('processUpload: what is refused', () => {
  test('empty and too large', async () => {
    assert.equal(refusal(await processUpload(Buffer.alloc(0), DOCUMENT_RULES)), 'empty');
    const photo = await portraitPhotoJpeg();
    const small = { ...DOCUMENT_RULES, maxBytes: photo.length - 1 };
    assert.equal(refusal(await processUpload(photo, small)), 'too_large');
  });

  test('HTML renamed .jpg, SVG, text, GIF, WebP, ZIP: not_accepted', async () => {
    const gif = await sharp(await portraitPhotoJpeg())
      .gif()
      .toBuffer();
    const webp = await sharp(await portraitPhotoJpeg())
      .webp()
      .toBuffer();
    const zip = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);
    const files = {
      html: htmlAsJpg(),
      svg: svgFile(),
      text: Buffer.from('passport number 123\n'),
      gif,
      webp,
      zip,
    };
    for (const [name, file] of Object.entries(files)) {
      assert.equal(refusal(await processUpload(file, DOCUMENT_RULES)), 'not_accepted', name);
      assert.equal(refusal(await processUpload(file, PHOTO_RULES)), 'not_accepted', name);
    }
  });

  test('a signature that does not start the file is refused, even where file-type would find it', async () => {
    const jpeg = await portraitPhotoJpeg();
    const pdf = await twoPagePdf();
    assert.equal(
      refusal(await processUpload(Buffer.concat([Buffer.from('\n'), pdf]), DOCUMENT_RULES)),
      'not_accepted',
    );
    assert.equal(
      refusal(await processUpload(Buffer.concat([Buffer.from('<a>'), jpeg]), DOCUMENT_RULES)),
      'not_accepted',
    );
  });

  test('a PDF for the photo: photo_format', async () => {
    assert.equal(refusal(await processUpload(await twoPagePdf(), PHOTO_RULES)), 'photo_format');
  });

  test('JPEG/HTML polyglots: active_content', async () => {
    const inComment = await jpegHtmlPolyglot();
    const appended = await jpegHtmlPolyglot({ placement: 'appended' });
    // Both really are decodable JPEGs carrying the HTML.
    for (const file of [inComment, appended]) {
      assert.equal((await sharp(file).metadata()).format, 'jpeg');
      assert.ok(file.includes(HTML_PAYLOAD));
      assert.equal(refusal(await processUpload(file, DOCUMENT_RULES)), 'active_content');
      assert.equal(refusal(await processUpload(file, PHOTO_RULES)), 'active_content');
    }
    const jpeg = await portraitPhotoJpeg();
    for (const markup of [
      '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
      '<svg/onload=alert(1)>',
      '<IMG SRC=x OnError=alert(1)>',
      '<iframe src="https://example.org">',
      '<a href="JavaScript:alert(1)">x</a>',
      '<!DOCTYPE html><p>hello',
    ]) {
      const file = Buffer.concat([jpeg, Buffer.from(markup)]);
      assert.equal(refusal(await processUpload(file, PHOTO_RULES)), 'active_content', markup);
    }
  });

  test('a 20000×20000 PNG of under 1 MB: too_many_pixels, before decoding', async () => {
    const png = hugePng();
    assert.ok(png.length < 1024 * 1024, `${png.length} bytes`);
    const started = performance.now();
    assert.equal(refusal(await processUpload(png, DOCUMENT_RULES)), 'too_many_pixels');
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms`);
    // Just under the limit in pixels (but 6,400×6,250 one-bit): the header check lets it through to decoding.
    assert.ok(accepted(await processUpload(hugePng({ width: 6400, height: 6250 }), DOCUMENT_RULES)));
  });

  test('truncated images: damaged', async () => {
    const phone = await phonePhotoJpeg({ width: 1600, height: 1200 });
    const scan = await documentScanPng();
    for (const fraction of [0.2, 0.5, 0.9, 0.999]) {
      assert.equal(
        refusal(await processUpload(truncated(phone, fraction), DOCUMENT_RULES)),
        'damaged',
        `${fraction}`,
      );
      assert.equal(
        refusal(await processUpload(truncated(scan, fraction), DOCUMENT_RULES)),
        'damaged',
        `${fraction}`,
      );
    }
  });

  test('below the minimum sides: too_small; landscape face photo: not_portrait', async () => {
    assert.equal(refusal(await processUpload(await tinyJpeg(), DOCUMENT_RULES)), 'too_small');
    assert.equal(refusal(await processUpload(await tinyJpeg(), PHOTO_RULES)), 'too_small');
    assert.equal(refusal(await processUpload(await landscapePhotoJpeg(), PHOTO_RULES)), 'not_portrait');
    const square = await portraitPhotoJpeg({ width: 700, height: 700 });
    assert.equal(refusal(await processUpload(square, PHOTO_RULES)), 'not_portrait');
    const tall = await portraitPhotoJpeg({ width: 400, height: 800 });
    assert.equal(refusal(await processUpload(tall, PHOTO_RULES)), 'not_portrait');
    // Landscape is fine for documents.
    accepted(await processUpload(await landscapePhotoJpeg(), DOCUMENT_RULES));
  });

  test('the portrait check uses upright dimensions: a landscape-stored photo tagged "rotate 90°" is a portrait', async () => {
    const stored = await phonePhotoJpeg({ width: 800, height: 600, orientation: 6, gps: false });
    const file = accepted(await processUpload(stored, PHOTO_RULES));
    assert.deepEqual([file.width, file.height], [600, 800]);
    const untagged = await phonePhotoJpeg({ width: 800, height: 600, orientation: 1, gps: false });
    assert.equal(refusal(await processUpload(untagged, PHOTO_RULES)), 'not_portrait');
  });

  test('truncated PDF: pdf_damaged — pdf-lib alone would load it', async () => {
    const classic = await multiPagePdf(2, { useObjectStreams: false });
    const cut = Buffer.from(classic.subarray(0, classic.lastIndexOf('xref')));
    const lenient = await PDFDocument.load(cut, { updateMetadata: false });
    assert.equal(lenient.getPageCount(), 2, 'pdf-lib reads the objects and ignores the missing end');
    assert.equal(refusal(await processUpload(cut, DOCUMENT_RULES)), 'pdf_damaged');
    for (const fraction of [0.1, 0.5, 0.9, 0.99]) {
      assert.equal(refusal(await processUpload(truncated(classic, fraction), DOCUMENT_RULES)), 'pdf_damaged');
      assert.equal(
        refusal(await processUpload(truncated(await twoPagePdf(), fraction), DOCUMENT_RULES)),
        'pdf_damaged',
      );
    }
  });

  test('a PDF that does not parse, or has no pages: pdf_damaged', async () => {
    const end = '\nstartxref\n0\n%%EOF\n';
    assert.equal(
      refusal(await processUpload(Buffer.from(`%PDF-1.4\n${end}`), DOCUMENT_RULES)),
      'pdf_damaged',
    );
    const noPages = handBuiltPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
    ]);
    assert.equal(refusal(await processUpload(noPages, DOCUMENT_RULES)), 'pdf_damaged');
    const cycle = handBuiltPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R] /Count 1 >>',
    ]);
    assert.equal(refusal(await processUpload(cycle, DOCUMENT_RULES)), 'pdf_damaged');
    accepted(await processUpload(handBuiltPdf(MINIMAL_PDF_OBJECTS), DOCUMENT_RULES));
  });

  test('encrypted PDF: pdf_encrypted, also when pdf-lib is the one to notice', async () => {
    const pdf = encryptedPdf();
    await assert.rejects(PDFDocument.load(pdf), /is encrypted/);
    assert.equal(refusal(await processUpload(pdf, DOCUMENT_RULES)), 'pdf_encrypted');
    // `/Encr#79pt` is `/Encrypt` to a reader (and to pdf-lib) but not to a byte search.
    const escaped = Buffer.from(
      pdf.toString('latin1').replace('/Encrypt 4 0 R', '/Encr#79pt 4 0 R'),
      'latin1',
    );
    assert.ok(!escaped.includes('/Encrypt'));
    assert.equal(refusal(await processUpload(escaped, DOCUMENT_RULES)), 'pdf_encrypted');
  });

  test('PDF with JavaScript: active_content, whether in plain objects or inside a compressed object stream', async () => {
    const compressed = await pdfWithJavaScript();
    assert.ok(!compressed.includes('/JavaScript'), 'not visible in the raw bytes');
    assert.equal(refusal(await processUpload(compressed, DOCUMENT_RULES)), 'active_content');
    assert.equal(
      refusal(await processUpload(await pdfWithJavaScript({ useObjectStreams: false }), DOCUMENT_RULES)),
      'active_content',
    );
  });

  test('PDF names spelled with #xx escapes (pdf-lib decodes only upper-case ones) are still found', async () => {
    const [catalog, pages] = MINIMAL_PDF_OBJECTS;
    const page =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [<< /Type /Annot /Subtype /Link ' +
      '/Rect [0 0 100 100] /A << /S /#4aava#53cript /#4aS (app.alert(1)) >> >>] >>';
    const pdf = handBuiltPdf([catalog, pages, page]);
    assert.ok(!pdf.includes('/JavaScript') && !pdf.includes('/JS'));
    assert.equal(refusal(await processUpload(pdf, DOCUMENT_RULES)), 'active_content');
  });

  test('other active PDF content: launch, attachments, XFA, additional actions', async () => {
    const [catalog, pages, page] = MINIMAL_PDF_OBJECTS;
    const variants = {
      launch: ['<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (calc.exe) >> >>', pages, page],
      attachment: [
        '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>',
        pages,
        page,
        '<< /Names [(a.exe) << /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>] >>',
        '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
      ],
      xfa: [
        '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 4 0 R >> >>',
        pages,
        page,
        '<< /Length 0 >>\nstream\n\nendstream',
      ],
      pageActions: [
        catalog,
        pages,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /AA << /O << /S /URI /URI (https://example.org/track) >> >> >>',
      ],
      uriOnOpen: [
        '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /URI /URI (https://example.org/track) >> >>',
        pages,
        page,
      ],
    };
    for (const [name, objects] of Object.entries(variants)) {
      assert.equal(
        refusal(await processUpload(handBuiltPdf(objects), DOCUMENT_RULES)),
        'active_content',
        name,
      );
    }
  });

  test('benign PDF features are accepted: open at a page and zoom, links', async () => {
    const [, pages, page] = MINIMAL_PDF_OBJECTS;
    const openAtPage = handBuiltPdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>',
      pages,
      page,
    ]);
    accepted(await processUpload(openAtPage, DOCUMENT_RULES));
    const goTo = handBuiltPdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /GoTo /D [3 0 R /Fit] >> >>',
      pages,
      page,
    ]);
    accepted(await processUpload(goTo, DOCUMENT_RULES));
    const link =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [<< /Type /Annot /Subtype /Link ' +
      '/Rect [0 0 100 100] /A << /S /URI /URI (https://www.gov.uk/) >> >>] >>';
    accepted(await processUpload(handBuiltPdf([MINIMAL_PDF_OBJECTS[0], pages, link]), DOCUMENT_RULES));
  });

  test('31 pages with maxPdfPages 30: pdf_too_many_pages; 30 pages pass', async () => {
    assert.equal(refusal(await processUpload(await multiPagePdf(31), DOCUMENT_RULES)), 'pdf_too_many_pages');
    assert.equal(accepted(await processUpload(await multiPagePdf(30), DOCUMENT_RULES)).pages, 30);
  });

  test('hostile PDFs cannot stall the server: parsing runs in a worker with a deadline', async () => {
    // pdf-lib spends ~7 s of CPU per MB on this (it throws and catches once per byte).
    const junk = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(2_000_000, 'a'),
      Buffer.from('\nstartxref\n0\n%%EOF\n'),
    ]);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = performance.now();
    const outcome = await processUpload(junk, DOCUMENT_RULES, { pdfTimeoutMs: 600 });
    clearInterval(ticker);
    const elapsed = performance.now() - started;
    assert.equal(refusal(outcome), 'pdf_damaged');
    assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
    assert.ok(ticks >= 10, `the event loop kept running (${ticks} ticks)`);
  });

  test('hostile PDFs cannot exhaust memory: decompressed object streams have a budget', async () => {
    // An object stream of 100 MiB of spaces, 100 KB compressed: a valid (if silly) file that pdf-lib would inflate
    // whole. Over the 64 MiB budget, so refused; the same stream at 1 MiB is fine.
    const objectStream = (size: number) => {
      const data = deflateSync(Buffer.alloc(size, ' '), { level: 9 }).toString('latin1');
      return `<< /Type /ObjStm /N 0 /First 0 /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream`;
    };
    const bomb = handBuiltPdf([...MINIMAL_PDF_OBJECTS, objectStream(100 * 1024 * 1024)]);
    assert.ok(bomb.length < 200_000, `${bomb.length} bytes`);
    assert.equal(refusal(await processUpload(bomb, DOCUMENT_RULES)), 'pdf_damaged');
    accepted(
      await processUpload(handBuiltPdf([...MINIMAL_PDF_OBJECTS, objectStream(1024 * 1024)]), DOCUMENT_RULES),
    );
  });
});

describe('processUpload: what is kept', () => {
  test('a phone photo: upright, scaled down, small, without EXIF, GPS or any other metadata', async () => {
    const photo = await phonePhotoJpeg();
    const before = await sharp(photo).metadata();
    assert.deepEqual([before.width, before.height, before.orientation], [4000, 3000, 6]);
    assert.ok(before.exif?.includes(PHONE_PHOTO_GPS_MARKER), 'the input carries the GPS block');
    assert.ok(photo.includes(PHONE_PHOTO_EXIF_MARKER) && photo.includes('Exif\0\0'));
    assert.ok(photo.length > 3_000_000 && photo.length < 6_500_000, `input ${photo.length} bytes`);

    const started = performance.now();
    const file = accepted(await processUpload(photo, DOCUMENT_RULES));
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);

    assert.equal(file.format, 'jpeg');
    assert.equal(file.mime, 'image/jpeg');
    assert.deepEqual([file.width, file.height], [1500, 2000], 'rotated upright and fitted to 2000');
    assert.ok(file.bytes.length < 1024 * 1024, `output ${file.bytes.length} bytes`);
    assert.equal(file.pages, null);

    const after = await sharp(file.bytes).metadata();
    assert.deepEqual([after.format, after.width, after.height, after.space], ['jpeg', 1500, 2000, 'srgb']);
    assert.equal(after.exif, undefined);
    assert.equal(after.xmp, undefined);
    assert.equal(after.iptc, undefined);
    assert.equal(after.icc, undefined);
    assert.equal(after.orientation, undefined);
    for (const trace of [...METADATA_SIGNATURES, PHONE_PHOTO_GPS_MARKER, PHONE_PHOTO_EXIF_MARKER, 'Mikhak']) {
      assert.ok(!file.bytes.includes(trace), `output contains ${JSON.stringify(trace)}`);
    }

    assert.ok(file.thumbnail);
    const thumbnail = await sharp(file.thumbnail).metadata();
    assert.equal(thumbnail.format, 'jpeg');
    assert.ok((thumbnail.width ?? 0) <= 320 && (thumbnail.height ?? 0) <= 320);
    assert.equal(thumbnail.height, 320);
    assert.equal(thumbnail.exif, undefined);
  });

  test('a PNG scan: accepted, JPEG out, never enlarged', async () => {
    const file = accepted(await processUpload(await documentScanPng(), DOCUMENT_RULES));
    assert.equal(file.format, 'jpeg');
    assert.deepEqual([file.width, file.height], [1600, 1100]);
    assert.equal((await sharp(file.bytes).metadata()).format, 'jpeg');
    const photo = accepted(await processUpload(await portraitPhotoJpeg(), PHOTO_RULES));
    assert.deepEqual([photo.width, photo.height], [600, 800], 'below maxLongSide 1200: kept as is');
  });

  test('transparency is flattened onto white; CMYK becomes sRGB', async () => {
    const file = accepted(await processUpload(await documentScanPng({ transparent: true }), DOCUMENT_RULES));
    const { data, info } = await sharp(file.bytes).raw().toBuffer({ resolveWithObject: true });
    assert.equal(info.channels, 3);
    assert.deepEqual(
      [...data.subarray(0, 3)].map((v) => v > 245),
      [true, true, true],
      'corner is white',
    );

    const cmyk = await sharp(await portraitPhotoJpeg())
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    assert.equal((await sharp(cmyk).metadata()).space, 'cmyk');
    const converted = accepted(await processUpload(cmyk, PHOTO_RULES));
    const meta = await sharp(converted.bytes).metadata();
    assert.deepEqual([meta.space, meta.channels, meta.icc], ['srgb', 3, undefined]);
  });

  test('a two-page PDF: 2 pages, bytes exactly as sent, no thumbnail', async () => {
    const pdf = await twoPagePdf();
    const file = accepted(await processUpload(pdf, DOCUMENT_RULES));
    assert.deepEqual(
      {
        format: file.format,
        mime: file.mime,
        pages: file.pages,
        width: file.width,
        thumbnail: file.thumbnail,
      },
      { format: 'pdf', mime: 'application/pdf', pages: 2, width: null, thumbnail: null },
    );
    assert.ok(file.bytes.equals(pdf));
  });
});

describe('processUpload on arbitrary bytes (fast-check)', () => {
  const rules = [DOCUMENT_RULES, PHOTO_RULES];
  const settle = (bytes: Uint8Array, index: number) =>
    processUpload(Buffer.from(bytes), rules[index % 2]!, { pdfTimeoutMs: 2000 });

  test('random bytes never throw and are never accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.nat(), async (bytes, index) => {
        const outcome = await settle(bytes, index);
        assert.equal(outcome.ok, false);
      }),
      { numRuns: 300 },
    );
  });

  test('random bytes behind a real signature never throw and are never accepted', async () => {
    const signatures = [
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('%PDF-1.7\n'),
    ];
    const pdfEnd = Buffer.from('\nstartxref\n0\n%%EOF\n');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 4096 }),
        fc.boolean(),
        fc.nat(),
        async (signature, body, withPdfEnd, index) => {
          const bytes = Buffer.concat([signature, body, withPdfEnd ? pdfEnd : Buffer.alloc(0)]);
          const outcome = await settle(bytes, index);
          assert.equal(outcome.ok, false);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('damaged real files never throw; whatever is accepted is a clean, decodable file', async () => {
    const originals = [
      await portraitPhotoJpeg(),
      await documentScanPng({ width: 800, height: 600 }),
      handBuiltPdf(MINIMAL_PDF_OBJECTS),
    ];
    const mutation = fc.record({
      file: fc.nat({ max: originals.length - 1 }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      rules: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ file, flips, cut, rules: index }) => {
        let bytes: Buffer = Buffer.from(originals[file]!);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        if (cut !== null) bytes = truncated(bytes, cut);
        const outcome = await settle(bytes, index);
        if (!outcome.ok) return;
        if (outcome.file.format === 'pdf') {
          assert.ok(outcome.file.bytes.equals(bytes));
          assert.ok((outcome.file.pages ?? 0) >= 1);
        } else {
          const meta = await sharp(outcome.file.bytes).metadata();
          assert.deepEqual([meta.format, meta.exif, meta.icc], ['jpeg', undefined, undefined]);
          await sharp(outcome.file.bytes, { failOn: 'warning' }).raw().toBuffer();
        }
      }),
      { numRuns: 150 },
    );
  });
});
