import * as jalaali from 'jalaali-js';
import { formatJalali } from '../../../platform/i18n/dates.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { addDays, type LocalDay, weekdayOf } from '../schedule.ts';

/**
 * How an appointment's day and time are written: both calendars (the page's first), the consulate's local time,
 * and its zone named in words, so nobody turns up an hour early after a clock change or a flight.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

const LONG = { year: 'numeric', month: 'long', day: 'numeric' } as const;

/** The Gregorian date in Persian words and digits: ۳ مارس ۲۰۲۶. */
function gregorianFa(at: Date, timeZone: string): string {
  return fmt('fa-IR-u-ca-gregory-nu-arabext', { ...LONG, timeZone }).format(at);
}

/** The Jalali date in English: 12 Esfand 1404. */
function jalaliEn(at: Date, timeZone: string): string {
  return fmt('en-GB-u-ca-persian', { ...LONG, timeZone })
    .format(at)
    .replace(/\s*AP$/, '');
}

function weekday(at: Date, locale: Locale, timeZone: string): string {
  return fmt(locale === 'fa' ? 'fa-IR' : 'en-GB', { weekday: 'long', timeZone }).format(at);
}

/**
 * Weekday and date in both calendars: «سه‌شنبه ۱۲ اسفند ۱۴۰۴ (۳ مارس ۲۰۲۶)», «Tuesday 3 March 2026 (12 Esfand
 * 1404)».
 */
export function longDate(at: Date, locale: Locale, timeZone: string): string {
  if (locale === 'fa')
    return `${weekday(at, locale, timeZone)} ${formatJalali(at, { timeZone })} (${gregorianFa(at, timeZone)})`;
  const gregorian = fmt('en-GB', { ...LONG, timeZone }).format(at);
  return `${weekday(at, locale, timeZone)} ${gregorian} (${jalaliEn(at, timeZone)})`;
}

/** A local calendar day written like `longDate`. */
export function longDay(day: LocalDay, locale: Locale): string {
  return longDate(noonOf(day), locale, 'UTC');
}

