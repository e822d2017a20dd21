import { formatDate } from '../../../platform/i18n/dates.ts';
import { Code, Layout, Table, useView } from '../../../ui/index.ts';
import type { Text } from '../../catalog/definition.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { AwaitingRow } from '../store.ts';

/** Documents prepared and waiting for a second person's approval, at the consulates this person may approve for. */
export function AwaitingPage({
  items,
}: {
  items: { row: AwaitingRow; consulate: Consulate | undefined; mayApprove: boolean; serviceName: Text }[];
}) {
  const { t, locale } = useView();
  const title = t('verification.awaiting.title');
  return (
    <Layout title={title} width="wide">
      <h1>{title}</h1>
      <p>{t('verification.awaiting.lead')}</p>
      {items.length === 0 ? (
        <p>{t('verification.awaiting.none')}</p>
      ) : (
        <Table
          caption={title}
          captionSize="hidden"
          head={[
            { text: t('verification.doc.number') },
            { text: t('verification.list.service') },
            { text: t('verification.list.consulate') },
            { text: t('verification.list.preparedBy') },
            { text: t('verification.list.preparedAt') },
            { text: t('verification.list.you') },
          ]}
          rows={items.map(({ row, consulate, mayApprove, serviceName }) => [
            <a href={`/staff/issued/${row.id}`} key="n">
              <Code value={row.number} />
            </a>,
            serviceName[locale],
            consulate ? (locale === 'fa' ? consulate.nameFa : consulate.nameEn) : '',
            row.preparedByName,
            formatDate(row.preparedAt, locale, { timeZone: consulate?.timeZone, time: true }),
            mayApprove ? t('verification.awaiting.canApprove') : t('verification.awaiting.cannotApprove'),
          ])}
        />
      )}
    </Layout>
  );
}
