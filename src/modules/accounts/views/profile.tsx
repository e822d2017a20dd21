import { formatDate } from '../../../platform/i18n/dates.ts';
import {
  Button,
  Form,
  InsetText,
  Layout,
  Ltr,
  NotificationBanner,
  SummaryList,
  useView,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { ProfileDocuments } from '../../documents/service.ts';
import { documentsSummaryRows } from '../../documents/views/parts.tsx';
import type { ApplicantView } from '../service.ts';
import { Identifier, IdentitySummary, Phone, residenceRows as residenceRowsOf } from './parts.tsx';

const RESIDENCE = { href: '/register/residence' };

/** What the account holds, and the few things the applicant can change themselves. */
export function ProfilePage({
  applicant,
  consulate,
  documents,
  flash,
}: {
  applicant: ApplicantView;
  consulate?: Consulate;
  documents: ProfileDocuments;
  flash?: string;
}) {
  const { t, locale } = useView();
  const { identity } = applicant;
  const notGiven = t('accounts.notGiven');
  const verifiedAt = new Date(identity.verifiedAt);
  const verified = Number.isNaN(verifiedAt.getTime())
    ? undefined
    : t(
        identity.source === 'officer'
          ? 'accounts.profile.identity.officer'
          : 'accounts.profile.identity.verified',
        {
          date: formatDate(verifiedAt, locale),
        },
      );
  const residenceRows = residenceRowsOf(applicant, consulate, t, locale, { phone: false });
  const title = t('accounts.profile.title');
  return (
    <Layout title={title} backLink={{ href: '/account' }}>
      {flash === 'emailChanged' ? (
        <NotificationBanner type="success" title={t('accounts.profile.flash.emailChanged.title')}>
          <p>{t('accounts.profile.flash.emailChanged.body')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>

      <h2>{t('accounts.check.identity.title')}</h2>
      {verified ? <p>{verified}</p> : null}
      <IdentitySummary
        identity={identity}
        extra={[
          { key: t('accounts.check.nationalCode'), value: <Identifier value={applicant.nationalCode} /> },
        ]}
      />
      <p>
        {t('accounts.check.identity.note')} <a href="/help">{t('accounts.check.identity.link')}</a>
      </p>

      <h2>{t('accounts.profile.contact.title')}</h2>
      <SummaryList
        rows={[
          {
            key: t('accounts.check.email'),
            value: <Ltr>{applicant.email}</Ltr>,
            change: { href: '/account/email' },
          },
          {
            key: t('accounts.residence.phone'),
            value: applicant.phone ? <Phone value={applicant.phone} /> : notGiven,
            change: RESIDENCE,
          },
        ]}
      />

      <h2>{t('accounts.check.residence.title')}</h2>
      <SummaryList rows={residenceRows} />
      <InsetText>
        <p>{t('accounts.profile.residence.note')}</p>
      </InsetText>

      <h2>{t('documents.title')}</h2>
      <SummaryList rows={documentsSummaryRows(documents, t)} />

      <h2>{t('accounts.profile.language.title')}</h2>
      <p>
        {t('accounts.profile.language.body', {
          language: t(applicant.preferredLocale === 'en' ? 'accounts.language.en' : 'accounts.language.fa'),
        })}
      </p>

      <h2>{t('accounts.profile.security.title')}</h2>
      <p>{t('accounts.profile.security.body')}</p>
      <p>
        <a href="/account/passkeys">{t('passkeys.title')}</a>
      </p>
      <Form action="/account/sign-out-everywhere">
        <Button variant="warning">{t('accounts.profile.security.signOutEverywhere')}</Button>
      </Form>
    </Layout>
  );
}
