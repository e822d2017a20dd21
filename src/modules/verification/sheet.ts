import type { Config } from '../../config.ts';
import { dateOnlyToUtc, formatDate } from '../../platform/i18n/dates.ts';
import { localDigits } from '../../platform/i18n/digits.ts';
import { type Locale, type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { IssuedContent, Party } from './content.ts';
import { formatCode } from './numbers.ts';

/**
 * An issued document as printed, in the reader's language: every string translated and formatted, for the
 * printable page and the PDF alike. The document's own text stays as issued (the power of attorney in Persian;
 * certificates in both languages).
 */
export type Sheet = {
  locale: Locale;
  portalName: string;
  consulateName: string;
  title: string;
  /** Number, date of issue, verification code: values that read left to right are marked. */
  meta: { label: string; value: string; ltr?: boolean }[];
  partiesTitle: string;
  parties: { label: string; value: string }[];
  textTitle: string;
  /** Paragraphs of the document's text with their direction. */
  paragraphs: { text: string; dir: 'rtl' | 'ltr' }[];
  detailsTitle: string;
  details: { label: string; value: string }[];
  signatureLabel: string;
  signatureName: string;
  signatureNote: string;
  verifyText: string;
  verifyUrl: string;
  /** What the QR code holds: the verification URL with the signed payload. */
  qrPayload: string;
};

export function verifyUrl(config: Config): string {
  return `${config.publicUrl}/verify`;
}

/** The URL the QR code carries: the verification page, with the signed payload to check. */
export function qrUrl(config: Config, payload: string): string {
  return `${verifyUrl(config)}?d=${payload}`;
}

function isoToDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dateOnlyToUtc({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : undefined;
}

/** «مریم احمدی، فرزند حسن، کد ملی ۰۰۱۲۳۴۵۶۷۸، متولد ۱۵ دی ۱۳۶۸» / "Maryam Ahmadi, child of Hasan, …". */
export function partyText(p: Party, locale: Locale): string {
  const t = translator(locale);
  const born = isoToDate(p.birthDate);
  return [
    `${p.firstName} ${p.lastName}`.trim(),
    p.fatherName ? t('verification.party.father', { father: p.fatherName }) : '',
    p.nationalCode ? t('verification.party.nationalCode', { code: localDigits(p.nationalCode, locale) }) : '',
    born ? t('verification.party.born', { date: formatDate(born, locale) }) : '',
  ]
    .filter(Boolean)
    .join(locale === 'fa' ? '، ' : ', ');
}

export function partyLabel(p: Party, index: number, all: Party[], locale: Locale): string {
  const t = translator(locale);
  if (p.role !== 'agent') return t(`verification.party.${p.role}` as MessageKey);
  const agents = all.filter((x) => x.role === 'agent').length;
  const n = all.slice(0, index + 1).filter((x) => x.role === 'agent').length;
  return agents > 1 ? t('verification.party.agentN', { n }) : t('verification.party.agent');
}

/** The document's paragraphs: its text in Persian, then (certificates) in English. */
export function paragraphsOf(content: IssuedContent): Sheet['paragraphs'] {
  const split = (text: string, dir: 'rtl' | 'ltr') =>
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ text: line, dir }));
  return [...split(content.text.fa, 'rtl'), ...(content.text.en ? split(content.text.en, 'ltr') : [])];
}

export function sheetOf(
  config: Config,
  locale: Locale,
  doc: {
    content: IssuedContent;
    code: string;
    issuedAt: Date;
    timeZone: string;
    approvedBy: string;
    keyId: string;
    payload: string;
  },
): Sheet {
  const t = translator(locale);
  const { content } = doc;
  return {
    locale,
    portalName: config.branding.serviceName[locale],
    consulateName: content.consulate.name[locale],
    title: content.title[locale],
    meta: [
      { label: t('verification.doc.number'), value: content.number, ltr: true },
      {
        label: t('verification.doc.issued'),
        value: formatDate(doc.issuedAt, locale, { timeZone: doc.timeZone }),
      },
      { label: t('verification.doc.code'), value: formatCode(doc.code), ltr: true },
    ],
    partiesTitle: t('verification.doc.parties'),
    parties: content.parties.map((p, i) => ({
      label: partyLabel(p, i, content.parties, locale),
      value: partyText(p, locale),
    })),
    textTitle: t('verification.doc.text'),
    paragraphs: paragraphsOf(content),
    detailsTitle: t('verification.doc.details'),
    details: content.details.map((d) => ({ label: d.label[locale], value: d.value[locale] })),
    signatureLabel: t('verification.doc.signedBy'),
    signatureName: doc.approvedBy,
    signatureNote: t('verification.doc.signedNote', { kid: doc.keyId }),
    verifyText: t('verification.doc.verifyAt', { url: verifyUrl(config) }),
    verifyUrl: verifyUrl(config),
    qrPayload: qrUrl(config, doc.payload),
  };
}
