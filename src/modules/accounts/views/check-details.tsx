import { Button, Form, Layout, Ltr, SummaryList, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { ApplicantView } from '../service.ts';
import { Identifier, IdentitySummary, residenceRows as residenceRowsOf } from './parts.tsx';

const _CHANGE = { href: '/register/residence' };

/** تایید: everything in one place before the account becomes active. */
export function CheckDetailsPage({
  applicant,
  consulate,
}: {
  applicant: ApplicantView;
  consulate?: Consulate;
}) {
  const { t, locale } = useView();
  const _r = applicant.residence;
  const _notGiven = t('accounts.notGiven');
  const residenceRows = residenceRowsOf(applicant, consulate, t, locale, { phone: true });
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
