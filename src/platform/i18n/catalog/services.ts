import type { Translation } from './define.ts';

/** The service catalog: finding a service and what it needs. */
export const fa = {
  'services.title': 'خدمات کنسولی',
  'services.lead':
    'خدمتی را که لازم دارید پیدا کنید. در صفحهٔ هر خدمت می‌بینید پیش از شروع چه چیزهایی لازم است، هزینهٔ آن چقدر است و آیا باید به کنسولگری بیایید.',
  'services.search.label': 'جست‌وجوی خدمت',
  'services.search.hint': 'برای نمونه: گذرنامه، وکالتنامه، شناسنامه، گواهی تحصیلی',
  'services.search.button': 'جست‌وجو',
  'services.search.results': '{count} خدمت با «{query}» پیدا شد.',
  'services.search.none':
    'خدمتی با «{query}» پیدا نشد. واژهٔ دیگری را امتحان کنید یا فهرست همهٔ خدمات را ببینید.',
  'services.search.all': 'همهٔ خدمات',

  'services.who.title': 'چه کسی می‌تواند درخواست دهد',
  'services.who.self': 'خودتان، برای خودتان',
  'services.who.minor': 'پدر، مادر یا سرپرست قانونی، برای فرزند زیر ۱۸ سال',
  'services.need.title': 'آنچه لازم دارید',
  'services.need.profile': 'از مدارک حساب کاربری شما:',
  'services.need.request': 'برای این درخواست بارگذاری می‌کنید:',
  'services.need.prepare': 'پیش از شروع آماده داشته باشید:',
  'services.need.optional': '(در صورت وجود)',
  'services.fee.title': 'هزینه',
  'services.fee.free': 'رایگان',
  'services.fee.euro': '{amount} بر پایهٔ تعرفه (به یورو)',
  'services.fee.at': 'در {consulate}: {amount} ({euro})',
  'services.fee.pay': 'روش‌های پرداخت در این نمایندگی: {methods}.',
  'services.fee.when': 'هزینه هنگام مراجعه و پس از بررسی مدارک پرداخت می‌شود.',
  'services.fee.choose': 'هزینه را به پول کدام نمایندگی ببینید؟',
  'services.fee.show': 'نمایش',
  'services.payment.card': 'کارت بانکی در باجه',
  'services.payment.cash': 'پول نقد',
  'services.payment.cash_machine': 'دستگاه پرداخت نقدی در سالن کنسولی',
  'services.payment.transfer': 'حوالهٔ بانکی',
  'services.payment.money_order': 'حوالهٔ پستی (مانی اوردر)',
  'services.visit.title': 'مراجعهٔ حضوری',
  'services.visit.required': 'لازم است؛ حدود {minutes} دقیقه با اصل مدارک. نوبت را از صفحهٔ درخواست می‌گیرید.',
  'services.visit.none': 'لازم نیست؛ همه‌چیز برخط انجام می‌شود.',
  'services.outcome.title': 'پس از تأیید',
  'services.outcome.counter': 'سند در کنسولگری آماده و هنگام مراجعه به شما تحویل داده می‌شود.',
  'services.outcome.iran':
    'پرونده برای صدور به ایران فرستاده می‌شود. وقتی سند رسید، برای تحویل گرفتن یا ارسال پستی خبرتان می‌کنیم.',
  'services.outcome.online': 'تأیید به‌صورت برخط ثبت می‌شود و در صفحهٔ درخواست شما دیده می‌شود.',
  'services.start.title': 'شروع درخواست',
  'services.start.needAccount':
    'برای درخواست این خدمت باید وارد سامانه شوید و حساب کاربری فعال داشته باشید (مشخصات، محل اقامت و مدارک ثبت‌نام).',
};

export const en: Translation<typeof fa> = {
  'services.title': 'Consular services',
  'services.lead':
    'Find the service you need. Each service’s page says what to have ready before you start, what it costs and whether you need to visit the consulate.',
  'services.search.label': 'Search for a service',
  'services.search.hint':
    'For example: passport, power of attorney, birth certificate, enrolment certificate',
  'services.search.button': 'Search',
  'services.search.results': '{count} services match “{query}”.',
  'services.search.none': 'No service matches “{query}”. Try another word, or see the list of all services.',
  'services.search.all': 'All services',

  'services.who.title': 'Who can apply',
  'services.who.self': 'You, for yourself',
  'services.who.minor': 'A parent or legal guardian, for a child under 18',
  'services.need.title': 'What you need',
  'services.need.profile': 'From your account’s documents:',
  'services.need.request': 'You upload for this request:',
  'services.need.prepare': 'Have ready before you start:',
  'services.need.optional': '(if you have it)',
  'services.fee.title': 'Fee',
  'services.fee.free': 'Free',
  'services.fee.euro': '{amount} on the tariff (set in euros)',
  'services.fee.at': 'At {consulate}: {amount} ({euro})',
  'services.fee.pay': 'Ways to pay there: {methods}.',
  'services.fee.when': 'The fee is paid at your visit, after your documents have been checked.',
  'services.fee.choose': 'Show the fee in the currency of which consulate?',
  'services.fee.show': 'Show',
  'services.payment.card': 'bank card at the counter',
  'services.payment.cash': 'cash',
  'services.payment.cash_machine': 'the cash payment machine in the consular hall',
  'services.payment.transfer': 'bank transfer',
  'services.payment.money_order': 'money order',
  'services.visit.title': 'Visit in person',
  'services.visit.required':
    'Needed: about {minutes} minutes, with your original documents. You book it from the request’s page.',
  'services.visit.none': 'Not needed: everything is done online.',
  'services.outcome.title': 'After approval',
  'services.outcome.counter': 'The consulate prepares the document and hands it to you at your visit.',
  'services.outcome.iran':
    'Your file is sent to Iran to be issued. When the document arrives, we tell you how to collect it or have it posted.',
  'services.outcome.online': 'The confirmation is recorded online and shown on your request’s page.',
  'services.start.title': 'Start a request',
  'services.start.needAccount':
    'To request this service you need to sign in with an active account (your details, residence and registration documents).',
};
