import type { Config } from '../../config.ts';
import { formatDate } from '../../platform/i18n/dates.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import { type RenderedEmail, renderEmail } from '../../platform/mail/message.ts';
import { otpEmail } from '../../platform/mail/templates.ts';

/** The emails of the accounts journey, each in the language the person uses. */
export function accountEmails(config: Config) {
  const service = (locale: Locale) => config.branding.serviceName[locale];
  const link = (path: string) => `${config.publicUrl}${path}`;
  return {
    code(locale: Locale, code: string): RenderedEmail {
      return otpEmail(locale, { code, minutes: config.otp.ttlMinutes, serviceName: service(locale) });
    },
    signInNotice(locale: Locale, at: Date, timeZone: string): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('accounts.mail.signIn.subject', { service: service(locale) }),
        paragraphs: [
          t('accounts.mail.signIn.body', { when: formatDate(at, locale, { time: true, timeZone }) }),
        ],
        notes: [t('accounts.mail.signIn.notYou')],
        action: { label: t('accounts.mail.signIn.action'), url: link('/account/profile') },
        serviceName: service(locale),
      });
    },
    activated(locale: Locale, name: string): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('accounts.mail.activated.subject', { service: service(locale) }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [t('accounts.mail.activated.body')],
        action: { label: t('accounts.mail.activated.action'), url: link('/account') },
        serviceName: service(locale),
      });
    },
    emailChangedOld(locale: Locale, name: string): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('accounts.mail.emailChanged.subject', { service: service(locale) }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [t('accounts.mail.emailChanged.body')],
        notes: [t('accounts.mail.emailChanged.notYou')],
        action: { label: t('accounts.mail.emailChanged.action'), url: link('/help') },
        serviceName: service(locale),
      });
    },
    locked(locale: Locale, until: Date | null, timeZone: string): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('accounts.mail.locked.subject', { service: service(locale) }),
        paragraphs: [
          until
            ? t('accounts.mail.locked.until', { until: formatDate(until, locale, { time: true, timeZone }) })
            : t('accounts.mail.locked.review'),
        ],
        notes: [t('accounts.mail.locked.notYou')],
        serviceName: service(locale),
      });
    },
  };
}
