import type { Translation } from './define.ts';

export const fa = {
  'ui.error.prefix': 'خطا:',
  'ui.optional': '(اختیاری)',
  'ui.back': 'بازگشت',
  'ui.warning': 'هشدار',
  'ui.date.day': 'روز',
  'ui.date.month': 'ماه',
  'ui.date.year': 'سال',
  'ui.date.hint':
    'برای نمونه ۱۵ ۳ ۱۳۷۰. سال را می‌توانید به تقویم خورشیدی یا میلادی بنویسید، مانند ۱۳۷۰ یا ۱۹۹۱.',
  'ui.select.choose': 'یکی را انتخاب کنید',
  'ui.summary.change': 'تغییر',
  'ui.task.done': 'انجام شده',
  'ui.task.todo': 'شروع نشده',
  'ui.task.inProgress': 'در حال انجام',
  'ui.task.cannotStart': 'هنوز نمی‌توانید شروع کنید',
  'ui.banner.info': 'مهم',
  'ui.banner.success': 'انجام شد',
  'ui.pagination.label': 'صفحه‌ها',
  'ui.pagination.previous': 'صفحهٔ قبل',
  'ui.pagination.next': 'صفحهٔ بعد',
  'ui.pagination.page': 'صفحهٔ {number}',
} as const;

export const en: Translation<typeof fa> = {
  'ui.error.prefix': 'Error:',
  'ui.optional': '(optional)',
  'ui.back': 'Back',
  'ui.warning': 'Warning',
  'ui.date.day': 'Day',
  'ui.date.month': 'Month',
  'ui.date.year': 'Year',
  'ui.date.hint':
    'For example, 27 3 1991. You can give the year in the Iranian (solar) or the Gregorian calendar, such as 1370 or 1991.',
  'ui.select.choose': 'Choose one',
  'ui.summary.change': 'Change',
  'ui.task.done': 'Completed',
  'ui.task.todo': 'Not yet started',
  'ui.task.inProgress': 'In progress',
  'ui.task.cannotStart': 'Cannot start yet',
  'ui.banner.info': 'Important',
  'ui.banner.success': 'Success',
  'ui.pagination.label': 'Pages',
  'ui.pagination.previous': 'Previous page',
  'ui.pagination.next': 'Next page',
  'ui.pagination.page': 'Page {number}',
};
