import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  ErrorSummary,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  TextInput,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import {
  AccountLine,
  message,
  PasskeyButton,
  PasskeyFallback,
  summaryErrors,
  Time,
  TotpCodeField,
} from './parts.tsx';

/** Email and password: the first of two steps. The answer never says which of the two was wrong. */
export function StaffSignInPage({
  values,
  errors,
  notice,
}: {
  values: FormValues;
  errors?: FormErrors;
  notice?: 'timeout' | 'signedOut';
}) {
  const { t } = useView();
  const list = summaryErrors(t, errors, ['email', 'password']);
  const err = (name: string) => list.find((e) => e.field === name)?.message;
  const title = t('staff.signIn.title');
  return (
    <Layout title={title} hasErrors={list.length > 0}>
      <ErrorSummary errors={list} />
      {notice === 'timeout' && list.length === 0 ? (
        <NotificationBanner title={t('staff.signIn.timeout.title')}>
          <p>{t('staff.signIn.timeout.body')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      <p class="lead">{t('staff.signIn.lead')}</p>
      <Form action="/staff">
        <TextInput
          name="email"
          type="email"
          label={t('staff.signIn.email')}
          value={values.email}
          error={err('email')}
          autocomplete="username"
          spellcheck={false}
        />
        <TextInput
          name="password"
          type="password"
          label={t('staff.signIn.password')}
          error={err('password')}
          autocomplete="current-password"
        />
        <Button>{t('staff.signIn.submit')}</Button>
      </Form>
      <InsetText>
        <p>{t('staff.signIn.trouble')}</p>
      </InsetText>
      <p>
        <a href="/sign-in">{t('staff.signIn.notStaff')}</a>
      </p>
    </Layout>
  );
}

/** Too many failures in a row. Said the same way whatever the last password was. */
export function StaffLockedPage({ until }: { until: Date }) {
  const { t } = useView();
  const title = t('staff.locked.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t('staff.locked.body')}</p>
      <p>
        {t('staff.locked.until')} <Time at={until} />
      </p>
      <InsetText>
        <p>{t('staff.locked.notYou')}</p>
      </InsetText>
      <p>
        <a href="/staff">{t('staff.locked.back')}</a>
      </p>
    </Layout>
  );
}

/**
 * The second step: the passkey button (where the browser can use one) and, unless the consulate requires
 * passkeys, a TOTP code form that needs no JavaScript.
 */
export function SecondFactorPage({
  email,
  passkey,
  totp,
  passkeyRequired,
  error,
}: {
  email: string;
  passkey: boolean;
  totp: boolean;
  passkeyRequired: boolean;
  error?: MessageKey;
}) {
  const { t } = useView();
  const text = message(t, error);
  const title = t('staff.second.title');
  return (
    <Layout
      title={title}
      hasErrors={Boolean(text)}
      backLink={{ href: '/staff', label: t('staff.second.startAgain') }}
    >
      <ErrorSummary errors={text ? [{ field: totp ? 'code' : 'passkey', message: text }] : []} />
      <h1>{title}</h1>
      <p class="lead">{t('staff.second.lead')}</p>
      <AccountLine email={email} />
      {passkey ? (
        <section aria-labelledby="passkey-title" id="f-passkey">
          <h2 id="passkey-title">{t('staff.second.passkey.title')}</h2>
          <p>{t('staff.second.passkey.body')}</p>
          <PasskeyFallback>
            <p>{t(totp ? 'staff.second.passkey.noScriptTotp' : 'staff.second.passkey.noScript')}</p>
          </PasskeyFallback>
          <PasskeyButton
            ceremony="get"
            options="/staff/second-factor/passkey/options"
            verify="/staff/second-factor/passkey"
            label={t('staff.second.passkey.button')}
          />
        </section>
      ) : null}
      {totp ? (
        <section aria-labelledby="totp-title">
          <h2 id="totp-title">{t('staff.second.totp.title')}</h2>
          <Form action="/staff/second-factor">
            <TotpCodeField label={t('staff.second.totp.label')} error={text} />
            <Button variant={passkey ? 'secondary' : 'primary'}>{t('staff.second.totp.submit')}</Button>
          </Form>
        </section>
      ) : passkeyRequired ? (
        <InsetText>
          <p>{t('staff.second.passkeyRequired')}</p>
        </InsetText>
      ) : null}
      <p>{t('staff.second.lost')}</p>
    </Layout>
  );
}

/**
 * Nothing to use as a second factor yet (a new account, or one an admin reset): set one up now. Where the
 * consulate requires passkeys and the person has TOTP from before, a code from it comes first, so a password
 * alone never adds a way in.
 */
export function EnrolPage({
  email,
  totpAllowed,
  passkeyRequired,
  confirmFirst,
  error,
}: {
  email: string;
  totpAllowed: boolean;
  passkeyRequired: boolean;
  confirmFirst: boolean;
  error?: MessageKey;
}) {
  const { t } = useView();
  const text = message(t, error);
  const title = t('staff.enrol.title');
  if (confirmFirst) {
    return (
      <Layout
        title={title}
        hasErrors={Boolean(text)}
        backLink={{ href: '/staff', label: t('staff.second.startAgain') }}
      >
        <ErrorSummary errors={text ? [{ field: 'code', message: text }] : []} />
        <h1>{title}</h1>
        <p class="lead">{t('staff.enrol.required.lead')}</p>
        <p>{t('staff.enrol.required.confirm')}</p>
        <Form action="/staff/enrol/confirm">
          <TotpCodeField label={t('staff.second.totp.label')} error={text} />
          <Button>{t('staff.enrol.required.continue')}</Button>
        </Form>
      </Layout>
    );
  }
  return (
    <Layout
      title={title}
      hasErrors={Boolean(text)}
      backLink={{ href: '/staff', label: t('staff.second.startAgain') }}
    >
      <ErrorSummary errors={text ? [{ field: 'passkey', message: text }] : []} />
      <h1>{title}</h1>
      <p class="lead">{t('staff.enrol.lead')}</p>
      <AccountLine email={email} />
      {passkeyRequired ? <WarningText>{t('staff.enrol.required.warning')}</WarningText> : null}
      <section aria-labelledby="enrol-passkey" id="f-passkey">
        <h2 id="enrol-passkey">{t('staff.enrol.passkey.title')}</h2>
        <p>{t('staff.enrol.passkey.body')}</p>
        <PasskeyFallback>
          <p>{t(totpAllowed ? 'staff.enrol.passkey.noScriptTotp' : 'staff.enrol.passkey.noScript')}</p>
        </PasskeyFallback>
        <PasskeyButton
          ceremony="create"
          options="/staff/enrol/passkey/options"
          verify="/staff/enrol/passkey"
          label={t('staff.enrol.passkey.button')}
        />
      </section>
      {totpAllowed ? (
        <section aria-labelledby="enrol-totp">
          <h2 id="enrol-totp">{t('staff.enrol.totp.title')}</h2>
          <p>{t('staff.enrol.totp.body')}</p>
          <Button href="/staff/enrol/totp" variant="secondary">
            {t('staff.enrol.totp.button')}
          </Button>
        </section>
      ) : null}
    </Layout>
  );
}
