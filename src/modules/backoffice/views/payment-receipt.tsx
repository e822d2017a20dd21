import { formatGregorian, formatJalali, formatJalaliLatin } from '../../../platform/i18n/dates.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { Code, Layout, SummaryList, useView } from '../../../ui/index.ts';
import { formatMoney } from '../../catalog/fees.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { RequestView } from '../../requests/service.ts';
import type { PaymentView } from '../counter-service.ts';

/** The date in both calendars, each in the page's language: the applicant may show it in Iran or abroad. */
function bothCalendars(date: Date, locale: Locale, timeZone: string): { jalali: string; gregorian: string } {
  if (locale === 'en') {
    return {
      jalali: formatJalaliLatin(date, { timeZone }),
      gregorian: formatGregorian(date, { timeZone, time: true }),
    };
  }
  return {
    jalali: formatJalali(date, { timeZone, time: true }),
    gregorian: new Intl.DateTimeFormat('fa-IR-u-ca-gregory', {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(date),
  };
}

/**
 * The payment receipt handed to the applicant: printed on the consulate's paper from the browser. Official in
 * look (the consulate at the head, a numbered record, a signature and stamp block) and the same in both languages.
 */
export function PaymentReceiptPage({
  request: r,
  payment,
  consulate,
  applicantName,
}: {
  request: RequestView;
  payment: PaymentView;
  consulate: Consulate;
  applicantName: string;
}) {
  const { t, locale, branding, asset } = useView();
  const title = t('counter.receipt.title');
  const dates = bothCalendars(payment.recordedAt, locale, consulate.timeZone);
  return (
    <Layout title={title} backLink={{ href: `/staff/counter/${r.id}` }}>
      <div class="receipt payment-receipt">
        <div class="payment-receipt__head">
          {branding.organisation ? <p class="payment-receipt__org">{branding.organisation}</p> : null}
          <p class="payment-receipt__consulate">
            <span lang="fa" dir="rtl">
              {consulate.nameFa}
            </span>
            <span lang="en" dir="ltr">
              {consulate.nameEn}
            </span>
          </p>
          <p class="payment-receipt__address">
            {locale === 'fa' ? consulate.addressFa : consulate.addressEn}
          </p>
        </div>
        <h1 class="heading-l payment-receipt__title">{title}</h1>
        <SummaryList
          rows={[
            { key: t('counter.receipt.trackingCode'), value: <Code value={r.trackingCode ?? ''} tracking /> },
            { key: t('counter.receipt.applicant'), value: <bdi>{applicantName}</bdi> },
            { key: t('counter.receipt.service'), value: r.service.name[locale] },
            {
              key: t('counter.receipt.amount'),
              value: <strong>{formatMoney(payment.amount, payment.currency, locale)}</strong>,
            },
            { key: t('counter.receipt.method'), value: t(`counter.method.${payment.method}`) },
            { key: t('counter.receipt.receiptNumber'), value: <Code value={payment.receiptNumber} /> },
            { key: t('counter.receipt.officer'), value: <bdi>{payment.recordedByName}</bdi> },
            { key: t('counter.receipt.dateJalali'), value: dates.jalali },
            { key: t('counter.receipt.dateGregorian'), value: dates.gregorian },
          ]}
        />
        <div class="payment-receipt__sign">
          <div class="payment-receipt__box">{t('counter.receipt.signature')}</div>
          <div class="payment-receipt__box">{t('counter.receipt.stamp')}</div>
        </div>
      </div>
      <p class="no-print">
        <button type="button" class="button button--secondary" data-counter-print hidden>
          {t('counter.receipt.print')}
        </button>
      </p>
      <p class="no-print">
        <a href={`/staff/counter/${r.id}`}>{t('counter.receipt.back')}</a>
      </p>
      <script src={asset('counter-scan.js')} defer />
    </Layout>
  );
}
