import type { Config } from '../../config.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { EmailMessage } from '../../platform/mail/message.ts';
import { renderEmail } from '../../platform/mail/message.ts';
import type { AppointmentView } from './service.ts';

/** An email ready for the outbox but for its recipient. */
export type AppointmentEmail = Omit<EmailMessage, 'to'>;

/**
 * The emails of an appointment, in the applicant's language, with the consulate's local time and zone named;
 * confirmations carry the `.ics` calendar entry (a cancellation carries its METHOD:CANCEL).
 */
export function appointmentEmails(config: Config) {
  const serviceName = (locale: Locale) => config.branding.serviceName[locale];
  const plain = (locale: Locale, subject: string) =>
    renderEmail(locale, { subject, paragraphs: [subject], serviceName: serviceName(locale) });
  return {
    confirmed(locale: Locale, _name: string, a: AppointmentView, _o: { rescheduled: boolean }): AppointmentEmail {
      return plain(locale, `appointment ${a.id}`);
    },
    cancelled(locale: Locale, _name: string, a: AppointmentView, _by: 'applicant' | 'system'): AppointmentEmail {
      return plain(locale, `cancelled ${a.id}`);
    },
    reminder(locale: Locale, _name: string, a: AppointmentView): AppointmentEmail {
      return plain(locale, `reminder ${a.id}`);
    },
    offer(locale: Locale, _name: string, a: AppointmentView, _minutes: number): AppointmentEmail {
      return plain(locale, `offer ${a.id}`);
    },
  };
}
