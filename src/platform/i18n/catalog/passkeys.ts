import type { Translation } from './define.ts';

/** Passkeys: signing in with the screen lock of a phone or computer instead of an emailed code. */
export const fa = {
  'passkeys.title': 'کلیدهای عبور',
  'passkeys.lead':
    'با کلید عبور، به‌جای رمزی که به ایمیلتان فرستاده می‌شود، با قفل صفحهٔ گوشی یا رایانهٔ خود (اثر انگشت، چهره یا پین) وارد سامانه می‌شوید.',
  'passkeys.privacy':
    'اثر انگشت یا تصویر چهرهٔ شما هرگز از دستگاهتان بیرون نمی‌رود و به ما نمی‌رسد. ما فقط کلیدی عمومی نگه می‌داریم که به‌تنهایی برای ورود کافی نیست.',
  'passkeys.codesStillWork': 'ورود با رمز ایمیلی همچنان کار می‌کند؛ کلید عبور فقط راهی سریع‌تر و امن‌تر است.',
  'passkeys.backToAccount': 'بازگشت به حساب کاربری',

  'passkeys.list.title': 'کلیدهای عبور شما',
  'passkeys.list.empty': 'هنوز کلید عبوری نیفزوده‌اید.',
  'passkeys.list.added': 'تاریخ افزودن',
  'passkeys.list.lastUsed': 'آخرین استفاده',
  'passkeys.list.never': 'هنوز استفاده نشده است',
  'passkeys.time.utc': 'زمان‌ها به وقت هماهنگ جهانی (UTC) است.',
  'passkeys.remove': 'حذف',
  'passkeys.remove.hint':
    'اگر کلید عبوری را حذف کنید، دیگر برای ورود به این حساب کار نمی‌کند. می‌توانید آن را از مدیر گذرواژهٔ دستگاهتان هم پاک کنید.',

  'passkeys.flash.added.title': 'کلید عبور افزوده شد',
  'passkeys.flash.added.body': 'از این پس می‌توانید در صفحهٔ ورود، «ورود با کلید عبور» را بزنید.',
  'passkeys.flash.removed.title': 'کلید عبور حذف شد',
  'passkeys.flash.removed.body': 'آن کلید عبور دیگر برای ورود به این حساب کار نمی‌کند.',

  'passkeys.add.title': 'افزودن کلید عبور',
  'passkeys.add.body':
    'دکمه را بزنید؛ مرورگر یا گوشی شما می‌خواهد با اثر انگشت، چهره یا پین قفل صفحه تأیید کنید. می‌توانید کلید عبور را روی همین دستگاه یا روی گوشی خود بسازید.',
  'passkeys.add.button': 'افزودن کلید عبور',
  'passkeys.add.needsJavaScript':
    'برای افزودن کلید عبور به مرورگری نیاز دارید که جاوااسکریپت آن روشن باشد و از کلید عبور پشتیبانی کند. این مرورگر نمی‌تواند کلید عبور بسازد. ورود با رمز ایمیلی همچنان کار می‌کند.',
  'passkeys.add.notActive':
    'وقتی حساب شما فعال شد می‌توانید کلید عبور بیفزایید. نخست ثبت‌نام را کامل و مشخصات خود را تأیید کنید.',
  'passkeys.add.limit':
    'شما {count} کلید عبور دارید که بیشترین تعداد مجاز است. برای افزودن کلیدی تازه، یکی را حذف کنید.',
  'passkeys.add.confirm':
    'برای امنیت حساب، پیش از افزودن کلید عبور باید دوباره تأیید کنید که خودتان هستید. رمزی یک‌بار مصرف به ایمیلتان فرستاده می‌شود.',
  'passkeys.add.confirmButton': 'تأیید هویت و افزودن کلید عبور',
  'passkeys.defaultName': 'کلید عبور افزوده‌شده در {date}',

  'passkeys.signIn.title': 'ورود با کلید عبور',
  'passkeys.signIn.lead':
    'اگر به حساب خود کلید عبور افزوده‌اید، با قفل صفحهٔ گوشی یا رایانهٔ خود وارد شوید؛ رمز ایمیلی لازم نیست.',
  'passkeys.signIn.button': 'ورود با کلید عبور',
  'passkeys.signIn.needsJavaScript':
    'ورود با کلید عبور به مرورگری نیاز دارد که جاوااسکریپت آن روشن باشد و از کلید عبور پشتیبانی کند. با رمزی که به ایمیلتان فرستاده می‌شود وارد شوید.',
  'passkeys.signIn.useCode': 'ورود با رمز ایمیلی',

  'passkeys.error.add':
    'کلید عبور افزوده نشد. دوباره تلاش کنید. اگر باز هم نشد، همچنان با رمز ایمیلی وارد شوید.',
  'passkeys.error.exists': 'این دستگاه از پیش یک کلید عبور برای حساب شما دارد و نیازی به کلید تازه نیست.',
  'passkeys.error.cancelled': 'کاری انجام نشد: درخواست لغو شد یا زمانش گذشت. دوباره تلاش کنید.',
  'passkeys.error.signIn':
    'ورود با کلید عبور انجام نشد. دوباره تلاش کنید، یا با رمزی که به ایمیلتان فرستاده می‌شود وارد شوید.',
};

