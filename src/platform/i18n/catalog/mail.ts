import type { Translation } from './define.ts';

/**
 * Strings of the emails themselves (frame, footer, the common messages) and of the development mailbox.
 * Placeholders are filled by `translator`; codes, addresses and links are isolated left-to-right by the renderer.
 */
export const fa = {
  'mail.serviceName': 'میخک — خدمات کنسولی (نسخهٔ نمایشی)',
  'mail.greeting': '{name} گرامی،',
  'mail.greeting.anonymous': 'با سلام،',
  'mail.code.label': 'کد شما:',
  'mail.action.fallback': 'اگر دکمه کار نمی‌کند، این نشانی را در مرورگر خود باز کنید:',
  'mail.footer.automatic':
    'این پیام به‌طور خودکار از سوی {service} فرستاده شده است. به آن پاسخ ندهید؛ پاسخ‌ها خوانده نمی‌شوند.',
  'mail.otp.subject': 'کد ورود شما به {service}',
  'mail.otp.intro': 'برای ورود به سامانه، این کد را در صفحهٔ ورود وارد کنید.',
  'mail.otp.expiry': 'این کد تا {minutes} دقیقهٔ دیگر و فقط یک بار معتبر است.',
  'mail.otp.ignore':
    'اگر شما درخواست ورود نکرده‌اید، این پیام را نادیده بگیرید. کسی بدون این کد نمی‌تواند وارد حساب شما شود.',
  'mail.otp.neverShare': 'این کد را به هیچ‌کس، حتی کارکنان نمایندگی، ندهید.',
  'mail.dev.title': 'صندوق ایمیل آزمایشی',
  'mail.dev.intro':
    'ایمیل‌هایی که سامانه در حالت توسعه فرستاده است، به ترتیب از جدیدترین. این صفحه فقط از همین رایانه باز می‌شود و در محیط عملیاتی هرگز در دسترس نیست.',
  'mail.dev.empty': 'هنوز ایمیلی فرستاده نشده است.',
  'mail.dev.to': 'گیرنده',
  'mail.dev.subject': 'موضوع',
  'mail.dev.sentAt': 'زمان ارسال',
  'mail.dev.text': 'متن ساده',
  'mail.dev.html': 'نسخهٔ HTML',
} as const;

export const en: Translation<typeof fa> = {
  'mail.serviceName': 'Mikhak — consular services (demo)',
  'mail.greeting': 'Dear {name},',
  'mail.greeting.anonymous': 'Hello,',
  'mail.code.label': 'Your code:',
  'mail.action.fallback': 'If the button does not work, open this address in your browser:',
  'mail.footer.automatic':
    'This message was sent automatically by {service}. Do not reply: replies are not read.',
  'mail.otp.subject': 'Your sign-in code for {service}',
  'mail.otp.intro': 'To sign in, enter this code on the sign-in page.',
  'mail.otp.expiry': 'The code is valid for {minutes} minutes and can be used once.',
  'mail.otp.ignore':
    'If you did not try to sign in, ignore this message. Nobody can sign in to your account without this code.',
  'mail.otp.neverShare': 'Do not give this code to anyone, including consulate staff.',
  'mail.dev.title': 'Development mailbox',
  'mail.dev.intro':
    'Emails the service sent in development, newest first. This page answers only on this computer and never in production.',
  'mail.dev.empty': 'No email has been sent yet.',
  'mail.dev.to': 'To',
  'mail.dev.subject': 'Subject',
  'mail.dev.sentAt': 'Sent',
  'mail.dev.text': 'Plain text',
  'mail.dev.html': 'HTML version',
};
