import type { Config } from '../../config.ts';
import type { KindRules } from './rules.ts';

/**
 * The registration documents the seed lists: the passport's first page, the page with the last exit stamp, the
 * visa or residence document, the national card (both sides) and a full-face photo. All are required before an
 * account becomes active.
 */
export const PROFILE_KINDS = [
  'passport_bio',
  'passport_exit_stamp',
  'residence_permit',
  'national_card_front',
  'national_card_back',
  'photo',
] as const;

export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const REQUIRED_PROFILE_KINDS: readonly ProfileKind[] = PROFILE_KINDS;

export const isProfileKind = (value: string): value is ProfileKind =>
  (PROFILE_KINDS as readonly string[]).includes(value);

/** Kinds appear in URLs with hyphens: /account/documents/passport-bio. */
export const slugOf = (kind: string) => kind.replaceAll('_', '-');
export const kindOfSlug = (slug: string) => slug.replaceAll('-', '_');

/** The schematic example picture shown beside a profile kind's rules (src/ui/static). */
export const exampleAsset = (kind: ProfileKind) => `example-${slugOf(kind)}.svg`;

/**
 * Limits for a kind. Scans must be legible (a card photographed at 700 px across still reads); everything is scaled
 * down to 2000 px, which keeps a phone photo under a megabyte and small print readable. The face photo is a
 * portrait of at least 300×400 px, kept at up to 1200 px.
 */
export function rulesFor(kind: { photo: boolean }, uploads: Config['uploads']): KindRules {
  if (kind.photo) {
    return {
      accept: ['jpeg', 'png'],
      maxBytes: uploads.photoMaxBytes,
      image: {
        minShortSide: 300,
        minLongSide: 400,
        maxLongSide: 1200,
        portrait: { minRatio: 1.1, maxRatio: 1.6 },
      },
      maxPdfPages: 0,
      maxPixels: uploads.maxPixels,
    };
  }
  return {
    accept: ['jpeg', 'png', 'pdf'],
    maxBytes: uploads.maxBytes,
    image: { minShortSide: 500, minLongSide: 700, maxLongSide: 2000 },
    maxPdfPages: uploads.maxPdfPages,
    maxPixels: uploads.maxPixels,
  };
}

export const isPhotoKind = (kind: string) => kind === 'photo';
