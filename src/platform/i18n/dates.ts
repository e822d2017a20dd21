import * as jalaali from 'jalaali-js';
import { toLatinDigits, toPersianDigits } from './digits.ts';
import type { Locale } from './index.ts';

/**
 * Display through Intl (Jalali for Persian, Gregorian with Jalali beside it for English);
 * typed dates parsed with jalaali-js, whichever calendar the person used.
 */

export type DateOnly = { year: number; month: number; day: number };

const jalaliFormat = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${locale}|${JSON.stringify(options)}`;
  let f = jalaliFormat.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    jalaliFormat.set(k, f);
  }
  return f;
}

export type FormatOptions = { timeZone?: string; time?: boolean; weekday?: boolean };

/** Day, month in words and year; with the weekday and a 24-hour time when asked; in the given zone (UTC by default). */
function dateOptions(options: FormatOptions): Intl.DateTimeFormatOptions {
  return {
    timeZone: options.timeZone ?? 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(options.weekday ? { weekday: 'long' } : {}),
    ...(options.time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  };
}

/** A Jalali date in Persian words and digits: ۳ اسفند ۱۴۰۴. */
export function formatJalali(date: Date, options: FormatOptions = {}): string {
  const locale = 'fa-IR-u-ca-persian-nu-arabext';
  const text = fmt(locale, dateOptions({ ...options, weekday: false })).format(date);
  if (!options.weekday) return text;
  // Intl puts the weekday after the year with a Latin comma here; Persian writes it first: دوشنبه، ۱۱ اسفند ۱۴۰۴.
  const weekday = fmt(locale, { timeZone: options.timeZone ?? 'UTC', weekday: 'long' }).format(date);
  return `${weekday}، ${text}`;
}

/** Gregorian in English: 22 February 2026. */
export function formatGregorian(date: Date, options: FormatOptions = {}): string {
  return fmt('en-GB', dateOptions(options)).format(date);
}

/** Jalali date in Latin script for English pages: 3 Esfand 1404. */
export function formatJalaliLatin(date: Date, options: FormatOptions = {}): string {
  return fmt('en-u-ca-persian', dateOptions({ timeZone: options.timeZone }))
    .format(date)
    .replace(/\s*AP$/, '');
}

/** The page's way of showing a date: Jalali in Persian; Gregorian with the Jalali date beside it in English. */
export function formatDate(date: Date, locale: Locale, options: FormatOptions = {}): string {
  if (locale === 'fa') return formatJalali(date, options);
  return `${formatGregorian(date, options)} (${formatJalaliLatin(date, options)})`;
}

/** A calendar date (no time) as a UTC midnight instant, for display with formatDate. */
export function dateOnlyToUtc(d: DateOnly): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function isValidGregorian({ year, month, day }: DateOnly): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function jalaliToGregorian({ year, month, day }: DateOnly): DateOnly | undefined {
  if (!jalaali.isValidJalaaliDate(year, month, day)) return undefined;
  const g = jalaali.toGregorian(year, month, day);
  return { year: g.gy, month: g.gm, day: g.gd };
}

export function gregorianToJalali({ year, month, day }: DateOnly): DateOnly {
  const j = jalaali.toJalaali(year, month, day);
  return { year: j.jy, month: j.jm, day: j.jd };
}

/**
 * Parses a typed date in any digits: `1404/12/03`, `۱۴۰۴-۱۲-۰۳` (Jalali, years before 1700) or
 * `2026-02-22`, `22/02/2026` (Gregorian). Returns the Gregorian date, or undefined if it is not a real date.
 */
export function parseDateInput(
  text: string,
): { date: DateOnly; calendar: 'jalali' | 'gregorian' } | undefined {
  const clean = toLatinDigits(text).trim().replace(/\s+/g, '');
  let m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(clean);
  let parts: [number, number, number] | undefined;
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(clean);
    if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (!parts) return undefined;
  return fromParts(parts[0], parts[1], parts[2]);
}

/** Day, month, year typed in three boxes (the date-input component), in either calendar. */
export function fromParts(year: number, month: number, day: number) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year >= 1200 && year < 1700) {
    const date = jalaliToGregorian({ year, month, day });
    return date ? { date, calendar: 'jalali' as const } : undefined;
  }
  if (year >= 1800 && year < 2200) {
    const date = { year, month, day };
    return isValidGregorian(date) ? { date, calendar: 'gregorian' as const } : undefined;
  }
  return undefined;
}

/** ISO `YYYY-MM-DD` of a calendar date. */
export function isoDate(d: DateOnly): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The same date written for a text box in the page's calendar and digits. */
export function dateForInput(d: DateOnly, locale: Locale): string {
  if (locale === 'fa') {
    const j = gregorianToJalali(d);
    return toPersianDigits(`${j.year}/${String(j.month).padStart(2, '0')}/${String(j.day).padStart(2, '0')}`);
  }
  return isoDate(d);
}
