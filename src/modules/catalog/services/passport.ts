import { defineService } from '../definition.ts';

/**
 * Passport affairs (امور گذرنامه): the four menus of the real portal's passport section (research §1): passport,
 * travel document, student exit permit, conscript exit permit. Fees are the euro tariff of research §4.
 */

const yesNo = [
  { value: 'yes', label: { fa: 'بله', en: 'Yes' } },
  { value: 'no', label: { fa: 'خیر', en: 'No' } },
];

export const passport = defineService({
  id: 'passport',
  group: 'passport',
  name: { fa: 'صدور یا تعویض گذرنامه', en: 'Apply for or renew a passport' },
  summary: {
    fa: 'درخواست گذرنامهٔ جدید یا تعویض گذرنامه برای خودتان یا فرزند زیر ۱۸ سالتان؛ از جمله برای گذرنامهٔ گم‌شده یا آسیب‌دیده.',
    en: 'Get a new Iranian passport or replace your current one, for yourself or your child under 18, including when a passport is lost or damaged.',
  },
  keywords: [
    { fa: 'پاسپورت', en: 'passport' },
    { fa: 'گذر نامه', en: 'travel passport' },
    { fa: 'تمدید گذرنامه', en: 'passport renewal' },
    { fa: 'تعویض پاسپورت', en: 'replace passport' },
    { fa: 'گذرنامهٔ المثنی', en: 'lost passport' },
    { fa: 'گذرنامهٔ مفقودی', en: 'stolen passport' },
    { fa: 'گذرنامهٔ کودک', en: 'child passport' },
    { fa: 'تغییر محل اقامت', en: 'change of residence' },
  ],
  applicants: ['self', 'minor'],
  prepare: [
    {
      fa: 'شناسنامهٔ کسی که گذرنامه برای اوست؛ اگر ۱۵ سال یا بیشتر سن دارد، شناسنامه باید عکس‌دار باشد.',
      en: 'The birth certificate of the person the passport is for. From the age of 15 it must have a photo.',
    },
    {
      fa: 'گذرنامهٔ فعلی، اگر هنوز در دست شماست. آن را هنگام مراجعه همراه بیاورید.',
      en: 'The current passport, if you still have it. Bring it to your appointment.',
    },
    {
      fa: 'آقایان ۱۸ تا ۵۰ ساله: کارت پایان خدمت یا کارت معافیت.',
      en: 'Men aged 18 to 50: military service card or exemption card.',
    },
  ],
  pages: [
    {
      id: 'for-whom',
      title: { fa: 'گذرنامه برای کیست؟', en: 'Who is the passport for?' },
      fields: [
        {
          id: 'forWhom',
          type: 'choice',
          label: { fa: 'گذرنامه برای کیست؟', en: 'Who is the passport for?' },
          options: [
            { value: 'self', label: { fa: 'برای خودم', en: 'Me' } },
            {
              value: 'minor',
              label: { fa: 'برای فرزندم (زیر ۱۸ سال)', en: 'My child under 18' },
              hint: {
                fa: 'به رضایت‌نامهٔ کتبی ولی قانونی فرزند نیاز است.',
                en: "The written consent of the child's legal guardian is needed.",
              },
            },
          ],
        },
      ],
    },
    {
      id: 'child',
      title: { fa: 'مشخصات فرزند', en: "Your child's details" },
      intro: {
        fa: 'مشخصات را دقیقاً همان‌گونه بنویسید که در شناسنامهٔ فرزندتان آمده است.',
        en: "Enter the details exactly as they are on your child's Iranian birth certificate.",
      },
      showIf: { field: 'forWhom', equals: 'minor' },
      fields: [
        { id: 'childFirstName', type: 'text', label: { fa: 'نام', en: 'First name' }, maxLength: 60 },
        { id: 'childLastName', type: 'text', label: { fa: 'نام خانوادگی', en: 'Last name' }, maxLength: 60 },
        {
          id: 'childNationalCode',
          type: 'nationalCode',
          label: { fa: 'کد ملی فرزند', en: "Child's national code" },
          hint: { fa: 'ده رقم، روی شناسنامهٔ فرزند', en: "10 digits, on the child's birth certificate" },
        },
        {
          id: 'childBirthDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ تولد', en: 'Date of birth' },
        },
      ],
    },
    {
      id: 'reason',
      title: { fa: 'دلیل درخواست', en: 'Why you are applying' },
      fields: [
        {
          id: 'reason',
          type: 'choice',
          label: { fa: 'چرا گذرنامهٔ جدید لازم است؟', en: 'Why is a new passport needed?' },
          options: [
            {
              value: 'expiring',
              label: {
                fa: 'کمتر از ۶ ماه از اعتبار گذرنامه باقی مانده است',
                en: 'It has less than 6 months of validity left',
              },
            },
            { value: 'pages-full', label: { fa: 'صفحه‌های گذرنامه پر شده است', en: 'Its pages are full' } },
            {
              value: 'lost',
              label: { fa: 'گذرنامه گم شده یا به سرقت رفته است', en: 'It was lost or stolen' },
            },
            { value: 'damaged', label: { fa: 'گذرنامه آسیب دیده است', en: 'It is damaged' } },
            {
              value: 'details-changed',
              label: {
                fa: 'نام، نام خانوادگی یا تاریخ تولد تغییر کرده است',
                en: 'The name, surname or date of birth has changed',
              },
            },
            {
              value: 'first',
              label: {
                fa: 'تاکنون گذرنامهٔ ایرانی صادر نشده است',
                en: 'No Iranian passport has ever been issued',
              },
              hint: {
                fa: 'برای نمونه، برای کسی که در خارج از ایران به دنیا آمده است',
                en: 'For example, born abroad',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'lost',
      title: { fa: 'گذرنامهٔ گم‌شده', en: 'The lost passport' },
      showIf: { field: 'reason', equals: 'lost' },
      fields: [
        {
          id: 'lostPlace',
          type: 'text',
          label: { fa: 'گذرنامه کجا گم شد؟', en: 'Where was it lost?' },
          hint: { fa: 'شهر و کشور', en: 'City and country' },
        },
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
          id: 'lostPassportNumber',
          type: 'text',
          optional: true,
          maxLength: 20,
          label: { fa: 'شمارهٔ گذرنامهٔ گم‌شده', en: 'Number of the lost passport' },
          hint: { fa: 'اگر آن را می‌دانید', en: 'If you know it' },
        },
      ],
    },
    {
      id: 'damage',
      title: { fa: 'آسیب گذرنامه', en: 'The damage' },
      showIf: { field: 'reason', equals: 'damaged' },
      fields: [
        {
          id: 'damageDescription',
          type: 'text',
          multiline: true,
          maxLength: 500,
          label: { fa: 'گذرنامه چه آسیبی دیده است؟', en: 'How is the passport damaged?' },
          hint: {
            fa: 'برای نمونه: آب‌دیدگی، پارگی صفحه‌ها یا ناخوانا شدن صفحهٔ مشخصات. گذرنامهٔ آسیب‌دیده را هنگام مراجعه همراه بیاورید.',
            en: 'For example: water damage, torn pages, or an unreadable photo page. Bring the damaged passport to your appointment.',
          },
        },
      ],
    },
    {
      id: 'residence',
      title: { fa: 'محل اقامت قانونی', en: 'Legal residence' },
      fields: [
        {
          id: 'changeResidence',
          type: 'choice',
          label: {
            fa: 'آیا محل اقامت قانونی در گذرنامهٔ جدید به کشور محل سکونت تغییر کند؟',
            en: 'Should the new passport show your country of residence as the legal residence?',
          },
          hint: {
            fa: 'با این تغییر، در گذرنامه ثبت می‌شود که ساکن خارج از کشور هستید. دانشجویانی که اجازهٔ خروج دانشجویی می‌گیرند باید محل اقامتشان ایران باشد.',
            en: 'The passport will then show that you live abroad. Students who use a student exit permit need Iran as their residence.',
          },
          options: yesNo,
        },
      ],
    },
  ],
  documents: {
    profile: [
      'passport_bio',
      'passport_exit_stamp',
      'residence_permit',
      'national_card_front',
      'national_card_back',
      'photo',
    ],
    request: [
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامه', en: 'Birth certificate' },
        hint: {
          fa: 'همهٔ صفحه‌های شناسنامهٔ کسی که گذرنامه برای اوست، در یک فایل PDF یا چند تصویر خوانا.',
          en: 'Every page of the birth certificate of the person the passport is for.',
        },
      },
      {
        kind: 'child_photo',
        photo: true,
        label: { fa: 'عکس فرزند', en: "Your child's photo" },
        hint: {
          fa: 'عکس جدید و تمام‌رخ با زمینهٔ روشن. دختران بالای ۹ سال با حجاب کامل.',
          en: 'A recent full-face photo on a light background. Girls over 9 with their hair covered.',
        },
        showIf: { field: 'forWhom', equals: 'minor' },
      },
      {
        kind: 'guardian_consent',
        label: { fa: 'رضایت‌نامهٔ ولی قانونی', en: "Legal guardian's consent" },
        hint: {
          fa: 'اجازهٔ کتبی و امضاشدهٔ پدر یا جد پدری، یا قیم تعیین‌شده از سوی دادگاه، برای صدور گذرنامه و خروج فرزند از کشور. اگر خودتان ولی فرزند هستید، رضایت‌نامهٔ امضاشدهٔ خودتان را بارگذاری کنید.',
          en: "Written, signed permission from the child's father or paternal grandfather, or a court-appointed guardian, for the passport and for the child to travel. If you are the guardian, upload your own signed consent.",
        },
        showIf: { field: 'forWhom', equals: 'minor' },
      },
      {
        kind: 'police_report',
        label: { fa: 'گزارش پلیس', en: 'Police report' },
        hint: {
          fa: 'گزارشی که پلیس کشور محل سکونت دربارهٔ گم شدن یا سرقت گذرنامه داده است.',
          en: 'The report from the local police that the passport was lost or stolen.',
        },
        showIf: { field: 'reason', equals: 'lost' },
      },
      {
        kind: 'change_of_details',
        label: { fa: 'سند تغییر مشخصات', en: 'Proof of the change' },
        hint: {
          fa: 'صفحهٔ شناسنامه که تغییر نام، نام خانوادگی یا تاریخ تولد در آن ثبت شده است.',
          en: 'The birth certificate page where the new name, surname or date of birth is recorded.',
        },
        showIf: { field: 'reason', equals: 'details-changed' },
      },
      {
        kind: 'military_service_card',
        optional: true,
        label: { fa: 'کارت پایان خدمت یا معافیت', en: 'Military service or exemption card' },
        hint: {
          fa: 'فقط برای آقایان ۱۸ تا ۵۰ ساله، هر دو روی کارت.',
          en: 'Only for men aged 18 to 50. Both sides of the card.',
        },
      },
    ],
  },
  fee: {
    eur: 100,
    note: {
      fa: 'زیر ۱۸ سال: ۵۰ یورو. گذرنامهٔ گم‌شده یا آسیب‌دیده: ۱۵۰ یورو. تغییر محل اقامت: ۱۸ یورو افزون بر هزینهٔ گذرنامه.',
      en: 'Under 18: €50. Lost or damaged passport: €150. Change of legal residence: €18 on top.',
    },
  },
  // Fingerprints and originals are checked at the counter; the passport itself is made in Iran.
  visit: { required: true, minutes: 20 },
  outcome: 'iran',
  // Amber once a month has passed (the usual time for a passport from Iran), red after six weeks.
  sla: { amberDays: 30, redDays: 45 },
});

export const travelDocument = defineService({
  id: 'travel-document',
  group: 'passport',
  name: { fa: 'برگ عبور', en: 'Travel document to return to Iran' },
  summary: {
    fa: 'برای ایرانیانی که گذرنامهٔ معتبر ندارند و می‌خواهند به ایران بازگردند. برگ عبور از روز صدور ۲۰ روز اعتبار دارد.',
    en: 'For Iranians with no valid passport who are going back to Iran. It is valid for 20 days from the day it is issued.',
  },
  keywords: [
    { fa: 'برگه عبور', en: 'barg-e obur' },
    { fa: 'برگ تردد', en: 'emergency travel document' },
    { fa: 'بازگشت به ایران بدون گذرنامه', en: 'return to Iran without a passport' },
    { fa: 'سند مسافرتی اضطراری', en: 'laissez-passer' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'درخواست را نزدیک به تاریخ سفر ثبت کنید؛ برگ عبور فقط ۲۰ روز اعتبار دارد.',
      en: 'Apply close to your travel date: the travel document is valid for 20 days only.',
    },
    {
      fa: 'سه قطعه عکس ۳ در ۴ برای روز مراجعه.',
      en: 'Three passport photos (3 × 4 cm) for your appointment.',
    },
    {
      fa: 'اگر هیچ مدرک شناسایی عکس‌دار ایرانی ندارید، یکی از بستگانتان در ایران باید مدارک هویتی شما را به ساختمان شمارهٔ ۳ وزارت امور خارجه در تهران یا یکی از دفترهای استانی آن ببرد.',
      en: 'If you have no Iranian photo ID at all, a relative in Iran must take your identity documents to the Ministry of Foreign Affairs, Building No. 3 in Tehran, or to one of its provincial offices.',
    },
  ],
  pages: [
    {
      id: 'travel',
      title: { fa: 'سفر شما', en: 'Your journey' },
      fields: [
        {
          id: 'travelDate',
          type: 'date',
          when: 'future',
          label: { fa: 'چه روزی به ایران سفر می‌کنید؟', en: 'When do you plan to travel to Iran?' },
          hint: { fa: 'تاریخ تقریبی کافی است.', en: 'An approximate date is fine.' },
        },
      ],
    },
    {
      id: 'no-passport',
      title: { fa: 'گذرنامهٔ شما', en: 'Your passport' },
      fields: [
        {
          id: 'noPassportReason',
          type: 'choice',
          label: { fa: 'چرا گذرنامهٔ معتبر ندارید؟', en: 'Why do you not have a valid passport?' },
          options: [
            { value: 'lost', label: { fa: 'گم شده یا به سرقت رفته است', en: 'It was lost or stolen' } },
            { value: 'expired', label: { fa: 'اعتبار آن تمام شده است', en: 'It has expired' } },
            { value: 'damaged', label: { fa: 'آسیب دیده است', en: 'It is damaged' } },
            { value: 'never', label: { fa: 'هرگز گذرنامهٔ ایرانی نداشته‌ام', en: 'I have never had one' } },
            { value: 'other', label: { fa: 'دلیل دیگری دارد', en: 'Another reason' } },
          ],
        },
        {
          id: 'otherReason',
          type: 'text',
          multiline: true,
          maxLength: 500,
          label: { fa: 'دلیل را توضیح دهید', en: 'Tell us the reason' },
          showIf: { field: 'noPassportReason', equals: 'other' },
        },
      ],
    },
    {
      id: 'contact-in-iran',
      title: { fa: 'آشنای شما در ایران', en: 'A contact in Iran' },
      intro: {
        fa: 'کسی در ایران که در صورت نیاز بتوان با او تماس گرفت.',
        en: 'Someone in Iran we can contact if we need to.',
      },
      fields: [
        { id: 'iranContactName', type: 'text', label: { fa: 'نام و نام خانوادگی', en: 'Full name' } },
        {
          id: 'iranContactRelationship',
          type: 'text',
          maxLength: 60,
          label: { fa: 'نسبت با شما', en: 'How they are related to you' },
          hint: { fa: 'برای نمونه: برادر', en: 'For example: brother' },
        },
        { id: 'iranContactPhone', type: 'phone', label: { fa: 'شمارهٔ تلفن', en: 'Phone number' } },
      ],
    },
  ],
  documents: {
    profile: ['residence_permit', 'national_card_front', 'national_card_back', 'photo'],
    request: [
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامه', en: 'Birth certificate' },
        hint: { fa: 'همهٔ صفحه‌های شناسنامه', en: 'Every page of your Iranian birth certificate' },
      },
      {
        kind: 'police_letter',
        label: { fa: 'نامهٔ پلیس یا ادارهٔ مهاجرت', en: 'Letter from the police or immigration office' },
        hint: {
          fa: 'برای نمونه گزارش پلیس دربارهٔ گم شدن گذرنامه، یا نامهٔ ادارهٔ مهاجرت دربارهٔ وضعیت اقامت یا خروج شما.',
          en: 'For example the police report of a lost passport, or a letter from the immigration office about your stay or departure.',
        },
      },
    ],
  },
  // Research §4 gives no tariff for a travel document; €50 is a plausible figure below a passport's €100, and each
  // consulate can set its own fee.
  fee: { eur: 50 },
  visit: { required: true, minutes: 20 },
  outcome: 'counter',
  // Travel is close: a request should not wait more than a few days.
  sla: { amberDays: 3, redDays: 6 },
});

export const studentExitPermit = defineService({
  id: 'student-exit-permit',
  group: 'passport',
  name: { fa: 'اجازهٔ خروج دانشجویی', en: 'Student exit permit' },
  summary: {
    fa: 'دانشجویان ایرانی خارج از کشور با این مجوز می‌توانند در یک سال تحصیلی تا ۳ بار و در مجموع ۴ ماه به ایران سفر کنند و از عوارض خروج معاف شوند. مجوز خانوادهٔ دانشجو را نیز شامل می‌شود.',
    en: 'Lets an Iranian student abroad travel to Iran up to 3 times and for 4 months in total in one academic year, without the exit tax. It covers the family too.',
  },
  keywords: [
    { fa: 'مهر خروج دانشجویی', en: 'student exit stamp' },
    { fa: 'مجوز خروج دانشجو', en: 'student travel permit' },
    { fa: 'معافیت عوارض خروج', en: 'exit tax exemption' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'پروندهٔ تحصیلی تأییدشده در همین سامانه.',
      en: 'An approved student file on this portal.',
    },
    {
      fa: 'گواهی اشتغال به تحصیل تاریخ‌دار برای همین سال تحصیلی که در همین سامانه تأیید شده باشد، و کد رهگیری آن.',
      en: 'A dated enrollment certificate for this academic year, confirmed on this portal, and its tracking code.',
    },
    {
      fa: 'محل اقامت قانونی در گذرنامهٔ شما باید ایران باشد.',
      en: 'Your passport must show Iran as your legal residence.',
    },
    {
      fa: 'اگر همسرتان نیز با این مجوز سفر می‌کند، باید در این سامانه حساب کاربری به نام خودش داشته باشد.',
      en: 'If your spouse travels on this permit, they need an account of their own on this portal.',
    },
  ],
  pages: [
    {
      id: 'study',
      title: { fa: 'تحصیل شما', en: 'Your studies' },
      fields: [
        { id: 'university', type: 'text', label: { fa: 'نام دانشگاه', en: 'University' } },
        {
          id: 'level',
          type: 'choice',
          label: { fa: 'مقطع تحصیلی', en: 'Level of study' },
          options: [
            { value: 'bachelor', label: { fa: 'کارشناسی', en: "Bachelor's" } },
            { value: 'master', label: { fa: 'کارشناسی ارشد', en: "Master's" } },
            { value: 'doctorate', label: { fa: 'دکتری', en: 'Doctorate' } },
          ],
        },
      ],
    },
    {
      id: 'academic-year',
      title: { fa: 'سال تحصیلی', en: 'Academic year' },
      fields: [
        {
          id: 'academicYear',
          type: 'text',
          maxLength: 20,
          label: { fa: 'مجوز برای کدام سال تحصیلی است؟', en: 'Which academic year is the permit for?' },
          hint: {
            fa: 'مجوز از اول مهر تا پایان شهریور اعتبار دارد؛ برای نمونه ۱۴۰۴–۱۴۰۵.',
            en: 'A permit runs from the start of Mehr to the end of Shahrivar (about 23 September to 22 September). For example 2025–2026.',
          },
        },
        {
          id: 'enrollmentTrackingCode',
          type: 'text',
          maxLength: 20,
          label: {
            fa: 'کد رهگیری گواهی اشتغال به تحصیل تأییدشده',
            en: 'Tracking code of your confirmed enrollment certificate',
          },
          hint: {
            fa: 'همان کدی که پس از تأیید گواهی برایتان فرستاده شد.',
            en: 'The code you were sent when the certificate was confirmed.',
          },
        },
      ],
    },
    {
      id: 'military',
      title: { fa: 'خدمت وظیفهٔ عمومی', en: 'Military service' },
      fields: [
        {
          id: 'conscript',
          type: 'choice',
          label: { fa: 'آیا مشمول خدمت وظیفهٔ عمومی هستید؟', en: 'Are you liable for military service?' },
          hint: {
            fa: 'یعنی آقایانی که هنوز خدمت نکرده و معافیت هم نگرفته‌اند.',
            en: 'That is, a man who has neither served nor been exempted.',
          },
          options: yesNo,
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'passport_exit_stamp', 'residence_permit'],
    request: [
      {
        kind: 'ministry_authorization',
        label: {
          fa: 'مجوز وزارت علوم یا وزارت بهداشت',
          en: 'Authorization from the Ministry of Science or Health',
        },
        hint: {
          fa: 'مشمولان خدمت وظیفه به مجوز تحصیل در خارج از کشور از وزارت علوم، تحقیقات و فناوری یا وزارت بهداشت، درمان و آموزش پزشکی نیاز دارند.',
          en: 'Students liable for military service need permission to study abroad from the Ministry of Science or, for medical subjects, the Ministry of Health.',
        },
        showIf: { field: 'conscript', equals: 'yes' },
      },
    ],
  },
  // Decided 'online': every prerequisite is confirmed on the portal (research §1: approved student file, then a
  // confirmed enrollment certificate), nothing is handed over, and the border police receive the permit
  // electronically. With no visit there is nowhere to pay (fees are paid at the mission, research §4), so it is free.
  fee: { eur: 0 },
  visit: { required: false },
  outcome: 'online',
  // Students usually apply just before a trip.
  sla: { amberDays: 3, redDays: 7 },
});

export const conscriptExitPermit = defineService({
  id: 'conscript-exit-permit',
  group: 'passport',
  name: { fa: 'اجازهٔ خروج مشمولین', en: 'Exit permit for those liable for military service' },
  summary: {
    fa: 'مشمولان خدمت وظیفه که دست‌کم ۳ سال در خارج از کشور زندگی کرده‌اند، با این مجوز می‌توانند سالی حداکثر ۲ بار و در مجموع ۳ ماه به ایران سفر کنند و بازگردند.',
    en: 'Men liable for military service who have lived abroad for at least 3 years can visit Iran and leave again: up to 2 trips a year, 3 months in total.',
  },
  keywords: [
    { fa: 'مهر خروج مشمولین', en: 'conscript exit stamp' },
    { fa: 'مشمول غایب', en: 'draft evader' },
    { fa: 'سربازی', en: 'military service' },
    { fa: 'نظام وظیفه', en: 'conscription' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'دست‌کم ۳ سال اقامت پیوسته در خارج از کشور.',
      en: 'At least 3 years of living abroad without a break.',
    },
    {
      fa: 'محل اقامت در گذرنامه باید خارج از کشور باشد؛ در غیر این صورت، نخست گذرنامه را با تغییر محل اقامت تعویض کنید.',
      en: 'Your passport must show that you live abroad. If it does not, first apply for a new passport with a change of residence.',
    },
    {
      fa: 'این مجوز شامل کسانی که از عفو رهبری برای معافیت استفاده کرده‌اند نمی‌شود.',
      en: "It is not for people exempted under the Leader's amnesty.",
    },
  ],
  pages: [
    {
      id: 'abroad',
      title: { fa: 'اقامت در خارج از کشور', en: 'Living abroad' },
      fields: [
        {
          id: 'yearsAbroad',
          type: 'number',
          min: 3,
          max: 80,
          label: {
            fa: 'چند سال است که خارج از کشور زندگی می‌کنید؟',
            en: 'How many years have you lived abroad?',
          },
          hint: { fa: 'دست‌کم ۳ سال لازم است.', en: 'At least 3 years are needed.' },
        },
        {
          id: 'leftIranDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ خروج از ایران', en: 'When did you leave Iran?' },
          hint: {
            fa: 'تاریخ مهر خروجی که در گذرنامه خورده است',
            en: 'The date of the exit stamp in your passport',
          },
        },
      ],
    },
    {
      id: 'trips',
      title: { fa: 'سفرهای شما به ایران', en: 'Your trips to Iran' },
      fields: [
        {
          id: 'nextTripDate',
          type: 'date',
          when: 'future',
          label: { fa: 'تاریخ سفر بعدی', en: 'Date of your next trip' },
        },
        {
          id: 'plannedTrips',
          type: 'text',
          multiline: true,
          maxLength: 500,
          label: { fa: 'سفرهایی که در این سال در نظر دارید', en: 'The trips you plan this year' },
          hint: {
            fa: 'تاریخ تقریبی و مدت هر سفر. حداکثر ۲ سفر در سال و در مجموع ۳ ماه.',
            en: 'Rough dates and length of each trip. At most 2 trips a year, 3 months in total.',
          },
        },
        {
          id: 'hadPermitBefore',
          type: 'choice',
          label: { fa: 'آیا پیش‌تر این مجوز را گرفته‌اید؟', en: 'Have you had this permit before?' },
          options: yesNo,
        },
      ],
    },
  ],
  documents: {
    profile: [
      'passport_bio',
      'passport_exit_stamp',
      'residence_permit',
      'national_card_front',
      'national_card_back',
      'photo',
    ],
    request: [
      {
        kind: 'residence_history',
        label: { fa: 'مدرک ۳ سال اقامت', en: 'Proof of 3 years abroad' },
        hint: {
          fa: 'مدارکی که نشان می‌دهد دست‌کم ۳ سال در خارج از کشور زندگی کرده‌اید؛ برای نمونه کارت‌های اقامت قبلی یا گواهی ثبت محل سکونت.',
          en: 'Papers that show you have lived abroad for at least 3 years, such as earlier residence permits or a certificate of registered address.',
        },
      },
    ],
  },
  fee: {
    eur: 48,
    note: {
      fa: 'بار نخست ۴۸ یورو و پس از آن هر بار ۱۸ یورو.',
      en: 'First time €48, then €18 each time after.',
    },
  },
  // The officer checks the passport's residence and the exit stamp against the originals.
  visit: { required: true, minutes: 15 },
  outcome: 'iran',
  // The permit is issued in Iran by the conscription organisation; about two weeks is usual.
  sla: { amberDays: 14, redDays: 30 },
});

export const PASSPORT_SERVICES = [passport, travelDocument, studentExitPermit, conscriptExitPermit];
