import {
  type Direction,
  drawQr,
  type Line,
  labelValueColumns,
  newPdf,
  type Style,
  Typesetter,
} from '../../platform/pdf/typesetter.ts';
import type { Sheet } from './sheet.ts';

/**
 * An issued document as an A4 PDF that looks like official paper: the consulate at the head, the title, the
 * number, date and verification code beside the QR code, the parties, the full text, the particulars, the
 * signature block, and on every page the number and where to verify it. Long texts (a power of attorney) flow
 * onto further pages. Persian is shaped and ordered by the shared typesetter.
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const CONTENT = { left: MARGIN, right: PAGE.width - MARGIN, width: PAGE.width - 2 * MARGIN };
/** Text stops above the footer. */
const BOTTOM = PAGE.height - MARGIN - 44;

/** Where things are on the first page, for tests that look at the rendering. */
export const DOCUMENT_LAYOUT = {
  page: PAGE,
  margin: MARGIN,
  head: { top: 40, bottom: 108 },
  title: { top: 116, bottom: 160 },
  meta: { top: 172, bottom: 340 },
  qr: { size: 150 },
} as const;

const COLOR = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  brand: '#0f4c5c',
  rule: '#b1b4b6',
  tint: '#f3f2f1',
};

const STYLE = {
  consulate: { weight: 'bold', size: 15, color: COLOR.brand },
  portal: { weight: 'regular', size: 10, color: COLOR.secondary },
  title: { weight: 'bold', size: 21, color: COLOR.text },
  label: { weight: 'regular', size: 10, color: COLOR.secondary },
  value: { weight: 'bold', size: 12.5, color: COLOR.text },
  heading: { weight: 'bold', size: 12.5, color: COLOR.brand },
  body: { weight: 'regular', size: 11.5, color: COLOR.text, lineHeight: 1.9 },
  small: { weight: 'regular', size: 9, color: COLOR.secondary },
} satisfies Record<string, Style>;

