import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { needTool } from '../../test-support/tools.ts';
import {
  RECEIPT_LAYOUT,
  type ReceiptPdfInput,
  renderReceiptPdf,
  shapeLine,
  visualRuns,
} from './receipt-pdf.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../../screenshots');
const QR_PAYLOAD = 'https://mikhak.example/track/ABCDEFGHJKLM';

const FA: ReceiptPdfInput = {
  locale: 'fa',
  portalName: 'میخک — خدمات کنسولی',
  consulateName: 'بخش کنسولی سفارت — لندن',
  title: 'رسید درخواست',
  trackingCodeLabel: 'کد پیگیری',
  trackingCode: 'ABCD-EFGH-JKLM',
  rows: [
    { label: 'خدمت', value: 'وکالتنامه برای فروش ملک' },
    { label: 'نام متقاضی', value: 'مریم احمدی' },
    { label: 'کد ملی', value: '۰۰۱۲۳۴۵۶۷۸', ltr: true },
    { label: 'کنسولگری', value: 'بخش کنسولی سفارت — لندن' },
    { label: 'تاریخ ثبت', value: '۳ آذر ۱۴۰۵' },
    { label: 'هزینه', value: '۸۶ £ (۱۰۰ €)' },
  ],
  nextSteps:
    'درخواست شما ثبت شد و کارشناس بخش کنسولی آن را بررسی می‌کند. اگر مدرکی لازم باشد، با کد ABCD-EFGH-JKLM ' +
    'به شما اطلاع داده می‌شود. پس از تأیید، برای روز نوبت (حداکثر ۳۰ روز) پیامک و ایمیل دریافت می‌کنید؛ ' +
    'لطفاً تا آن زمان لابه‌لای پیام‌ها را ببینید.',
  footer: 'این رسید و اصل مدارک خود را هنگام مراجعه همراه داشته باشید.',
  qrPayload: QR_PAYLOAD,
};

const EN: ReceiptPdfInput = {
  locale: 'en',
  portalName: 'Mikhak — Consular services',
  consulateName: 'Consular Section of the Embassy — London',
  title: 'Request receipt',
  trackingCodeLabel: 'Tracking code',
  trackingCode: 'ABCD-EFGH-JKLM',
  rows: [
    { label: 'Service', value: 'Power of attorney to sell a property' },
    { label: 'Applicant', value: 'Maryam Ahmadi (مریم احمدی)' },
    { label: 'National code', value: '0012345678', ltr: true },
    { label: 'Consulate', value: 'Consular Section of the Embassy — London' },
    { label: 'Submitted', value: '24 November 2026' },
    { label: 'Fee due', value: '£86 (€100)' },
  ],
  nextSteps:
    'Your request has been recorded and a consular officer will review it. If a document is missing, we ' +
    'will tell you by email, quoting ABCD-EFGH-JKLM. Once it is approved, you will be offered an ' +
    'appointment within 30 days.',
  footer: 'Bring this receipt and your original documents to your appointment.',
  qrPayload: QR_PAYLOAD,
};

/** The characters of a line as they stand on the page, left to right (shaping aside). */
function visual(text: string, base: 'ltr' | 'rtl'): string {
  return visualRuns(text, base)
    .map((run) => (run.rtl ? [...run.text].reverse().join('') : run.text))
    .join('');
}

/** The text with a ZWNJ between every two characters: each letter stands alone, in its isolated form. */
function unjoined(text: string): string {
  return [...text].join('\u200c');
}

