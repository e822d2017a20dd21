import { formatDate } from '../../../platform/i18n/dates.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Button, Layout, SummaryList, type SummaryRow, useView, WarningText } from '../../../ui/index.ts';
import type { RequestView } from '../../requests/service.ts';
import type { TransitionName } from '../../requests/states.ts';
import type { EventRow } from '../../requests/store.ts';
import { StateTag, TrackingCode } from '../../requests/views/parts.tsx';

/**
 * Someone else changed the request after this officer's page was built: nothing of theirs was saved. The page
 * says where the request stands now and what the last change was, and sends them back to look again.
 */
export function ConflictPage({
  request,
  attempted,
  last,
  who,
  staffName,
  timeZone,
}: {
  request: RequestView;
  attempted?: TransitionName;
  last?: EventRow;
  who?: 'applicant' | 'officer' | 'system';
  staffName?: string;
  timeZone: string;
}) {
  const { t, locale } = useView();
  const rows: SummaryRow[] = [
    { key: t('backoffice.review.trackingCode'), value: <TrackingCode code={request.trackingCode ?? ''} /> },
    { key: t('backoffice.conflict.now'), value: <StateTag state={request.state} /> },
  ];
  if (last) {
    rows.push(
      {
        key: t('backoffice.conflict.last'),
        value: t(`backoffice.transition.${last.transition}` as MessageKey),
      },
      {
        key: t('backoffice.conflict.by'),
        value:
          who === 'officer' && staffName ? (
            <bdi>{staffName}</bdi>
          ) : (
            t(`backoffice.timeline.by.${who ?? 'system'}`)
          ),
      },
      {
        key: t('backoffice.conflict.at'),
        value: formatDate(last.at, locale, { timeZone, time: true }),
      },
    );
    if (last.message) rows.push({ key: t('backoffice.conflict.message'), value: last.message });
  }
  return (
    <Layout title={t('backoffice.conflict.title')}>
      <h1 class="heading-l">{t('backoffice.conflict.title')}</h1>
      <WarningText>
        {attempted
          ? t('backoffice.conflict.notSaved', {
              action: t(`backoffice.transition.${attempted}` as MessageKey),
            })
          : t('backoffice.conflict.notSavedAny')}
      </WarningText>
      <p>{t('backoffice.conflict.explain')}</p>
      <SummaryList rows={rows} />
      <Button href={`/staff/requests/${request.id}`}>{t('backoffice.conflict.reload')}</Button>
    </Layout>
  );
}
