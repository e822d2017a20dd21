import type { Translation } from './define.ts';

/** Documents: the registration scans and every request's attachments. */
export const fa = {
  'documents.title': 'مدارک شما',
  'documents.lead':
    'برای ثبت‌نام، تصویر این مدارک را بارگذاری کنید. عکسی روشن که با گوشی گرفته‌اید کافی است: ما آن را صاف و کوچک می‌کنیم و اطلاعات مکان و دستگاه را از آن پاک می‌کنیم.',
  'documents.registerNote':
    'حساب شما وقتی فعال می‌شود که همهٔ مدارک زیر بارگذاری شده باشد و مشخصات خود را تأیید کرده باشید.',
  'documents.progress': '{done} از {total} مدرک بارگذاری شده است.',
  'documents.continue': 'ادامه',
  'documents.continue.missing': 'وقتی همهٔ مدارک بارگذاری شد می‌توانید ادامه دهید.',
  'documents.backToAccount': 'بازگشت به حساب کاربری',
  'documents.safety':
    'فایل‌های شما رمزنگاری‌شده نگهداری می‌شوند و فقط شما و کارشناسان کنسولگری‌ای که درخواستتان را بررسی می‌کنند آن‌ها را می‌بینند.',

  'documents.kind.passport_bio': 'گذرنامه: صفحهٔ مشخصات',
  'documents.kind.passport_bio.summary': 'صفحهٔ دارای عکس و مشخصات شما در گذرنامهٔ معتبر',
  'documents.kind.passport_bio.rule1':
    'صفحه‌ای که عکس و مشخصات شما را دارد، در گذرنامه‌ای که هنوز اعتبار دارد.',
  'documents.kind.passport_bio.rule2':
    'هر چهار گوشهٔ صفحه دیده شود و دو سطر حروف و علامت‌های پایین صفحه خوانا باشد.',
  'documents.kind.passport_exit_stamp': 'گذرنامه: صفحهٔ مهر آخرین خروج',
  'documents.kind.passport_exit_stamp.summary': 'صفحه‌ای که مهر آخرین خروج شما از ایران را دارد',
  'documents.kind.passport_exit_stamp.rule1': 'صفحه‌ای از گذرنامه که مهر آخرین خروج شما از ایران روی آن است.',
  'documents.kind.passport_exit_stamp.rule2': 'تاریخ درون مهر باید خوانا باشد.',
  'documents.kind.residence_permit': 'روادید یا مدرک اقامت',
  'documents.kind.residence_permit.summary': 'روادید، اجازهٔ اقامت یا کارت اقامت در کشور محل زندگی',
  'documents.kind.residence_permit.rule1':
    'روادید، اجازهٔ اقامت یا کارت اقامتی که نشان می‌دهد به‌طور قانونی در کشور محل زندگی خود هستید.',
  'documents.kind.residence_permit.rule2':
    'اگر مدرک دو رو دارد، هر دو رو را در یک فایل PDF بگذارید یا روی دارای مشخصات را بارگذاری کنید.',
  'documents.kind.national_card_front': 'کارت ملی: روی کارت',
  'documents.kind.national_card_front.summary': 'روی کارت ملی، با عکس و کد ملی',
  'documents.kind.national_card_front.rule1': 'روی کارت که عکس، نام و کد ملی شما را دارد.',
  'documents.kind.national_card_front.rule2': 'کارت را روی زمینه‌ای ساده بگذارید تا لبه‌های آن دیده شود.',
  'documents.kind.national_card_back': 'کارت ملی: پشت کارت',
  'documents.kind.national_card_back.summary': 'پشت کارت ملی',
  'documents.kind.national_card_back.rule1': 'پشت همان کارت ملی، با تاریخ اعتبار و بارکد.',
  'documents.kind.national_card_back.rule2': 'همهٔ نوشته‌ها خوانا و بدون بازتاب نور باشد.',
  'documents.kind.photo': 'عکس چهره',
  'documents.kind.photo.summary': 'عکس تازه و تمام‌رخ، با زمینهٔ روشن',
  'documents.kind.photo.rule1':
    'عکسی تازه و رنگی، تمام‌رخ و رو به دوربین، با زمینهٔ ساده و روشن. چهره بیشتر عکس را پر کند.',
  'documents.kind.photo.rule2':
    'بدون کلاه و عینک تیره. برای بانوان، پوشش اسلامی؛ برای آقایان، پیراهن یقه‌دار.',
  'documents.kind.photo.rule3': 'عکس باید ایستاده باشد (بلندتر از پهنا) و دست‌کم ۳۰۰ × ۴۰۰ پیکسل.',

  'documents.rules.title': 'چه فایلی بفرستید',
  'documents.rules.formats': 'فایل JPEG، PNG یا PDF، حداکثر {size}.',
  'documents.rules.photoFormats': 'تصویر JPEG یا PNG، حداکثر {size}.',
  'documents.rules.legible': 'تصویر باید خوانا باشد: دست‌کم ۷۰۰ پیکسل در بلندترین ضلع.',
  'documents.example': 'نمونه',
  'documents.example.alt': 'طرحی ساده به‌عنوان نمونه: {kind}',

  'documents.status.uploaded': 'بارگذاری شده',
  'documents.status.pending': 'در حال بررسی امنیتی',
  'documents.status.missing': 'بارگذاری نشده',

  'documents.current.title': 'فایل شما',
  'documents.current.type': 'نوع فایل',
  'documents.current.size': 'اندازه',
  'documents.current.dimensions': 'ابعاد',
  'documents.current.dimensionsValue': '{width} × {height} پیکسل',
  'documents.current.pages': 'تعداد صفحه',
  'documents.current.uploaded': 'تاریخ بارگذاری',
  'documents.current.status': 'وضعیت',
  'documents.current.open': 'باز کردن فایل',
  'documents.current.pendingNote':
    'این فایل پیش از آن‌که کسی آن را ببیند، از نظر ویروس بررسی می‌شود. این کار معمولاً کمتر از یک دقیقه طول می‌کشد.',
  'documents.current.thumbnailAlt': 'پیش‌نمایش {kind}',
  'documents.current.pdf': 'سند PDF',
  'documents.current.image': 'تصویر JPEG',
  'documents.current.locked':
    'این فایل بخشی از درخواستی است که فرستاده‌اید، پس نگه داشته می‌شود. می‌توانید نسخهٔ تازه‌تری بارگذاری کنید.',

  'documents.upload.label': 'فایل را انتخاب کنید',
  'documents.upload.replaceLabel': 'برای جایگزینی، فایل تازه‌ای انتخاب کنید',
  'documents.upload.button': 'بارگذاری',
  'documents.upload.progress': 'در حال بارگذاری',
  'documents.upload.checking': 'فایل رسید؛ در حال بررسی آن هستیم…',
  'documents.upload.preview': 'پیش‌نمایش فایلی که انتخاب کرده‌اید',
  'documents.upload.pdfChosen': 'فایل PDF انتخاب شد: {name}',

  'documents.delete.button': 'حذف این فایل',
  'documents.flash.uploaded.title': '«{kind}» بارگذاری شد',
  'documents.flash.uploaded.body': 'فایل را بررسی کردیم و نگه داشتیم.',
  'documents.flash.pending.body':
    'فایل را نگه داشتیم و پیش از آن‌که کسی آن را ببیند، از نظر ویروس بررسی می‌کنیم. این کار معمولاً کمتر از یک دقیقه طول می‌کشد.',
  'documents.flash.deleted.title': '«{kind}» حذف شد',
  'documents.flash.deleted.body': 'اگر لازم است، فایل تازه‌ای بارگذاری کنید.',
  'documents.flash.lockedDelete':
    'این فایل بخشی از درخواستی است که فرستاده‌اید و حذف نمی‌شود. می‌توانید نسخهٔ تازه‌تری بارگذاری کنید.',

  'documents.size.kb': '{value} کیلوبایت',
  'documents.size.mb': '{value} مگابایت',
  'documents.usage': 'تاکنون {files} فایل به حجم {size} بارگذاری کرده‌اید (سقف: {maxFiles} فایل و {maxSize}).',

  'documents.error.noFile': 'فایلی برای بارگذاری انتخاب کنید',
  'documents.error.interrupted':
    'بارگذاری کامل نشد. اتصال اینترنت خود را بررسی کنید و دوباره فایل را انتخاب و بارگذاری کنید.',
  'documents.refusal.empty': 'فایلی که انتخاب کردید خالی است. فایل دیگری انتخاب کنید.',
  'documents.refusal.too_large':
    'فایل بزرگ‌تر از {size} است. فایل کوچک‌تری انتخاب کنید یا عکس را با اندازهٔ کوچک‌تر بگیرید.',
  'documents.refusal.not_accepted':
    'این فایل JPEG، PNG یا PDF نیست (تغییر نام فایل نوع آن را عوض نمی‌کند). مدرک را به یکی از این شکل‌ها ذخیره یا اسکن کنید و دوباره بفرستید.',
  'documents.refusal.photo_format': 'عکس چهره باید تصویر JPEG یا PNG باشد، نه PDF.',
  'documents.refusal.active_content':
    'این فایل کد صفحهٔ وب یا اسکریپت دارد و پذیرفته نمی‌شود. از مدرک دوباره عکس بگیرید یا آن را اسکن کنید و فایل تازه را بفرستید.',
  'documents.refusal.damaged':
    'این تصویر خوانده نشد؛ شاید ناقص یا خراب باشد. آن را دوباره ذخیره کنید یا عکس تازه‌ای بگیرید.',
  'documents.refusal.too_many_pixels':
    'ابعاد این تصویر بیش از اندازه است (حداکثر {max} مگاپیکسل). عکس را با وضوح کمتری بگیرید یا ذخیره کنید.',
  'documents.refusal.too_small':
    'این تصویر برای خواندن کوچک است: دست‌کم {short} × {long} پیکسل لازم است. از نزدیک‌تر و واضح‌تر عکس بگیرید.',
  'documents.refusal.not_portrait':
    'عکس چهره باید ایستاده باشد (بلندتر از پهنا)، مانند عکس گذرنامه. عکس را دور سر و شانه‌ها برش دهید.',
  'documents.refusal.pdf_encrypted':
    'این PDF با گذرواژه یا رمزنگاری قفل شده است. آن را بدون قفل ذخیره کنید و دوباره بفرستید.',
  'documents.refusal.pdf_damaged':
    'این PDF خوانده نشد؛ شاید ناقص یا خراب باشد. آن را دوباره ذخیره یا اسکن کنید.',
  'documents.refusal.pdf_too_many_pages':
    'این PDF بیش از {max} صفحه دارد. فقط صفحه‌هایی را که خواسته شده بفرستید.',
  'documents.refusal.infected':
    'بررسی ویروس در این فایل تهدیدی یافت و فایل نگه داشته نشد. مدرک را با دستگاهی که به آن اطمینان دارید دوباره اسکن کنید.',
  'documents.refusal.quota':
    'به سقف فایل‌های بارگذاری‌شده رسیده‌اید ({files} فایل یا {size}). فایل‌هایی را که دیگر لازم ندارید حذف کنید.',
};

