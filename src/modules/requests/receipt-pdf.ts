import {
  type Direction,
  drawQr,
  labelValueColumns,
  newPdf,
  type Style,
  Typesetter,
} from '../../platform/pdf/typesetter.ts';

export {
  type Direction,
  type Run,
  type ShapedGlyph,
  shapeLine,
  visualRuns,
} from '../../platform/pdf/typesetter.ts';

/**
 * The request receipt as a PDF: one A4 page, in the applicant's language, Persian (right to left) or English.
 *
 * The caller passes every string already translated and formatted (dates, digits, amounts); this module only
 * lays them out. Shaping and ordering of Persian are the shared typesetter's (`platform/pdf/typesetter.ts`).
 *
 * Limits: the page does not grow or break: six-odd rows and a paragraph of two or three sentences fit with
 * room to spare. A single word wider than its column overflows it. The tracking code is also in the QR code.
 */

export type ReceiptPdfInput = {
  locale: 'fa' | 'en';
  portalName: string;
  consulateName: string;
  title: string;
  trackingCodeLabel: string;
  /** Already grouped, e.g. `ABCD-EFGH-JKLM`; always drawn left to right. */
  trackingCode: string;
  /** `ltr`: a value that reads left to right whatever the locale (a national code, a passport number). */
  rows: { label: string; value: string; ltr?: boolean }[];
  nextSteps: string;
  footer: string;
  qrPayload: string;
};

// ---- Page geometry (points; pdfkit's origin is the top left corner) ----

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const CONTENT = { left: MARGIN, right: PAGE.width - MARGIN, width: PAGE.width - 2 * MARGIN };

/** Where things are, for tests that look at the rendering. */
export const RECEIPT_LAYOUT = {
  page: PAGE,
  margin: MARGIN,
  band: { top: 0, bottom: 104 },
  title: { top: 116, bottom: 170 },
  codeBox: { top: 184, bottom: 312 },
} as const;

const COLOR = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  brand: '#0f4c5c',
  accent: '#3d9ca8',
  onBrand: '#ffffff',
  onBrandSoft: '#d3e8ec',
  rule: '#b1b4b6',
  tint: '#f3f2f1',
};