export const en: Translation<typeof fa> = {
  'passkeys.title': 'Passkeys',
  'passkeys.lead':
    "A passkey lets you sign in with your phone's or computer's screen lock (fingerprint, face or PIN) instead of a code sent to your email.",
  'passkeys.privacy':
    'Your fingerprint or face never leaves your device and never reaches us. We keep only a public key, which cannot sign anyone in by itself.',
  'passkeys.codesStillWork': 'Emailed codes keep working: a passkey is just a quicker and safer way in.',
  'passkeys.backToAccount': 'Back to your account',

  'passkeys.list.title': 'Your passkeys',
  'passkeys.list.empty': 'You have not added a passkey yet.',
  'passkeys.list.added': 'Added',
  'passkeys.list.lastUsed': 'Last used',
  'passkeys.list.never': 'Not used yet',
  'passkeys.time.utc': 'Times are in Coordinated Universal Time (UTC).',
  'passkeys.remove': 'Remove',
  'passkeys.remove.hint':
    "A passkey you remove stops working for this account. You can also delete it from your device's password manager.",

  'passkeys.flash.added.title': 'Passkey added',
  'passkeys.flash.added.body': 'Next time, choose “Sign in with a passkey” on the sign-in page.',
  'passkeys.flash.removed.title': 'Passkey removed',
  'passkeys.flash.removed.body': 'That passkey no longer signs in to this account.',

  'passkeys.add.title': 'Add a passkey',
  'passkeys.add.body':
    'Press the button and your browser or phone will ask you to confirm with your fingerprint, face or screen lock PIN. You can keep the passkey on this device or on your phone.',
  'passkeys.add.button': 'Add a passkey',
  'passkeys.add.needsJavaScript':
    'Adding a passkey needs a browser that supports passkeys, with JavaScript turned on. This browser cannot add one. Emailed codes keep working.',
  'passkeys.add.notActive':
    'You can add a passkey once your account is active. Finish registering and confirm your details first.',
  'passkeys.add.limit': 'You have {count} passkeys, the most allowed. Remove one to add another.',
  'passkeys.add.confirm':
    'To keep your account safe, confirm it is you before adding a passkey. We will send a one-time code to your email.',
  'passkeys.add.confirmButton': 'Confirm it is you and add a passkey',
  'passkeys.defaultName': 'Passkey added {date}',

  'passkeys.signIn.title': 'Sign in with a passkey',
  'passkeys.signIn.lead':
    "If you have added a passkey to your account, sign in with your phone's or computer's screen lock. No emailed code is needed.",
  'passkeys.signIn.button': 'Sign in with a passkey',
  'passkeys.signIn.needsJavaScript':
    'Signing in with a passkey needs a browser that supports passkeys, with JavaScript turned on. Sign in with a code sent to your email instead.',
  'passkeys.signIn.useCode': 'Sign in with an emailed code',

  'passkeys.error.add':
    'The passkey was not added. Try again. If it still fails, keep signing in with emailed codes.',
  'passkeys.error.exists':
    'This device already holds a passkey for your account: there is no need for another.',
  'passkeys.error.cancelled': 'Nothing happened: the request was cancelled or took too long. Try again.',
  'passkeys.error.signIn':
    'We could not sign you in with a passkey. Try again, or sign in with a code sent to your email.',
};
