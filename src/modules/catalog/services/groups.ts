import type { Group, Text } from '../definition.ts';

/**
 * The groups as the real portal and the missions list them (research §1), in their order. The key order is the
 * display order.
 */
export const GROUP_TEXT: Record<Group, { name: Text; summary: Text }> = {
  passport: {
    name: { fa: 'امور گذرنامه', en: 'Passports and exit permits' },
    summary: {
      fa: 'صدور و تعویض گذرنامه، برگ عبور، و اجازهٔ خروج دانشجویان و مشمولین خدمت وظیفه.',
      en: 'New and replacement passports, travel documents to return to Iran, and exit permits for students and for men liable for military service.',
    },
  },
  civil: {
    name: { fa: 'امور اربعه (ثبت احوال)', en: 'Births, marriages, divorces and deaths' },
    summary: {
      fa: 'ثبت ولادت، ازدواج، طلاق و فوتی که در خارج از کشور رخ داده است، و صدور شناسنامه.',
      en: 'Register a birth, marriage, divorce or death that took place abroad, and get a birth certificate.',
    },
  },
  notarial: {
    name: { fa: 'وکالتنامه و تصدیق امضا', en: 'Powers of attorney and signatures' },
    summary: {
      fa: 'تنظیم وکالتنامه برای کارهایتان در ایران، و تصدیق امضای رضایت‌نامه، اقرارنامه یا اجازهٔ خروج.',
      en: 'Give someone power to act for you in Iran, or have your signature on a consent letter, declaration or travel permission attested.',
    },
  },
  students: {
    name: { fa: 'امور دانشجویی', en: 'Students' },
    summary: {
      fa: 'تشکیل پروندهٔ تحصیلی و تأیید گواهی اشتغال به تحصیل، ریز نمرات، شهریه و مدرک تحصیلی.',
      en: 'Open your student file and have your enrollment certificate, transcripts, tuition receipts and degree confirmed.',
    },
  },
  medical: {
    name: { fa: 'تأیید مدارک درمانی', en: 'Medical documents' },
    summary: {
      fa: 'تأیید مدارک و صورت‌حساب‌های درمان در خارج از کشور برای دریافت کمک‌هزینه در ایران.',
      en: 'Have medical reports and treatment bills from abroad confirmed to claim a subsidy in Iran.',
    },
  },
  certificates: {
    name: { fa: 'گواهی‌ها', en: 'Certificates' },
    summary: {
      fa: 'گواهی عدم سوء پیشینه و گواهی تجرد از مراجع ایران.',
      en: 'Police certificates and certificates of single status from Iran.',
    },
  },
  'identity-card': {
    name: { fa: 'کارت هوشمند ملی', en: 'National ID card' },
    summary: {
      fa: 'درخواست نخستین کارت هوشمند ملی یا کارت جدید به جای کارت گم‌شده یا آسیب‌دیده.',
      en: 'Apply for your first national smart ID card, or replace a lost or damaged one.',
    },
  },
  attestation: {
    name: { fa: 'تأیید اسناد', en: 'Document attestation' },
    summary: {
      fa: 'تأیید اسناد رسمی کشور محل سکونت، مانند مدرک تحصیلی یا گواهی تولد، برای استفاده در ایران.',
      en: 'Have official documents from your country of residence, such as a degree or birth certificate, attested for use in Iran.',
    },
  },
};
