import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Layout, Panel, useView } from '../../../ui/index.ts';
import type { RequestView } from '../service.ts';
import { ReceiptLinks, TrackingCode } from './parts.tsx';

/** After sending: the tracking code, large, and what happens next. */
export function SentPage({ request }: { request: RequestView }) {
  const { t, locale } = useView();
  const title = t('requests.sent.title');
  return (
    <Layout title={title}>
      <Panel title={title}>
        <p>{t('requests.sent.code')}</p>
        <p class="panel__code">
          <TrackingCode code={request.trackingCode!} />
        </p>
      </Panel>
      <p>{t('requests.sent.email')}</p>
      <ReceiptLinks requestId={request.id} />
      <h2>{t('requests.sent.next')}</h2>
      <p>{t(`requests.next.${request.state}` as MessageKey)}</p>
      <p>{t(`services.outcome.${request.service.outcome}` as MessageKey)}</p>
      <p>
        <a href={`/requests/${request.id}`}>{t('requests.sent.view')}</a>
      </p>
      <p class="hint">{request.service.name[locale]}</p>
    </Layout>
  );
}
