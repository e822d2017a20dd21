import { Code, Layout, Panel, useView } from '../../../ui/index.ts';

/** The discrepancy went to the question system; the reference is what the person quotes to the consulate. */
export function DiscrepancySentPage({ reference }: { reference: string }) {
  const { t } = useView();
  const title = t('accounts.discrepancy.title');
  return (
    <Layout title={title}>
      <Panel title={title}>
        {t('accounts.discrepancy.reference')}
        <br />
        <strong>
          <Code value={reference} />
        </strong>
      </Panel>
      <p>{t('accounts.discrepancy.keep')}</p>
      <h2>{t('accounts.discrepancy.next.title')}</h2>
      <ul>
        <li>{t('accounts.discrepancy.next.review')}</li>
        <li>{t('accounts.discrepancy.next.email')}</li>
        <li>{t('accounts.discrepancy.next.continue')}</li>
      </ul>
      <p>
        <a href="/">{t('accounts.discrepancy.home')}</a>
      </p>
    </Layout>
  );
}
