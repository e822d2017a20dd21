import type { Config } from '../../config.ts';
import { formatDate } from '../../platform/i18n/dates.ts';
import { localDigits } from '../../platform/i18n/digits.ts';
import { type Locale, type MessageKey, translator } from '../../platform/i18n/index.ts';
import { formatMoney } from '../catalog/fees.ts';
import type { Consulate } from '../catalog/service.ts';
import type { ReceiptPdfInput } from './receipt-pdf.ts';
import type { RequestView } from './service.ts';
import { formatTrackingCode } from './tracking-code.ts';

/** The applicant as verified: for the receipt and for the principal of a power of attorney. */
export type ReceiptPerson = {
  firstName: string;
  lastName: string;
  fatherName: string;
  nationalCode: string;
  /** ISO date. */
  birthDate: string;
};

/** Everything a receipt shows, in the reader's language: the same for the printable page and the PDF. */
export function receiptContent(
  config: Config,
  locale: Locale,
  r: RequestView,
  person: ReceiptPerson,
  consulate: Consulate,
): ReceiptPdfInput {
  const t = translator(locale);
  const fee =
    r.feeAmount && r.feeCurrency && Number(r.feeEur) > 0
      ? t('requests.check.feeValue', {
          amount: formatMoney(r.feeAmount, r.feeCurrency, locale),
          euro: formatMoney(r.feeEur ?? '0', 'EUR', locale),
        })
      : t('services.fee.free');
  return {
    locale,
    portalName: config.branding.serviceName[locale],
    consulateName: locale === 'fa' ? consulate.nameFa : consulate.nameEn,
    title: t('requests.receipt.title'),
    trackingCodeLabel: t('requests.view.trackingCode'),
    trackingCode: formatTrackingCode(r.trackingCode ?? ''),
    rows: [
      { label: t('requests.view.service'), value: r.service.name[locale] },
      { label: t('requests.receipt.applicant'), value: `${person.firstName} ${person.lastName}` },
      {
        label: t('requests.receipt.nationalCode'),
        value: localDigits(person.nationalCode, locale),
        ltr: true,
      },
      {
        label: t('requests.receipt.consulate'),
        value: locale === 'fa' ? consulate.nameFa : consulate.nameEn,
      },
      {
        label: t('requests.receipt.date'),
        value: r.submittedAt ? formatDate(r.submittedAt, locale, { timeZone: consulate.timeZone }) : '',
      },
      { label: t('requests.receipt.fee'), value: fee },
    ],
    nextSteps: `${t(`requests.next.${r.state}` as MessageKey)} ${t(`services.outcome.${r.service.outcome}` as MessageKey)}`,
    footer: t('requests.receipt.footer'),
    qrPayload: r.trackingCode ?? '',
  };
}

/** The QR code of a tracking code as an SVG data URL. */
export { qrDataUrl } from '../../platform/pdf/qr.ts';
