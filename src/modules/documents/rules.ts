/** What a kind of document accepts. Limits that are configuration (bytes, pixels, pages) arrive from Config. */
export type FileFormat = 'jpeg' | 'png' | 'pdf';

export type KindRules = {
  /** Formats decided from the bytes; nothing else counts. */
  accept: readonly FileFormat[];
  /** Refused while streaming once passed. */
  maxBytes: number;
  image: {
    /** Legibility: the shorter and the longer side of the upright image must reach these, in pixels. */
    minShortSide: number;
    minLongSide: number;
    /** Larger images are scaled down to fit this box (longer side), so a phone photo becomes a small clear scan. */
    maxLongSide: number;
    /** The face photo: height / width within these bounds (upright, after auto-rotation). */
    portrait?: { minRatio: number; maxRatio: number };
  };
  maxPdfPages: number;
  /** Decoding limit: images with more pixels are refused before they are decoded. */
  maxPixels: number;
};

/** Why a file was refused; each has its own message in both languages (`documents.refusal.<code>`). */
export type Refusal =
  | 'empty'
  | 'too_large'
  | 'not_accepted'
  | 'photo_format'
  | 'active_content'
  | 'damaged'
  | 'too_many_pixels'
  | 'too_small'
  | 'not_portrait'
  | 'pdf_encrypted'
  | 'pdf_damaged'
  | 'pdf_too_many_pages'
  | 'infected'
  | 'quota';

/** The file as it will be kept: images re-encoded without metadata, PDFs as sent once they parsed. */
export type ProcessedFile = {
  format: FileFormat;
  mime: 'image/jpeg' | 'image/png' | 'application/pdf';
  bytes: Buffer;
  width: number | null;
  height: number | null;
  pages: number | null;
  /** A small JPEG for previews (images only; PDFs get a generic icon). */
  thumbnail: Buffer | null;
};

export type ProcessOutcome = { ok: true; file: ProcessedFile } | { ok: false; refusal: Refusal };
