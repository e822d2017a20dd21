import { defineService } from '../definition.ts';

/**
 * Power of attorney and signature attestation (وکالتنامه و تصدیق امضا), research §3. The person signs in front of
 * the officer, so both need a visit and end at the counter.
 */

export const powerOfAttorney = defineService({
  id: 'power-of-attorney',
  group: 'notarial',
  name: { fa: 'تنظیم وکالتنامه', en: 'Power of attorney' },
  summary: {
    fa: 'به کسی در ایران وکالت بدهید تا به جای شما کاری را انجام دهد؛ برای نمونه فروش ملک یا خودرو، امور بانکی یا اداری. وکالتنامه را در حضور کارشناس کنسولی امضا می‌کنید.',
    en: 'Give someone in Iran the power to act for you, for example to sell property or a car, or deal with a bank or an office. You sign it in front of a consular officer.',
  },
  keywords: [
    { fa: 'وکالت‌نامه', en: 'power of attorney' },
    { fa: 'وکالت نامه', en: 'POA' },
    { fa: 'وکالت فروش', en: 'sale power of attorney' },
    { fa: 'وکالت بانکی', en: 'bank power of attorney' },
    { fa: 'وکیل', en: 'agent' },
    { fa: 'تاک', en: 'TAK' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'مشخصات وکیل یا وکیلان دقیقاً برابر شناسنامهٔ ایرانی آنان: نام و نام خانوادگی، کد ملی، نام پدر، تاریخ تولد و نشانی.',
      en: "Your agents' details exactly as on their Iranian birth certificates: full name, national code, father's name, date of birth and address.",
    },
    {
      fa: 'متن کامل وکالتنامه. متن‌های پیش‌فرض همهٔ جزئیات را ندارند؛ بهتر است پیش از ثبت با یک وکیل دادگستری مشورت کنید.',
      en: 'The full wording. The standard texts leave out details, so it is best to have a lawyer check it before you submit.',
    },
    {
      fa: 'برای روز امضا: اصل شناسنامه، کارت ملی یا گذرنامهٔ معتبر.',
      en: 'For the signing: your original birth certificate, national card or valid passport.',
    },
  ],
  pages: [
    {
      id: 'type',
      title: { fa: 'نوع وکالتنامه', en: 'Type of power of attorney' },
      fields: [
        {
          id: 'poaType',
          type: 'choice',
          style: 'select',
          label: { fa: 'وکالتنامه برای چه کاری است؟', en: 'What is the power of attorney for?' },
          options: [
            {
              value: 'property-sale',
              label: {
                fa: 'فروش ملک (خانه، آپارتمان یا زمین)',
                en: 'Selling property (a house, flat or land)',
              },
            },
            { value: 'vehicle-sale', label: { fa: 'فروش خودرو', en: 'Selling a vehicle' } },
            { value: 'banking', label: { fa: 'امور بانکی', en: 'Banking' } },
            { value: 'administrative', label: { fa: 'امور اداری', en: 'Dealing with government offices' } },
            { value: 'pension', label: { fa: 'حقوق بازنشستگی', en: 'Pension' } },
            { value: 'inheritance', label: { fa: 'ارث و انحصار وراثت', en: 'Inheritance' } },
            { value: 'family', label: { fa: 'امور خانوادگی و ازدواج', en: 'Family and marriage matters' } },
            {
              value: 'general',
              label: { fa: 'وکالت عام', en: 'General power of attorney' },
              hint: {
                fa: 'وکیل در بیشتر امور به جای شما اختیار دارد؛ با دقت تصمیم بگیرید.',
                en: 'Your agent can act for you in almost everything. Think carefully.',
              },
            },
            { value: 'other', label: { fa: 'موضوع دیگر', en: 'Something else' } },
          ],
        },
      ],
    },
    {
      id: 'subject',
      title: { fa: 'موضوع وکالت', en: 'What your agent will do' },
      intro: {
        fa: 'وکیلان و متن کامل وکالتنامه را در مرحله‌های بعد وارد می‌کنید.',
        en: 'You will add your agents and the full wording in the next steps.',
      },
      fields: [
        {
          id: 'subject',
          type: 'text',
          multiline: true,
          maxLength: 1000,
          label: { fa: 'موضوع وکالت را در یک یا دو جمله بنویسید', en: 'Describe it in a sentence or two' },
          hint: {
            fa: 'برای نمونه: فروش آپارتمان من در تهران با ذکر پلاک ثبتی، یا دریافت حقوق بازنشستگی من از صندوق بازنشستگی کشوری.',
            en: 'For example: selling my flat in Tehran, with its registration plate number, or collecting my civil-service pension.',
          },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'national_card_front', 'national_card_back', 'photo'],
    request: [
      {
        kind: 'property_deed',
        optional: true,
        label: { fa: 'سند مالکیت', en: 'Title deed' },
        hint: {
          fa: 'به کارشناس کمک می‌کند مشخصات ملک را در متن وکالتنامه بررسی کند.',
          en: 'Helps the officer check the property details in the wording.',
        },
        showIf: { field: 'poaType', equals: 'property-sale' },
      },
      {
        kind: 'vehicle_document',
        optional: true,
        label: { fa: 'سند یا کارت خودرو', en: "The vehicle's ownership document or card" },
        hint: {
          fa: 'به کارشناس کمک می‌کند مشخصات خودرو را در متن وکالتنامه بررسی کند.',
          en: 'Helps the officer check the vehicle details in the wording.',
        },
        showIf: { field: 'poaType', equals: 'vehicle-sale' },
      },
    ],
  },
  fee: {
    eur: 13,
    note: {
      fa: 'فروش خودرو: ۲۶ یورو. فروش ملک: ۱۳۲ یورو.',
      en: 'Selling a vehicle: €26. Selling property: €132.',
    },
  },
  // The principal signs in front of the officer, who reads the text through with them first.
  visit: { required: true, minutes: 30 },
  outcome: 'counter',
  // Powers of attorney are often needed for a deadline in Iran (a sale, a court date).
  sla: { amberDays: 3, redDays: 7 },
  sensitive: true,
});

export const signatureAttestation = defineService({
  id: 'signature-attestation',
  group: 'notarial',
  name: { fa: 'تصدیق امضا', en: 'Attest your signature' },
  summary: {
    fa: 'امضای شما روی رضایت‌نامه، اقرارنامه یا اجازهٔ خروج همسر یا فرزند، در حضور کارشناس کنسولی تصدیق می‌شود تا در ایران پذیرفته شود.',
    en: 'A consular officer attests your signature on a consent letter, a declaration, or an exit permission for your wife or child, so it is accepted in Iran.',
  },
  keywords: [
    { fa: 'رضایت‌نامه', en: 'consent letter' },
    { fa: 'رضایتنامه', en: 'letter of consent' },
    { fa: 'اقرارنامه', en: 'declaration' },
    { fa: 'تعهدنامه', en: 'undertaking' },
    { fa: 'اجازهٔ خروج همسر', en: 'wife exit permission' },
    { fa: 'اجازهٔ خروج فرزند', en: 'child travel consent' },
    { fa: 'گواهی امضا', en: 'signature certification' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'برای روز امضا: اصل شناسنامه، کارت ملی یا گذرنامهٔ معتبر. امضا فقط در حضور خودتان تصدیق می‌شود.',
      en: 'For the signing: your original birth certificate, national card or valid passport. Nothing is attested unless you are there.',
    },
    {
      fa: 'متن باید کامل، درست و بدون خط‌خوردگی یا لاک‌گرفتگی باشد.',
      en: 'The text must be complete and correct, with nothing crossed out or corrected by hand.',
    },
  ],
  pages: [
    {
      id: 'document-type',
      title: { fa: 'نوع سند', en: 'Type of document' },
      fields: [
        {
          id: 'documentType',
          type: 'choice',
          label: { fa: 'چه سندی را امضا می‌کنید؟', en: 'What are you signing?' },
          options: [
            {
              value: 'consent',
              label: { fa: 'رضایت‌نامه', en: 'A consent letter' },
              hint: {
                fa: 'برای نمونه رضایت برای ازدواج، تحصیل یا انجام یک معامله',
                en: 'For example consent to a marriage, to study, or to a transaction',
              },
            },
            {
              value: 'declaration',
              label: { fa: 'اقرارنامه', en: 'A declaration' },
              hint: {
                fa: 'اعلام رسمی یک واقعیت از سوی شما، مانند دریافت مبلغی یا نداشتن ادعا',
                en: 'A formal statement of a fact, such as receiving a sum of money or having no claim',
              },
            },
            {
              value: 'spouse-exit',
              label: { fa: 'اجازهٔ خروج همسر', en: 'Permission for your wife to travel' },
              hint: {
                fa: 'اجازهٔ کتبی شوهر برای صدور گذرنامه و خروج همسر از کشور',
                en: "A married woman needs her husband's written permission to get a passport and leave Iran",
              },
            },
            {
              value: 'child-exit',
              label: { fa: 'اجازهٔ خروج فرزند', en: 'Permission for your child to travel' },
              hint: {
                fa: 'اجازهٔ کتبی ولی برای صدور گذرنامه و خروج فرزند زیر ۱۸ سال',
                en: "A child under 18 needs the guardian's written permission to get a passport and leave Iran",
              },
            },
            { value: 'other', label: { fa: 'سند دیگر', en: 'Another document' } },
          ],
        },
      ],
    },
    {
      id: 'spouse',
      title: { fa: 'مشخصات همسر', en: "Your wife's details" },
      showIf: { field: 'documentType', equals: 'spouse-exit' },
      fields: [
        { id: 'spouseName', type: 'text', label: { fa: 'نام و نام خانوادگی', en: 'Full name' } },
        { id: 'spouseNationalCode', type: 'nationalCode', label: { fa: 'کد ملی', en: 'National code' } },
      ],
    },
    {
      id: 'child',
      title: { fa: 'مشخصات فرزند', en: "Your child's details" },
      showIf: { field: 'documentType', equals: 'child-exit' },
      fields: [
        { id: 'childName', type: 'text', label: { fa: 'نام و نام خانوادگی', en: 'Full name' } },
        { id: 'childNationalCode', type: 'nationalCode', label: { fa: 'کد ملی', en: 'National code' } },
        {
          id: 'childBirthDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ تولد', en: 'Date of birth' },
        },
      ],
    },
    {
      id: 'text',
      title: { fa: 'متن سند', en: 'What the document says' },
      fields: [
        {
          id: 'subject',
          type: 'text',
          multiline: true,
          maxLength: 2000,
          label: { fa: 'متن یا موضوع سند', en: 'The text, or what it is about' },
          hint: {
            fa: 'متن کامل را بنویسید؛ اگر متن آماده دارید، خلاصهٔ آن کافی است و خود متن را در مرحلهٔ مدارک بارگذاری کنید. کارشناس پیش از امضا آن را با شما می‌خواند.',
            en: 'Write the full text. If it is already written, a summary is enough: upload the text with the documents. The officer reads it with you before you sign.',
          },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'national_card_front', 'national_card_back'],
    request: [
      {
        kind: 'document_text',
        optional: true,
        label: { fa: 'متن آمادهٔ سند', en: 'The prepared text' },
        hint: {
          fa: 'اگر متن سند را از پیش آماده کرده‌اید، بدون امضا.',
          en: 'If the document is already written. Do not sign it yet.',
        },
      },
    ],
  },
  // Research §3 prices only powers of attorney; a signature attestation is the same officer's work as the €13
  // general category, so it carries that fee.
  fee: { eur: 13 },
  visit: { required: true, minutes: 20 },
  outcome: 'counter',
  sla: { amberDays: 3, redDays: 7 },
});

export const NOTARIAL_SERVICES = [powerOfAttorney, signatureAttestation];
