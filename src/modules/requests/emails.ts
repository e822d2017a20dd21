import type { Config } from '../../config.ts';
import { formatDate } from '../../platform/i18n/dates.ts';
import { type Locale, type MessageKey, translator } from '../../platform/i18n/index.ts';
import { type RenderedEmail, renderEmail } from '../../platform/mail/message.ts';
import type { Service } from '../catalog/services-registry.ts';
import { formatTrackingCode } from './tracking-code.ts';

type About = { id: string; trackingCode: string | null; state: string; service: Service };

/** The emails of a request's life, in the applicant's language, each with a link to the request. */
export function requestEmails(config: Config) {
  const serviceName = (locale: Locale) => config.branding.serviceName[locale];
  const link = (id: string) => `${config.publicUrl}/requests/${id}`;
  const code = (r: About) => formatTrackingCode(r.trackingCode ?? '');
  return {
    submitted(locale: Locale, name: string, r: About & { consulateName?: string }): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('requests.mail.submitted.subject', { code: code(r) }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [
          t('requests.mail.submitted.body', {
            service: r.service.name[locale],
            consulate: r.consulateName ?? '',
          }),
        ],
        code: code(r),
        notes: [t('requests.mail.submitted.next')],
        action: { label: t('requests.mail.action'), url: link(r.id) },
        serviceName: serviceName(locale),
      });
    },
    reminder(locale: Locale, name: string, r: About, deadline: Date): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('requests.mail.reminder.subject', { code: code(r) }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [
          t('requests.mail.reminder.body', {
            service: r.service.name[locale],
            date: formatDate(deadline, locale),
          }),
        ],
        action: { label: t('requests.mail.action'), url: link(r.id) },
        serviceName: serviceName(locale),
      });
    },
    changed(locale: Locale, name: string, r: About, message?: string): RenderedEmail {
      const t = translator(locale);
      const state = t(`requests.state.${r.state}` as MessageKey);
      return renderEmail(locale, {
        subject: t('requests.mail.changed.subject', { code: code(r), state }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [
          t('requests.mail.changed.body', { service: r.service.name[locale], state }),
          ...(message ? [t('requests.mail.changed.message', { message })] : []),
          t(`requests.next.${r.state}` as MessageKey),
        ],
        action: { label: t('requests.mail.action'), url: link(r.id) },
        serviceName: serviceName(locale),
      });
    },
  };
}