/** Hours and minutes on the 24-hour clock where the consulate is, in the page's digits: ۰۹:۲۰. */
export function localTime(at: Date, locale: Locale, timeZone: string): string {
  return fmt(locale === 'fa' ? 'fa-IR-u-nu-arabext' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** The zone's name in words on that day (it changes with summer time): "British Summer Time", «وقت گرینویچ». */
export function zoneName(at: Date, locale: Locale, timeZone: string): string {
  const parts = fmt(locale === 'fa' ? 'fa-IR' : 'en-GB', { timeZone, timeZoneName: 'long' }).formatToParts(
    at,
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** A calendar day as an instant that is that day everywhere it is formatted in UTC. */
export function noonOf(day: LocalDay): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function iso(y: number, m: number, d: number): LocalDay {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * One month of the booking calendar, in the page's calendar: Jalali months for Persian (weeks from Saturday),
 * Gregorian for English (weeks from Monday). `key` is `YYYY-MM` in that calendar; a Jalali year (before 1700)
 * tells the two apart, so a link made in one language still opens the right days in the other.
 */
export type CalendarMonth = {
  key: string;
  first: LocalDay;
  last: LocalDay;
  /** «اسفند ۱۴۰۴ (فوریه و مارس ۲۰۲۶)», "March 2026 (Esfand–Farvardin 1404–1405)". */
  title: string;
  /** The grid: weeks of seven days, `undefined` before the first and after the last. */
  weeks: (LocalDay | undefined)[][];
  /** Weekday columns, in order: ISO weekday numbers. */
  weekdays: number[];
};

export function monthOf(day: LocalDay, locale: Locale): CalendarMonth {
  const [gy, gm, gd] = day.split('-').map(Number) as [number, number, number];
  let first: LocalDay;
  let last: LocalDay;
  let key: string;
  if (locale === 'fa') {
    const j = jalaali.toJalaali(gy, gm, gd);
    const start = jalaali.toGregorian(j.jy, j.jm, 1);
    first = iso(start.gy, start.gm, start.gd);
    last = addDays(first, jalaali.jalaaliMonthLength(j.jy, j.jm) - 1);
    key = `${j.jy}-${String(j.jm).padStart(2, '0')}`;
  } else {
    first = iso(gy, gm, 1);
    last = addDays(iso(gm === 12 ? gy + 1 : gy, gm === 12 ? 1 : gm + 1, 1), -1);
    key = `${gy}-${String(gm).padStart(2, '0')}`;
  }
  const weekStart = locale === 'fa' ? 6 : 1;
  const weekdays = Array.from({ length: 7 }, (_, i) => ((weekStart - 1 + i) % 7) + 1);
  const weeks: (LocalDay | undefined)[][] = [];
  let week: (LocalDay | undefined)[] = Array.from(
    { length: (weekdayOf(first) - weekStart + 7) % 7 },
    () => undefined,
  );
  for (let d = first; d <= last; d = addDays(d, 1)) {
    week.push(d);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => undefined)]);
  return { key, first, last, title: monthTitle(first, last, locale), weeks, weekdays };
}

/** The first day of a month named by its key in either calendar, or undefined when it is not one. */
export function parseMonthKey(key: string): LocalDay | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return undefined;
  if (y >= 1300 && y < 1700) {
    const g = jalaali.toGregorian(y, mo, 1);
    return iso(g.gy, g.gm, g.gd);
  }
  if (y >= 1900 && y < 2200) return iso(y, mo, 1);
  return undefined;
}

function monthTitle(first: LocalDay, last: LocalDay, locale: Locale): string {
  const a = noonOf(first);
  const b = noonOf(last);
  const utc = { timeZone: 'UTC' } as const;
  if (locale === 'fa') {
    const parts = fmt('fa-IR-u-ca-persian-nu-arabext', {
      month: 'long',
      year: 'numeric',
      ...utc,
    }).formatToParts(a);
    const jalali = `${parts.find((p) => p.type === 'month')?.value} ${parts.find((p) => p.type === 'year')?.value}`;
    const full = fmt('fa-IR-u-ca-gregory-nu-arabext', { month: 'long', year: 'numeric', ...utc });
    const month = fmt('fa-IR-u-ca-gregory-nu-arabext', { month: 'long', ...utc });
    // A Jalali month always spans two Gregorian ones: «فوریه و مارس ۲۰۲۶», or each with its year.
    const gregorian =
      a.getUTCFullYear() === b.getUTCFullYear()
        ? `${month.format(a)} و ${full.format(b)}`
        : `${full.format(a)} و ${full.format(b)}`;
    return `${jalali} (${gregorian})`;
  }
  const gregorian = fmt('en-GB', { month: 'long', year: 'numeric', ...utc }).format(a);
  const persian = fmt('en-GB-u-ca-persian', { month: 'long', year: 'numeric', ...utc });
  const x = persian.format(a).replace(/\s*AP$/, '');
  const y = persian.format(b).replace(/\s*AP$/, '');
  return `${gregorian} (${x} – ${y})`;
}

/** The day number in the page's calendar and, smaller, the other calendar's day and month. */
export function dayLabels(day: LocalDay, locale: Locale): { main: string; other: string } {
  const at = noonOf(day);
  if (locale === 'fa') {
    return {
      main: fmt('fa-IR-u-ca-persian-nu-arabext', { day: 'numeric', timeZone: 'UTC' }).format(at),
      other: fmt('fa-IR-u-ca-gregory-nu-arabext', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
        at,
      ),
    };
  }
  return {
    main: String(at.getUTCDate()),
    other: fmt('en-GB-u-ca-persian', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at),
  };
}

/** A weekday's name, long and short, for the calendar's column headings. */
export function weekdayName(isoWeekday: number, locale: Locale): { long: string; short: string } {
  // 2024-01-01 was a Monday.
  const at = noonOf(addDays('2024-01-01', isoWeekday - 1));
  const tag = locale === 'fa' ? 'fa-IR' : 'en-GB';
  const long = fmt(tag, { weekday: 'long', timeZone: 'UTC' }).format(at);
  // Persian weekdays have no customary abbreviation but their first letter on printed calendars.
  const short =
    locale === 'fa'
      ? fmt(tag, { weekday: 'narrow', timeZone: 'UTC' }).format(at)
      : fmt(tag, { weekday: 'short', timeZone: 'UTC' }).format(at);
  return { long, short };
}
