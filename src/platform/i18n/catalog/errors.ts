import type { Translation } from './define.ts';

export const fa = {
  'error.notFound.title': 'صفحه پیدا نشد',
  'error.notFound.body':
    'نشانی را درست وارد کرده‌اید؟ اگر نشانی را از جایی رونویسی کرده‌اید، آن را دوباره بررسی کنید.',
  'error.notFound.home': 'بازگشت به صفحهٔ اصلی',
  'error.server.title': 'متأسفیم، مشکلی در سامانه پیش آمد',
  'error.server.body':
    'درخواست شما انجام نشد. کمی بعد دوباره امتحان کنید. آنچه وارد کرده‌اید ذخیره نشده است مگر اینکه صفحهٔ بعد آن را نشان دهد.',
  'error.server.reference': 'شناسهٔ پیگیری خطا: {id}',
  'error.forbidden.title': 'این فرم منقضی شده است',
  'error.forbidden.body':
    'برای امنیت شما، فرم‌ها پس از مدتی یا در پنجرهٔ دیگر معتبر نیستند. صفحهٔ قبل را دوباره باز کنید و فرم را دوباره بفرستید.',
  'error.tooMany.title': 'درخواست‌ها بیش از حد مجاز است',
  'error.tooMany.body':
    'در مدت کوتاهی درخواست‌های زیادی فرستاده شد. لطفاً {minutes} دقیقه صبر کنید و دوباره امتحان کنید.',
  'error.badRequest.title': 'درخواست نامعتبر است',
  'error.badRequest.body': 'آنچه فرستاده شد قابل خواندن نبود. صفحه را دوباره باز کنید و دوباره امتحان کنید.',
  'error.tooLarge.title': 'پرونده یا فرم بیش از حد بزرگ است',
  'error.tooLarge.body':
    'آنچه فرستادید از اندازهٔ مجاز بزرگ‌تر بود. پرونده‌ای کوچک‌تر انتخاب کنید و دوباره امتحان کنید.',
  'error.unavailable.title': 'سامانه موقتاً در دسترس نیست',
  'error.unavailable.body': 'ارتباط با پایگاه داده برقرار نیست. چند دقیقه بعد دوباره امتحان کنید.',
  'error.summary.title': 'مشکلی وجود دارد',
} as const;

export const en: Translation<typeof fa> = {
  'error.notFound.title': 'Page not found',
  'error.notFound.body':
    'If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.',
  'error.notFound.home': 'Go to the home page',
  'error.server.title': 'Sorry, there is a problem with the service',
  'error.server.body':
    'Your request was not completed. Try again later. What you entered has not been saved unless the next page shows it.',
  'error.server.reference': 'Error reference: {id}',
  'error.forbidden.title': 'This form has expired',
  'error.forbidden.body':
    'For your security, forms stop working after a while or when opened in another window. Go back, reload the page and send the form again.',
  'error.tooMany.title': 'Too many requests',
  'error.tooMany.body': 'Too many requests were sent in a short time. Wait {minutes} minutes and try again.',
  'error.badRequest.title': 'The request could not be read',
  'error.badRequest.body': 'What was sent could not be read. Reload the page and try again.',
  'error.tooLarge.title': 'The file or form is too large',
  'error.tooLarge.body': 'What you sent was larger than allowed. Choose a smaller file and try again.',
  'error.unavailable.title': 'The service is temporarily unavailable',
  'error.unavailable.body': 'The database cannot be reached. Try again in a few minutes.',
  'error.summary.title': 'There is a problem',
};