describe('receipt PDF: Persian ordered by bidi', () => {
  test('digits and Latin keep their order inside Persian; parentheses are mirrored', () => {
    assert.equal(visual('۸۶ £ (۱۰۰ €)', 'rtl'), '(€ ۱۰۰) £ ۸۶');
    assert.deepEqual(visualRuns('۸۶ £ (۱۰۰ €)', 'rtl'), [
      { text: ' €(', rtl: true }, // logical " €)", its ")" mirrored
      { text: '۱۰۰', rtl: false },
      { text: ' £ )', rtl: true },
      { text: '۸۶', rtl: false },
    ]);
    assert.equal(visual('۳ آذر ۱۴۰۵', 'rtl'), '۱۴۰۵ رذآ ۳');
    assert.equal(visual('کد پیگیری: ABCD-EFGH-JKLM است.', 'rtl'), '.تسا ABCD-EFGH-JKLM :یریگیپ دک');
    assert.equal(visual('(حداکثر ۳۰ روز)', 'rtl'), '(زور ۳۰ رثکادح)');
  });

  test('Persian inside English reads right to left; left-to-right values stay as they are', () => {
    assert.equal(visual('Maryam Ahmadi (مریم احمدی)', 'ltr'), 'Maryam Ahmadi (یدمحا میرم)');
    assert.equal(visual('ABCD-EFGH-JKLM', 'ltr'), 'ABCD-EFGH-JKLM');
    assert.equal(visual('۰۰۱۲۳۴۵۶۷۸', 'ltr'), '۰۰۱۲۳۴۵۶۷۸');
  });
});

describe('receipt PDF: Persian shaped by fontkit', () => {
  const isolated = (char: string) => shapeLine(char, 'rtl')[0]!.id;
  const glyphOf = (glyphs: ReturnType<typeof shapeLine>, char: string) =>
    glyphs.find((glyph) => glyph.codePoints.length === 1 && glyph.codePoints[0] === char.codePointAt(0))!;

  test('lam-alef is one ligature', () => {
    const glyphs = shapeLine('لا', 'rtl');
    assert.equal(glyphs.length, 1);
    assert.deepEqual(glyphs[0]!.codePoints, [0x644, 0x627]);
  });

  test('«می‌شود»: joined forms, the ZWNJ breaks the join and takes no room, glyphs right to left', () => {
    const glyphs = shapeLine('می‌شود', 'rtl');
    // Left to right on the page: د و ش, the ZWNJ as an invisible glyph of no width, ی م.
    assert.deepEqual(
      glyphs.filter((glyph) => glyph.advance > 0).map((glyph) => String.fromCodePoint(...glyph.codePoints)),
      ['د', 'و', 'ش', 'ی', 'م'],
    );
    assert.equal(glyphs.length, 6);
    assert.equal(glyphs[3]!.advance, 0, 'the ZWNJ takes no room');
    assert.notEqual(glyphOf(glyphs, 'م').id, isolated('م'), 'م initial');
    assert.notEqual(glyphOf(glyphs, 'ی').id, isolated('ی'), 'ی final');
    assert.notEqual(glyphOf(glyphs, 'ش').id, isolated('ش'), 'ش initial');
    assert.notEqual(glyphOf(glyphs, 'و').id, isolated('و'), 'و final');
    assert.equal(glyphOf(glyphs, 'د').id, isolated('د'), 'د stands alone after و');
    // Without the ZWNJ, ی and ش would join: different forms.
    const joined = shapeLine('میشود', 'rtl');
    assert.notEqual(glyphOf(joined, 'ی').id, glyphOf(glyphs, 'ی').id);
    assert.notEqual(glyphOf(joined, 'ش').id, glyphOf(glyphs, 'ش').id);
  });

  test('brackets around Persian are mirrored: «(سلام)» opens on the right, closes on the left', () => {
    const glyphs = shapeLine('(سلام)', 'rtl');
    assert.deepEqual(glyphs[0]!.codePoints, [0x28], 'the glyph at the left is "("');
    assert.deepEqual(glyphs.at(-1)!.codePoints, [0x29], 'the glyph at the right is ")"');
    assert.equal(glyphs.length, 5, 'ل and ا are one ligature');
  });

  test('Persian digits in a Persian line stay left to right (fontkit alone would reverse them)', () => {
    const digits = shapeLine('۸۶ £', 'rtl').filter((glyph) =>
      /\p{Nd}/u.test(String.fromCodePoint(...glyph.codePoints)),
    );
    assert.deepEqual(
      digits.map((glyph) => String.fromCodePoint(...glyph.codePoints)),
      ['۸', '۶'],
    );
  });
});

