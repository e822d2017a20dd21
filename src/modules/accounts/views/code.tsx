import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  type FieldError,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  TextInput,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import { message } from './parts.tsx';

type Purpose = 'sign_in' | 'change_email' | 'reauthenticate';

const CODE_LENGTH = 6;

/** Errors about asking for another code belong to the resend form, not to the code box. */
const RESEND_ERRORS: string[] = ['accounts.error.code.cooldown', 'accounts.error.tooManyCodes'];

const SENT: Record<Purpose, MessageKey> = {
  sign_in: 'accounts.code.sent.signIn',
  change_email: 'accounts.code.sent.changeEmail',
  reauthenticate: 'accounts.code.sent.reauthenticate',
};

const AGAIN: Record<Purpose, { href: string; label: MessageKey }> = {
  sign_in: { href: '/sign-in', label: 'accounts.code.again.signIn' },
  change_email: { href: '/account/email', label: 'accounts.code.again.changeEmail' },
  reauthenticate: { href: '/account', label: 'accounts.code.again.reauthenticate' },
};

/**
 * The emailed code. For signing in the text is the same whether or not the national code has an account, and no
 * address is shown.
 */
export function CodePage({
  purpose,
  resendAt,
  now,
  yahoo,
  error,
  resent,
  minutes,
}: {
  /** How long a code works (OTP_TTL_MINUTES). */
  minutes: number;
  purpose: Purpose;
  resendAt: Date;
  now: Date;
  yahoo: boolean;
  error?: MessageKey;
  resent: boolean;
}) {
  const { t } = useView();
  const forResend = error ? RESEND_ERRORS.includes(error) : false;
  const text = error ? message(t, error) : undefined;
  const errors: FieldError[] = text ? [{ field: forResend ? 'resend' : 'code', message: text }] : [];
  const waitSeconds = Math.ceil((resendAt.getTime() - now.getTime()) / 1000);
  const title = t('accounts.code.title');
  const again = AGAIN[purpose];
  return (
    <Layout title={title} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} />
      {resent && !error ? (
        <NotificationBanner type="success" title={t('accounts.code.resent.title')}>
          <p>{t('accounts.code.resent.body')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      <p>{t(SENT[purpose], { length: CODE_LENGTH })}</p>
      <p>{t('accounts.code.spam')}</p>
      <InsetText>
        <p>{t('accounts.code.validity', { minutes })}</p>
      </InsetText>
      {yahoo ? <WarningText>{t('accounts.code.yahoo')}</WarningText> : null}
      <Form action="/sign-in/code">
        <TextInput
          name="code"
          label={t('accounts.code.label', { length: CODE_LENGTH })}
          hint={t('accounts.code.hint')}
          error={forResend ? undefined : text}
          numeric
          ltr
          width={5}
          autocomplete="one-time-code"
        />
        <Button>{t('accounts.code.submit')}</Button>
      </Form>
      <section id="f-resend" aria-labelledby="resend-title">
        <h2 id="resend-title">{t('accounts.code.resend.title')}</h2>
        {forResend && text ? <ErrorMessage id="f-resend-error">{text}</ErrorMessage> : null}
        {waitSeconds > 0 ? (
          <p class="hint">
            {waitSeconds <= 90
              ? t('accounts.code.resend.waitSeconds', { seconds: waitSeconds })
              : t('accounts.code.resend.waitMinutes', { minutes: Math.ceil(waitSeconds / 60) })}
          </p>
        ) : null}
        <Form action="/sign-in/resend">
          <Button variant="secondary">{t('accounts.code.resend.button')}</Button>
        </Form>
        <p>
          <a href={again.href}>{t(again.label)}</a>
        </p>
      </section>
    </Layout>
  );
}
