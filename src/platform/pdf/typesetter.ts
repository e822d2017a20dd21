import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import bidiModule from 'bidi-js';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';

/**
 * Persian and English typesetting for the PDFs the portal draws (request receipts, issued documents), on pdfkit.
 *
 * - Shaping (letters joined in their initial/medial/final forms, lam-alef, ZWNJ breaking a join, mark
 *   positioning, kerning) is done by fontkit, the OpenType engine inside pdfkit: its Arabic shaper applies
 *   the font's `isol/init/medi/fina` and `rlig` features, and it hides ZWNJ as a zero-width glyph. pdfkit
 *   then draws the shaped glyphs with their GPOS offsets and embeds a subset of the font.
 * - Ordering (Unicode bidi, UAX #9) is done by bidi-js on each paragraph; lines are broken on spaces first,
 *   then each line is reordered on its own (rules L1–L2), cut into runs of one embedding level in visual
 *   order, and characters of right-to-left runs are mirrored (`(` ↔ `)`): fontkit mirrors nothing.
 * - The one seam: fontkit reverses a run's glyphs when the run's script is right to left, guessed from its
 *   first letter, which is wrong for Persian digits in a left-to-right run («۸۶») and for a right-to-left run
 *   of neutrals only (` £ (`). So each font is handed to pdfkit wrapped so that its `layout()` gets the run's
 *   direction from the bidi levels (fontkit's `layout(text, features, script, language, direction)`), and
 *   text is always drawn with `features` set, so pdfkit shapes a run whole rather than word by word. (pdfkit
 *   0.20.2 takes a font object with a `layout` method as is; the receipt's tests pin the behaviour: digits in
 *   order, mirrored brackets, joined letters.)
 *
 * Text copied out of a Persian PDF is approximate (the viewer has to guess the order back; mirrored brackets and
 * lam-alef may come out flipped): these pages are for reading and printing.
 */

export type Direction = 'ltr' | 'rtl';
export type Weight = 'regular' | 'bold';

// bidi-js's types declare an ES default export, but the package is CommonJS whose `module.exports` is the
// factory.
const bidi = (bidiModule as unknown as typeof bidiModule.default)();

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')), 'fonts/ttf');
let fontFiles: Record<Weight, Buffer> | undefined;

function fontFile(weight: Weight): Buffer {
  fontFiles ??= {
    regular: readFileSync(join(FONT_DIR, 'Vazirmatn-Regular.ttf')),
    bold: readFileSync(join(FONT_DIR, 'Vazirmatn-Bold.ttf')),
  };
  return fontFiles[weight];
}

/**
 * A Vazirmatn face as pdfkit sees it: the fontkit font, with `layout()` shaping in `direction` rather than in
 * the direction fontkit would guess from the text. pdfkit accepts any object with a `layout` method as a
 * font.
 */
export class Face {
  direction: Direction = 'ltr';
  readonly font: fontkit.Font;

  constructor(weight: Weight) {
    const font = fontkit.create(fontFile(weight));
    if (!('layout' in font)) throw new Error(`Vazirmatn ${weight} is a font collection`);
    const layout = (text: string, features?: string[] | Record<string, boolean>) =>
      font.layout(text, features, undefined, undefined, this.direction);
    this.font = new Proxy(font, {
      get: (target, key) => (key === 'layout' ? layout : Reflect.get(target, key)),
    });
  }

  /** Glyphs of one run, shaped, in visual order (left to right). */
  shape(text: string, direction: Direction): fontkit.GlyphRun {
    this.direction = direction;
    return this.font.layout(text, []);
  }
}

/** A piece of one line with one direction: `text` in logical order, mirrored if right to left. */
export type Run = { text: string; rtl: boolean };

/**
 * The runs of `text[start..end]` (one line, inclusive bounds), left to right as they are to be drawn.
 * `levels` are the paragraph's bidi levels; the reordering of the line is bidi-js's (L1–L2).
 */
function lineRuns(
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  start: number,
  end: number,
) {
  const order = bidi.getReorderedIndices(text, levels, start, end).slice(start, end + 1);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end);
  const runs: (Run & { level: number; last: number })[] = [];
  for (const i of order) {
    const level = levels.levels[i]!;
    const rtl = (level & 1) === 1;
    const char = mirrored.get(i) ?? text[i]!;
    const run = runs.at(-1);
    // Visually next to the previous run's last character and logically next to it in the run's direction.
    if (run && run.level === level && i === run.last + (rtl ? -1 : 1)) {
      run.text = rtl ? char + run.text : run.text + char;
      run.last = i;
    } else {
      runs.push({ text: char, rtl, level, last: i });
    }
  }
  return runs.map(({ text, rtl }): Run => ({ text, rtl }));
}

/** The runs of a single line of text, left to right, for a paragraph of base direction `base`. */
export function visualRuns(text: string, base: Direction): Run[] {
  if (text.length === 0) return [];
  return lineRuns(text, bidi.getEmbeddingLevels(text, base), 0, text.length - 1);
}

/** A glyph as drawn: its id in the font, the characters it stands for, its advance in font units. */
export type ShapedGlyph = { id: number; codePoints: number[]; advance: number };

/** One line of text shaped with the regular face, glyphs left to right: what the receipt draws for it. */
export function shapeLine(text: string, base: Direction): ShapedGlyph[] {
  const face = new Face('regular');
  return visualRuns(text, base).flatMap((run) => {
    const { glyphs, positions } = face.shape(run.text, run.rtl ? 'rtl' : 'ltr');
    return glyphs.map((glyph, i) => ({
      id: glyph.id,
      codePoints: glyph.codePoints,
      advance: positions[i]!.xAdvance,
    }));
  });
}

