import { type Locale, translator } from '../i18n/index.ts';
import { type RenderedEmail, renderEmail } from './message.ts';

/** The sign-in code email. `name` is shown only when known (never for an unverified address). */
export function otpEmail(
  locale: Locale,
  input: { code: string; minutes: number; serviceName?: string; name?: string },
): RenderedEmail {
  const t = translator(locale);
  const service = input.serviceName ?? t('mail.serviceName');
  return renderEmail(locale, {
    subject: t('mail.otp.subject', { service }),
    greeting: input.name ? t('mail.greeting', { name: input.name }) : t('mail.greeting.anonymous'),
    paragraphs: [t('mail.otp.intro')],
    code: input.code,
    notes: [t('mail.otp.expiry', { minutes: input.minutes }), t('mail.otp.neverShare'), t('mail.otp.ignore')],
    serviceName: service,
  });
}
