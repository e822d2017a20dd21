import type { Translation } from './define.ts';

/**
 * The applicant-accounts journey: sign in or register with national code and an emailed code, identity checked
 * with the civil registry, residence, confirmation, dashboard and profile; and the emails it sends.
 * Latin examples inside Persian sentences are wrapped in LRI…PDI (U+2066…U+2069) so they keep their order.
 */
export const fa = {
  // ——— shared ———
  'accounts.time.utc': 'زمان‌ها به وقت هماهنگ جهانی (UTC) است.',
  'accounts.help.questions': 'راهنما و سامانهٔ پرسش',
  'accounts.startAgain': 'از نو شروع کنید',
  'accounts.language.fa': 'فارسی',
  'accounts.language.en': 'انگلیسی',
  'accounts.notGiven': 'هنوز وارد نشده است',

  // ——— sign in / register ———
  'accounts.signIn.title': 'ورود به سامانه',
  'accounts.signIn.lead':
    'چه حساب داشته باشید و چه بار اول باشد، از همین صفحه شروع کنید. کد ملی و نشانی ایمیل خود را وارد کنید تا رمز یک‌بار مصرف برایتان فرستاده شود.',
  'accounts.signIn.nationalCode.label': 'کد ملی',
  'accounts.signIn.nationalCode.hint':
    '۱۰ رقم، همان‌طور که روی کارت ملی آمده است. رقم‌ها را می‌توانید فارسی یا انگلیسی بنویسید.',
  'accounts.signIn.email.label': 'نشانی ایمیل',
  'accounts.signIn.email.hint':
    'اگر تازه ثبت‌نام می‌کنید، رمز یک‌بار مصرف به این نشانی فرستاده می‌شود؛ اگر حساب دارید، به نشانی‌ای که با آن ثبت‌نام کرده‌اید. نشانی‌ای غیر از یاهو مطمئن‌تر است.',
  'accounts.signIn.submit': 'دریافت رمز عبور یک‌بار مصرف',
  'accounts.signIn.expired.title': 'نشست شما پایان یافت',
  'accounts.signIn.expired.body':
    'برای امنیت شما، پس از مدتی بی‌کاری از سامانه خارج شدید. دوباره وارد شوید تا به همان صفحه برگردید؛ آنچه نوشته بودید نگه داشته شده است.',
  'accounts.signIn.retryAt': 'در مدت کوتاهی کدهای زیادی درخواست شده است. پس از {time} دوباره تلاش کنید.',
  'accounts.signIn.trouble':
    'اگر به ایمیل ثبت‌شده دسترسی ندارید، یا کد ملی شما را کس دیگری ثبت کرده است، از راه سامانهٔ پرسش کمک بگیرید.',
  'accounts.signIn.troubleLink': 'کمک گرفتن از راه سامانهٔ پرسش',

  // ——— the code ———
  'accounts.code.title': 'کد را وارد کنید',
  'accounts.code.sent.signIn':
    'اگر این کد ملی پیش‌تر ثبت شده باشد، یک کد {length} رقمی به نشانی ایمیل ثبت‌شدهٔ آن فرستادیم؛ و اگر تازه است، به نشانی‌ای که وارد کردید.',
  'accounts.code.sent.changeEmail': 'یک کد {length} رقمی به نشانی ایمیل تازهٔ شما فرستادیم.',
  'accounts.code.sent.reauthenticate': 'یک کد {length} رقمی به نشانی ایمیل ثبت‌شدهٔ شما فرستادیم.',
  'accounts.code.spam': 'اگر تا چند دقیقه نرسید، پوشهٔ هرزنامه (Spam یا Junk) را هم ببینید.',
  'accounts.code.validity': 'این کد {minutes} دقیقه اعتبار دارد و فقط یک بار می‌توان از آن استفاده کرد.',
  'accounts.code.yahoo':
    'ایمیل‌های یاهو گاهی دیر یا اصلاً نمی‌رسند. اگر کد نرسید، چند دقیقه صبر کنید و پوشهٔ هرزنامه را ببینید. پس از ورود می‌توانید نشانی ایمیل خود را به سرویس دیگری تغییر دهید.',
  'accounts.code.resent.title': 'کد تازه فرستاده شد',
  'accounts.code.resent.body': 'کد تازه‌ای برایتان فرستادیم. کدهای پیشین دیگر کار نمی‌کنند.',
  'accounts.code.label': 'کد {length} رقمی',
  'accounts.code.hint': 'رقم‌ها را می‌توانید فارسی یا انگلیسی بنویسید.',
  'accounts.code.submit': 'ادامه',
  'accounts.code.resend.title': 'کد نرسید؟',
  'accounts.code.resend.button': 'فرستادن کد تازه',
  'accounts.code.resend.waitSeconds': 'پس از {seconds} ثانیه می‌توانید کد تازه بخواهید.',
  'accounts.code.resend.waitMinutes': 'پس از {minutes} دقیقه می‌توانید کد تازه بخواهید.',
  'accounts.code.again.signIn': 'از نو شروع کنید و کد ملی یا ایمیل دیگری وارد کنید',
  'accounts.code.again.changeEmail': 'نشانی تازهٔ دیگری وارد کنید',
  'accounts.code.again.reauthenticate': 'انصراف و بازگشت به حساب',

  // ——— locked ———
  'accounts.locked.title': 'اکنون نمی‌توانید وارد شوید',
  'accounts.locked.body':
    'کد ورود چند بار پشت سر هم اشتباه وارد شده است. برای امنیت، ورود با این کد ملی موقتاً بسته شده است.',
  'accounts.locked.until': 'پس از {time} دوباره می‌توانید تلاش کنید.',
  'accounts.locked.review':
    'ورود بسته می‌ماند تا کارشناس نمایندگی هویت شما را دوباره بررسی کند. برای این کار از راه سامانهٔ پرسش درخواست بدهید؛ کارشناس مدارک شما را بررسی می‌کند و پاسخ را با ایمیل می‌فرستد.',
  'accounts.locked.notYou':
    'اگر این کدها را خودتان وارد نکرده‌اید، نگران نباشید: کسی بدون دسترسی به ایمیل ثبت‌شده نمی‌تواند وارد حساب شود.',
  'accounts.locked.home': 'بازگشت به صفحهٔ اصلی',

  // ——— identity ———
  'accounts.identity.title': 'مشخصات هویتی شما',
  'accounts.identity.lead':
    'مشخصات را دقیقاً همان‌طور بنویسید که در شناسنامهٔ ایرانی شما آمده است. آن‌ها را با اطلاعات سازمان ثبت احوال مقایسه می‌کنیم.',
  'accounts.identity.persianScript': 'نام‌ها را به خط فارسی و با همان املای شناسنامه بنویسید.',
  'accounts.identity.firstName': 'نام',
  'accounts.identity.lastName': 'نام خانوادگی',
  'accounts.identity.fatherName': 'نام پدر',
  'accounts.identity.birthDate': 'تاریخ تولد',
  'accounts.identity.birthDate.hint':
    'به ترتیب روز، ماه و سال. سال را می‌توانید به تقویم خورشیدی (مانند ۱۳۷۰) یا میلادی (مانند ۱۹۹۱) بنویسید.',
  'accounts.identity.birthPlace': 'محل تولد',
  'accounts.identity.sex': 'جنسیت',
  'accounts.identity.sex.male': 'مرد',
  'accounts.identity.sex.female': 'زن',
  'accounts.identity.certificate': 'شمارهٔ شناسنامه',
  'accounts.identity.certificate.hint': 'در شناسنامه‌های جدید، این شماره همان کد ملی است.',
  'accounts.identity.submit': 'ثبت',

  // ——— mismatch and discrepancy ———
  'accounts.mismatch.title': 'مشخصات با اطلاعات ثبت احوال تطبیق نکرد',
  'accounts.mismatch.lead': 'نتوانستیم مشخصاتی را که وارد کردید با اطلاعات سازمان ثبت احوال تطبیق دهیم.',
  'accounts.mismatch.check.intro': 'آن‌ها را با شناسنامهٔ خود مقایسه کنید، به‌ویژه:',
  'accounts.mismatch.check.names': 'املای نام و نام خانوادگی، حرف به حرف و با همان فاصله‌ها',
  'accounts.mismatch.check.father': 'نام پدر',
  'accounts.mismatch.check.birthDate': 'تاریخ تولد، و اینکه سال را درست به تقویم خورشیدی یا میلادی نوشته‌اید',
  'accounts.mismatch.check.certificate': 'شمارهٔ شناسنامه',
  'accounts.mismatch.check.letters': 'نوشتن نام‌ها به خط فارسی، با «ی» و «ک» فارسی (نه «ي» و «ك» عربی)',
  'accounts.mismatch.retry.title': 'مشخصات را اصلاح کنید و دوباره بفرستید',
  'accounts.mismatch.report.title': 'گزارش مغایرت',
  'accounts.mismatch.report.body':
    'اگر مطمئن هستید مشخصات دقیقاً مطابق شناسنامهٔ شماست، مغایرت را گزارش کنید. گزارش شما به‌صورت یک پرسش در سامانهٔ پرسش به نمایندگی می‌رسد. کارشناس کنسولی مدارک شما را بررسی می‌کند و پاسخ را با ایمیل می‌فرستد؛ پس از آن می‌توانید ثبت‌نام را ادامه دهید.',
  'accounts.mismatch.report.values': 'مشخصاتی که آخرین بار فرستادید همراه گزارش ثبت می‌شود.',
  'accounts.mismatch.report.message': 'توضیح برای کارشناس',
  'accounts.mismatch.report.message.hint':
    'برای نمونه، اگر نامی در شناسنامه با املای دیگری آمده یا شناسنامه به‌تازگی اصلاح شده است. حداکثر ۲٬۰۰۰ نویسه.',
  'accounts.mismatch.report.consulate': 'کدام نمایندگی مدارک شما را بررسی کند؟',
  'accounts.mismatch.report.consulate.hint':
    'نمایندگی کشور محل اقامت خود را انتخاب کنید. اگر نمی‌دانید، خالی بگذارید.',
  'accounts.mismatch.report.submit': 'فرستادن گزارش مغایرت',
  'accounts.discrepancy.title': 'مغایرت گزارش شد',
  'accounts.discrepancy.reference': 'شمارهٔ پیگیری شما:',
  'accounts.discrepancy.keep': 'این شماره را نگه دارید و در هر مکاتبه با نمایندگی آن را بنویسید.',
  'accounts.discrepancy.next.title': 'پس از این چه می‌شود',
  'accounts.discrepancy.next.review':
    'کارشناس کنسولی مشخصات شما را با مدارکتان بررسی می‌کند و ممکن است مدارک بیشتری بخواهد.',
  'accounts.discrepancy.next.email':
    'پاسخ را با ایمیل، به نشانی‌ای که رمز یک‌بار مصرف را در آن گرفتید، می‌فرستیم.',
  'accounts.discrepancy.next.continue': 'پس از رفع مغایرت، دوباره وارد شوید و ثبت‌نام را ادامه دهید.',
  'accounts.discrepancy.home': 'بازگشت به صفحهٔ اصلی',

  // ——— residence ———
  'accounts.residence.title': 'محل اقامت شما',
  'accounts.residence.lead':
    'نشانی کنونی خود را در خارج از ایران وارد کنید. درخواست‌های شما را نمایندگی‌ای بررسی می‌کند که به کشور محل اقامتتان خدمت می‌دهد.',
  'accounts.residence.country': 'کشور محل اقامت',
  'accounts.residence.city': 'شهر',
  'accounts.residence.address': 'نشانی',
  'accounts.residence.address.hint': 'خیابان، پلاک و واحد، همان‌طور که روی پاکت نامه می‌نویسید.',
  'accounts.residence.postalCode': 'کد پستی',
  'accounts.residence.postalCode.hint': 'اگر کشور محل اقامت شما کد پستی ندارد، خالی بگذارید.',
  'accounts.residence.phone': 'شمارهٔ تلفن',
  'accounts.residence.phone.hint': 'با پیش‌شمارهٔ کشور، مانند \u2066+44 20 7946 0000\u2069',
  'accounts.residence.status': 'وضعیت اقامت',
  'accounts.residence.status.permanent': 'اقامت دائم',
  'accounts.residence.status.student': 'دانشجو',
  'accounts.residence.status.work': 'اقامت کاری',
  'accounts.residence.status.refugee': 'پناهنده',
  'accounts.residence.status.citizen': 'تابعیت کشور محل اقامت',
  'accounts.residence.status.other': 'سایر',
  'accounts.residence.consulate': 'نمایندگی شما',
  'accounts.residence.consulate.hint': 'نمایندگی‌ای که به کشور محل اقامت شما خدمت می‌دهد، اول فهرست آمده است.',
  'accounts.residence.submit': 'ادامه',

  // ——— check and confirm ———
  'accounts.check.title': 'مشخصات خود را بررسی کنید',
  'accounts.check.identity.title': 'مشخصات هویتی',
  'accounts.check.identity.note':
    'این مشخصات با اطلاعات سازمان ثبت احوال تطبیق داده شده و اینجا تغییر نمی‌کند. اگر نادرست است، از راه سامانهٔ پرسش درخواست اصلاح بدهید.',
  'accounts.check.identity.link': 'درخواست اصلاح مشخصات هویتی',
  'accounts.check.account.title': 'حساب',
  'accounts.check.nationalCode': 'کد ملی',
  'accounts.check.email': 'نشانی ایمیل',
  'accounts.check.residence.title': 'محل اقامت و نمایندگی',
  'accounts.check.noConsulate': 'انتخاب نشده است',
  'accounts.check.declaration.title': 'اکنون مشخصات خود را تأیید کنید',
  'accounts.check.declaration':
    'با زدن دکمهٔ «تأیید» اعلام می‌کنم این مشخصات درست و کامل است و می‌دانم اطلاعات نادرست می‌تواند به رد درخواست‌هایم بینجامد.',
  'accounts.check.confirm': 'تأیید',

  // ——— consulate summary ———
  'accounts.consulate.name': 'نمایندگی',
  'accounts.consulate.address': 'نشانی',
  'accounts.consulate.hours': 'ساعات کار',
  'accounts.consulate.phone': 'تلفن',
  'accounts.consulate.email': 'ایمیل',
  'accounts.consulate.timeZone': 'منطقهٔ زمانی',

  // ——— dashboard ———
  'accounts.dashboard.title': 'حساب شما',
  'accounts.dashboard.greeting': '{name} گرامی، خوش آمدید',
  'accounts.dashboard.pendingTitle': 'ثبت‌نام خود را کامل کنید',
  'accounts.dashboard.status': 'وضعیت حساب:',
  'accounts.dashboard.status.active': 'فعال',
  'accounts.dashboard.status.pending': 'ثبت‌نام ناتمام',
  'accounts.dashboard.flash.activated.title': 'حساب شما فعال شد',
  'accounts.dashboard.flash.activated.body': 'ثبت‌نام شما کامل شد. ایمیلی هم در این باره برایتان فرستادیم.',
  'accounts.dashboard.flash.confirmed.title': 'مشخصات شما تأیید شد',
  'accounts.dashboard.flash.confirmed.body': 'تغییرات محل اقامت شما ثبت شد.',
  'accounts.dashboard.tasks.title': 'کارهای باقی‌مانده',
  'accounts.dashboard.tasks.pendingNote': 'خدمات کنسولی پس از فعال شدن حساب در دسترس قرار می‌گیرد.',
  'accounts.dashboard.tasks.changedNote':
    'محل اقامت یا نمایندگی خود را تغییر داده‌اید. مشخصات را دوباره تأیید کنید تا درخواست‌هایتان به نمایندگی درست برسد.',
  'accounts.dashboard.task.identity': 'مشخصات هویتی',
  'accounts.dashboard.task.identity.hint': 'با اطلاعات سازمان ثبت احوال تطبیق داده شد',
  'accounts.dashboard.task.residence': 'محل اقامت و نمایندگی',
  'accounts.dashboard.task.documents': 'بارگذاری مدارک',
  'accounts.dashboard.task.confirm': 'بررسی و تأیید مشخصات',
  'accounts.dashboard.consulate.title': 'نمایندگی شما',
  'accounts.dashboard.requests.title': 'درخواست‌های شما',
  'accounts.dashboard.manage.title': 'مدیریت حساب',
  'accounts.dashboard.manage.profile': 'مشخصات و تنظیمات حساب',
  'accounts.dashboard.manage.documents': 'مدارک شما',
  'accounts.dashboard.manage.help': 'راهنما و سامانهٔ پرسش',

  // ——— profile ———
  'accounts.profile.title': 'مشخصات حساب',
  'accounts.profile.flash.emailChanged.title': 'نشانی ایمیل تغییر کرد',
  'accounts.profile.flash.emailChanged.body':
    'از این پس کدهای ورود و پیام‌ها به نشانی تازه فرستاده می‌شود. تغییر را به نشانی پیشین هم اطلاع دادیم و از همهٔ دستگاه‌های دیگر خارج شدید.',
  'accounts.profile.identity.verified': 'در {date} با اطلاعات سازمان ثبت احوال تطبیق داده شد.',
  'accounts.profile.identity.officer': 'در {date} کارشناس نمایندگی آن را اصلاح و تأیید کرد.',
  'accounts.profile.contact.title': 'راه‌های تماس',
  'accounts.profile.residence.note':
    'اگر محل اقامت، تلفن یا نمایندگی را تغییر دهید، باید مشخصات خود را دوباره تأیید کنید.',
  'accounts.profile.language.title': 'زبان',
  'accounts.profile.language.body':
    'ایمیل‌های سامانه به زبانی فرستاده می‌شود که با آن از سامانه استفاده می‌کنید؛ اکنون: {language}. برای تغییر آن، هنگامی که وارد حساب هستید زبان سامانه را از بالای صفحه عوض کنید.',
  'accounts.profile.security.title': 'امنیت',
  'accounts.profile.security.body':
    'اگر فکر می‌کنید کس دیگری وارد حساب شما شده است، یا روی رایانه‌ای عمومی وارد شده‌اید، از همهٔ دستگاه‌ها خارج شوید و گذرواژهٔ ایمیل خود را هم تغییر دهید.',
  'accounts.profile.security.signOutEverywhere': 'خروج از همهٔ دستگاه‌ها',

  // ——— change email ———
  'accounts.email.title': 'تغییر نشانی ایمیل',
  'accounts.email.current': 'نشانی کنونی شما:',
  'accounts.email.label': 'نشانی ایمیل تازه',
  'accounts.email.hint': 'نشانی‌ای غیر از یاهو مطمئن‌تر است.',
  'accounts.email.how':
    'یک کد به نشانی تازه می‌فرستیم. پس از وارد کردن آن، نشانی تغییر می‌کند، پیامی به نشانی کنونی می‌فرستیم و از همهٔ دستگاه‌های دیگر خارج می‌شوید.',
  'accounts.email.unchanged': 'بقیهٔ مشخصات و درخواست‌های شما بدون تغییر می‌ماند.',
  'accounts.email.submit': 'فرستادن کد به نشانی تازه',
  'accounts.email.cancel': 'انصراف و بازگشت به مشخصات حساب',

  // ——— confirm identity ———
  'accounts.confirmIdentity.title': 'تأیید هویت',
  'accounts.confirmIdentity.body':
    'برای امنیت شما، این کار نیاز دارد که به‌تازگی وارد شده باشید. یک کد به نشانی ایمیل ثبت‌شدهٔ شما می‌فرستیم؛ پس از وارد کردن آن، به همان کار برمی‌گردید.',
  'accounts.confirmIdentity.submit': 'فرستادن کد',
  'accounts.confirmIdentity.cancel': 'انصراف و بازگشت به حساب',

  // ——— errors ———
  'accounts.error.generic': 'این پاسخ را بررسی کنید',
  'accounts.error.nationalCode.empty': 'کد ملی خود را وارد کنید',
  'accounts.error.nationalCode.length': 'کد ملی باید ۱۰ رقم باشد',
  'accounts.error.nationalCode.digits': 'کد ملی فقط از رقم تشکیل می‌شود',
  'accounts.error.nationalCode.repeated': 'کد ملی نمی‌تواند از تکرار یک رقم تشکیل شده باشد',
  'accounts.error.nationalCode.checksum': 'این کد ملی معتبر نیست. آن را با کارت ملی خود مقایسه کنید',
  'accounts.error.email.empty': 'نشانی ایمیل خود را وارد کنید',
  'accounts.error.email.invalid': 'نشانی ایمیل را به شکل درست وارد کنید، مانند \u2066name@example.com\u2069',
  'accounts.error.email.same': 'این همان نشانی کنونی شماست. نشانی دیگری وارد کنید',
  'accounts.error.email.taken': 'این نشانی برای حساب دیگری به کار رفته است',
  'accounts.error.code.empty': 'کدی را که به ایمیل شما فرستادیم وارد کنید',
  'accounts.error.code.format': 'کد باید ۶ رقم باشد',
  'accounts.error.code.wrong.1': 'کد درست نیست. با این کد فقط ۱ بار دیگر می‌توانید تلاش کنید',
  'accounts.error.code.wrong.2': 'کد درست نیست. با این کد ۲ بار دیگر می‌توانید تلاش کنید',
  'accounts.error.code.wrong.3': 'کد درست نیست. با این کد ۳ بار دیگر می‌توانید تلاش کنید',
  'accounts.error.code.wrong.4': 'کد درست نیست. با این کد ۴ بار دیگر می‌توانید تلاش کنید',
  'accounts.error.code.exhausted': 'این کد چند بار اشتباه وارد شد و دیگر کار نمی‌کند. کد تازه بخواهید',
  'accounts.error.code.expired': 'این کد منقضی شده است. کد تازه بخواهید',
  'accounts.error.code.cooldown': 'کمی صبر کنید و سپس کد تازه بخواهید',
  'accounts.error.tooManyCodes': 'در مدت کوتاهی کدهای زیادی درخواست شده است. کمی بعد دوباره تلاش کنید',
  'accounts.error.tooManyIdentityAttempts':
    'مشخصات هویتی امروز بیش از حد مجاز بررسی شده است. فردا دوباره تلاش کنید، یا اگر مطمئن هستید مشخصات درست است، از راه سامانهٔ پرسش کمک بگیرید',
  'accounts.error.emailTaken':
    'نشانی ایمیلی که وارد کردید برای حساب دیگری به کار رفته است. از نو شروع کنید و نشانی دیگری وارد کنید',
  'accounts.error.minor':
    'ثبت‌نام در این سامانه برای کسانی است که ۱۸ سال یا بیشتر دارند. برای فرزند زیر ۱۸ سال، پدر یا مادر از حساب خود درخواست می‌دهد',
  'accounts.error.firstName.empty': 'نام خود را وارد کنید',
  'accounts.error.lastName.empty': 'نام خانوادگی خود را وارد کنید',
  'accounts.error.fatherName.empty': 'نام پدر را وارد کنید',
  'accounts.error.name.long': 'نام باید ۶۰ نویسه یا کمتر باشد',
  'accounts.error.birthDate.empty': 'تاریخ تولد را کامل وارد کنید: روز، ماه و سال',
  'accounts.error.birthDate.invalid': 'تاریخ تولد باید تاریخی واقعی باشد، به تقویم خورشیدی یا میلادی',
  'accounts.error.sex.empty': 'جنسیت را انتخاب کنید',
  'accounts.error.certificate.format': 'شمارهٔ شناسنامه را وارد کنید؛ فقط رقم و حداکثر ۱۰ رقم',
  'accounts.error.message.long': 'توضیح باید ۲٬۰۰۰ نویسه یا کمتر باشد',
  'accounts.error.country.empty': 'کشور محل اقامت را انتخاب کنید',
  'accounts.error.city.empty': 'شهر محل اقامت را وارد کنید',
  'accounts.error.city.long': 'نام شهر باید ۱۰۰ نویسه یا کمتر باشد',
  'accounts.error.address.empty': 'نشانی محل اقامت را وارد کنید',
  'accounts.error.address.long': 'نشانی باید ۵۰۰ نویسه یا کمتر باشد',
  'accounts.error.postalCode.empty': 'کد پستی را وارد کنید',
  'accounts.error.postalCode.invalid': 'کد پستی با قالب کد پستی کشور انتخاب‌شده نمی‌خواند',
  'accounts.error.phone.empty': 'شمارهٔ تلفن را وارد کنید',
  'accounts.error.phone.invalid':
    'شمارهٔ تلفن را با پیش‌شمارهٔ کشور وارد کنید، مانند \u2066+44 20 7946 0000\u2069',
  'accounts.error.residenceStatus.empty': 'وضعیت اقامت خود را انتخاب کنید',
  'accounts.error.consulate.empty': 'نمایندگی را انتخاب کنید',

  // ——— emails ———
  'accounts.mail.signIn.subject': 'ورود به حساب شما در {service}',
  'accounts.mail.signIn.body': 'حساب شما در {when} با کدی که به همین نشانی فرستاده شده بود باز شد.',
  'accounts.mail.signIn.notYou':
    'اگر این ورود کار شما نبوده است، همین حالا از صفحهٔ مشخصات حساب از همهٔ دستگاه‌ها خارج شوید و گذرواژهٔ ایمیل خود را تغییر دهید؛ هر کس به ایمیل شما دسترسی داشته باشد می‌تواند وارد حسابتان شود.',
  'accounts.mail.signIn.action': 'دیدن مشخصات حساب',
  'accounts.mail.activated.subject': 'حساب شما در {service} فعال شد',
  'accounts.mail.activated.body':
    'ثبت‌نام شما کامل شد و حسابتان فعال است. از این پس می‌توانید برای خدمات کنسولی درخواست ثبت کنید.',
  'accounts.mail.activated.action': 'رفتن به حساب',
  'accounts.mail.emailChanged.subject': 'نشانی ایمیل حساب شما در {service} تغییر کرد',
  'accounts.mail.emailChanged.body':
    'نشانی ایمیل حساب شما تغییر کرد. از این پس کدهای ورود و پیام‌ها به نشانی تازه فرستاده می‌شود و با این نشانی دیگر نمی‌توان وارد شد.',
  'accounts.mail.emailChanged.notYou':
    'اگر این تغییر کار شما نبوده است، هرچه زودتر از راه سامانهٔ پرسش به نمایندگی خبر دهید تا کارشناس حساب را بررسی کند.',
  'accounts.mail.emailChanged.action': 'راهنما و سامانهٔ پرسش',
  'accounts.mail.locked.subject': 'ورود به حساب شما در {service} بسته شد',
  'accounts.mail.locked.until':
    'کد ورود حساب شما چند بار پشت سر هم اشتباه وارد شد. برای حفاظت از حساب، ورود تا {until} بسته است.',
  'accounts.mail.locked.review':
    'کد ورود حساب شما بارها اشتباه وارد شد. برای حفاظت از حساب، ورود بسته ماند تا کارشناس نمایندگی هویت شما را دوباره بررسی کند. برای این کار از راه سامانهٔ پرسش درخواست بدهید.',
  'accounts.mail.locked.notYou':
    'اگر این تلاش‌ها کار شما نبوده، ممکن است کسی کد ملی شما را بداند و بخواهد وارد حسابتان شود. بدون دسترسی به ایمیل شما کسی نمی‌تواند وارد شود؛ گذرواژهٔ ایمیل خود را امن نگه دارید.',
} as const;

