/**
 * Digits and letters as people type them: Persian (۰–۹), Arabic-Indic (٠–٩) and Latin digits are all accepted;
 * Arabic ي and ك become Persian ی and ک, so the same name typed on an Arabic keyboard matches.
 */
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

export function toLatinDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (d) => {
    const p = PERSIAN.indexOf(d);
    return String(p >= 0 ? p : ARABIC.indexOf(d));
  });
}

export function toPersianDigits(text: string): string {
  return text.replace(/[0-9٠-٩]/g, (d) => {
    const a = ARABIC.indexOf(d);
    return PERSIAN[a >= 0 ? a : Number(d)]!;
  });
}

/** Digits in the page's script: Persian for `fa`, Latin for `en`. */
export function localDigits(text: string, locale: 'fa' | 'en'): string {
  return locale === 'fa' ? toPersianDigits(text) : toLatinDigits(text);
}

/**
 * Normal form for Persian text typed by people: Arabic letters to Persian ones, Arabic digits to Latin,
 * tatweel removed, runs of spaces folded. Zero-width non-joiners are kept: they are part of Persian spelling.
 */
export function normalizePersian(text: string): string {
  return toLatinDigits(text)
    .replace(/ي/g, 'ی')
    .replace(/ى/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ـ/g, '')
    .replace(/[\u200c]{2,}/g, '\u200c')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A form's numeric field as typed: any digits accepted, spaces and separators the caller allows removed. */
export function normalizeDigitsInput(text: string, allowed: RegExp = /[\s\-‐–]/g): string {
  return toLatinDigits(text).replace(allowed, '');
}