export const en: Translation<typeof fa> = {
  'documents.title': 'Your documents',
  'documents.lead':
    'To register, upload a picture of each of these documents. A clear photo taken with a phone is fine: we straighten it, make it smaller and remove location and device data from it.',
  'documents.registerNote':
    'Your account becomes active once every document below is uploaded and you have confirmed your details.',
  'documents.progress': '{done} of {total} documents uploaded.',
  'documents.continue': 'Continue',
  'documents.continue.missing': 'You can continue once every document is uploaded.',
  'documents.backToAccount': 'Back to your account',
  'documents.safety':
    'Your files are stored encrypted. Only you, and the officers of the consulate handling your request, can see them.',

  'documents.kind.passport_bio': 'Passport: details page',
  'documents.kind.passport_bio.summary': 'The page with your photo and details, in a valid passport',
  'documents.kind.passport_bio.rule1':
    'The page with your photo and details, in a passport that is still valid.',
  'documents.kind.passport_bio.rule2':
    'All four corners visible, and the two lines of letters and chevrons at the bottom readable.',
  'documents.kind.passport_exit_stamp': 'Passport: page with your last exit stamp',
  'documents.kind.passport_exit_stamp.summary': 'The page stamped when you last left Iran',
  'documents.kind.passport_exit_stamp.rule1': 'The passport page with the stamp of your last exit from Iran.',
  'documents.kind.passport_exit_stamp.rule2': 'The date in the stamp must be readable.',
  'documents.kind.residence_permit': 'Visa or residence document',
  'documents.kind.residence_permit.summary': 'Your visa, residence permit or residence card where you live',
  'documents.kind.residence_permit.rule1':
    'A visa, residence permit or residence card showing that you live lawfully in your country of residence.',
  'documents.kind.residence_permit.rule2':
    'If it has two sides, put both in one PDF, or upload the side with your details.',
  'documents.kind.national_card_front': 'National card: front',
  'documents.kind.national_card_front.summary':
    'The front of your national card, with photo and national code',
  'documents.kind.national_card_front.rule1': 'The side of the card with your photo, name and national code.',
  'documents.kind.national_card_front.rule2': 'Lay the card on a plain surface so that its edges show.',
  'documents.kind.national_card_back': 'National card: back',
  'documents.kind.national_card_back.summary': 'The back of your national card',
  'documents.kind.national_card_back.rule1': 'The back of the same card, with its expiry date and barcode.',
  'documents.kind.national_card_back.rule2': 'All text readable, without glare.',
  'documents.kind.photo': 'Photo of your face',
  'documents.kind.photo.summary': 'A recent full-face photo on a light background',
  'documents.kind.photo.rule1':
    'A recent colour photo, full face and looking at the camera, on a plain light background. Your face should fill most of the picture.',
  'documents.kind.photo.rule2': 'No hat or dark glasses. Women: Islamic dress code; men: a collared shirt.',
  'documents.kind.photo.rule3': 'Portrait shape (taller than wide), at least 300 × 400 pixels.',

  'documents.rules.title': 'What to send',
  'documents.rules.formats': 'A JPEG, PNG or PDF file, up to {size}.',
  'documents.rules.photoFormats': 'A JPEG or PNG image, up to {size}.',
  'documents.rules.legible': 'Pictures must be readable: at least 700 pixels along the longer side.',
  'documents.example': 'Example',
  'documents.example.alt': 'A simple example drawing: {kind}',

  'documents.status.uploaded': 'Uploaded',
  'documents.status.pending': 'Being checked',
  'documents.status.missing': 'Not uploaded',

  'documents.current.title': 'Your file',
  'documents.current.type': 'Type',
  'documents.current.size': 'Size',
  'documents.current.dimensions': 'Dimensions',
  'documents.current.dimensionsValue': '{width} × {height} pixels',
  'documents.current.pages': 'Pages',
  'documents.current.uploaded': 'Uploaded',
  'documents.current.status': 'Status',
  'documents.current.open': 'Open the file',
  'documents.current.pendingNote':
    'Before anyone sees this file it is checked for viruses. This usually takes less than a minute.',
  'documents.current.thumbnailAlt': 'Preview of {kind}',
  'documents.current.pdf': 'PDF document',
  'documents.current.image': 'JPEG image',
  'documents.current.locked':
    'This file is part of a request you submitted, so it is kept. You can upload a newer version.',

  'documents.upload.label': 'Choose a file',
  'documents.upload.replaceLabel': 'To replace it, choose a new file',
  'documents.upload.button': 'Upload',
  'documents.upload.progress': 'Uploading',
  'documents.upload.checking': 'File received; checking it…',
  'documents.upload.preview': 'Preview of the file you chose',
  'documents.upload.pdfChosen': 'PDF chosen: {name}',

  'documents.delete.button': 'Delete this file',
  'documents.flash.uploaded.title': '“{kind}” uploaded',
  'documents.flash.uploaded.body': 'We checked the file and kept it.',
  'documents.flash.pending.body':
    'We kept the file and are checking it for viruses before anyone sees it. This usually takes less than a minute.',
  'documents.flash.deleted.title': '“{kind}” deleted',
  'documents.flash.deleted.body': 'Upload a new file if you need to.',
  'documents.flash.lockedDelete':
    'This file is part of a request you submitted and cannot be deleted. You can upload a newer version.',

  'documents.size.kb': '{value} KB',
  'documents.size.mb': '{value} MB',
  'documents.usage': 'You have uploaded {files} files using {size} (limit: {maxFiles} files and {maxSize}).',

  'documents.error.noFile': 'Choose a file to upload',
  'documents.error.interrupted':
    'The upload did not finish. Check your internet connection, then choose the file and upload it again.',
  'documents.refusal.empty': 'The file you chose is empty. Choose another file.',
  'documents.refusal.too_large':
    'The file is larger than {size}. Choose a smaller file, or take the photo again at a smaller size.',
  'documents.refusal.not_accepted':
    'This file is not a JPEG, PNG or PDF (renaming a file does not change its type). Save or scan your document as one of these and upload it again.',
  'documents.refusal.photo_format': 'The photo of your face must be a JPEG or PNG image, not a PDF.',
  'documents.refusal.active_content':
    'This file contains web page code or scripts, which we do not accept. Photograph or scan the document again and upload the new file.',
  'documents.refusal.damaged':
    'This picture could not be read: it may be incomplete or damaged. Save it again or take a new photo.',
  'documents.refusal.too_many_pixels':
    'This picture is too big ({max} megapixels at most). Take or save it at a lower resolution.',
  'documents.refusal.too_small':
    'This picture is too small to read: it needs at least {short} × {long} pixels. Take a closer, sharper photo.',
  'documents.refusal.not_portrait':
    'The photo must be taller than it is wide, like a passport photo. Crop it around your head and shoulders.',
  'documents.refusal.pdf_encrypted':
    'This PDF is locked with a password or encryption. Save it again without protection and upload it.',
  'documents.refusal.pdf_damaged':
    'This PDF could not be read: it may be incomplete or damaged. Save or scan it again.',
  'documents.refusal.pdf_too_many_pages':
    'This PDF has more than {max} pages. Upload only the pages that are asked for.',
  'documents.refusal.infected':
    'Our virus check found a threat in this file, so it was not kept. Scan your document again on a device you trust.',
  'documents.refusal.quota':
    'You have reached the limit for uploaded files ({files} files or {size}). Delete files you no longer need.',
};
