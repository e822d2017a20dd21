import type { Config } from '../../config.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import { type RenderedEmail, renderEmail } from '../../platform/mail/message.ts';

/** Emails about an issued document, in the applicant's language. (Its issue is emailed by the request's move.) */
export function issuedEmails(config: Config) {
  return {
    revoked(
      locale: Locale,
      name: string,
      d: { number: string; requestId: string; reason: string },
    ): RenderedEmail {
      const t = translator(locale);
      return renderEmail(locale, {
        subject: t('verification.mail.revoked.subject', { number: d.number }),
        greeting: t('mail.greeting', { name }),
        paragraphs: [
          [t('verification.mail.revoked.body'), ' ', { ltr: d.number }],
          t('verification.mail.revoked.reason', { reason: d.reason }),
          t('verification.mail.revoked.next'),
        ],
        action: {
          label: t('verification.mail.revoked.action'),
          url: `${config.publicUrl}/requests/${d.requestId}`,
        },
        serviceName: config.branding.serviceName[locale],
      });
    },
  };
}
