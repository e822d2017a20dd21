import { Button, Form, InsetText, Layout, Ltr, SummaryList, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import { PROFILE_KINDS } from '../../documents/kinds.ts';
import type { ProfileDocuments } from '../../documents/service.ts';
import { documentsDone, documentsSummaryRows } from '../../documents/views/parts.tsx';
import type { ApplicantView } from '../service.ts';
import { Identifier, IdentitySummary, residenceRows as residenceRowsOf } from './parts.tsx';

/** تأیید: everything in one place before the account becomes active. */
export function CheckDetailsPage({
  applicant,
  consulate,
  documents,
}: {
  applicant: ApplicantView;
  consulate?: Consulate;
  documents: ProfileDocuments;
}) {
  const { t, locale } = useView();
  // An active account re-confirming a changed residence does not wait for documents it already gave.
  const documentsMissing = applicant.status === 'pending' && documentsDone(documents) < PROFILE_KINDS.length;
  const residenceRows = residenceRowsOf(applicant, consulate, t, locale, { phone: true });
  const title = t('accounts.check.title');
  return (
    <Layout
      title={title}
      backLink={{ href: applicant.status === 'pending' ? '/account/documents' : '/register/residence' }}
    >
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

      <h2>{t('documents.title')}</h2>
      <SummaryList rows={documentsSummaryRows(documents, t)} />

      <h2>{t('accounts.check.declaration.title')}</h2>
      {documentsMissing ? (
        <InsetText>
          {t('documents.continue.missing')} <a href="/account/documents">{t('documents.title')}</a>
        </InsetText>
      ) : (
        <>
          <p>{t('accounts.check.declaration')}</p>
          <Form action="/register/confirm">
            <Button>{t('accounts.check.confirm')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}