export async function renderDocumentPdf(sheet: Sheet): Promise<Buffer> {
  const direction: Direction = sheet.locale === 'fa' ? 'rtl' : 'ltr';
  const { doc, bytes } = newPdf({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: sheet.locale === 'fa' ? 'fa-IR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${sheet.title} — ${sheet.meta[0]?.value ?? ''}`,
      Author: sheet.consulateName,
      Creator: sheet.portalName,
    },
  });
  const t = new Typesetter(doc, direction);
  const rule = (y: number, width = 0.6, color = COLOR.rule) =>
    doc.moveTo(CONTENT.left, y).lineTo(CONTENT.right, y).lineWidth(width).stroke(color);

  // Head: the consulate, the portal, a double rule.
  t.paragraph(sheet.consulateName, STYLE.consulate, 64, CONTENT.left, CONTENT.right, { align: 'center' });
  t.paragraph(sheet.portalName, STYLE.portal, 86, CONTENT.left, CONTENT.right, { align: 'center' });
  rule(DOCUMENT_LAYOUT.head.bottom - 4, 1.6, COLOR.brand);
  rule(DOCUMENT_LAYOUT.head.bottom, 0.6, COLOR.brand);

  t.paragraph(sheet.title, STYLE.title, 146, CONTENT.left, CONTENT.right, { align: 'center' });

  // Number, date, code on the start side; the QR code on the end side.
  const qrSize = DOCUMENT_LAYOUT.qr.size;
  const metaTop = DOCUMENT_LAYOUT.meta.top;
  const qrLeft = direction === 'rtl' ? CONTENT.left : CONTENT.right - qrSize;
  drawQr(doc, sheet.qrPayload, qrLeft, metaTop, qrSize, COLOR.text);
  const metaArea =
    direction === 'rtl'
      ? { left: qrLeft + qrSize + 20, right: CONTENT.right }
      : { left: CONTENT.left, right: qrLeft - 20 };
  let y = metaTop + 18;
  for (const row of sheet.meta) {
    t.paragraph(row.label, STYLE.label, y, metaArea.left, metaArea.right);
    t.paragraph(row.value, STYLE.value, y + 19, metaArea.left, metaArea.right, {
      base: row.ltr ? 'ltr' : direction,
    });
    y += 48;
  }
  y = Math.max(y, metaTop + qrSize) + 16;

  /** Moves to a new page when `height` more points do not fit. */
  const room = (height: number) => {
    if (y + height <= BOTTOM) return;
    doc.addPage({ size: 'A4', margin: 0 });
    y = MARGIN + 10;
  };

  const heading = (text: string) => {
    room(60);
    y += 10;
    t.paragraph(text, STYLE.heading, y + STYLE.heading.size, CONTENT.left, CONTENT.right);
    y += STYLE.heading.size + 10;
    rule(y);
    y += 6;
  };

  /** Label and value rows, the label on the start side. */
  const rows = (items: { label: string; value: string }[]) => {
    const cols = labelValueColumns(CONTENT, direction, 130, 14);
    const valueStyle: Style = { ...STYLE.body, lineHeight: 1.6 };
    for (const item of items) {
      const lines = t.paragraphLines(item.value, valueStyle, cols.value.right - cols.value.left);
      const height = Math.max(1, lines) * t.lineHeight(valueStyle) + 8;
      room(height);
      const baseline = y + valueStyle.size * 1.3;
      t.paragraph(item.label, STYLE.label, baseline, cols.label.left, cols.label.right);
      t.paragraph(item.value, valueStyle, baseline, cols.value.left, cols.value.right);
      y += height;
    }
  };

  heading(sheet.partiesTitle);
  rows(sheet.parties);

  heading(sheet.textTitle);
  for (const paragraph of sheet.paragraphs) {
    const base = paragraph.dir;
    // A paragraph in the other direction than the page's is aligned to its own start side.
    const align = base === direction ? 'start' : 'end';
    const lines: Line[] = t.lines(paragraph.text, STYLE.body, CONTENT.width, base);
    for (const line of lines) {
      room(t.lineHeight(STYLE.body));
      t.drawLine(line, STYLE.body, y + STYLE.body.size * 1.2, CONTENT.left, CONTENT.right, align);
      y += t.lineHeight(STYLE.body);
    }
    y += 6;
  }

  if (sheet.details.length > 0) {
    heading(sheet.detailsTitle);
    rows(sheet.details);
  }

  // The signature block, on the end side, kept whole.
  room(110);
  y += 24;
  const block =
    direction === 'rtl'
      ? { left: CONTENT.left, right: CONTENT.left + 240 }
      : { left: CONTENT.right - 240, right: CONTENT.right };
  doc
    .rect(block.left, y, block.right - block.left, 84)
    .lineWidth(0.8)
    .stroke(COLOR.rule);
  t.paragraph(sheet.signatureLabel, STYLE.label, y + 20, block.left + 12, block.right - 12);
  t.paragraph(sheet.signatureName, STYLE.value, y + 44, block.left + 12, block.right - 12);
  t.paragraph(sheet.signatureNote, STYLE.small, y + 68, block.left + 12, block.right - 12);

  // Every page: the number and where to verify it, and the page count.
  const range = doc.bufferedPageRange();
  const number = sheet.meta[0]?.value ?? '';
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footerTop = PAGE.height - MARGIN - 30;
    rule(footerTop);
    t.paragraph(sheet.verifyText, STYLE.small, footerTop + 14, CONTENT.left, CONTENT.right);
    t.paragraph(
      `${number}  ·  ${i + 1}/${range.count}`,
      STYLE.small,
      footerTop + 28,
      CONTENT.left,
      CONTENT.right,
      {
        base: 'ltr',
      },
    );
  }
  doc.end();
  return bytes;
}
