import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import { PasskeySignIn } from '../../../platform/passkeys/views.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import { fieldError, summaryErrors } from './parts.tsx';

/**
 * One door for signing in and registering: national code and email, then a code by email. The page says nothing
 * about whether an account exists.
 */
export function SignInPage({
  values,
  errors,
  expired,
  retryAt,
}: {
  values: FormValues;
  errors?: FormErrors;
  expired?: boolean;
  retryAt?: Date;
}) {
  const { t, locale } = useView();
  // Refused for sending too many codes: the message says when to come back.
  const retry = retryAt
    ? `${t('accounts.signIn.retryAt', { time: formatDate(retryAt, locale, { time: true }) })} ${t('accounts.time.utc')}`
    : undefined;
  const list = summaryErrors(t, errors, ['nationalCode', 'email']).map((e) =>
    e.field === 'nationalCode' && retry ? { ...e, message: retry } : e,
  );
  const err = (name: string) => list.find((e) => e.field === name)?.message ?? fieldError(t, errors, name);
  const title = t('accounts.signIn.title');
  return (
    <Layout title={title} hasErrors={list.length > 0}>
      <ErrorSummary errors={list} />
      {expired && list.length === 0 ? (
        <NotificationBanner title={t('accounts.signIn.expired.title')}>
          <p>{t('accounts.signIn.expired.body')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      <p class="lead">{t('accounts.signIn.lead')}</p>
      <Form action="/sign-in">
        <TextInput
          name="nationalCode"
          label={t('accounts.signIn.nationalCode.label')}
          hint={t('accounts.signIn.nationalCode.hint')}
          value={values.nationalCode}
          error={err('nationalCode')}
          numeric
          ltr
          width={10}
          autocomplete="off"
        />
        <TextInput
          name="email"
          type="email"
          label={t('accounts.signIn.email.label')}
          hint={t('accounts.signIn.email.hint')}
          value={values.email}
          error={err('email')}
          autocomplete="email"
          spellcheck={false}
        />
        <Button>{t('accounts.signIn.submit')}</Button>
      </Form>
      <PasskeySignIn />
      <InsetText>
        <p>{t('accounts.signIn.trouble')}</p>
        <p>
          <a href="/help">{t('accounts.signIn.troubleLink')}</a>
        </p>
      </InsetText>
    </Layout>
  );
}
