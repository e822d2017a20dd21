import { Layout, Ltr, SummaryList, useView } from '../../../ui/index.ts';
import type { ReceiptPdfInput } from '../receipt-pdf.ts';

/** The printable receipt: what the PDF shows, as a page (the browser's print command prints just the receipt). */
export function ReceiptPage({
  content,
  qr,
  requestId,
}: {
  content: ReceiptPdfInput;
  qr: string;
  requestId: string;
}) {
  const { t } = useView();
  return (
    <Layout title={content.title} backLink={{ href: `/requests/${requestId}` }}>
      <div class="receipt">
        <p class="caption-m">
          {content.portalName} — {content.consulateName}
        </p>
        <h1>{content.title}</h1>
        <div class="receipt__code">
          <div>
            <p>{content.trackingCodeLabel}</p>
            <p class="panel__code">
              <Ltr>
                <span class="tracking-code">{content.trackingCode}</span>
              </Ltr>
            </p>
          </div>
          <img class="receipt__qr" src={qr} alt={t('requests.receipt.qr')} width={160} height={160} />
        </div>
        <SummaryList
          rows={content.rows.map((r) => ({ key: r.label, value: r.ltr ? <Ltr>{r.value}</Ltr> : r.value }))}
        />
        <p>{content.nextSteps}</p>
        <p>
          <strong>{content.footer}</strong>
        </p>
      </div>
      <p class="no-print">
        <a href={`/requests/${requestId}/receipt.pdf`}>{t('requests.sent.receiptPdf')}</a>
      </p>
    </Layout>
  );
}