export type Style = { weight: Weight; size: number; color: string; tracking?: number; lineHeight?: number };
export type Line = { runs: (Run & { width: number })[]; width: number };
export type Align = 'start' | 'end' | 'center';

/** Draws text with pdfkit, ordered and shaped as above, wrapped and aligned in the page's direction. */
export class Typesetter {
  private readonly faces: Record<Weight, Face> = { regular: new Face('regular'), bold: new Face('bold') };

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    /** The page's direction: where `start` is, and the base direction of text unless told otherwise. */
    readonly direction: Direction,
  ) {
    for (const weight of ['regular', 'bold'] as const) {
      doc.registerFont(weight, this.faces[weight].font as unknown as PDFKit.Mixins.PDFFontSource);
    }
  }

  private use(style: Style, direction: Direction) {
    this.faces[style.weight].direction = direction;
    this.doc.font(style.weight).fontSize(style.size);
  }

  private runWidth(run: Run, style: Style): number {
    this.use(style, run.rtl ? 'rtl' : 'ltr');
    const tracking = (style.tracking ?? 0) * Math.max(0, run.text.length - 1);
    return this.doc.widthOfString(run.text, { features: [] }) + tracking;
  }

  private line(
    text: string,
    levels: ReturnType<typeof bidi.getEmbeddingLevels>,
    start: number,
    end: number,
    style: Style,
  ): Line {
    const runs = lineRuns(text, levels, start, end).map((run) => ({
      ...run,
      width: this.runWidth(run, style),
    }));
    return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
  }

  /** Breaks a paragraph into lines no wider than `maxWidth` (on spaces), each reordered on its own. */
  lines(text: string, style: Style, maxWidth: number, base: Direction = this.direction): Line[] {
    const out: Line[] = [];
    for (const paragraph of text.split('\n')) {
      const levels = bidi.getEmbeddingLevels(paragraph, base);
      const words = [...paragraph.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length - 1] as const);
      let current: { start: number; end: number; line: Line } | undefined;
      for (const [start, end] of words) {
        if (current) {
          const longer = this.line(paragraph, levels, current.start, end, style);
          if (longer.width <= maxWidth) {
            current = { start: current.start, end, line: longer };
            continue;
          }
          out.push(current.line);
        }
        current = { start, end, line: this.line(paragraph, levels, start, end, style) };
      }
      if (current) out.push(current.line);
    }
    return out;
  }

  lineHeight(style: Style): number {
    return style.size * (style.lineHeight ?? 1.6);
  }

  /** Draws one line with its baseline at `y`, aligned within [left, right]. */
  drawLine(line: Line, style: Style, y: number, left: number, right: number, align: Align = 'start') {
    const atRight = align === 'center' ? undefined : (align === 'start') === (this.direction === 'rtl');
    let x = atRight === undefined ? (left + right - line.width) / 2 : atRight ? right - line.width : left;
    this.doc.fillColor(style.color);
    for (const run of line.runs) {
      this.use(style, run.rtl ? 'rtl' : 'ltr');
      this.doc.text(run.text, x, y, {
        lineBreak: false,
        baseline: 'alphabetic',
        features: [],
        ...(style.tracking ? { characterSpacing: style.tracking } : {}),
      });
      x += run.width;
    }
  }

  /**
   * Draws a paragraph whose first baseline is at `y`, wrapped to [left, right]; returns the baseline after
   * its last line (the next line's, were there one).
   */
  paragraph(
    text: string,
    style: Style,
    y: number,
    left: number,
    right: number,
    options: { align?: Align; base?: Direction } = {},
  ): number {
    for (const line of this.lines(text, style, right - left, options.base)) {
      this.drawLine(line, style, y, left, right, options.align);
      y += this.lineHeight(style);
    }
    return y;
  }

  /** How many lines a paragraph takes wrapped to `width`, as `paragraph` would draw it. */
  paragraphLines(text: string, style: Style, width: number, base?: Direction): number {
    return this.lines(text, style, width, base).length;
  }
}

/**
 * A QR code as filled squares on a white square `size` points wide whose top left corner is at (x, y), the
 * white including the quiet zone of four modules that readers need around the code.
 */
export function drawQr(
  doc: PDFKit.PDFDocument,
  payload: string,
  x: number,
  y: number,
  size: number,
  color = '#0b0c0c',
) {
  const { modules } = createQr(payload, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const unit = size / (modules.size + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const from = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair of overlap so that anti-aliasing leaves no seams between neighbouring squares.
      doc.rect(x + (quiet + from) * unit, y + (quiet + row) * unit, (col - from) * unit + 0.05, unit + 0.05);
    }
  }
  doc.fillColor(color).fill();
}

/** A new pdfkit document and the promise of its bytes, resolved once `doc.end()` has been called. */
export function newPdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

export type Column = { left: number; right: number };

/**
 * A label column `labelWidth` points wide on the start side of `area` (the right in Persian) and the value column
 * beside it, `gap` points away, filling the rest.
 */
export function labelValueColumns(
  area: Column,
  direction: Direction,
  labelWidth: number,
  gap: number,
): { label: Column; value: Column } {
  return direction === 'rtl'
    ? {
        label: { left: area.right - labelWidth, right: area.right },
        value: { left: area.left, right: area.right - labelWidth - gap },
      }
    : {
        label: { left: area.left, right: area.left + labelWidth },
        value: { left: area.left + labelWidth + gap, right: area.right },
      };
}