/** The receipt, as the bytes of a one-page A4 PDF with its fonts embedded (subsets of Vazirmatn). */
export async function renderReceiptPdf(input: ReceiptPdfInput): Promise<Buffer> {
  const direction: Direction = input.locale === 'fa' ? 'rtl' : 'ltr';
  const { doc, bytes } = newPdf({
    size: 'A4',
    margin: 0,
    lang: input.locale === 'fa' ? 'fa-IR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${input.title} — ${input.trackingCode}`,
      Author: input.portalName,
      Creator: input.portalName,
    },
  });

  const t = new Typesetter(doc, direction);

  // Header band: the portal, the consulate.
  doc.rect(0, 0, PAGE.width, RECEIPT_LAYOUT.band.bottom).fill(COLOR.brand);
  doc.rect(0, RECEIPT_LAYOUT.band.bottom, PAGE.width, 3).fill(COLOR.accent);
  t.paragraph(
    input.portalName,
    { weight: 'bold', size: 20, color: COLOR.onBrand },
    48,
    CONTENT.left,
    CONTENT.right,
  );
  t.paragraph(
    input.consulateName,
    { weight: 'regular', size: 12, color: COLOR.onBrandSoft },
    78,
    CONTENT.left,
    CONTENT.right,
  );

  // Title.
  t.paragraph(input.title, { weight: 'bold', size: 22, color: COLOR.text }, 152, CONTENT.left, CONTENT.right);

  // The tracking code in a box, with its QR code at the box's end.
  const box = {
    top: RECEIPT_LAYOUT.codeBox.top,
    height: RECEIPT_LAYOUT.codeBox.bottom - RECEIPT_LAYOUT.codeBox.top,
  };
  doc
    .roundedRect(CONTENT.left, box.top, CONTENT.width, box.height, 6)
    .lineWidth(1)
    .fillAndStroke(COLOR.tint, COLOR.rule);
  const qr = { size: 116, pad: 6 };
  const qrLeft = direction === 'rtl' ? CONTENT.left + qr.pad : CONTENT.right - qr.pad - qr.size;
  drawQr(doc, input.qrPayload, qrLeft, box.top + qr.pad, qr.size, COLOR.text);
  const codeArea =
    direction === 'rtl'
      ? { left: qrLeft + qr.size + 18, right: CONTENT.right - 24 }
      : { left: CONTENT.left + 24, right: qrLeft - 18 };
  t.paragraph(
    input.trackingCodeLabel,
    { weight: 'regular', size: 12, color: COLOR.secondary },
    box.top + 44,
    codeArea.left,
    codeArea.right,
  );
  t.paragraph(
    input.trackingCode,
    { weight: 'bold', size: 30, color: COLOR.brand, tracking: 1.5 },
    box.top + 92,
    codeArea.left,
    codeArea.right,
    { base: 'ltr' },
  );

  // The table: labels on the start side, values beside them, thin rules between rows.
  const label: Style = { weight: 'regular', size: 10.5, color: COLOR.secondary };
  const value: Style = { weight: 'regular', size: 12, color: COLOR.text };
  const labelWidth = 150;
  const columns = labelValueColumns(CONTENT, direction, labelWidth, 16);
  const pad = 10;
  let y = box.top + box.height + 24;
  doc.moveTo(CONTENT.left, y).lineTo(CONTENT.right, y).lineWidth(0.6).stroke(COLOR.rule);
  for (const row of input.rows) {
    const base = row.ltr ? 'ltr' : direction;
    const labelLines = t.paragraphLines(row.label, label, labelWidth);
    const valueLines = t.paragraphLines(row.value, value, columns.value.right - columns.value.left, base);
    const height =
      Math.max(labelLines * t.lineHeight(label), valueLines * t.lineHeight(value)) +
      2 * pad -
      0.35 * value.size;
    const baseline = y + pad + value.size * 1.05;
    t.paragraph(row.label, label, baseline, columns.label.left, columns.label.right);
    t.paragraph(row.value, value, baseline, columns.value.left, columns.value.right, { base });
    y += height;
    doc.moveTo(CONTENT.left, y).lineTo(CONTENT.right, y).lineWidth(0.6).stroke(COLOR.rule);
  }

  // What happens next: a tinted block with an accent bar on its start side.
  const next: Style = { weight: 'regular', size: 11.5, color: COLOR.text, lineHeight: 1.75 };
  const nextTop = y + 28;
  const nextPad = 16;
  const nextLines = t.paragraphLines(input.nextSteps, next, CONTENT.width - 2 * nextPad - 4);
  const nextHeight = nextLines * t.lineHeight(next) + 2 * nextPad - 0.5 * next.size;
  doc.rect(CONTENT.left, nextTop, CONTENT.width, nextHeight).fill(COLOR.tint);
  doc.rect(direction === 'rtl' ? CONTENT.right - 4 : CONTENT.left, nextTop, 4, nextHeight).fill(COLOR.accent);
  t.paragraph(
    input.nextSteps,
    next,
    nextTop + nextPad + next.size * 1.05,
    CONTENT.left + nextPad + (direction === 'ltr' ? 4 : 0),
    CONTENT.right - nextPad - (direction === 'rtl' ? 4 : 0),
  );

  // Footer: a rule and the reminder, at the foot of the page.
  const footerTop = PAGE.height - MARGIN - 34;
  doc.moveTo(CONTENT.left, footerTop).lineTo(CONTENT.right, footerTop).lineWidth(0.6).stroke(COLOR.rule);
  t.paragraph(
    input.footer,
    { weight: 'bold', size: 11, color: COLOR.text },
    footerTop + 24,
    CONTENT.left,
    CONTENT.right,
  );

  doc.end();
  return bytes;
}
