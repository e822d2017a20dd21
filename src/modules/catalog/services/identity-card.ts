import { defineService } from '../definition.ts';

/**
 * The national smart ID card (کارت هوشمند ملی), research §1: offered at some missions, photo taken at the consulate,
 * the card made in Iran. Fees from the 1404 tariff (research §1).
 */

export const nationalSmartCard = defineService({
  id: 'national-smart-card',
  group: 'identity-card',
  name: { fa: 'کارت هوشمند ملی', en: 'National smart ID card' },
  summary: {
    fa: 'درخواست نخستین کارت هوشمند ملی، یا کارت جدید به جای کارت گم‌شده یا آسیب‌دیده. عکس شما در کنسولگری گرفته می‌شود.',
    en: 'Apply for your first national smart ID card, or a new one if yours is lost or damaged. Your photo is taken at the consulate.',
  },
  keywords: [
    { fa: 'کارت ملی', en: 'national card' },
    { fa: 'کارت ملی هوشمند', en: 'smart card' },
    { fa: 'المثنی کارت ملی', en: 'lost national card' },
    { fa: 'تعویض کارت ملی', en: 'replace ID card' },
    { fa: 'کارت شناسایی', en: 'identity card' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'اصل شناسنامهٔ عکس‌دار و کارت ملی قدیمی، اگر دارید.',
      en: 'Your original birth certificate with a photo, and your old national card if you have one.',
    },
    {
      fa: 'عکس و اثر انگشت در کنسولگری گرفته می‌شود: بدون عینک، و بانوان با حجاب کامل و بدون آرایش.',
      en: 'Your photo and fingerprints are taken at the consulate: no glasses, and women with full hijab and no make-up.',
    },
  ],
  pages: [
    {
      id: 'card',
      title: { fa: 'نوع درخواست', en: 'Your request' },
      fields: [
        {
          id: 'cardRequest',
          type: 'choice',
          label: { fa: 'چه کارتی لازم دارید؟', en: 'What do you need?' },
          options: [
            {
              value: 'first',
              label: { fa: 'نخستین کارت هوشمند ملی', en: 'My first smart card' },
              hint: {
                fa: 'اگر تاکنون کارت هوشمند نداشته‌اید؛ کارت ملی قدیمی را نیز همراه بیاورید.',
                en: 'If you have never had a smart card. Bring your old card if you have one.',
              },
            },
            {
              value: 'lost',
              label: { fa: 'کارت گم شده یا به سرقت رفته است', en: 'My card was lost or stolen' },
            },
            {
              value: 'damaged',
              label: { fa: 'کارت آسیب‌دیده است', en: 'My card is damaged' },
              hint: { fa: 'کارت آسیب‌دیده را همراه بیاورید.', en: 'Bring the damaged card with you.' },
            },
          ],
        },
      ],
    },
    {
      id: 'lost',
      title: { fa: 'کارت گم‌شده', en: 'The lost card' },
      showIf: { field: 'cardRequest', equals: 'lost' },
      fields: [
        {
          id: 'lostDate',
          type: 'date',
          when: 'past',
          label: { fa: 'چه زمانی گم شد؟', en: 'When was it lost?' },
          hint: {
            fa: 'اگر روز دقیق را نمی‌دانید، نزدیک‌ترین تاریخ را بنویسید.',
            en: 'If you are not sure, give the closest date.',
          },
        },
        {
          id: 'lostPlace',
          type: 'text',
          label: { fa: 'کجا گم شد؟', en: 'Where was it lost?' },
          hint: { fa: 'شهر و کشور', en: 'City and country' },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامه', en: 'Birth certificate' },
        hint: {
          fa: 'همهٔ صفحه‌های شناسنامهٔ عکس‌دار',
          en: 'Every page of your birth certificate, with its photo',
        },
      },
    ],
  },
  fee: {
    eur: 29,
    note: {
      fa: 'کارت جدید ۲۹ یورو. نخستین المثنی (به جای کارت گم‌شده یا آسیب‌دیده): ۵۸ یورو.',
      en: 'New card €29. First replacement for a lost or damaged card: €58.',
    },
  },
  // The photo and fingerprints are taken at the counter.
  visit: { required: true, minutes: 20 },
  outcome: 'iran',
  // Cards are made in Iran and sent back to the mission. Research gives no time; two months is assumed usual and
  // three late.
  sla: { amberDays: 60, redDays: 90 },
});

export const IDENTITY_CARD_SERVICES = [nationalSmartCard];
