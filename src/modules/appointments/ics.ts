import { createEvent } from 'ics';
import type { Config } from '../../config.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import { formatTrackingCode } from '../../ui/ltr.tsx';
import type { AppointmentView } from './service.ts';

/**
 * The calendar entry of an appointment (RFC 5545), attached to its emails and offered for download. Times are
 * UTC instants, so every calendar shows them in its own zone without needing the consulate's zone definition.
 */

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export type CalendarEvent = {
  uid: string;
  /** Higher each time the same appointment is sent again changed (moved, cancelled). */
  sequence: number;
  method: IcsMethod;
  start: Date;
  end: Date;
  /** When this version was made (DTSTAMP). */
  stamp: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  organizer?: { name: string; email: string };
};

const utc = (d: Date) => d.getTime();

/** The whole `.ics` text: CRLF line ends, lines folded at 75 octets as RFC 5545 asks. */
export function calendarFile(e: CalendarEvent): string {
  const { value, error } = createEvent({
    productId: '-//Mikhak//Consular appointments//EN',
    method: e.method,
    uid: e.uid,
    sequence: e.sequence,
    start: utc(e.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(e.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: e.summary,
    location: e.location,
    description: e.description,
    url: e.url,
    status: e.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    ...(e.organizer ? { organizer: e.organizer } : {}),
  });
  if (error || !value) throw error ?? new Error('calendar entry not made');
  // The library stamps with the wall clock; the entry's own version time keeps updates in order.
  const stamped = value.replace(/^DTSTAMP:.*$/m, `DTSTAMP:${basicUtc(e.stamp)}`);
  return refold(stamped);
}

/** `20260303T090000Z` */
function basicUtc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The library folds at 75 characters; Persian letters take two octets each, so lines are unfolded and folded
 * again at 75 octets, never inside a character.
 */
export function refold(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: string[] = [];
  for (const line of lines) {
    let rest = line;
    let limit = 75;
    while (Buffer.byteLength(rest, 'utf8') > limit) {
      let cut = 0;
      let bytes = 0;
      for (const ch of rest) {
        const n = Buffer.byteLength(ch, 'utf8');
        if (bytes + n > limit) break;
        bytes += n;
        cut += ch.length;
      }
      out.push(rest.slice(0, cut));
      rest = ` ${rest.slice(cut)}`;
      limit = 75;
    }
    out.push(rest);
  }
  return out.join('\r\n');
}

const EPOCH = Date.UTC(2020, 0, 1);

/**
 * The version number of an appointment's entry. The first confirmation is 0; a move or a cancellation is sent
 * with the seconds since 2020 at that moment, which only grows, so a calendar always keeps the newest version
 * whatever it received before.
 */
export function sequenceOf(a: AppointmentView, method: IcsMethod): number {
  const changed =
    method === 'CANCEL' ? (a.endedAt ?? a.confirmedAt) : a.replacesId ? a.confirmedAt : undefined;
  if (!changed) return method === 'CANCEL' ? 1 : 0;
  return Math.max(1, Math.floor((changed.getTime() - EPOCH) / 1000));
}

/**
 * The calendar entry of an appointment in the applicant's language. One appointment keeps one UID through its
 * moves: `firstId` is the appointment the chain of moves started from (the view's own, when not given).
 */
export function appointmentCalendar(
  config: Config,
  locale: Locale,
  a: AppointmentView,
  options: { method: IcsMethod; firstId?: string; now: Date },
): string {
  const t = translator(locale);
  const host = new URL(config.publicUrl).hostname;
  const consulate = locale === 'fa' ? a.consulate.nameFa : a.consulate.nameEn;
  const address = locale === 'fa' ? a.consulate.addressFa : a.consulate.addressEn;
  const services = [...new Set(a.requests.map((r) => r.service.name[locale]))].join(
    locale === 'fa' ? '، ' : ', ',
  );
  const codes = a.requests
    .map((r) => (r.trackingCode ? formatTrackingCode(r.trackingCode) : ''))
    .filter(Boolean)
    .join(', ');
  const url = `${config.publicUrl}/appointments/${a.id}`;
  return calendarFile({
    uid: `${options.firstId ?? a.firstId}@${host}`,
    sequence: sequenceOf(a, options.method),
    method: options.method,
    start: a.startsAt,
    end: a.endsAt,
    stamp: options.now,
    summary: t('appointments.ics.summary', { services, consulate }),
    location: `${consulate}${locale === 'fa' ? '، ' : ', '}${address}`,
    description: [
      t('appointments.ics.codes', { codes }),
      t('appointments.ics.counter', { counter: a.seat }),
      t('appointments.ics.bring'),
      url,
    ].join('\n'),
    url,
    organizer: { name: consulate, email: a.consulate.email },
  });
}
