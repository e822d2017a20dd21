import { defineService } from '../definition.ts';

/**
 * Confirmation of medical and treatment documents (تأیید مدارک درمانی), which the seed names as "medical documents for
 * receiving a subsidy". Research §1 found no procedural detail, so the questions are the ones a subsidy or an insurer
 * in Iran needs: whose treatment, where, when, and what it cost.
 */

export const medicalDocuments = defineService({
  id: 'medical-documents',
  group: 'medical',
  name: { fa: 'تأیید مدارک درمانی', en: 'Confirm medical documents' },
  summary: {
    fa: 'تأیید گزارش‌های پزشکی و صورت‌حساب‌های درمان در خارج از کشور، برای دریافت کمک‌هزینه یا ارز درمانی در ایران؛ برای خودتان یا یکی از اعضای خانواده.',
    en: 'Have medical reports and treatment bills from abroad confirmed, to claim a subsidy or medical currency in Iran, for yourself or a family member.',
  },
  keywords: [
    { fa: 'اسناد پزشکی', en: 'medical records' },
    { fa: 'کمک هزینه درمان', en: 'treatment subsidy' },
    { fa: 'ارز درمانی', en: 'medical currency' },
    { fa: 'تایید مدارک پزشکی', en: 'medical bills' },
    { fa: 'بیمارستان', en: 'hospital' },
    { fa: 'بیمه', en: 'insurance claim' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'گزارش پزشک یا بیمارستان دربارهٔ بیماری و درمان، با امضا و مهر.',
      en: "The doctor's or hospital's signed and stamped report on the illness and treatment.",
    },
    {
      fa: 'صورت‌حساب‌های درمان و رسید پرداخت آن‌ها.',
      en: 'The treatment bills and the receipts for what was paid.',
    },
  ],
  pages: [
    {
      id: 'patient',
      title: { fa: 'بیمار', en: 'The patient' },
      fields: [
        {
          id: 'patient',
          type: 'choice',
          label: { fa: 'مدارک مربوط به درمان چه کسی است؟', en: 'Whose treatment is it?' },
          options: [
            { value: 'self', label: { fa: 'خودم', en: 'Mine' } },
            { value: 'family', label: { fa: 'یکی از اعضای خانواده‌ام', en: 'A family member' } },
          ],
        },
      ],
    },
    {
      id: 'family-member',
      title: { fa: 'مشخصات بیمار', en: "The patient's details" },
      showIf: { field: 'patient', equals: 'family' },
      fields: [
        { id: 'patientName', type: 'text', label: { fa: 'نام و نام خانوادگی', en: 'Full name' } },
        {
          id: 'patientRelationship',
          type: 'choice',
          label: { fa: 'بیمار چه نسبتی با شما دارد؟', en: 'Who is the patient to you?' },
          options: [
            { value: 'spouse', label: { fa: 'همسر', en: 'Husband or wife' } },
            { value: 'child', label: { fa: 'فرزند', en: 'Son or daughter' } },
            { value: 'parent', label: { fa: 'پدر یا مادر', en: 'Father or mother' } },
            { value: 'other', label: { fa: 'نسبت دیگر', en: 'Someone else' } },
          ],
        },
        {
          id: 'patientNationalCode',
          type: 'nationalCode',
          label: { fa: 'کد ملی بیمار', en: "The patient's national code" },
        },
      ],
    },
    {
      id: 'treatment',
      title: { fa: 'درمان', en: 'The treatment' },
      fields: [
        {
          id: 'provider',
          type: 'text',
          label: { fa: 'نام بیمارستان یا مرکز درمانی', en: 'Hospital or clinic' },
        },
        { id: 'providerCountry', type: 'country', label: { fa: 'کشور', en: 'Country' } },
        {
          id: 'treatmentStart',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ شروع درمان', en: 'When the treatment started' },
        },
        {
          id: 'treatmentEnd',
          type: 'date',
          optional: true,
          label: { fa: 'تاریخ پایان درمان', en: 'When the treatment ended' },
          hint: {
            fa: 'اگر درمان هنوز ادامه دارد، خالی بگذارید.',
            en: 'Leave this empty if the treatment is still going on.',
          },
        },
      ],
    },
    {
      id: 'costs',
      title: { fa: 'هزینه‌ها', en: 'Costs' },
      fields: [
        {
          id: 'totalCost',
          type: 'number',
          min: 0,
          label: { fa: 'جمع هزینه‌ها', en: 'Total cost' },
          hint: { fa: 'جمع مبلغ صورت‌حساب‌هایی که بارگذاری می‌کنید', en: 'The total of the bills you upload' },
        },
        {
          id: 'currency',
          type: 'text',
          maxLength: 20,
          label: { fa: 'واحد پول', en: 'Currency' },
          hint: { fa: 'برای نمونه یورو', en: 'For example euros' },
        },
        {
          id: 'insurancePaid',
          type: 'number',
          min: 0,
          optional: true,
          label: { fa: 'مبلغی که بیمه پرداخته است', en: 'Amount paid by insurance' },
          hint: { fa: 'اگر بیمه بخشی از هزینه را پرداخته است', en: 'If insurance paid part of the cost' },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit'],
    request: [
      {
        kind: 'medical_report',
        label: { fa: 'گزارش پزشکی', en: 'Medical report' },
        hint: {
          fa: 'گزارش پزشک یا بیمارستان دربارهٔ تشخیص و درمان، با امضا و مهر.',
          en: 'The signed and stamped report from the doctor or hospital on the diagnosis and treatment.',
        },
      },
      {
        kind: 'invoices',
        label: { fa: 'صورت‌حساب‌ها و رسیدها', en: 'Bills and receipts' },
        hint: {
          fa: 'همهٔ صورت‌حساب‌های درمان و رسید پرداخت، در یک فایل PDF یا تصاویر خوانا.',
          en: 'All treatment bills and payment receipts, in one PDF or as clear photos.',
        },
      },
      {
        kind: 'insurance_statement',
        optional: true,
        label: { fa: 'صورت‌حساب بیمه', en: 'Insurance statement' },
        hint: {
          fa: 'اگر بیمه بخشی از هزینه را پرداخته است',
          en: 'If insurance paid part of the cost',
        },
      },
    ],
  },
  // Research §4 has no tariff; a family already paying for treatment abroad should not pay to have the bills read,
  // and with no visit there is nowhere to pay (fees are paid at the mission).
  fee: { eur: 0 },
  visit: { required: false },
  outcome: 'online',
  sla: { amberDays: 5, redDays: 10 },
});

export const MEDICAL_SERVICES = [medicalDocuments];
