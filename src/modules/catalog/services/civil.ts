import { defineService } from '../definition.ts';

/**
 * The four civil events (امور اربعه): birth, marriage, divorce and death, recorded in the Iranian civil registry
 * through the consulate (research §1, §8). The registry in Iran records the event, so the outcome is 'iran'.
 */

const yesNo = [
  { value: 'yes', label: { fa: 'بله', en: 'Yes' } },
  { value: 'no', label: { fa: 'خیر', en: 'No' } },
];

export const birthRegistration = defineService({
  id: 'birth-registration',
  group: 'civil',
  name: { fa: 'ثبت ولادت و صدور نخستین شناسنامه', en: 'Register a birth and get a first birth certificate' },
  summary: {
    fa: 'ثبت تولد فرزندی که در خارج از ایران به دنیا آمده و صدور نخستین شناسنامهٔ ایرانی برای او؛ یا برای خودتان، اگر ۱۸ سال یا بیشتر دارید و هنوز شناسنامه نگرفته‌اید.',
    en: 'Register the birth of a child born outside Iran and get their first Iranian birth certificate, or your own if you are 18 or over and never had one.',
  },
  keywords: [
    { fa: 'شناسنامه', en: 'birth certificate' },
    { fa: 'شناسنامهٔ نوزاد', en: 'baby birth certificate' },
    { fa: 'ثبت تولد', en: 'birth registration' },
    { fa: 'اولین شناسنامه', en: 'first birth certificate' },
    { fa: 'سجلی', en: 'civil registration' },
    { fa: 'ثبت احوال', en: 'civil registry' },
  ],
  applicants: ['self', 'minor'],
  prepare: [
    {
      fa: 'اصل گواهی تولد بین‌المللی که در کشور محل تولد صادر شده است.',
      en: 'The original international birth certificate from the country of birth.',
    },
    {
      fa: 'اصل شناسنامه و کارت ملی پدر و مادر.',
      en: "Both parents' original Iranian birth certificates and national cards.",
    },
    {
      fa: 'برای ۱۸ سال به بالا: شش قطعه عکس و دو برگ انگشت‌نگاری برای روز مراجعه.',
      en: 'If 18 or over: six photos and two fingerprint cards for the appointment.',
    },
  ],
  pages: [
    {
      id: 'for-whom',
      title: { fa: 'شناسنامه برای کیست؟', en: 'Who is the birth certificate for?' },
      fields: [
        {
          id: 'forWhom',
          type: 'choice',
          label: { fa: 'شناسنامه برای کیست؟', en: 'Who is the birth certificate for?' },
          options: [
            {
              value: 'minor',
              label: { fa: 'برای فرزندم (زیر ۱۸ سال)', en: 'My child under 18' },
              hint: {
                fa: 'به رضایت‌نامهٔ کتبی ولی قانونی فرزند نیاز است.',
                en: "The written consent of the child's legal guardian is needed.",
              },
            },
            { value: 'self', label: { fa: 'برای خودم (۱۸ سال یا بیشتر)', en: 'Me (18 or over)' } },
          ],
        },
      ],
    },
    {
      id: 'child',
      title: { fa: 'مشخصات فرزند', en: "Your child's details" },
      intro: {
        fa: 'نام و نام خانوادگی را همان‌گونه بنویسید که می‌خواهید در شناسنامه ثبت شود.',
        en: 'Write the names as they should appear on the birth certificate.',
      },
      showIf: { field: 'forWhom', equals: 'minor' },
      fields: [
        { id: 'childFirstName', type: 'text', label: { fa: 'نام', en: 'First name' }, maxLength: 60 },
        { id: 'childLastName', type: 'text', label: { fa: 'نام خانوادگی', en: 'Last name' }, maxLength: 60 },
        {
          id: 'childSex',
          type: 'choice',
          label: { fa: 'جنسیت', en: 'Sex' },
          options: [
            { value: 'female', label: { fa: 'دختر', en: 'Girl' } },
            { value: 'male', label: { fa: 'پسر', en: 'Boy' } },
          ],
        },
      ],
    },
    {
      id: 'birth',
      title: { fa: 'زمان و محل تولد', en: 'Date and place of birth' },
      intro: {
        fa: 'همان‌گونه که در گواهی تولد خارجی آمده است.',
        en: 'As written on the foreign birth certificate.',
      },
      fields: [
        { id: 'birthDate', type: 'date', when: 'past', label: { fa: 'تاریخ تولد', en: 'Date of birth' } },
        { id: 'birthCountry', type: 'country', label: { fa: 'کشور محل تولد', en: 'Country of birth' } },
        { id: 'birthCity', type: 'text', label: { fa: 'شهر محل تولد', en: 'Town or city of birth' } },
      ],
    },
    {
      id: 'father',
      title: { fa: 'مشخصات پدر', en: "Father's details" },
      intro: {
        fa: 'همان‌گونه که در شناسنامهٔ ایرانی پدر آمده است.',
        en: "As written on the father's Iranian birth certificate.",
      },
      fields: [
        { id: 'fatherName', type: 'text', label: { fa: 'نام و نام خانوادگی پدر', en: "Father's full name" } },
        {
          id: 'fatherNationalCode',
          type: 'nationalCode',
          label: { fa: 'کد ملی پدر', en: "Father's national code" },
        },
      ],
    },
    {
      id: 'mother',
      title: { fa: 'مشخصات مادر', en: "Mother's details" },
      fields: [
        {
          id: 'motherName',
          type: 'text',
          label: { fa: 'نام و نام خانوادگی مادر', en: "Mother's full name" },
        },
        {
          id: 'motherIranian',
          type: 'choice',
          label: { fa: 'آیا مادر تابعیت ایرانی دارد؟', en: 'Is the mother an Iranian national?' },
          options: yesNo,
        },
        {
          id: 'motherNationalCode',
          type: 'nationalCode',
          label: { fa: 'کد ملی مادر', en: "Mother's national code" },
          showIf: { field: 'motherIranian', equals: 'yes' },
        },
        {
          id: 'motherNationality',
          type: 'country',
          label: { fa: 'تابعیت مادر', en: "Mother's nationality" },
          showIf: { field: 'motherIranian', equals: 'no' },
        },
      ],
    },
    {
      id: 'parents-marriage',
      title: { fa: 'ازدواج پدر و مادر', en: "The parents' marriage" },
      fields: [
        {
          id: 'parentsMarriageRecorded',
          type: 'choice',
          label: {
            fa: 'آیا ازدواج پدر و مادر در شناسنامهٔ آنان ثبت شده است؟',
            en: "Is the parents' marriage recorded in their birth certificates?",
          },
          hint: {
            fa: 'در صفحهٔ دوم شناسنامه؛ اگر ثبت نشده یا دو شناسنامه با هم یکی نیستند، سند ازدواج لازم است.',
            en: 'On page 2. If it is not, or the two certificates differ, the marriage certificate is needed.',
          },
          options: yesNo,
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'foreign_birth_certificate',
        label: { fa: 'گواهی تولد بین‌المللی', en: 'International birth certificate' },
        hint: {
          fa: 'صادرشده از ادارهٔ ثبت کشور محل تولد؛ اگر ممکن است، نسخهٔ چندزبانه.',
          en: 'From the registry office of the country of birth. The multilingual version if there is one.',
        },
      },
      {
        kind: 'parents_birth_certificates',
        label: { fa: 'شناسنامهٔ پدر و مادر', en: "Parents' birth certificates" },
        hint: {
          fa: 'همهٔ صفحه‌های شناسنامهٔ پدر و مادر، از جمله صفحه‌ای که ازدواجشان در آن ثبت شده است.',
          en: "Every page of both parents' birth certificates, including the page that records their marriage.",
        },
      },
      {
        kind: 'marriage_certificate',
        label: { fa: 'سند ازدواج پدر و مادر', en: "Parents' marriage certificate" },
        hint: {
          fa: 'سند رسمی ازدواج، ایرانی یا خارجی.',
          en: 'The official marriage certificate, Iranian or foreign.',
        },
        showIf: { field: 'parentsMarriageRecorded', equals: 'no' },
      },
      {
        kind: 'guardian_consent',
        label: { fa: 'رضایت‌نامهٔ ولی قانونی', en: "Legal guardian's consent" },
        hint: {
          fa: 'اجازهٔ کتبی و امضاشدهٔ پدر یا جد پدری، یا قیم تعیین‌شده از سوی دادگاه، برای ثبت ولادت فرزند. اگر خودتان ولی فرزند هستید، رضایت‌نامهٔ امضاشدهٔ خودتان را بارگذاری کنید.',
          en: "Written, signed consent from the child's father or paternal grandfather, or a court-appointed guardian, to register the birth. If you are the guardian, upload your own signed consent.",
        },
        showIf: { field: 'forWhom', equals: 'minor' },
      },
      {
        kind: 'parents_acknowledgement',
        label: { fa: 'اقرارنامهٔ رسمی پدر و مادر', en: "Parents' sworn statement" },
        hint: {
          fa: 'اقرارنامه‌ای که پدر و مادر نزد دفتر اسناد رسمی یا کنسولگری امضا کرده‌اند که شما فرزند آنان هستید. اگر پدر درگذشته است، حکم دادگاه دربارهٔ اثبات نسب.',
          en: 'A statement signed by your parents before a notary or a consulate that you are their child. If your father has died, a court ruling that establishes parentage.',
        },
        showIf: { field: 'forWhom', equals: 'self' },
      },
    ],
  },
  fee: {
    eur: 40,
    note: {
      fa: 'ثبت ولادت و صدور شناسنامه برای زیر ۱۸ سال. برای ۱۸ سال به بالا: ۵۰ یورو.',
      en: 'Registration and birth certificate for a child under 18. For anyone 18 or over: €50.',
    },
  },
  // Originals are checked at the counter (and fingerprints taken for an adult) before the file goes to Iran.
  visit: { required: true, minutes: 30 },
  outcome: 'iran',
  // The registry answers in about a week after the inquiry (research §1); amber at two weeks.
  sla: { amberDays: 14, redDays: 30 },
  originals: [
    {
      fa: 'اصل گواهی ولادت بیمارستان.',
      en: "The hospital's birth certificate (the original).",
    },
  ],
});

export const marriageRegistration = defineService({
  id: 'marriage-registration',
  group: 'civil',
  name: { fa: 'ثبت ازدواج', en: 'Register a marriage' },
  summary: {
    fa: 'ثبت ازدواجی که در خارج از کشور انجام شده است در شناسنامه و سوابق ثبت احوال؛ برای زوج ایرانی، یا ازدواج یک ایرانی با همسر غیرایرانی.',
    en: 'Record a marriage that took place abroad in your Iranian birth certificate and the civil registry, whether both spouses are Iranian or one is not.',
  },
  keywords: [
    { fa: 'ازدواج', en: 'marriage' },
    { fa: 'ثبت عقد', en: 'wedding registration' },
    { fa: 'عقدنامه', en: 'marriage certificate' },
    { fa: 'پروانهٔ زناشویی', en: 'marriage permit' },
    { fa: 'ازدواج با خارجی', en: 'marrying a foreigner' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'اصل شناسنامه و کارت ملی خودتان و همسرتان (اگر ایرانی است)، یا گذرنامهٔ همسر غیرایرانی.',
      en: "Your original birth certificate and national card, and your spouse's (if Iranian) or your foreign spouse's passport.",
    },
    {
      fa: 'اصل سند ازدواج صادرشده در کشور محل سکونت و عقدنامهٔ شرعی.',
      en: 'The original marriage certificate from your country of residence and the religious marriage certificate.',
    },
  ],
  pages: [
    {
      id: 'couple',
      title: { fa: 'زوجین', en: 'The couple' },
      fields: [
        {
          id: 'coupleType',
          type: 'choice',
          label: {
            fa: 'کدام گزینه دربارهٔ شما و همسرتان درست است؟',
            en: 'Which describes you and your spouse?',
          },
          options: [
            { value: 'both-iranian', label: { fa: 'زن و مرد هر دو ایرانی هستند', en: 'Both are Iranian' } },
            {
              value: 'iranian-man',
              label: { fa: 'مرد ایرانی و زن غیرایرانی', en: 'An Iranian man and a foreign woman' },
            },
            {
              value: 'iranian-woman',
              label: { fa: 'زن ایرانی و مرد غیرایرانی', en: 'An Iranian woman and a foreign man' },
              hint: {
                fa: 'پیش از ثبت، پروانهٔ زناشویی لازم است.',
                en: 'A marriage permit is needed before the marriage can be registered.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'spouse',
      title: { fa: 'مشخصات همسر', en: "Your spouse's details" },
      intro: {
        fa: 'همان‌گونه که در شناسنامه یا گذرنامهٔ همسرتان آمده است.',
        en: "As written on your spouse's birth certificate or passport.",
      },
      fields: [
        { id: 'spouseFirstName', type: 'text', label: { fa: 'نام', en: 'First name' }, maxLength: 60 },
        { id: 'spouseLastName', type: 'text', label: { fa: 'نام خانوادگی', en: 'Last name' }, maxLength: 60 },
        {
          id: 'spouseBirthDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ تولد', en: 'Date of birth' },
        },
        {
          id: 'spouseNationalCode',
          type: 'nationalCode',
          label: { fa: 'کد ملی همسر', en: "Spouse's national code" },
          showIf: { field: 'coupleType', equals: 'both-iranian' },
        },
        {
          id: 'spouseNationality',
          type: 'country',
          label: { fa: 'تابعیت همسر', en: "Spouse's nationality" },
          showIf: { field: 'coupleType', equals: ['iranian-man', 'iranian-woman'] },
        },
        {
          id: 'spousePassportNumber',
          type: 'text',
          maxLength: 20,
          label: { fa: 'شمارهٔ گذرنامهٔ همسر', en: "Spouse's passport number" },
          showIf: { field: 'coupleType', equals: ['iranian-man', 'iranian-woman'] },
        },
      ],
    },
    {
      id: 'marriage',
      title: { fa: 'ازدواج', en: 'The marriage' },
      fields: [
        {
          id: 'marriageDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ ازدواج', en: 'Date of marriage' },
        },
        {
          id: 'marriageCountry',
          type: 'country',
          label: { fa: 'کشوری که ازدواج در آن ثبت شد', en: 'Country where it was registered' },
        },
        {
          id: 'marriageAuthority',
          type: 'text',
          label: { fa: 'مرجع ثبت ازدواج', en: 'Where it was registered' },
          hint: {
            fa: 'برای نمونه: ادارهٔ ثبت احوال یا شهرداری شهر محل ازدواج',
            en: 'For example: the registry office or town hall of the city',
          },
        },
      ],
    },
    {
      id: 'first-marriage',
      title: { fa: 'ازدواج نخست زوجه', en: "The bride's first marriage" },
      showIf: { field: 'coupleType', equals: ['both-iranian', 'iranian-woman'] },
      fields: [
        {
          id: 'brideFirstMarriage',
          type: 'choice',
          label: { fa: 'آیا این نخستین ازدواج زوجه است؟', en: "Is this the bride's first marriage?" },
          hint: {
            fa: 'در این صورت، اجازهٔ رسمی پدر یا جد پدری او لازم است.',
            en: 'If so, the official consent of her father or paternal grandfather is needed.',
          },
          options: yesNo,
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامهٔ شما', en: 'Your birth certificate' },
        hint: { fa: 'همهٔ صفحه‌ها', en: 'Every page' },
      },
      {
        kind: 'spouse_birth_certificate',
        label: { fa: 'شناسنامهٔ همسر', en: "Your spouse's birth certificate" },
        hint: { fa: 'همهٔ صفحه‌ها', en: 'Every page' },
        showIf: { field: 'coupleType', equals: 'both-iranian' },
      },
      {
        kind: 'spouse_passport',
        label: { fa: 'گذرنامهٔ همسر', en: "Your spouse's passport" },
        hint: { fa: 'صفحهٔ مشخصات و عکس', en: 'The page with the photo and details' },
        showIf: { field: 'coupleType', equals: ['iranian-man', 'iranian-woman'] },
      },
      {
        kind: 'marriage_certificate',
        label: { fa: 'سند ازدواج خارجی', en: 'Foreign marriage certificate' },
        hint: {
          fa: 'سندی که مرجع رسمی کشور محل ازدواج صادر کرده است.',
          en: 'Issued by the official authority where you married.',
        },
      },
      {
        kind: 'religious_marriage_certificate',
        label: { fa: 'عقدنامهٔ شرعی', en: 'Religious marriage certificate' },
        hint: {
          fa: 'گواهی جاری شدن عقد شرعی ازدواج.',
          en: 'The certificate that the religious marriage ceremony took place.',
        },
      },
      {
        kind: 'health_certificate',
        label: { fa: 'گواهی سلامت', en: 'Health certificate' },
        hint: {
          fa: 'گواهی پزشکی پیش از ازدواج برای هر دو همسر.',
          en: 'The pre-marriage medical certificate for both spouses.',
        },
      },
      {
        kind: 'marriage_permit',
        label: { fa: 'پروانهٔ زناشویی', en: 'Marriage permit' },
        hint: {
          fa: 'پروانه‌ای که وزارت کشور برای ازدواج زن ایرانی با مرد غیرایرانی صادر می‌کند.',
          en: 'The permit issued in Iran by the Ministry of the Interior for an Iranian woman to marry a foreign man.',
        },
        showIf: { field: 'coupleType', equals: 'iranian-woman' },
      },
      {
        kind: 'father_consent',
        label: { fa: 'اجازهٔ پدر زوجه', en: "The bride's father's consent" },
        hint: {
          fa: 'اجازهٔ رسمی و امضاشدهٔ پدر یا جد پدری زوجه.',
          en: "The signed official consent of the bride's father or paternal grandfather.",
        },
        showIf: { field: 'brideFirstMarriage', equals: 'yes' },
      },
    ],
  },
  // Research §4 lists no marriage tariff; €40 puts it with the birth registration of the same 1404 tariff (both record
  // a civil event and update the birth certificates). A consulate can set its own fee.
  fee: {
    eur: 40,
    note: {
      fa: 'ثبت ازدواج در شناسنامهٔ همسر یا همسران ایرانی.',
      en: "Records the marriage in the Iranian spouse's birth certificate, or in both if both are Iranian.",
    },
  },
  visit: { required: true, minutes: 30 },
  outcome: 'iran',
  sla: { amberDays: 14, redDays: 30 },
});

export const divorceRegistration = defineService({
  id: 'divorce-registration',
  group: 'civil',
  name: { fa: 'ثبت طلاق', en: 'Register a divorce' },
  summary: {
    fa: 'ثبت طلاقی که در خارج از کشور انجام شده است در شناسنامه و سوابق ثبت احوال.',
    en: 'Record a divorce that took place abroad in your Iranian birth certificate and the civil registry.',
  },
  keywords: [
    { fa: 'طلاق', en: 'divorce' },
    { fa: 'طلاق‌نامه', en: 'divorce certificate' },
    { fa: 'جدایی', en: 'separation' },
    { fa: 'حکم طلاق', en: 'divorce ruling' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'ازدواج باید پیش‌تر در شناسنامه ثبت شده باشد؛ اگر نشده است، نخست ازدواج را ثبت کنید.',
      en: 'The marriage must already be recorded in your birth certificate. If it is not, register the marriage first.',
    },
    {
      fa: 'اصل حکم یا گواهی طلاق و اصل شناسنامه.',
      en: 'The original divorce ruling or certificate, and your original birth certificate.',
    },
  ],
  pages: [
    {
      id: 'former-spouse',
      title: { fa: 'همسر سابق', en: 'Your former spouse' },
      fields: [
        { id: 'formerSpouseFirstName', type: 'text', label: { fa: 'نام', en: 'First name' }, maxLength: 60 },
        {
          id: 'formerSpouseLastName',
          type: 'text',
          label: { fa: 'نام خانوادگی', en: 'Last name' },
          maxLength: 60,
        },
        {
          id: 'formerSpouseIranian',
          type: 'choice',
          label: { fa: 'آیا همسر سابق شما ایرانی است؟', en: 'Is your former spouse Iranian?' },
          options: yesNo,
        },
        {
          id: 'formerSpouseNationalCode',
          type: 'nationalCode',
          label: { fa: 'کد ملی همسر سابق', en: "Former spouse's national code" },
          showIf: { field: 'formerSpouseIranian', equals: 'yes' },
        },
      ],
    },
    {
      id: 'divorce',
      title: { fa: 'طلاق', en: 'The divorce' },
      fields: [
        {
          id: 'divorceDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ قطعی شدن طلاق', en: 'Date the divorce became final' },
        },
        {
          id: 'divorceCountry',
          type: 'country',
          label: { fa: 'کشوری که طلاق در آن انجام شد', en: 'Country where you divorced' },
        },
        {
          id: 'divorceAuthority',
          type: 'text',
          label: { fa: 'مرجع صادرکنندهٔ حکم', en: 'Court or authority that granted it' },
          hint: { fa: 'نام دادگاه یا اداره و شهر آن', en: 'Name of the court or office, and its city' },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'divorce_ruling',
        label: { fa: 'حکم یا گواهی طلاق', en: 'Divorce ruling or certificate' },
        hint: {
          fa: 'حکم دادگاه یا گواهی رسمی طلاق که قطعی بودن آن در آن آمده باشد.',
          en: 'The court ruling or official certificate, showing that the divorce is final.',
        },
      },
      {
        kind: 'marriage_certificate',
        label: { fa: 'سند ازدواج', en: 'Marriage certificate' },
        hint: {
          fa: 'عقدنامه یا سند رسمی ازدواجی که اکنون پایان یافته است.',
          en: 'The certificate of the marriage that has ended.',
        },
      },
      {
        kind: 'birth_certificate',
        label: { fa: 'شناسنامه', en: 'Birth certificate' },
        hint: { fa: 'همهٔ صفحه‌ها، از جمله صفحهٔ ثبت ازدواج', en: 'Every page, including the marriage page' },
      },
    ],
  },
  // No divorce tariff in research §4; priced with the other civil events (€40) for the same work on the record.
  fee: { eur: 40 },
  visit: { required: true, minutes: 20 },
  outcome: 'iran',
  sla: { amberDays: 14, redDays: 30 },
});

export const deathRegistration = defineService({
  id: 'death-registration',
  group: 'civil',
  name: { fa: 'ثبت فوت', en: 'Register a death' },
  summary: {
    fa: 'ثبت درگذشت یک ایرانی در خارج از کشور در سوابق ثبت احوال، برای ابطال شناسنامه و امور وراثت.',
    en: 'Record the death of an Iranian abroad in the civil registry, so the birth certificate is closed and inheritance can proceed.',
  },
  keywords: [
    { fa: 'فوت', en: 'death' },
    { fa: 'گواهی فوت', en: 'death certificate' },
    { fa: 'درگذشت', en: 'passed away' },
    { fa: 'ابطال شناسنامه', en: 'cancel birth certificate' },
    { fa: 'انحصار وراثت', en: 'inheritance' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'اصل گواهی فوت صادرشده در کشور محل درگذشت.',
      en: 'The original death certificate from the country where the death took place.',
    },
    {
      fa: 'اصل شناسنامه و کارت ملی متوفی، اگر در دسترس است.',
      en: "The deceased's original birth certificate and national card, if you have them.",
    },
  ],
  pages: [
    {
      id: 'deceased',
      title: { fa: 'مشخصات متوفی', en: 'The person who died' },
      intro: {
        fa: 'همان‌گونه که در شناسنامهٔ ایرانی او آمده است.',
        en: 'As written on their Iranian birth certificate.',
      },
      fields: [
        { id: 'deceasedFirstName', type: 'text', label: { fa: 'نام', en: 'First name' }, maxLength: 60 },
        {
          id: 'deceasedLastName',
          type: 'text',
          label: { fa: 'نام خانوادگی', en: 'Last name' },
          maxLength: 60,
        },
        {
          id: 'deceasedNationalCode',
          type: 'nationalCode',
          optional: true,
          label: { fa: 'کد ملی متوفی', en: 'Their national code' },
          hint: { fa: 'اگر آن را می‌دانید', en: 'If you know it' },
        },
        {
          id: 'deceasedBirthDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ تولد', en: 'Date of birth' },
        },
      ],
    },
    {
      id: 'relationship',
      title: { fa: 'نسبت شما با متوفی', en: 'How you are related' },
      fields: [
        {
          id: 'relationship',
          type: 'choice',
          label: { fa: 'متوفی چه نسبتی با شما داشت؟', en: 'Who was the person to you?' },
          options: [
            { value: 'spouse', label: { fa: 'همسر', en: 'Husband or wife' } },
            { value: 'parent', label: { fa: 'پدر یا مادر', en: 'Father or mother' } },
            { value: 'child', label: { fa: 'فرزند', en: 'Son or daughter' } },
            { value: 'sibling', label: { fa: 'خواهر یا برادر', en: 'Sister or brother' } },
            { value: 'other', label: { fa: 'نسبت دیگر', en: 'Someone else' } },
          ],
        },
        {
          id: 'otherRelationship',
          type: 'text',
          maxLength: 100,
          label: { fa: 'نسبت خود را بنویسید', en: 'Describe how you are related' },
          hint: {
            fa: 'برای نمونه: نوه، یا وکیل خانواده',
            en: "For example: grandchild, or the family's lawyer",
          },
          showIf: { field: 'relationship', equals: 'other' },
        },
      ],
    },
    {
      id: 'death',
      title: { fa: 'زمان و محل فوت', en: 'Date and place of death' },
      fields: [
        { id: 'deathDate', type: 'date', when: 'past', label: { fa: 'تاریخ فوت', en: 'Date of death' } },
        { id: 'deathCountry', type: 'country', label: { fa: 'کشور محل فوت', en: 'Country' } },
        { id: 'deathCity', type: 'text', label: { fa: 'شهر محل فوت', en: 'Town or city' } },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'death_certificate',
        label: { fa: 'گواهی فوت', en: 'Death certificate' },
        hint: {
          fa: 'گواهی رسمی فوت که مرجع کشور محل درگذشت صادر کرده است.',
          en: 'The official death certificate issued where the person died.',
        },
      },
      {
        kind: 'deceased_birth_certificate',
        optional: true,
        label: { fa: 'شناسنامهٔ متوفی', en: "The deceased's birth certificate" },
        hint: {
          fa: 'اگر در دسترس است؛ شناسنامه پس از ثبت فوت باطل می‌شود.',
          en: 'If you have it. It is cancelled once the death is registered.',
        },
      },
    ],
  },
  // Research §4 gives no tariff. Registering a death is a duty families carry out at a hard time, not a benefit they
  // seek; leaving it free keeps late or missing registrations (and the inheritance problems they cause) rare.
  fee: { eur: 0 },
  visit: { required: true, minutes: 20 },
  outcome: 'iran',
  sla: { amberDays: 14, redDays: 30 },
});

export const CIVIL_SERVICES = [
  birthRegistration,
  marriageRegistration,
  divorceRegistration,
  deathRegistration,
];
