import type { Translation } from './define.ts';

export const fa = {
  'home.title': 'خدمات کنسولی برای ایرانیان خارج از کشور',
  'home.lead':
    'درخواست گذرنامه، وکالتنامه، تأیید گواهی اشتغال به تحصیل، ثبت وقایع حیاتی و دیگر خدمات کنسولی را برخط ثبت کنید، کد رهگیری بگیرید، نوبت رزرو کنید و وضعیت درخواست را تا صدور سند دنبال کنید.',
  'home.start': 'ورود یا ثبت‌نام',
  'home.what.title': 'در این سامانه چه می‌توانید بکنید',
  'home.what.1': 'ثبت‌نام با کد ملی و رمز یک‌بار مصرفی که به ایمیل شما فرستاده می‌شود',
  'home.what.2': 'تکمیل مشخصات هویتی و نشانی محل اقامت، و بارگذاری مدارک لازم',
  'home.what.3': 'ثبت درخواست خدمات کنسولی و دریافت کد رهگیری',
  'home.what.4': 'رزرو نوبت مراجعهٔ حضوری، پیگیری وضعیت و اصلاح برخط درخواست',
  'home.what.5': 'پرسیدن سؤال از نمایندگی و پیگیری پاسخ',
  'home.need.title': 'پیش از شروع آماده کنید',
  'home.need.intro': 'برای ثبت‌نام و بیشتر خدمات این‌ها را لازم دارید:',
  'home.need.1': 'کد ملی ده‌رقمی خود',
  'home.need.2': 'یک نشانی ایمیل که به آن دسترسی دارید (بهتر است غیر از یاهو باشد)',
  'home.need.3': 'تصویر صفحهٔ اول گذرنامهٔ معتبر و صفحهٔ آخرین مهر خروج',
  'home.need.4': 'مدرک اقامت قانونی یا روادید کشور محل اقامت',
  'home.need.5': 'تصویر کارت ملی (پشت و رو) و یک عکس تمام‌رخ',
  'home.how.title': 'چگونه وارد شوید',
  'home.how.1': '«ورود به سامانه» را بزنید و کد ملی و ایمیل خود را وارد کنید.',
  'home.how.2':
    'رمز یک‌بار مصرف را که به ایمیلتان فرستاده می‌شود وارد کنید. اگر نرسید، پوشهٔ هرزنامه را هم ببینید.',
  'home.how.3': 'مشخصات هویتی و نشانی محل اقامت را وارد و تأیید کنید تا حساب شما فعال شود.',
  'home.verify.title': 'بررسی اصالت سند',
  'home.verify.body':
    'اگر سندی صادرشده از نمایندگی در دست دارید، می‌توانید اصالت آن را با شمارهٔ سند یا کد QR بررسی کنید.',
  'help.title': 'راهنما',
  'help.lead': 'پاسخ پرسش‌های رایج دربارهٔ ورود، درخواست‌ها و مراجعه به نمایندگی.',
  'help.code.title': 'رمز یک‌بار مصرف به ایمیلم نرسید',
  'help.code.body':
    'چند دقیقه صبر کنید و پوشهٔ هرزنامه (Spam یا Junk) را ببینید. رمز فقط به ایمیلی فرستاده می‌شود که برای این کد ملی ثبت شده است. پس از مدت کوتاهی می‌توانید رمز تازه بخواهید. برخی سرویس‌های ایمیل، به‌ویژه یاهو، پیام‌ها را دیر یا ناقص تحویل می‌دهند.',
  'help.mismatch.title': 'مشخصات هویتی من با ثبت احوال مغایرت دارد',
  'help.mismatch.body':
    'مشخصات را دقیقاً مطابق شناسنامه وارد کنید. اگر مطمئن هستید درست است، گزینهٔ «گزارش مغایرت» را بزنید تا پرسشی در سامانهٔ پرسش برای نمایندگی ثبت شود. کارشناس پس از بررسی مدارک پاسخ می‌دهد.',
  'help.lost.title': 'به ایمیل ثبت‌شده دسترسی ندارم',
  'help.lost.body':
    'اگر ایمیلی که برای کد ملی شما ثبت شده از دست رفته یا کد ملی شما را کس دیگری ثبت کرده است، از راه سامانهٔ پرسش درخواست تغییر ایمیل بدهید. کارشناس پس از بررسی مدارک، حساب را به ایمیل تازه منتقل می‌کند.',
  'help.visit.title': 'پس از ثبت درخواست',
  'help.visit.body':
    'با کد رهگیری و اصل مدارک به نمایندگی مراجعه کنید. اگر خدمت نیاز به مراجعهٔ حضوری دارد، از صفحهٔ درخواست نوبت بگیرید.',
  'help.lawyer.title': 'متن وکالتنامه',
  'help.lawyer.body':
    'متن‌های پیش‌فرض سامانه کامل نیستند. پیش از ثبت وکالتنامه با وکیل مشورت کنید و متن کامل را از او بگیرید.',
  'help.consulates.title': 'نمایندگی‌ها',
  'help.consulates.serves': 'حوزهٔ خدمت: {countries}',
  'help.consulates.hours': 'ساعات کار',
  'help.consulates.address': 'نشانی',
  'help.consulates.phone': 'تلفن',
  'help.consulates.email': 'ایمیل',
  'help.consulates.timeZone': 'منطقهٔ زمانی',
  'help.contact.title': 'تماس',
  'help.contact.body': 'اگر پاسخ خود را نیافتید، به این نشانی بنویسید:',
  'a11y.title': 'بیانیهٔ دسترس‌پذیری',
  'a11y.lead': 'می‌خواهیم هر کسی بتواند از این سامانه استفاده کند، با هر مرورگر و هر توانایی.',
  'a11y.standard.title': 'استاندارد',
  'a11y.standard.body':
    'هدف ما انطباق با سطح AA رهنمودهای دسترس‌پذیری محتوای وب (WCAG 2.2) است. صفحه‌ها بدون جاوااسکریپت کار می‌کنند، با صفحه‌کلید پیمودنی‌اند، در بزرگ‌نمایی تا ۴۰۰٪ خوانا می‌مانند و با صفحه‌خوان‌ها آزموده می‌شوند. هر صفحه به فارسی (راست‌به‌چپ) و انگلیسی در دسترس است.',
  'a11y.gaps.title': 'محدودیت‌های شناخته‌شده',
  'a11y.gaps.1':
    'پرونده‌های PDF صادرشده ممکن است برای صفحه‌خوان‌ها به‌طور کامل برچسب‌گذاری نشده باشند؛ متن همان سند در صفحهٔ وب نیز نمایش داده می‌شود.',
  'a11y.gaps.2':
    'نمونه‌تصویرهای راهنمای بارگذاری مدارک توضیح متنی دارند اما جزئیات تصویر را کامل بیان نمی‌کنند.',
  'a11y.report.title': 'گزارش مشکل',
  'a11y.report.body':
    'اگر بخشی از سامانه برایتان قابل استفاده نیست، به ما بنویسید و بگویید کدام صفحه و چه مشکلی. ظرف ۵ روز کاری پاسخ می‌دهیم و در صورت نیاز راه دیگری برای دریافت خدمت پیشنهاد می‌کنیم.',
  'a11y.tested': 'این بیانیه آخرین بار در {date} بازبینی شد.',
  'privacy.title': 'اطلاعیهٔ حریم خصوصی',
  'privacy.lead': 'این صفحه می‌گوید چه اطلاعاتی از شما نگه می‌داریم، چرا، تا کی و چه کسی آن را می‌بیند.',
  'privacy.what.title': 'چه اطلاعاتی نگه می‌داریم',
  'privacy.what.1': 'مشخصات هویتی: کد ملی، نام، نام پدر، تاریخ و محل تولد، شمارهٔ شناسنامه',
  'privacy.what.2': 'راه‌های تماس: ایمیل و تلفن؛ نشانی و وضعیت اقامت',
  'privacy.what.3': 'مدارکی که بارگذاری می‌کنید و پاسخ‌های فرم درخواست‌ها',
  'privacy.what.4': 'سابقهٔ ورود و کارهای انجام‌شده روی حساب (برای امنیت)',
  'privacy.what.5':
    'اگر کلید عبور بیفزایید: فقط کلید عمومی آن؛ اثر انگشت یا چهرهٔ شما هرگز از دستگاهتان بیرون نمی‌رود',
  'privacy.why.title': 'چرا',
  'privacy.why.body':
    'فقط برای ارائهٔ خدمات کنسولی که درخواست می‌کنید، بررسی هویت شما و جلوگیری از سوءاستفاده. اطلاعات شما برای تبلیغات یا هیچ کار دیگری استفاده نمی‌شود.',
  'privacy.protect.title': 'چگونه محافظت می‌شود',
  'privacy.protect.body':
    'کد ملی، ایمیل، تلفن و پاسخ‌های درخواست‌ها رمزگذاری‌شده ذخیره می‌شوند و مدارک بارگذاری‌شده نیز رمزگذاری می‌شوند. کارشناسان فقط درخواست‌های نمایندگی خود را می‌بینند و هر بار گشودن پروندهٔ شما ثبت می‌شود.',
  'privacy.retention.title': 'تا کی نگه می‌داریم',
  'privacy.retention.codes': 'رمزهای یک‌بار مصرف و شمارنده‌های محدودیت: ۲۴ ساعت',
  'privacy.retention.sessions': 'نشست‌های ورود: تا پایان اعتبار، سپس حذف',
  'privacy.retention.drafts': 'پیش‌نویس‌های ارسال‌نشده: ۹۰ روز',
  'privacy.retention.requests': 'مدارک و پاسخ‌های درخواست‌های بسته‌شده: ۲ سال پس از بسته شدن',
  'privacy.retention.issued': 'سوابق اسناد صادرشده: تا زمان اعتبار سند و دست‌کم ۱۰ سال',
  'privacy.retention.audit': 'گزارش رویدادهای امنیتی: ۱۰ سال',
  'privacy.who.title': 'چه کسی می‌بیند',
  'privacy.who.body':
    'کارشناسان کنسولی نمایندگی‌ای که درخواست شما را بررسی می‌کند، و در صورت لزوم مراجع ذی‌صلاح در ایران برای صدور سند. هیچ اطلاعاتی به شرکت‌های دیگر فروخته یا داده نمی‌شود.',
  'privacy.cookies.title': 'کوکی‌ها',
  'privacy.cookies.body':
    'فقط کوکی‌های ضروری: نشست ورود (sid)، محافظت در برابر جعل فرم (csrf) و زبان انتخابی شما (lang). هیچ کوکی آماری یا تبلیغاتی به کار نمی‌رود.',
  'privacy.rights.title': 'حقوق شما',
  'privacy.rights.body':
    'می‌توانید اطلاعات خود را ببینید، اصلاح آن را بخواهید و از راه سامانهٔ پرسش یا نشانی زیر با ما تماس بگیرید.',
} as const;