export const en: Translation<typeof fa> = {
  // ——— shared ———
  'accounts.time.utc': 'Times are in Coordinated Universal Time (UTC).',
  'accounts.help.questions': 'Help and the question system',
  'accounts.startAgain': 'Start again',
  'accounts.language.fa': 'Persian',
  'accounts.language.en': 'English',
  'accounts.notGiven': 'Not given yet',

  // ——— sign in / register ———
  'accounts.signIn.title': 'Sign in or register',
  'accounts.signIn.lead':
    'Start here whether you already have an account or this is your first time. Enter your national code and email address and we will send you a one-time password.',
  'accounts.signIn.nationalCode.label': 'National code',
  'accounts.signIn.nationalCode.hint':
    'The 10 digits on your national card. You can type Persian or English digits.',
  'accounts.signIn.email.label': 'Email address',
  'accounts.signIn.email.hint':
    'If you are registering, we send the one-time password to this address. If you already have an account, we send it to the address you registered with. An address other than Yahoo is more reliable.',
  'accounts.signIn.submit': 'Get a one-time password',
  'accounts.signIn.expired.title': 'Your session has ended',
  'accounts.signIn.expired.body':
    'For your security, you were signed out after a time without activity. Sign in again and you will return to where you were, with what you had typed.',
  'accounts.signIn.retryAt': 'Too many codes have been asked for recently. Try again after {time}.',
  'accounts.signIn.trouble':
    'If you can no longer use the email address you registered with, or someone else has registered your national code, get help through the question system.',
  'accounts.signIn.troubleLink': 'Get help through the question system',

  // ——— the code ———
  'accounts.code.title': 'Enter the code',
  'accounts.code.sent.signIn':
    'If this national code is registered, we have sent a {length}-digit code to its registered email address. If it is new, we have sent it to the address you entered.',
  'accounts.code.sent.changeEmail': 'We have sent a {length}-digit code to your new email address.',
  'accounts.code.sent.reauthenticate': 'We have sent a {length}-digit code to your registered email address.',
  'accounts.code.spam': 'If it has not arrived within a few minutes, check your spam or junk folder.',
  'accounts.code.validity': 'The code is valid for {minutes} minutes and can be used once.',
  'accounts.code.yahoo':
    'Emails to Yahoo addresses sometimes arrive late or not at all. If the code does not arrive, wait a few minutes and check your spam folder. Once signed in, you can change your email to another provider.',
  'accounts.code.resent.title': 'New code sent',
  'accounts.code.resent.body': 'We have sent you a new code. Earlier codes no longer work.',
  'accounts.code.label': '{length}-digit code',
  'accounts.code.hint': 'You can type Persian or English digits.',
  'accounts.code.submit': 'Continue',
  'accounts.code.resend.title': 'Not received the code?',
  'accounts.code.resend.button': 'Send a new code',
  'accounts.code.resend.waitSeconds': 'You can ask for a new code in {seconds} seconds.',
  'accounts.code.resend.waitMinutes': 'You can ask for a new code in {minutes} minutes.',
  'accounts.code.again.signIn': 'Start again with a different national code or email',
  'accounts.code.again.changeEmail': 'Enter a different new address',
  'accounts.code.again.reauthenticate': 'Cancel and go back to your account',

  // ——— locked ———
  'accounts.locked.title': 'You cannot sign in at the moment',
  'accounts.locked.body':
    'A sign-in code has been entered wrongly too many times in a row. For security, signing in with this national code has been paused.',
  'accounts.locked.until': 'You can try again after {time}.',
  'accounts.locked.review':
    'Signing in stays blocked until a consular officer has checked your identity again. Ask for this through the question system: an officer will check your documents and reply by email.',
  'accounts.locked.notYou':
    'If you did not enter these codes yourself, nobody can sign in without access to the registered email address.',
  'accounts.locked.home': 'Go to the home page',

  // ——— identity ———
  'accounts.identity.title': 'Your identity details',
  'accounts.identity.lead':
    'Enter them exactly as they appear on your Iranian birth certificate (shenasnameh). We check them with the civil registry.',
  'accounts.identity.persianScript': 'Write names in Persian script, spelt as on the certificate.',
  'accounts.identity.firstName': 'First name',
  'accounts.identity.lastName': 'Last name',
  'accounts.identity.fatherName': 'Father’s first name',
  'accounts.identity.birthDate': 'Date of birth',
  'accounts.identity.birthDate.hint':
    'Day, month and year. You can give the year in the Iranian calendar, like 1370, or the Gregorian, like 1991.',
  'accounts.identity.birthPlace': 'Place of birth',
  'accounts.identity.sex': 'Sex',
  'accounts.identity.sex.male': 'Male',
  'accounts.identity.sex.female': 'Female',
  'accounts.identity.certificate': 'Birth certificate number',
  'accounts.identity.certificate.hint': 'On newer certificates this is the same as your national code.',
  'accounts.identity.submit': 'Submit',

  // ——— mismatch and discrepancy ———
  'accounts.mismatch.title': 'The details do not match the civil registry',
  'accounts.mismatch.lead': 'We could not match the details you entered with the civil registry.',
  'accounts.mismatch.check.intro': 'Check them against your birth certificate, especially:',
  'accounts.mismatch.check.names':
    'the spelling of your first and last names, letter by letter, with the same spaces',
  'accounts.mismatch.check.father': 'your father’s first name',
  'accounts.mismatch.check.birthDate':
    'your date of birth, and that you gave the year in the right calendar (Iranian or Gregorian)',
  'accounts.mismatch.check.certificate': 'your birth certificate number',
  'accounts.mismatch.check.letters':
    'names written in Persian script, with Persian ی and ک (not Arabic ي and ك)',
  'accounts.mismatch.retry.title': 'Correct your details and try again',
  'accounts.mismatch.report.title': 'Report a discrepancy',
  'accounts.mismatch.report.body':
    'If you are sure your details are exactly as on your birth certificate, report a discrepancy. It reaches the consulate as a question in the question system. A consular officer will check your documents and reply by email; you can then continue registering.',
  'accounts.mismatch.report.values': 'Your report will include the details you last submitted.',
  'accounts.mismatch.report.message': 'Message to the officer',
  'accounts.mismatch.report.message.hint':
    'For example, if your certificate spells a name differently or was corrected recently. Up to 2,000 characters.',
  'accounts.mismatch.report.consulate': 'Which consulate should check your documents?',
  'accounts.mismatch.report.consulate.hint':
    'Choose the consulate for the country you live in. If you do not know, leave it blank.',
  'accounts.mismatch.report.submit': 'Report the discrepancy',
  'accounts.discrepancy.title': 'Discrepancy reported',
  'accounts.discrepancy.reference': 'Your reference:',
  'accounts.discrepancy.keep': 'Keep this reference and quote it whenever you contact the consulate.',
  'accounts.discrepancy.next.title': 'What happens next',
  'accounts.discrepancy.next.review':
    'A consular officer will check your details against your documents, and may ask you for more documents.',
  'accounts.discrepancy.next.email':
    'We will reply by email, to the address where you received your one-time password.',
  'accounts.discrepancy.next.continue':
    'Once the discrepancy is resolved, sign in again to continue registering.',
  'accounts.discrepancy.home': 'Go to the home page',

  // ——— residence ———
  'accounts.residence.title': 'Where you live',
  'accounts.residence.lead':
    'Enter your current address outside Iran. Your requests are handled by the consulate that serves the country you live in.',
  'accounts.residence.country': 'Country',
  'accounts.residence.city': 'Town or city',
  'accounts.residence.address': 'Address',
  'accounts.residence.address.hint': 'Street, building and flat number, as you would write it on a letter.',
  'accounts.residence.postalCode': 'Postcode',
  'accounts.residence.postalCode.hint': 'Leave this blank if the country you live in has no postcodes.',
  'accounts.residence.phone': 'Phone number',
  'accounts.residence.phone.hint': 'Include the country code, for example +44 20 7946 0000',
  'accounts.residence.status': 'Your residence status',
  'accounts.residence.status.permanent': 'Permanent resident',
  'accounts.residence.status.student': 'Student',
  'accounts.residence.status.work': 'Work permit',
  'accounts.residence.status.refugee': 'Refugee',
  'accounts.residence.status.citizen': 'Citizen of the country you live in',
  'accounts.residence.status.other': 'Other',
  'accounts.residence.consulate': 'Your consulate',
  'accounts.residence.consulate.hint': 'The consulate that serves the country you live in is listed first.',
  'accounts.residence.submit': 'Continue',

  // ——— check and confirm ———
  'accounts.check.title': 'Check your details',
  'accounts.check.identity.title': 'Identity',
  'accounts.check.identity.note':
    'These details were checked with the civil registry and cannot be changed here. If something is wrong, ask for a correction through the question system.',
  'accounts.check.identity.link': 'Ask for a correction to your identity details',
  'accounts.check.account.title': 'Account',
  'accounts.check.nationalCode': 'National code',
  'accounts.check.email': 'Email address',
  'accounts.check.residence.title': 'Where you live and your consulate',
  'accounts.check.noConsulate': 'Not chosen',
  'accounts.check.declaration.title': 'Now confirm your details',
  'accounts.check.declaration':
    'By pressing “Confirm” I declare that these details are correct and complete, and I understand that false information can lead to my requests being refused.',
  'accounts.check.confirm': 'Confirm',

  // ——— consulate summary ———
  'accounts.consulate.name': 'Consulate',
  'accounts.consulate.address': 'Address',
  'accounts.consulate.hours': 'Opening hours',
  'accounts.consulate.phone': 'Phone',
  'accounts.consulate.email': 'Email',
  'accounts.consulate.timeZone': 'Time zone',

  // ——— dashboard ———
  'accounts.dashboard.title': 'Your account',
  'accounts.dashboard.greeting': 'Welcome, {name}',
  'accounts.dashboard.pendingTitle': 'Finish registering',
  'accounts.dashboard.status': 'Account status:',
  'accounts.dashboard.status.active': 'Active',
  'accounts.dashboard.status.pending': 'Registration not finished',
  'accounts.dashboard.flash.activated.title': 'Your account is active',
  'accounts.dashboard.flash.activated.body':
    'Your registration is complete. We have also sent you an email about it.',
  'accounts.dashboard.flash.confirmed.title': 'Your details are confirmed',
  'accounts.dashboard.flash.confirmed.body': 'The changes to where you live have been saved.',
  'accounts.dashboard.tasks.title': 'What is left to do',
  'accounts.dashboard.tasks.pendingNote': 'Consular services open once your account is active.',
  'accounts.dashboard.tasks.changedNote':
    'You have changed where you live or your consulate. Confirm your details again so that your requests reach the right consulate.',
  'accounts.dashboard.task.identity': 'Identity details',
  'accounts.dashboard.task.identity.hint': 'Checked with the civil registry',
  'accounts.dashboard.task.residence': 'Where you live and your consulate',
  'accounts.dashboard.task.documents': 'Upload your documents',
  'accounts.dashboard.task.confirm': 'Check and confirm your details',
  'accounts.dashboard.consulate.title': 'Your consulate',
  'accounts.dashboard.requests.title': 'Your requests',
  'accounts.dashboard.manage.title': 'Manage your account',
  'accounts.dashboard.manage.profile': 'Your profile and account settings',
  'accounts.dashboard.manage.documents': 'Your documents',
  'accounts.dashboard.manage.help': 'Help and the question system',

  // ——— profile ———
  'accounts.profile.title': 'Your profile',
  'accounts.profile.flash.emailChanged.title': 'Email address changed',
  'accounts.profile.flash.emailChanged.body':
    'From now on, sign-in codes and messages go to your new address. We have told your old address about the change, and you have been signed out on every other device.',
  'accounts.profile.identity.verified': 'Checked with the civil registry on {date}.',
  'accounts.profile.identity.officer': 'Corrected and confirmed by a consular officer on {date}.',
  'accounts.profile.contact.title': 'Contact details',
  'accounts.profile.residence.note':
    'If you change where you live, your phone number or your consulate, you will be asked to confirm your details again.',
  'accounts.profile.language.title': 'Language',
  'accounts.profile.language.body':
    'We send you emails in the language you use the service in; now: {language}. To change it, switch the language at the top of the page while you are signed in.',
  'accounts.profile.security.title': 'Security',
  'accounts.profile.security.body':
    'If you think someone else has signed in to your account, or you signed in on a public computer, sign out of every device and change your email password too.',
  'accounts.profile.security.signOutEverywhere': 'Sign out of every device',

  // ——— change email ———
  'accounts.email.title': 'Change your email address',
  'accounts.email.current': 'Your current address:',
  'accounts.email.label': 'New email address',
  'accounts.email.hint': 'An address other than Yahoo is more reliable.',
  'accounts.email.how':
    'We will send a code to the new address. Once you enter it, your address changes, we send a notice to your current address, and you are signed out on every other device.',
  'accounts.email.unchanged': 'Everything else in your account, including your requests, stays the same.',
  'accounts.email.submit': 'Send a code to the new address',
  'accounts.email.cancel': 'Cancel and go back to your profile',

  // ——— confirm identity ———
  'accounts.confirmIdentity.title': 'Confirm it is you',
  'accounts.confirmIdentity.body':
    'For your security, this needs a recent sign-in. We will send a code to your registered email address; once you enter it, you will return to what you were doing.',
  'accounts.confirmIdentity.submit': 'Send me a code',
  'accounts.confirmIdentity.cancel': 'Cancel and go back to your account',

  // ——— errors ———
  'accounts.error.generic': 'Check this answer',
  'accounts.error.nationalCode.empty': 'Enter your national code',
  'accounts.error.nationalCode.length': 'The national code must be 10 digits',
  'accounts.error.nationalCode.digits': 'The national code must contain only digits',
  'accounts.error.nationalCode.repeated': 'The national code cannot be the same digit repeated',
  'accounts.error.nationalCode.checksum':
    'This is not a valid national code. Check it against your national card',
  'accounts.error.email.empty': 'Enter your email address',
  'accounts.error.email.invalid': 'Enter an email address in the correct format, like name@example.com',
  'accounts.error.email.same': 'This is already your email address. Enter a different one',
  'accounts.error.email.taken': 'This address is already used by another account',
  'accounts.error.code.empty': 'Enter the code we sent to your email',
  'accounts.error.code.format': 'The code must be 6 digits',
  'accounts.error.code.wrong.1': 'The code is not right. You have 1 more try with this code',
  'accounts.error.code.wrong.2': 'The code is not right. You have 2 more tries with this code',
  'accounts.error.code.wrong.3': 'The code is not right. You have 3 more tries with this code',
  'accounts.error.code.wrong.4': 'The code is not right. You have 4 more tries with this code',
  'accounts.error.code.exhausted':
    'This code was entered wrongly too many times and no longer works. Ask for a new code',
  'accounts.error.code.expired': 'This code has expired. Ask for a new code',
  'accounts.error.code.cooldown': 'Wait a moment before asking for a new code',
  'accounts.error.tooManyCodes': 'Too many codes have been asked for recently. Try again later',
  'accounts.error.tooManyIdentityAttempts':
    'Your identity details have been checked too many times today. Try again tomorrow or, if you are sure they are right, get help through the question system',
  'accounts.error.emailTaken':
    'The email address you entered is already used by another account. Start again with a different address',
  'accounts.error.minor':
    'You must be 18 or over to register. For a child under 18, a parent applies from their own account',
  'accounts.error.firstName.empty': 'Enter your first name',
  'accounts.error.lastName.empty': 'Enter your last name',
  'accounts.error.fatherName.empty': 'Enter your father’s first name',
  'accounts.error.name.long': 'Names must be 60 characters or fewer',
  'accounts.error.birthDate.empty': 'Enter your date of birth: day, month and year',
  'accounts.error.birthDate.invalid':
    'Date of birth must be a real date, in the Iranian or Gregorian calendar',
  'accounts.error.sex.empty': 'Select your sex',
  'accounts.error.certificate.format': 'Enter your birth certificate number, in digits only (up to 10)',
  'accounts.error.message.long': 'Your message must be 2,000 characters or fewer',
  'accounts.error.country.empty': 'Select the country you live in',
  'accounts.error.city.empty': 'Enter your town or city',
  'accounts.error.city.long': 'Town or city must be 100 characters or fewer',
  'accounts.error.address.empty': 'Enter your address',
  'accounts.error.address.long': 'Address must be 500 characters or fewer',
  'accounts.error.postalCode.empty': 'Enter your postcode',
  'accounts.error.postalCode.invalid': 'Enter a postcode in the format used in the country you chose',
  'accounts.error.phone.empty': 'Enter a phone number',
  'accounts.error.phone.invalid': 'Enter a phone number with its country code, like +44 20 7946 0000',
  'accounts.error.residenceStatus.empty': 'Select your residence status',
  'accounts.error.consulate.empty': 'Select a consulate',

  // ——— emails ———
  'accounts.mail.signIn.subject': 'New sign-in to your {service} account',
  'accounts.mail.signIn.body': 'Your account was signed in to on {when}, with a code sent to this address.',
  'accounts.mail.signIn.notYou':
    'If this was not you, sign out of every device from your profile page now and change your email password: anyone who can read your email can sign in to your account.',
  'accounts.mail.signIn.action': 'Go to your profile',
  'accounts.mail.activated.subject': 'Your {service} account is active',
  'accounts.mail.activated.body':
    'Your registration is complete and your account is active. You can now apply for consular services.',
  'accounts.mail.activated.action': 'Go to your account',
  'accounts.mail.emailChanged.subject': 'The email address of your {service} account has changed',
  'accounts.mail.emailChanged.body':
    'The email address of your account has been changed. From now on, sign-in codes and messages go to the new address, and this address can no longer be used to sign in.',
  'accounts.mail.emailChanged.notYou':
    'If you did not make this change, tell the consulate through the question system as soon as possible so that an officer can check your account.',
  'accounts.mail.emailChanged.action': 'Help and the question system',
  'accounts.mail.locked.subject': 'Signing in to your {service} account has been paused',
  'accounts.mail.locked.until':
    'A sign-in code for your account was entered wrongly several times in a row. To protect your account, signing in is paused until {until}.',
  'accounts.mail.locked.review':
    'A sign-in code for your account was entered wrongly many times. To protect your account, signing in stays blocked until a consular officer has checked your identity again. Ask for this through the question system.',
  'accounts.mail.locked.notYou':
    'If this was not you, someone may know your national code and be trying to sign in. Nobody can sign in without access to your email, so keep your email password safe.',
};
