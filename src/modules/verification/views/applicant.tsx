import { formatDate } from '../../../platform/i18n/dates.ts';
import { Button, ButtonGroup, Code, Layout, Ltr, SummaryList, useView } from '../../../ui/index.ts';
import { formatCode } from '../numbers.ts';
import type { Sheet } from '../sheet.ts';
import { IssuedSheet } from './print.tsx';

/**
 * The applicant's own issued document: how others check it, print and PDF, then the sheet as the PDF shows it.
 * The browser's print command prints the sheet alone.
 */
export function ApplicantDocumentPage({
  sheet,
  qr,
  requestId,
  number,
  code,
}: {
  sheet: Sheet;
  qr: string;
  requestId: string;
  number: string;
  code: string;
}) {
  const { t, asset } = useView();
  return (
    <Layout title={sheet.title} width="wide" backLink={{ href: `/requests/${requestId}` }}>
      <div class="issued-own no-print">
        <p class="lead">{t('verification.own.lead')}</p>
        <SummaryList
          rows={[
            { key: t('verification.doc.number'), value: <Code value={number} /> },
            { key: t('verification.doc.code'), value: <Code value={formatCode(code)} /> },
          ]}
        />
        <p>
          {t('verification.own.check')}{' '}
          <a href="/verify">
            <Ltr>{sheet.verifyUrl}</Ltr>
          </a>
        </p>
        <p class="hint">{t('verification.own.share')}</p>
        <ButtonGroup>
          <Button href={`/requests/${requestId}/document/pdf`}>{t('verification.own.pdf')}</Button>
          <button type="button" class="button button--secondary" data-issued-print hidden>
            {t('verification.own.print')}
          </button>
        </ButtonGroup>
      </div>
      <IssuedSheet sheet={sheet} qr={qr} />
      <script src={asset('issued-print.js')} defer />
    </Layout>
  );
}

/** A revoked document: when and why, and nothing of its content (it is no longer valid). */
export function RevokedDocumentPage({
  requestId,
  number,
  revokedAt,
  reason,
  timeZone,
}: {
  requestId: string;
  number: string;
  revokedAt: Date;
  reason: string;
  timeZone: string;
}) {
  const { t, locale } = useView();
  return (
    <Layout title={t('verification.own.revoked.title')} backLink={{ href: `/requests/${requestId}` }}>
      <div class="verify-result verify-result--revoked">
        <h1 class="heading-l">{t('verification.own.revoked.title')}</h1>
        <p>
          {t('verification.own.revoked.body', {
            number,
            date: formatDate(revokedAt, locale, { timeZone }),
          })}
        </p>
        {reason ? (
          <p>
            <strong>{t('verification.result.revoked.reason')}</strong> <bdi>{reason}</bdi>
          </p>
        ) : null}
      </div>
      <p>{t('verification.own.revoked.next')}</p>
      <p>
        <a href={`/requests/${requestId}`}>{t('verification.own.backToRequest')}</a>
      </p>
    </Layout>
  );
}
