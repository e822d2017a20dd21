import type { Config } from '../../config.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import type { EmailAttachment, EmailMessage, Paragraph } from '../../platform/mail/message.ts';
import { renderEmail } from '../../platform/mail/message.ts';
import { formatTrackingCode } from '../../ui/ltr.tsx';
import { appointmentCalendar, type IcsMethod } from './ics.ts';
import type { AppointmentView } from './service.ts';
import { localTime, longDate, zoneName } from './views/when.ts';

/** An email ready for the outbox but for its recipient. */
export type AppointmentEmail = Omit<EmailMessage, 'to'>;

/**
 * The emails of an appointment, in the applicant's language, with the consulate's local time and zone named;
 * confirmations carry the `.ics` calendar entry (a cancellation carries its METHOD:CANCEL).
 */
export function appointmentEmails(config: Config) {
  const serviceName = (locale: Locale) => config.branding.serviceName[locale];
  const link = (path: string) => `${config.publicUrl}${path}`;

  /** When, where, which requests: the same lines in every email of an appointment. */
  function details(locale: Locale, a: AppointmentView): Paragraph[] {
    const t = translator(locale);
    const zone = a.consulate.timeZone;
    const consulate = locale === 'fa' ? a.consulate.nameFa : a.consulate.nameEn;
    const address = locale === 'fa' ? a.consulate.addressFa : a.consulate.addressEn;
    return [
      t('appointments.mail.date', { date: longDate(a.startsAt, locale, zone) }),
      [
        t('appointments.mail.time', {
          from: localTime(a.startsAt, locale, zone),
          to: localTime(a.endsAt, locale, zone),
          zone: zoneName(a.startsAt, locale, zone),
        }),
        ' (',
        { ltr: zone },
        ')',
      ],
      t('appointments.mail.place', { consulate, address }),
      t('appointments.mail.counter', { counter: a.seat }),
      ...a.requests.map(
        (r): Paragraph => [
          t('appointments.mail.request', { service: r.service.name[locale] }),
          { ltr: r.trackingCode ? formatTrackingCode(r.trackingCode) : '—' },
        ],
      ),
    ];
  }

  function calendar(locale: Locale, a: AppointmentView, method: IcsMethod, now: Date): EmailAttachment {
    return {
      filename: 'appointment.ics',
      contentType: `text/calendar; method=${method}; charset=utf-8`,
      content: appointmentCalendar(config, locale, a, { method, now }),
    };
  }

  const consulateOf = (locale: Locale, a: AppointmentView) =>
    locale === 'fa' ? a.consulate.nameFa : a.consulate.nameEn;
  /** The request the appointment is booked from (the oldest), whose page books again. */
  const mainRequest = (a: AppointmentView) => [...a.requests].sort((x, y) => (x.id < y.id ? -1 : 1))[0];

  return {
    confirmed(
      locale: Locale,
      name: string,
      a: AppointmentView,
      o: { rescheduled: boolean },
    ): AppointmentEmail {
      const t = translator(locale);
      const kind = o.rescheduled ? 'rescheduled' : 'confirmed';
      const date = longDate(a.startsAt, locale, a.consulate.timeZone);
      return {
        ...renderEmail(locale, {
          subject: t(`appointments.mail.${kind}.subject`, { date }),
          greeting: t('mail.greeting', { name }),
          paragraphs: [
            t(`appointments.mail.${kind}.intro`, { consulate: consulateOf(locale, a) }),
            ...details(locale, a),
          ],
          action: { label: t('appointments.mail.action'), url: link(`/appointments/${a.id}`) },
          notes: [
            t('appointments.mail.bring'),
            t('appointments.mail.calendar'),
            t('appointments.mail.change'),
          ],
          serviceName: serviceName(locale),
        }),
        attachments: [calendar(locale, a, 'REQUEST', a.confirmedAt ?? a.createdAt)],
      };
    },

    cancelled(
      locale: Locale,
      name: string,
      a: AppointmentView,
      by: 'applicant' | 'system',
    ): AppointmentEmail {
      const t = translator(locale);
      const date = longDate(a.startsAt, locale, a.consulate.timeZone);
      const main = mainRequest(a);
      return {
        ...renderEmail(locale, {
          subject: t('appointments.mail.cancelled.subject', { date }),
          greeting: t('mail.greeting', { name }),
          paragraphs: [
            t(
              by === 'applicant'
                ? 'appointments.mail.cancelled.byApplicant'
                : 'appointments.mail.cancelled.bySystem',
            ),
            ...details(locale, a),
          ],
          ...(main
            ? {
                action: {
                  label: t('appointments.mail.bookAgain'),
                  url: link(`/requests/${main.id}/appointment`),
                },
              }
            : {}),
          notes: [t('appointments.mail.cancelled.calendar')],
          serviceName: serviceName(locale),
        }),
        attachments: [calendar(locale, a, 'CANCEL', a.endedAt ?? a.createdAt)],
      };
    },

    reminder(locale: Locale, name: string, a: AppointmentView): AppointmentEmail {
      const t = translator(locale);
      const date = longDate(a.startsAt, locale, a.consulate.timeZone);
      return renderEmail(locale, {
        subject: t('appointments.mail.reminder.subject', { date }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [
          t('appointments.mail.reminder.intro', { consulate: consulateOf(locale, a) }),
          ...details(locale, a),
        ],
        action: { label: t('appointments.mail.action'), url: link(`/appointments/${a.id}`) },
        notes: [t('appointments.mail.bring'), t('appointments.mail.reminder.cannotCome')],
        serviceName: serviceName(locale),
      });
    },

    offer(locale: Locale, name: string, a: AppointmentView, minutes: number): AppointmentEmail {
      const t = translator(locale);
      const zone = a.consulate.timeZone;
      const deadline = a.heldUntil ?? new Date(a.createdAt.getTime() + minutes * 60_000);
      return renderEmail(locale, {
        subject: t('appointments.mail.offer.subject', { consulate: consulateOf(locale, a) }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [
          t('appointments.mail.offer.intro', { minutes }),
          [
            t('appointments.mail.offer.deadline', {
              date: longDate(deadline, locale, zone),
              time: localTime(deadline, locale, zone),
              zone: zoneName(deadline, locale, zone),
            }),
          ],
          ...details(locale, a),
        ],
        action: { label: t('appointments.mail.offer.action'), url: link(`/appointments/${a.id}/confirm`) },
        notes: [t('appointments.mail.offer.missed'), t('appointments.mail.offer.notYou')],
        serviceName: serviceName(locale),
      });
    },
  };
}
