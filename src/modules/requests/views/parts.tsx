import { formatDate } from '../../../platform/i18n/dates.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Ltr, StatusTag, useView } from '../../../ui/index.ts';
import type { RequestView } from '../service.ts';
import type { RequestState } from '../states.ts';
import { stateTone } from '../states.ts';
import { formatTrackingCode } from '../tracking-code.ts';

export function StateTag({ state }: { state: RequestState }) {
  const { t } = useView();
  return <StatusTag tone={stateTone(state)}>{t(`requests.state.${state}` as MessageKey)}</StatusTag>;
}

/** A tracking code as people read it: grouped, left-to-right, in a code font. */
export function TrackingCode({ code }: { code: string }) {
  return (
    <Ltr>
      <span class="tracking-code">{formatTrackingCode(code)}</span>
    </Ltr>
  );
}

/** The applicant's requests, newest change first, for the dashboard. */
export function RequestList({ requests }: { requests: RequestView[] }) {
  const { t, locale } = useView();
  if (requests.length === 0) return <p>{t('requests.list.none')}</p>;
  return (
    <ul class="request-list">
      {requests.map((r) => (
        <li key={r.id} class="request-list__item">
          <div class="request-list__name">
            <a href={`/requests/${r.id}`}>{r.service.name[locale]}</a>
            <div class="hint">
              {r.trackingCode ? (
                <>
                  {t('requests.view.trackingCode')}: <TrackingCode code={r.trackingCode} />
                </>
              ) : (
                t('requests.list.draft', { date: formatDate(r.updatedAt, locale) })
              )}
            </div>
          </div>
          <div class="request-list__status">
            <StateTag state={r.state} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A composed legal text as it will be printed: Persian, right to left, its line breaks kept. */
export function ComposedText({ text }: { text: unknown }) {
  const { t } = useView();
  return typeof text === 'string' && text.trim() ? (
    <div class="composed-text" lang="fa" dir="rtl">
      {text}
    </div>
  ) : (
    <p>{t('requests.check.missing')}</p>
  );
}

/** The receipt of a sent request: the printable page and the PDF. */
export function ReceiptLinks({ requestId }: { requestId: string }) {
  const { t } = useView();
  return (
    <ul>
      <li>
        <a href={`/requests/${requestId}/receipt`}>{t('requests.sent.receipt')}</a>
      </li>
      <li>
        <a href={`/requests/${requestId}/receipt.pdf`}>{t('requests.sent.receiptPdf')}</a>
      </li>
    </ul>
  );
}
