import { Button, Form, Layout, Ltr, SummaryList, type SummaryRow, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { ApplicantView } from '../service.ts';
import {
  consulateName,
  countryName,
  Identifier,
  IdentitySummary,
  Lines,
  Phone,
  statusKey,
} from './parts.tsx';

const CHANGE = { href: '/register/residence' };

/** تایید: everything in one place before the account becomes active. */
export function CheckDetailsPage({
  applicant,
  consulate,
}: {
  applicant: ApplicantView;
  consulate?: Consulate;
}) {
  const { t, locale } = useView();
  const r = applicant.residence;
  const notGiven = t('accounts.notGiven');
  const residenceRows: SummaryRow[] = [
    {
      key: t('accounts.residence.country'),
      value: r ? countryName(r.country, locale) : notGiven,
      change: CHANGE,
    },
    { key: t('accounts.residence.city'), value: r?.city || notGiven, change: CHANGE },
    {
      key: t('accounts.residence.address'),
      value: r?.address ? <Lines text={r.address} /> : notGiven,
      change: CHANGE,
    },
    {
      key: t('accounts.residence.postalCode'),
      value: r?.postalCode ? <Ltr>{r.postalCode}</Ltr> : notGiven,
      change: CHANGE,
    },
    { key: t('accounts.residence.status'), value: r ? t(statusKey(r.status)) : notGiven, change: CHANGE },
    {
      key: t('accounts.residence.phone'),
      value: applicant.phone ? <Phone value={applicant.phone} /> : notGiven,
      change: CHANGE,
    },
    {
      key: t('accounts.residence.consulate'),
      value: consulate ? consulateName(consulate, locale) : t('accounts.check.noConsulate'),
      change: CHANGE,
    },
  ];
  const title = t('accounts.check.title');
  return (
    <Layout title={title} backLink={{ href: '/register/residence' }}>
      <h1>{title}</h1>

      <h2>{t('accounts.check.identity.title')}</h2>
      <IdentitySummary identity={applicant.identity} />
      <p>
        {t('accounts.check.identity.note')} <a href="/help">{t('accounts.check.identity.link')}</a>
      </p>

      <h2>{t('accounts.check.account.title')}</h2>
      <SummaryList
        rows={[
          { key: t('accounts.check.nationalCode'), value: <Identifier value={applicant.nationalCode} /> },
          { key: t('accounts.check.email'), value: <Ltr>{applicant.email}</Ltr> },
        ]}
      />

      <h2>{t('accounts.check.residence.title')}</h2>
      <SummaryList rows={residenceRows} />

      <h2>{t('accounts.check.declaration.title')}</h2>
      <p>{t('accounts.check.declaration')}</p>
      <Form action="/register/confirm">
        <Button>{t('accounts.check.confirm')}</Button>
      </Form>
    </Layout>
  );
}
