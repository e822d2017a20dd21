import { formatDate } from '../../../platform/i18n/dates.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import type { PasskeySummary } from '../../../platform/passkeys/service.ts';
import {
  Button,
  ErrorSummary,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  SummaryList,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { StaffMember } from '../roles.ts';
import type { FactorState } from '../service.ts';
import { Email, message, PasskeyButton, PasskeyFallback, RoleList, Time } from './parts.tsx';

export type AccountFlash =
  | 'passwordChanged'
  | 'totpSet'
  | 'passkeyAdded'
  | 'passkeyRemoved'
  | 'confirmed'
  | 'passkeyLast';

/** The staff member's own account: who they are, what they may do, and their ways of signing in. */
export function StaffAccountPage({
  member,
  consulates,
  factors,
  passkeys,
  recent,
  flash,
  error,
}: {
  member: StaffMember;
  consulates: Consulate[];
  factors: FactorState;
  passkeys: PasskeySummary[];
  /** The person signed in or confirmed their password in the last few minutes: passkeys may change. */
  recent: boolean;
  flash?: AccountFlash;
  error?: MessageKey;
}) {
  const { t, locale } = useView();
  const title = t('staff.account.title');
  const text = message(t, error);
  const warning = flash === 'passkeyLast';
  return (
    <Layout title={title} hasErrors={Boolean(text)}>
      <ErrorSummary errors={text ? [{ field: 'password', message: text }] : []} />
      {flash && !warning ? (
        <NotificationBanner type="success" title={t(`staff.account.flash.${flash}`)}>
          <p>{t(`staff.account.flash.${flash}.body`)}</p>
        </NotificationBanner>
      ) : null}
      {warning ? (
        <NotificationBanner title={t('staff.account.flash.passkeyLast')}>
          <p>{t('staff.account.flash.passkeyLast.body')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: t('staff.account.name'), value: <bdi>{member.name}</bdi> },
          { key: t('staff.account.email'), value: <Email value={member.email} /> },
          { key: t('staff.account.roles'), value: <RoleList roles={member.roles} consulates={consulates} /> },
        ]}
      />
      <h2>{t('staff.account.password')}</h2>
      <Button href="/staff/account/password" variant="secondary">
        {t('staff.account.changePassword')}
      </Button>

      <h2>{t('staff.account.factors')}</h2>
      {factors.passkeyRequired ? (
        <InsetText>
          <p>{t('staff.account.passkeyRequired')}</p>
        </InsetText>
      ) : null}

      <h3>{t('staff.account.totp')}</h3>
      {factors.passkeyRequired ? (
        <p>{t(factors.totp ? 'staff.account.totp.notAccepted' : 'staff.account.totp.notOffered')}</p>
      ) : factors.totp ? (
        <>
          <p>
            {t('staff.account.totp.since')}{' '}
            {factors.totpEnrolledAt ? <Time at={factors.totpEnrolledAt} /> : null}
          </p>
          <Button href="/staff/account/totp" variant="secondary">
            {t('staff.account.totp.replace')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('staff.account.totp.none')}</p>
          <Button href="/staff/account/totp" variant="secondary">
            {t('staff.account.totp.setUp')}
          </Button>
        </>
      )}

      <h3>{t('staff.account.passkeys')}</h3>
      {passkeys.length === 0 ? <p>{t('staff.account.passkeys.none')}</p> : null}
      {passkeys.map((p) => {
        const name = p.name || t('passkeys.defaultName', { date: formatDate(p.createdAt, locale) });
        return (
          <section key={p.id} aria-labelledby={`passkey-${p.id}`} class="staff-passkey">
            <h4 id={`passkey-${p.id}`}>{name}</h4>
            <SummaryList
              rows={[
                { key: t('passkeys.list.added'), value: <Time at={p.createdAt} /> },
                {
                  key: t('passkeys.list.lastUsed'),
                  value: p.lastUsedAt ? <Time at={p.lastUsedAt} /> : t('passkeys.list.never'),
                },
              ]}
            />
            {recent ? (
              <Form action={`/staff/account/passkeys/${p.id}/remove`}>
                <Button variant="secondary">
                  {t('passkeys.remove')}
                  <span class="visually-hidden"> {name}</span>
                </Button>
              </Form>
            ) : null}
          </section>
        );
      })}
      {recent ? (
        <>
          <p>{t('staff.account.passkeys.add')}</p>
          <PasskeyFallback>
            <p>{t('staff.account.passkeys.noScript')}</p>
          </PasskeyFallback>
          <PasskeyButton
            ceremony="create"
            options="/staff/account/passkeys/options"
            verify="/staff/account/passkeys"
            label={t('passkeys.add.button')}
            variant="secondary"
          />
        </>
      ) : (
        <>
          <p>{t('staff.account.confirm.body')}</p>
          <Form action="/staff/account/confirm">
            <TextInput
              name="password"
              type="password"
              label={t('staff.account.currentPassword')}
              error={text}
              autocomplete="current-password"
            />
            <Button variant="secondary">{t('staff.account.confirm.submit')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}