describe('receipt PDF: the file', () => {
  for (const input of [FA, EN]) {
    test(`${input.locale}: a valid one-page A4 PDF, both Vazirmatn faces embedded as subsets`, async () => {
      const bytes = await renderReceiptPdf(input);
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
      const pdf = await PDFDocument.load(bytes);
      assert.equal(pdf.getPageCount(), 1);
      const { width, height } = pdf.getPage(0).getSize();
      assert.ok(
        Math.abs(width - 595.28) < 0.5 && Math.abs(height - 841.89) < 0.5,
        `A4, got ${width}×${height}`,
      );

      const fonts = new Map<string, number>();
      for (const [, object] of pdf.context.enumerateIndirectObjects()) {
        if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor'))
          continue;
        const name = object.get(PDFName.of('FontName'));
        const file = object.lookup(PDFName.of('FontFile2'));
        assert.ok(file instanceof PDFRawStream, `${name} is embedded as a TrueType font file`);
        fonts.set(String(name), file.getContentsSize());
      }
      const names = [...fonts.keys()].sort();
      assert.equal(names.length, 2, names.join(', '));
      assert.match(names[0]!, /^\/[A-Z]{6}\+Vazirmatn-Bold$/, 'subset tag and name');
      assert.match(names[1]!, /^\/[A-Z]{6}\+Vazirmatn-Regular$/, 'subset tag and name');
      // The whole TTF is ~120 KB; a subset of the few glyphs used is a fraction of it.
      for (const [name, size] of fonts) assert.ok(size < 40_000, `${name}: ${size} bytes, not a subset?`);
    });
  }
});

