import { defineService } from '../definition.ts';

/**
 * Attestation of documents for use in Iran (تأیید اسناد), research §1: a foreign document gets the mission's stamp,
 * is registered here, and the tracking code with the originals is then taken to the ministry in Iran.
 */

export const documentAttestation = defineService({
  id: 'document-attestation',
  group: 'attestation',
  name: { fa: 'تأیید اسناد خارجی برای استفاده در ایران', en: 'Attest a foreign document for use in Iran' },
  summary: {
    fa: 'مدرک تحصیلی، گواهی تولد، سند ازدواج یا دیگر اسناد رسمی کشور محل سکونت را تأیید کنید تا در ایران، برای نمونه برای ترجمهٔ رسمی، پذیرفته شود.',
    en: 'Have a degree, birth or marriage certificate, or another official document from your country of residence attested, so it is accepted in Iran, for example for an official translation.',
  },
  keywords: [
    { fa: 'تایید مدارک', en: 'legalisation' },
    { fa: 'آپوستیل', en: 'apostille' },
    { fa: 'تأیید مدرک تحصیلی خارجی', en: 'foreign degree attestation' },
    { fa: 'ترجمه رسمی', en: 'official translation' },
    { fa: 'مهر سفارت', en: 'embassy stamp' },
    { fa: 'لگالایز', en: 'legalization' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'سند باید پیش‌تر به تأیید وزارت امور خارجهٔ کشور صادرکننده رسیده باشد.',
      en: 'The document must first be certified by the foreign ministry of the country that issued it.',
    },
    {
      fa: 'اصل سند برای روز مراجعه؛ مهر کنسولگری روی اصل سند زده می‌شود.',
      en: "The original document for your appointment: the consulate's stamp goes on the original.",
    },
    {
      fa: 'پس از آن، اصل سند و کد رهگیری را در ایران به وزارت امور خارجه ارائه می‌کنید.',
      en: 'Afterwards, you take the original and the tracking code to the Ministry of Foreign Affairs in Iran.',
    },
  ],
  pages: [
    {
      id: 'document',
      title: { fa: 'سند', en: 'The document' },
      fields: [
        {
          id: 'documentType',
          type: 'choice',
          style: 'select',
          label: { fa: 'نوع سند', en: 'Type of document' },
          options: [
            { value: 'degree', label: { fa: 'مدرک تحصیلی یا ریز نمرات', en: 'Degree or transcript' } },
            { value: 'birth-certificate', label: { fa: 'گواهی تولد', en: 'Birth certificate' } },
            { value: 'marriage-certificate', label: { fa: 'سند ازدواج', en: 'Marriage certificate' } },
            { value: 'divorce-certificate', label: { fa: 'سند طلاق', en: 'Divorce certificate' } },
            { value: 'death-certificate', label: { fa: 'گواهی فوت', en: 'Death certificate' } },
            { value: 'police-certificate', label: { fa: 'گواهی عدم سوء پیشینه', en: 'Police certificate' } },
            { value: 'court-document', label: { fa: 'حکم یا سند دادگاه', en: 'Court ruling or document' } },
            { value: 'other', label: { fa: 'سایر اسناد رسمی', en: 'Another official document' } },
          ],
        },
        {
          id: 'documentTitle',
          type: 'text',
          label: { fa: 'عنوان سند', en: 'Title of the document' },
          hint: { fa: 'همان عنوانی که روی سند نوشته شده است', en: 'As written on the document' },
        },
      ],
    },
    {
      id: 'issuer',
      title: { fa: 'صادرکننده', en: 'Who issued it' },
      fields: [
        {
          id: 'issuingAuthority',
          type: 'text',
          label: { fa: 'مرجع صادرکننده', en: 'Issuing authority' },
          hint: {
            fa: 'برای نمونه نام دانشگاه یا ادارهٔ ثبت',
            en: 'For example the name of the university or registry office',
          },
        },
        { id: 'issuingCountry', type: 'country', label: { fa: 'کشور صادرکننده', en: 'Country' } },
      ],
    },
    {
      id: 'count',
      title: { fa: 'تعداد', en: 'How many' },
      fields: [
        {
          id: 'documentCount',
          type: 'number',
          min: 1,
          max: 20,
          label: { fa: 'چند سند از این نوع دارید؟', en: 'How many documents of this kind?' },
          hint: {
            fa: 'برای نمونه مدرک و ریز نمرات دو سند هستند. هزینه برای هر سند جداگانه است.',
            en: 'A degree and its transcript count as two. The fee is per document.',
          },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'document_scan',
        label: { fa: 'تصویر سند', en: 'Scan of the document' },
        hint: {
          fa: 'همهٔ صفحه‌ها، همراه با مهر وزارت امور خارجهٔ کشور صادرکننده. اگر چند سند دارید، همه را در یک فایل PDF بگذارید.',
          en: "Every page, with the stamp of the issuing country's foreign ministry. For several documents, put them all in one PDF.",
        },
      },
    ],
  },
  // Research §4 has no figure; €20 a document sits between the €13 general notarial act and the €26 vehicle-sale
  // power of attorney, for a stamp that carries legal weight in Iran.
  fee: {
    eur: 20,
    note: { fa: 'برای هر سند', en: 'Per document' },
  },
  // Decided 'counter': the mission stamps the original paper (research §1), which the applicant then takes to Iran.
  visit: { required: true, minutes: 15 },
  outcome: 'counter',
  sla: { amberDays: 5, redDays: 10 },
});

export const ATTESTATION_SERVICES = [documentAttestation];
