import type { FormErrors } from '../../../platform/http/forms.ts';
import { Button, Code, Details, ErrorSummary, Form, Layout, TextInput, useView } from '../../../ui/index.ts';
import { PASSWORD_MIN } from '../passwords.ts';
import { summaryErrors, TotpCodeField } from './parts.tsx';

/**
 * Setting up an authenticator app: scan the QR code (or type the secret, shown in groups of four), then type the
 * code the app shows, which proves the app has the secret. Works without JavaScript.
 */
export function TotpSetupPage({
  action,
  qr,
  secret,
  errors,
  askPassword,
  backLink,
  replacing,
}: {
  action: string;
  /** data: URL of the QR code's SVG. */
  qr: string;
  /** Grouped for reading. */
  secret: string;
  errors?: FormErrors;
  /** A signed-in person replacing their app types their password too. */
  askPassword?: boolean;
  backLink: string;
  replacing?: boolean;
}) {
  const { t } = useView();
  const list = summaryErrors(t, errors, ['code', 'password']);
  const err = (name: string) => list.find((e) => e.field === name)?.message;
  const title = t(replacing ? 'staff.totp.replaceTitle' : 'staff.totp.title');
  return (
    <Layout title={title} hasErrors={list.length > 0} backLink={{ href: backLink }}>
      <ErrorSummary errors={list} />
      <h1>{title}</h1>
      <p class="lead">{t('staff.totp.lead')}</p>
      <ol class="staff-steps">
        <li>{t('staff.totp.step.install')}</li>
        <li>
          {t('staff.totp.step.scan')}
          <figure class="staff-qr">
            <img src={qr} alt={t('staff.totp.qrAlt')} width={200} height={200} />
          </figure>
          <Details summary={t('staff.totp.cannotScan')}>
            <p>{t('staff.totp.typeSecret')}</p>
            <p class="staff-secret">
              <Code value={secret} />
            </p>
            <p>{t('staff.totp.settings')}</p>
          </Details>
        </li>
        <li>{t('staff.totp.step.code')}</li>
      </ol>
      <Form action={action}>
        <TotpCodeField label={t('staff.totp.code')} error={err('code')} />
        {askPassword ? (
          <TextInput
            name="password"
            type="password"
            label={t('staff.account.currentPassword')}
            error={err('password')}
            autocomplete="current-password"
          />
        ) : null}
        <Button>{t('staff.totp.submit')}</Button>
      </Form>
    </Layout>
  );
}

/**
 * A new password: the forced one after a temporary password (`current` not asked), or a change from the account
 * page (current password first).
 */
export function PasswordPage({
  action,
  askCurrent,
  errors,
  forced,
}: {
  action: string;
  askCurrent: boolean;
  errors?: FormErrors;
  forced?: boolean;
}) {
  const { t } = useView();
  const list = summaryErrors(t, errors, ['current', 'password', 'confirm']);
  const err = (name: string) => list.find((e) => e.field === name)?.message;
  const title = t(forced ? 'staff.password.forcedTitle' : 'staff.password.title');
  return (
    <Layout
      title={title}
      hasErrors={list.length > 0}
      backLink={forced ? undefined : { href: '/staff/account', label: t('staff.account.back') }}
    >
      <ErrorSummary errors={list} />
      <h1>{title}</h1>
      {forced ? <p class="lead">{t('staff.password.forcedLead')}</p> : null}
      <Form action={action}>
        {askCurrent ? (
          <TextInput
            name="current"
            type="password"
            label={t('staff.account.currentPassword')}
            error={err('current')}
            autocomplete="current-password"
          />
        ) : null}
        <TextInput
          name="password"
          type="password"
          label={t('staff.password.new')}
          hint={t('staff.password.hint', { min: PASSWORD_MIN })}
          error={err('password')}
          autocomplete="new-password"
        />
        <TextInput
          name="confirm"
          type="password"
          label={t('staff.password.confirm')}
          error={err('confirm')}
          autocomplete="new-password"
        />
        <Button>{t('staff.password.submit')}</Button>
      </Form>
    </Layout>
  );
}
