import { defineService } from '../definition.ts';

/**
 * Certificates issued in Iran on the consulate's request (گواهی‌ها): the police certificate, sent through the
 * ministry to the Interpol department of the police and mailed back (research §1), and the single-status
 * certificate from the civil registry.
 */

const yesNo = [
  { value: 'yes', label: { fa: 'بله', en: 'Yes' } },
  { value: 'no', label: { fa: 'خیر', en: 'No' } },
];

export const noCriminalRecord = defineService({
  id: 'no-criminal-record',
  group: 'certificates',
  name: { fa: 'گواهی عدم سوء پیشینه', en: 'Police certificate from Iran' },
  summary: {
    fa: 'گواهی رسمی پلیس ایران که نشان می‌دهد سابقهٔ کیفری ندارید؛ برای نمونه برای کار، اقامت یا تابعیت در کشور محل سکونت.',
    en: 'An official certificate from the Iranian police that you have no criminal record, for example for work, residence or citizenship where you live.',
  },
  keywords: [
    { fa: 'سوء پیشینه', en: 'criminal record certificate' },
    { fa: 'سو پیشینه', en: 'certificate of good conduct' },
    { fa: 'عدم سوءپیشینه', en: 'police clearance' },
    { fa: 'پلیس بین‌الملل', en: 'Interpol' },
    { fa: 'گواهی پلیس', en: 'background check' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'در روز مراجعه از شما انگشت‌نگاری می‌شود.',
      en: 'Your fingerprints are taken at the appointment.',
    },
    {
      fa: 'پاسخ حداکثر حدود یک ماه طول می‌کشد؛ لطفاً پیش از آن تلفنی یا حضوری پیگیری نکنید.',
      en: 'The answer takes up to about a month. Please do not chase it by phone or in person before then.',
    },
  ],
  pages: [
    {
      id: 'purpose',
      title: { fa: 'کاربرد گواهی', en: 'What the certificate is for' },
      fields: [
        {
          id: 'purpose',
          type: 'choice',
          label: { fa: 'گواهی را برای چه کاری لازم دارید؟', en: 'What do you need it for?' },
          options: [
            { value: 'work', label: { fa: 'کار', en: 'Work' } },
            { value: 'residence', label: { fa: 'اقامت', en: 'A residence permit' } },
            { value: 'citizenship', label: { fa: 'تابعیت', en: 'Citizenship' } },
            { value: 'study', label: { fa: 'تحصیل', en: 'Study' } },
            { value: 'other', label: { fa: 'کار دیگر', en: 'Something else' } },
          ],
        },
        {
          id: 'otherPurpose',
          type: 'text',
          maxLength: 200,
          label: { fa: 'کاربرد گواهی را بنویسید', en: 'Tell us what it is for' },
          showIf: { field: 'purpose', equals: 'other' },
        },
        {
          id: 'useCountry',
          type: 'country',
          label: { fa: 'گواهی را در کدام کشور ارائه می‌کنید؟', en: 'Which country will you give it to?' },
        },
      ],
    },
    {
      id: 'countries',
      title: { fa: 'کشورهای محل زندگی', en: 'Where you have lived' },
      fields: [
        {
          id: 'countriesSince18',
          type: 'text',
          multiline: true,
          maxLength: 1000,
          label: {
            fa: 'از ۱۸ سالگی در چه کشورهایی زندگی کرده‌اید؟',
            en: 'Which countries have you lived in since you turned 18?',
          },
          hint: {
            fa: 'با سال‌ها؛ برای نمونه: ایران ۱۳۹۰ تا ۱۳۹۸، آلمان از ۱۳۹۸ تاکنون',
            en: 'With the years, for example: Iran 2011 to 2019, Germany since 2019',
          },
        },
      ],
    },
    {
      id: 'interim-letter',
      title: { fa: 'نامهٔ موقت', en: 'A letter while you wait' },
      fields: [
        {
          id: 'interimLetter',
          type: 'choice',
          label: {
            fa: 'آیا تا رسیدن گواهی، نامه‌ای برای مراجع کشور محل سکونت لازم دارید؟',
            en: 'Do you need a letter for the local authorities while you wait?',
          },
          hint: {
            fa: 'نامه‌ای با اعتبار یک ماه که نشان می‌دهد گواهی درخواست شده است.',
            en: 'A letter, valid for one month, saying that the certificate has been requested.',
          },
          options: yesNo,
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit', 'national_card_front', 'national_card_back', 'photo'],
    request: [
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامه', en: 'Birth certificate' },
        hint: {
          fa: 'همهٔ صفحه‌ها، خوانا؛ تصویرهای ناخوانا بازگردانده می‌شوند.',
          en: 'Every page, clearly readable. Unreadable scans are sent back.',
        },
      },
    ],
  },
  // Research §4 lists no tariff for it; €35 matches the other inquiry made with the police in Iran on the
  // applicant's behalf (the unauthorized-exit inquiry, research §1).
  fee: { eur: 35 },
  // Fingerprints are taken at the counter.
  visit: { required: true, minutes: 20 },
  outcome: 'iran',
  // Missions promise it within about a month (research §1): amber at 30 days, red two weeks later.
  sla: { amberDays: 30, redDays: 45 },
});

export const singleStatus = defineService({
  id: 'single-status',
  group: 'certificates',
  name: { fa: 'گواهی تجرد', en: 'Certificate of single status' },
  summary: {
    fa: 'گواهی رسمی که نشان می‌دهد در ایران ازدواجی برای شما ثبت نشده است؛ بیشتر برای ازدواج در کشور محل سکونت.',
    en: 'An official certificate that no marriage is recorded for you in Iran, usually so you can marry where you live.',
  },
  keywords: [
    { fa: 'تجرد', en: 'single status' },
    { fa: 'گواهی عدم ازدواج', en: 'certificate of no impediment' },
    { fa: 'مجرد', en: 'unmarried certificate' },
    { fa: 'گواهی تجرد برای ازدواج', en: 'certificate to marry abroad' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'اصل شناسنامه برای روز مراجعه.',
      en: 'Your original birth certificate for the appointment.',
    },
  ],
  pages: [
    {
      id: 'purpose',
      title: { fa: 'کاربرد گواهی', en: 'What the certificate is for' },
      fields: [
        {
          id: 'purpose',
          type: 'choice',
          label: { fa: 'گواهی را برای چه کاری لازم دارید؟', en: 'What do you need it for?' },
          options: [
            { value: 'marriage', label: { fa: 'ازدواج در خارج از کشور', en: 'To marry abroad' } },
            { value: 'residence', label: { fa: 'امور اقامتی', en: 'A residence matter' } },
            { value: 'other', label: { fa: 'کار دیگر', en: 'Something else' } },
          ],
        },
        {
          id: 'useCountry',
          type: 'country',
          label: { fa: 'گواهی را در کدام کشور ارائه می‌کنید؟', en: 'Which country will you give it to?' },
        },
      ],
    },
    {
      id: 'marital-history',
      title: { fa: 'وضعیت تأهل', en: 'Your marital history' },
      fields: [
        {
          id: 'maritalHistory',
          type: 'choice',
          label: { fa: 'کدام گزینه دربارهٔ شما درست است؟', en: 'Which is true for you?' },
          options: [
            { value: 'never-married', label: { fa: 'هرگز ازدواج نکرده‌ام', en: 'I have never married' } },
            { value: 'divorced', label: { fa: 'طلاق گرفته‌ام', en: 'I am divorced' } },
            { value: 'widowed', label: { fa: 'همسرم درگذشته است', en: 'I am widowed' } },
          ],
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit', 'national_card_front', 'national_card_back', 'photo'],
    request: [
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامه', en: 'Birth certificate' },
        hint: {
          fa: 'همهٔ صفحه‌ها، از جمله صفحهٔ ازدواج و طلاق',
          en: 'Every page, including the marriage and divorce page',
        },
      },
      {
        kind: 'end_of_marriage',
        label: { fa: 'سند طلاق یا گواهی فوت همسر', en: 'Divorce certificate or death certificate' },
        hint: {
          fa: 'سندی که پایان ازدواج پیشین را نشان می‌دهد.',
          en: 'The document that shows your last marriage has ended.',
        },
        showIf: { field: 'maritalHistory', equals: ['divorced', 'widowed'] },
      },
    ],
  },
  // Research §4 has no figure; €25 is the low end of the civil-record certificates the tariff does list (the
  // civil-record dispute service, €25–41).
  fee: { eur: 25 },
  visit: { required: true, minutes: 15 },
  outcome: 'iran',
  sla: { amberDays: 21, redDays: 35 },
});

export const CERTIFICATE_SERVICES = [noCriminalRecord, singleStatus];