export const en: Translation<typeof fa> = {
  'home.title': 'Consular services for Iranians abroad',
  'home.lead':
    'Apply online for a passport, a power of attorney, confirmation of an enrollment certificate, civil registrations and other consular services; get a tracking code, book an appointment and follow your request until the document is issued.',
  'home.start': 'Sign in or register',
  'home.what.title': 'What you can do here',
  'home.what.1': 'Register with your national code and a one-time password sent to your email',
  'home.what.2': 'Complete your identity and residence details and upload the documents needed',
  'home.what.3': 'Apply for consular services and get a tracking code',
  'home.what.4': 'Book an in-person appointment, follow the status and correct a request online',
  'home.what.5': 'Ask the consulate a question and follow the answer',
  'home.need.title': 'Before you start',
  'home.need.intro': 'To register and for most services you will need:',
  'home.need.1': 'your 10-digit national code',
  'home.need.2': 'an email address you can open (a provider other than Yahoo is more reliable)',
  'home.need.3': 'a scan of the first page of a valid passport and of the page with the last exit stamp',
  'home.need.4': 'your residence permit or visa for the country you live in',
  'home.need.5': 'a scan of your national card (front and back) and a full-face photo',
  'home.how.title': 'How to sign in',
  'home.how.1': 'Choose “Sign in” and enter your national code and email address.',
  'home.how.2':
    'Enter the one-time password sent to your email. If it does not arrive, check your spam folder.',
  'home.how.3': 'Enter and confirm your identity and residence details to activate your account.',
  'home.verify.title': 'Check a document',
  'home.verify.body':
    'If you hold a document issued by a consulate, you can check that it is genuine by its number or QR code.',
  'help.title': 'Help',
  'help.lead': 'Answers to common questions about signing in, requests and visiting the consulate.',
  'help.code.title': 'My one-time password did not arrive',
  'help.code.body':
    'Wait a few minutes and check your spam or junk folder. The password is only sent to the email registered for this national code. After a short while you can ask for a new one. Some email providers, Yahoo in particular, deliver late or not at all.',
  'help.mismatch.title': 'My identity details do not match the civil registry',
  'help.mismatch.body':
    'Enter the details exactly as on your birth certificate. If you are sure they are right, choose “Report a discrepancy”: a question is sent to the consulate through the question system, and an officer answers after checking your documents.',
  'help.lost.title': 'I cannot open the registered email',
  'help.lost.body':
    'If you lost the mailbox registered for your national code, or someone else registered your national code, ask for a change of email through the question system. An officer moves the account to the new address after checking your documents.',
  'help.visit.title': 'After you apply',
  'help.visit.body':
    'Go to the consulate with your tracking code and your original documents. If the service needs a visit, book an appointment from the request page.',
  'help.lawyer.title': 'The text of a power of attorney',
  'help.lawyer.body':
    'The default texts in this service are not complete. Consult a lawyer before you apply and get the complete text from them.',
  'help.consulates.title': 'Consulates',
  'help.consulates.serves': 'Serves: {countries}',
  'help.consulates.hours': 'Opening hours',
  'help.consulates.address': 'Address',
  'help.consulates.phone': 'Phone',
  'help.consulates.email': 'Email',
  'help.consulates.timeZone': 'Time zone',
  'help.contact.title': 'Contact',
  'help.contact.body': 'If you did not find your answer, write to:',
  'a11y.title': 'Accessibility statement',
  'a11y.lead': 'We want everyone to be able to use this service, whatever their browser or ability.',
  'a11y.standard.title': 'Standard',
  'a11y.standard.body':
    'We aim to meet the Web Content Accessibility Guidelines (WCAG 2.2) at level AA. Pages work without JavaScript, can be used with a keyboard alone, stay readable at 400% zoom and are tested with screen readers. Every page is available in Persian (right to left) and English.',
  'a11y.gaps.title': 'Known limitations',
  'a11y.gaps.1':
    'Issued PDF documents may not be fully tagged for screen readers; the same text is shown on the web page.',
  'a11y.gaps.2':
    'The example pictures in the upload guidance have text descriptions but do not describe every detail.',
  'a11y.report.title': 'Reporting a problem',
  'a11y.report.body':
    'If part of this service does not work for you, write to us saying which page and what the problem is. We reply within 5 working days and, if needed, offer another way to get the service.',
  'a11y.tested': 'This statement was last reviewed on {date}.',
  'privacy.title': 'Privacy notice',
  'privacy.lead': 'What personal information we keep, why, for how long and who sees it.',
  'privacy.what.title': 'What we keep',
  'privacy.what.1':
    'Identity: national code, name, father’s name, date and place of birth, birth certificate number',
  'privacy.what.2': 'Contact: email and phone; residence address and status',
  'privacy.what.3': 'Documents you upload and the answers in your requests',
  'privacy.what.4': 'A record of sign-ins and actions on your account (for security)',
  'privacy.what.5':
    'If you add a passkey: only its public key; your fingerprint or face never leaves your device',
  'privacy.why.title': 'Why',
  'privacy.why.body':
    'Only to provide the consular services you ask for, to check your identity and to prevent misuse. Your information is not used for advertising or anything else.',
  'privacy.protect.title': 'How it is protected',
  'privacy.protect.body':
    'National codes, emails, phone numbers and request answers are stored encrypted, and so are uploaded documents. Officers see only their own consulate’s requests, and every opening of your record is logged.',
  'privacy.retention.title': 'How long we keep it',
  'privacy.retention.codes': 'One-time passwords and rate-limit counters: 24 hours',
  'privacy.retention.sessions': 'Sign-in sessions: until they expire, then deleted',
  'privacy.retention.drafts': 'Drafts never submitted: 90 days',
  'privacy.retention.requests': 'Documents and answers of closed requests: 2 years after closing',
  'privacy.retention.issued':
    'Records of issued documents: as long as the document is valid, and at least 10 years',
  'privacy.retention.audit': 'Security audit log: 10 years',
  'privacy.who.title': 'Who sees it',
  'privacy.who.body':
    'The consular officers of the consulate handling your request and, where needed to issue a document, the competent authorities in Iran. Nothing is sold or given to other companies.',
  'privacy.cookies.title': 'Cookies',
  'privacy.cookies.body':
    'Only essential cookies: your sign-in session (sid), protection against forged forms (csrf) and your chosen language (lang). No analytics or advertising cookies are used.',
  'privacy.rights.title': 'Your rights',
  'privacy.rights.body':
    'You can see your information, ask for it to be corrected, and contact us through the question system or the address below.',
};