describe('receipt PDF: the rendered page', () => {
  const pdftoppm = spawnSync('pdftoppm', ['-v']);
  const tool = needTool(
    'pdftoppm',
    !pdftoppm.error,
    "install Debian's poppler-utils (apt-get install poppler-utils)",
  );
  const DPI = 100;
  const px = (pt: number) => Math.round((pt * DPI) / 72);

  function rasterize(pdf: Buffer): Buffer {
    const dir = mkdtempSync(join(tmpdir(), 'mikhak-receipt-'));
    try {
      writeFileSync(join(dir, 'in.pdf'), pdf);
      execFileSync('pdftoppm', [
        '-r',
        String(DPI),
        '-png',
        '-singlefile',
        join(dir, 'in.pdf'),
        join(dir, 'out'),
      ]);
      return readFileSync(join(dir, 'out.png'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  type Grey = { data: Buffer; width: number; height: number };
  async function grey(png: Buffer): Promise<Grey> {
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }
  const ink = (image: Grey, x: number, y: number) => image.data[y * image.width + x]! < 140;

  /** Ink in the rows [top, bottom): its horizontal extent and its connected blobs (joined letters: one). */
  function inkIn(image: Grey, top: number, bottom: number) {
    let left = image.width;
    let right = -1;
    const seen = new Uint8Array(image.width * image.height);
    let blobs = 0;
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < image.width; x++) {
        if (!ink(image, x, y)) continue;
        left = Math.min(left, x);
        right = Math.max(right, x);
        if (seen[y * image.width + x]) continue;
        blobs++;
        const stack = [[x, y] as const];
        seen[y * image.width + x] = 1;
        while (stack.length > 0) {
          const [cx, cy] = stack.pop()!;
          for (let dy = -1; dy <= 1; dy++) {
            for (let dx = -1; dx <= 1; dx++) {
              const nx = cx + dx;
              const ny = cy + dy;
              if (nx < 0 || nx >= image.width || ny < top || ny >= bottom) continue;
              if (seen[ny * image.width + nx] || !ink(image, nx, ny)) continue;
              seen[ny * image.width + nx] = 1;
              stack.push([nx, ny]);
            }
          }
        }
      }
    }
    return { left, right, blobs };
  }

  for (const input of [FA, EN]) {
    test(
      `${input.locale}: A4, not blank, laid out from the ${input.locale === 'fa' ? 'right' : 'left'}, QR readable`,
      tool,
      async () => {
        const png = rasterize(await renderReceiptPdf(input));
        mkdirSync(SCREENSHOTS, { recursive: true });
        writeFileSync(join(SCREENSHOTS, `receipt-${input.locale}.png`), png);

        const image = await grey(png);
        assert.equal(image.width, Math.ceil((595.28 * DPI) / 72));
        assert.equal(image.height, Math.ceil((841.89 * DPI) / 72));
        // Below the header band: some ink (text, rules, the QR code), mostly paper.
        let dark = 0;
        const bodyTop = px(RECEIPT_LAYOUT.band.bottom + 4);
        for (let y = bodyTop; y < image.height; y++)
          for (let x = 0; x < image.width; x++) dark += ink(image, x, y) ? 1 : 0;
        const share = dark / (image.width * (image.height - bodyTop));
        assert.ok(share > 0.01 && share < 0.2, `share of ink below the band: ${share}`);

        // The title starts at the margin of the page's start side and stays in that half.
        const title = inkIn(image, px(RECEIPT_LAYOUT.title.top), px(RECEIPT_LAYOUT.title.bottom));
        const margin = px(RECEIPT_LAYOUT.margin);
        if (input.locale === 'fa') {
          assert.ok(
            Math.abs(title.right - (image.width - margin)) <= 3,
            `title ends at the right margin: ${title.right}`,
          );
          assert.ok(title.left > image.width / 2, `title in the right half: ${title.left}`);
        } else {
          assert.ok(Math.abs(title.left - margin) <= 3, `title starts at the left margin: ${title.left}`);
          assert.ok(title.right < image.width / 2, `title in the left half: ${title.right}`);
        }

        const rgba = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        const qr = jsQR.default(new Uint8ClampedArray(rgba.data), rgba.info.width, rgba.info.height);
        assert.equal(qr?.data, QR_PAYLOAD);
      },
    );
  }

  test(
    'fa: letters are joined on the page (against the same text with every letter isolated)',
    tool,
    async (t) => {
      const isolatedInput: ReceiptPdfInput = {
        ...FA,
        title: unjoined(FA.title),
        consulateName: unjoined(FA.consulateName),
        rows: FA.rows.map((row) => ({ ...row, label: unjoined(row.label), value: unjoined(row.value) })),
        nextSteps: unjoined(FA.nextSteps),
        footer: unjoined(FA.footer),
      };
      const pngJoined = rasterize(await renderReceiptPdf(FA));
      const pngIsolated = rasterize(await renderReceiptPdf(isolatedInput));
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, 'receipt-fa-isolated.png'), pngIsolated);
      const joinedImage = await grey(pngJoined);
      const isolatedImage = await grey(pngIsolated);
      // Were the text not shaped, both would show the same isolated letters (a ZWNJ has no width nor ink) and
      // the same number of blobs. Shaped, joined letters make one blob per joined group: about a fifth fewer
      // here, the dots, digits, Latin letters and rules being the same in both. Counted below the code box
      // (the QR code).
      const body = [px(RECEIPT_LAYOUT.codeBox.bottom + 4), joinedImage.height] as const;
      const joined = inkIn(joinedImage, ...body);
      const isolated = inkIn(isolatedImage, ...body);
      t.diagnostic(`blobs of ink below the code box: joined ${joined.blobs}, isolated ${isolated.blobs}`);
      assert.ok(
        joined.blobs < 0.9 * isolated.blobs,
        `joined: ${joined.blobs} blobs of ink, isolated: ${isolated.blobs}`,
      );
      // Isolated forms carry their own tails: the same title takes more room.
      const title = [px(RECEIPT_LAYOUT.title.top), px(RECEIPT_LAYOUT.title.bottom)] as const;
      const joinedTitle = inkIn(joinedImage, ...title);
      const isolatedTitle = inkIn(isolatedImage, ...title);
      assert.ok(joinedTitle.right - joinedTitle.left < 0.9 * (isolatedTitle.right - isolatedTitle.left));
    },
  );
});
