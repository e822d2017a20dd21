import { defineService, type ServiceInput } from '../definition.ts';

/**
 * Power of attorney and signature attestation (وکالتنامه و تصدیق امضا), research §3. The person signs in front of
 * the officer, so both need a visit and end at the counter.
 */

type PageInput = ServiceInput['pages'][number];
type FieldInput = PageInput['fields'][number];

/** Agent n's page (n = 1…3); fields `agent{n}FirstName` … `agent{n}Phone`. Agents 2 and 3 only when there are that many. */
function agentPage(n: 1 | 2 | 3): PageInput {
  const ordinal = {
    1: { fa: '', en: '' },
    2: { fa: ' دوم', en: ' second' },
    3: { fa: ' سوم', en: ' third' },
  }[n];
  const id = (name: string) => `agent${n}${name}`;
  return {
    id: `agent-${n}`,
    title: { fa: `مشخصات وکیل${ordinal.fa}`, en: `Your${ordinal.en} agent` },
    intro: {
      fa: 'مشخصات را دقیقاً همان‌طور بنویسید که در شناسنامهٔ ایرانی وکیل آمده است.',
      en: "Write the details in Persian, exactly as they are on your agent's Iranian birth certificate.",
    },
    ...(n === 1 ? {} : { showIf: { field: 'agentCount', equals: n === 2 ? ['2', '3'] : ['3'] } }),
    fields: [
      { id: id('FirstName'), type: 'text', maxLength: 100, label: { fa: 'نام', en: 'First name' } },
      { id: id('LastName'), type: 'text', maxLength: 100, label: { fa: 'نام خانوادگی', en: 'Last name' } },
      { id: id('FatherName'), type: 'text', maxLength: 100, label: { fa: 'نام پدر', en: "Father's name" } },
      { id: id('NationalCode'), type: 'nationalCode', label: { fa: 'کد ملی', en: 'National code' } },
      { id: id('BirthDate'), type: 'date', when: 'past', label: { fa: 'تاریخ تولد', en: 'Date of birth' } },
      {
        id: id('Address'),
        type: 'text',
        multiline: true,
        maxLength: 500,
        label: { fa: 'نشانی در ایران', en: 'Address in Iran' },
      },
      {
        id: id('Phone'),
        type: 'phone',
        label: { fa: 'شمارهٔ تلفن در ایران', en: 'Phone number in Iran' },
        hint: {
          fa: 'با کد کشور ایران بنویسید؛ برای نمونه \u200e+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷',
          en: "With Iran's country code, for example +98 912 123 4567.",
        },
      },
    ],
  };
}

/**
 * The checklist of powers for one type of power of attorney, shown only for that type: [value, fa, en] in plain
 * words. Each value has its clause in formal notarial Persian in `requests/poa/templates.ts`.
 */
function powers(id: string, poaType: string, options: [string, string, string][]): FieldInput {
  return {
    id,
    type: 'checkboxes',
    label: { fa: 'وکیل چه کارهایی را می‌تواند انجام دهد؟', en: 'What may your agent do?' },
    hint: { fa: 'همهٔ کارهای لازم را انتخاب کنید.', en: 'Choose everything that is needed.' },
    showIf: { field: 'poaType', equals: poaType },
    options: options.map(([value, fa, en]) => ({ value, label: { fa, en } })),
  };
}

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
        fa: 'در مرحله‌های بعد وکیلان و اختیارات آنان را وارد می‌کنید. سپس متن کامل وکالتنامه از روی پاسخ‌های شما آماده می‌شود تا آن را بخوانید و در صورت نیاز ویرایش کنید.',
        en: 'Next you add your agents and what they may do. The full wording is then drafted from your answers, for you to read and change if needed.',
      },
      fields: [
        {
          id: 'subject',
          type: 'text',
          multiline: true,
          maxLength: 1000,
          label: { fa: 'موضوع وکالت را در یک یا دو جمله بنویسید', en: 'Describe it in a sentence or two' },
          hint: {
            fa: 'این جمله در متن وکالتنامه می‌آید. برای نمونه: فروش آپارتمان واقع در تهران، یا دریافت حقوق بازنشستگی از صندوق بازنشستگی کشوری.',
            en: 'This goes into the wording, which is in Persian, so write it in Persian if you can. For example: selling a flat in Tehran, or collecting a civil-service pension.',
          },
        },
      ],
    },
    {
      id: 'agent-count',
      title: { fa: 'تعداد وکیلان', en: 'Number of agents' },
      fields: [
        {
          id: 'agentCount',
          type: 'choice',
          label: { fa: 'به چند نفر وکالت می‌دهید؟', en: 'How many people are you appointing as agents?' },
          hint: {
            fa: 'وکیل کسی است که در ایران به جای شما کار را انجام می‌دهد.',
            en: 'An agent is the person in Iran who acts for you.',
          },
          options: [
            { value: '1', label: { fa: 'یک نفر', en: 'One' } },
            { value: '2', label: { fa: 'دو نفر', en: 'Two' } },
            { value: '3', label: { fa: 'سه نفر', en: 'Three' } },
          ],
        },
      ],
    },
    agentPage(1),
    agentPage(2),
    agentPage(3),
    {
      id: 'agents-acting',
      title: { fa: 'نحوهٔ اقدام وکیلان', en: 'How your agents act' },
      showIf: { field: 'agentCount', equals: ['2', '3'] },
      fields: [
        {
          id: 'agentsActing',
          type: 'choice',
          label: { fa: 'وکیلان چگونه اقدام کنند؟', en: 'How should your agents act?' },
          options: [
            {
              value: 'jointly',
              label: { fa: 'همه با هم (مجتمعاً)', en: 'All together (jointly)' },
              hint: {
                fa: 'هر کاری با موافقت و امضای همهٔ وکیلان انجام می‌شود.',
                en: 'Every step needs all of them to agree and sign.',
              },
            },
            {
              value: 'severally',
              label: { fa: 'هر یک به‌تنهایی (منفرداً)', en: 'Each on their own (severally)' },
              hint: {
                fa: 'هر یک از وکیلان می‌تواند بدون دیگران اقدام کند.',
                en: 'Any one of them can act without the others.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'powers',
      title: { fa: 'اختیارات وکیل', en: 'What your agent may do' },
      intro: {
        fa: 'هر اختیاری که انتخاب کنید، در متن وکالتنامه با عبارت رسمی نوشته می‌شود. وکیل فقط در حدود همین اختیارات می‌تواند اقدام کند.',
        en: 'Each power you choose is written into the wording in formal terms. Your agent can act only within these powers.',
      },
      fields: [
        powers('powersPropertySale', 'property-sale', [
          [
            'sell',
            'فروش ملک به هر کس و به هر مبلغی که وکیل صلاح بداند',
            'Sell the property to anyone, at a price the agent thinks right',
          ],
          [
            'receive-price',
            'دریافت پول فروش و دادن رسید',
            'Receive the money from the sale and give a receipt',
          ],
          [
            'sign-contracts',
            'امضای قولنامه، مبایعه‌نامه و سند رسمی در دفترخانه',
            'Sign the sale agreement and the official deed at a notary office',
          ],
          [
            'offices',
            'پیگیری در ادارهٔ ثبت، شهرداری و ادارهٔ مالیات و پرداخت عوارض و مالیات',
            'Deal with the land registry, the municipality and the tax office, and pay fees and taxes',
          ],
          [
            'utilities',
            'انتقال انشعاب‌های آب، برق، گاز و تلفن به نام خریدار',
            'Transfer the water, electricity, gas and phone connections to the buyer',
          ],
          ['deliver', 'تحویل ملک به خریدار', 'Hand the property over to the buyer'],
          ['cancel', 'فسخ یا برهم زدن معامله در صورت لزوم', 'Cancel the sale if needed'],
        ]),
        powers('powersVehicleSale', 'vehicle-sale', [
          [
            'sell',
            'فروش خودرو به هر کس و به هر مبلغی که وکیل صلاح بداند',
            'Sell the vehicle to anyone, at a price the agent thinks right',
          ],
          [
            'receive-price',
            'دریافت پول فروش و دادن رسید',
            'Receive the money from the sale and give a receipt',
          ],
          [
            'notary',
            'امضای قرارداد و سند انتقال در دفترخانه',
            'Sign the sale contract and the transfer deed at a notary office',
          ],
          [
            'traffic-police',
            'نقل و انتقال در پلیس راهور، تعویض پلاک و گرفتن سند و کارت خودرو',
            'Transfer the vehicle at the traffic police, change the plates, get the ownership document and card',
          ],
          [
            'fees',
            'پرداخت عوارض، جریمه‌ها و مالیات و گرفتن مفاصاحساب',
            'Pay road charges, fines and taxes and get the clearances',
          ],
          [
            'insurance',
            'امور بیمهٔ خودرو، از جمله انتقال بیمه‌نامه',
            "Deal with the vehicle's insurance, including transferring the policy",
          ],
          ['deliver', 'تحویل خودرو به خریدار', 'Hand the vehicle over to the buyer'],
        ]),
        powers('powersBanking', 'banking', [
          ['open-account', 'افتتاح حساب به نام من', 'Open accounts in my name'],
          ['withdraw', 'برداشت و انتقال پول از حساب‌های من', 'Withdraw and transfer money from my accounts'],
          ['deposit', 'واریز پول به حساب‌های من', 'Pay money into my accounts'],
          ['cheques', 'گرفتن دسته‌چک و نوشتن و امضای چک', 'Get cheque books, and write and sign cheques'],
          ['cards', 'گرفتن کارت بانکی و رمز آن', 'Get bank cards and their PINs'],
          ['statements', 'گرفتن صورت‌حساب و گواهی موجودی', 'Get statements and balance certificates'],
          ['loans', 'گرفتن وام و تسهیلات و بازپرداخت آن', 'Take out loans and repay them'],
          ['close-account', 'بستن حساب‌ها', 'Close accounts'],
        ]),
        powers('powersAdministrative', 'administrative', [
          [
            'offices',
            'مراجعه به اداره‌ها و سازمان‌های دولتی و عمومی و پیگیری کارها',
            'Go to government and public offices and follow matters up',
          ],
          ['applications', 'نوشتن و امضای درخواست‌ها و فرم‌ها', 'Write and sign applications and forms'],
          [
            'documents',
            'گرفتن مدارک، گواهی‌ها و پاسخ استعلام‌ها',
            'Collect documents, certificates and replies to enquiries',
          ],
          ['fees', 'پرداخت هزینه‌ها و عوارض', 'Pay fees and charges'],
          [
            'education',
            'گرفتن مدرک تحصیلی و ریز نمرات از دانشگاه‌ها و مدرسه‌ها',
            'Collect degree certificates and transcripts from universities and schools',
          ],
          ['military-service', 'پیگیری امور نظام وظیفه', 'Deal with military service matters'],
          [
            'tax',
            'امور مالیاتی، از جمله تسلیم اظهارنامه و پرداخت مالیات',
            'Deal with taxes, including filing returns and paying tax',
          ],
        ]),
        powers('powersPension', 'pension', [
          ['receive', 'دریافت حقوق و مزایای بازنشستگی', 'Collect the pension and its benefits'],
          [
            'arrears',
            'دریافت مبلغ‌های معوق، عیدی و پاداش',
            'Collect arrears, the New Year bonus and other payments',
          ],
          [
            'account',
            'برداشت از حسابی که حقوق به آن واریز می‌شود',
            'Withdraw money from the account the pension is paid into',
          ],
          [
            'forms',
            'تسلیم مدارک و امضای فرم‌ها در صندوق یا سازمان بازنشستگی',
            'Hand in documents and sign forms at the pension fund',
          ],
          ['loans', 'گرفتن وام از صندوق بازنشستگی', 'Take out loans from the pension fund'],
          ['insurance', 'امور بیمهٔ درمان بازنشستگان', "Deal with the pensioners' health insurance"],
        ]),
        powers('powersInheritance', 'inheritance', [
          [
            'certificate',
            'درخواست و گرفتن گواهی انحصار وراثت',
            'Apply for and collect the certificate of heirs',
          ],
          [
            'tax',
            'تسلیم اظهارنامهٔ مالیات بر ارث و پرداخت مالیات',
            'File the inheritance tax return and pay the tax',
          ],
          ['division', 'تقسیم ارث و امضای تقسیم‌نامه', 'Divide the estate and sign the division agreement'],
          [
            'receive-share',
            'گرفتن سهم من از ارث، از جمله از بانک‌ها',
            'Collect my share of the estate, including from banks',
          ],
          [
            'register-share',
            'ثبت سهم من از ملک‌ها و اموال به نام من',
            'Register my share of property in my name',
          ],
          ['sell-share', 'فروش سهم من از ارث', 'Sell my share of the estate'],
          [
            'court',
            'طرح دعوا و دفاع در دادگاه، با حق گرفتن وکیل دادگستری',
            'Bring and defend court cases, with the right to hire a lawyer',
          ],
        ]),
        powers('powersFamily', 'family', [
          [
            'single-status',
            'گرفتن گواهی تجرد یا گواهی عدم ثبت ازدواج',
            'Get a certificate that I am single or that no marriage is registered',
          ],
          [
            'register-marriage',
            'ثبت ازدواج و گرفتن سند ازدواج',
            'Register a marriage and collect the marriage certificate',
          ],
          [
            'birth-certificate',
            'گرفتن شناسنامه و مدارک فرزند',
            "Get a child's birth certificate and documents",
          ],
          [
            'dowry',
            'امور مهریه و نفقه، پرداخت یا دریافت آن',
            'Deal with the dowry (mahr) and maintenance, paying or receiving them',
          ],
          [
            'divorce',
            'امور طلاق در دادگاه خانواده و دفترخانهٔ طلاق',
            'Deal with a divorce at the family court and the divorce registry',
          ],
          [
            'court',
            'طرح دعوا و دفاع در دادگاه خانواده، با حق گرفتن وکیل دادگستری',
            'Bring and defend cases at the family court, with the right to hire a lawyer',
          ],
        ]),
        powers('powersGeneral', 'general', [
          [
            'property',
            'خرید، فروش، اجاره و رهن ملک و اموال من',
            'Buy, sell, rent out and mortgage my property and belongings',
          ],
          [
            'banking',
            'امور بانکی، از جمله برداشت و انتقال پول',
            'Banking, including withdrawing and transferring money',
          ],
          ['offices', 'امور اداری در همهٔ اداره‌ها و سازمان‌ها', 'Dealing with any office or organisation'],
          ['receive', 'گرفتن طلب‌ها و پرداخت بدهی‌های من', 'Collect what I am owed and pay my debts'],
          ['contracts', 'بستن و امضای هر نوع قرارداد', 'Make and sign any kind of contract'],
          [
            'court',
            'طرح دعوا و دفاع در دادگاه‌ها، با حق گرفتن وکیل دادگستری',
            'Bring and defend court cases, with the right to hire a lawyer',
          ],
        ]),
        {
          ...powers('powersOtherType', 'other', [
            [
              'offices',
              'مراجعه به اداره‌ها و سازمان‌ها و پیگیری کار',
              'Go to the offices concerned and follow the matter up',
            ],
            ['sign', 'امضای درخواست‌ها، فرم‌ها و قراردادها', 'Sign applications, forms and contracts'],
            ['receive', 'گرفتن مدارک و پول', 'Collect documents and money'],
            ['pay', 'پرداخت هزینه‌ها و عوارض', 'Pay fees and charges'],
          ]),
          optional: true,
        },
        {
          id: 'powersOther',
          type: 'text',
          multiline: true,
          maxLength: 1000,
          optional: true,
          label: { fa: 'اختیارات دیگر', en: 'Anything else your agent may do' },
          hint: {
            fa: 'هر اختیار را در یک سطر بنویسید. اگر چیزی نمانده است، خالی بگذارید.',
            en: 'One per line, in Persian if you can. Leave it empty if there is nothing more.',
          },
        },
      ],
    },
    {
      id: 'property',
      title: { fa: 'مشخصات ملک', en: 'The property' },
      intro: {
        fa: 'این مشخصات را از روی سند مالکیت بنویسید.',
        en: 'Copy these from the title deed, in Persian if you can.',
      },
      showIf: { field: 'poaType', equals: 'property-sale' },
      fields: [
        {
          id: 'propertyKind',
          type: 'choice',
          label: { fa: 'نوع ملک', en: 'Type of property' },
          options: [
            { value: 'apartment', label: { fa: 'آپارتمان', en: 'A flat' } },
            { value: 'house', label: { fa: 'خانه', en: 'A house' } },
            { value: 'land', label: { fa: 'زمین', en: 'Land' } },
            { value: 'shop', label: { fa: 'مغازه', en: 'A shop' } },
            { value: 'other', label: { fa: 'ملک دیگر', en: 'Other property' } },
          ],
        },
        {
          id: 'propertyPlateMain',
          type: 'text',
          maxLength: 30,
          label: { fa: 'پلاک ثبتی اصلی', en: 'Main registration plate number (پلاک اصلی)' },
          hint: {
            fa: 'عدد پیش از کلمهٔ «اصلی» در سند؛ برای نمونه در «۱۲۳۴ فرعی از ۵۶ اصلی»، عدد ۵۶.',
            en: 'The number before «اصلی» on the deed: in «۱۲۳۴ فرعی از ۵۶ اصلی» it is 56.',
          },
        },
        {
          id: 'propertyPlateSub',
          type: 'text',
          maxLength: 30,
          optional: true,
          label: { fa: 'پلاک ثبتی فرعی', en: 'Sub-plate number (پلاک فرعی)' },
          hint: {
            fa: 'عدد پیش از کلمهٔ «فرعی»؛ در نمونهٔ بالا ۱۲۳۴. اگر سند پلاک فرعی ندارد، خالی بگذارید.',
            en: 'The number before «فرعی»: 1234 in the example above. Leave it empty if the deed has none.',
          },
        },
        {
          id: 'propertySection',
          type: 'text',
          maxLength: 30,
          label: { fa: 'بخش ثبتی', en: 'Registration section (بخش)' },
          hint: {
            fa: 'برای نمونه در «بخش ۱۱ تهران»، عدد ۱۱.',
            en: 'For example 11 in «بخش ۱۱ تهران».',
          },
        },
        { id: 'propertyCity', type: 'text', maxLength: 100, label: { fa: 'شهر', en: 'City' } },
        {
          id: 'propertyAddress',
          type: 'text',
          multiline: true,
          maxLength: 500,
          label: { fa: 'نشانی ملک', en: 'Address of the property' },
        },
        {
          id: 'propertyShare',
          type: 'number',
          min: 0.01,
          max: 6,
          label: { fa: 'سهم شما از ملک، به دانگ', en: 'Your share of the property, in dang' },
          hint: {
            fa: 'ششدانگ یعنی تمام ملک و سه دانگ یعنی نیمی از آن.',
            en: 'Six dang is the whole property; three dang is half of it.',
          },
        },
      ],
    },
    {
      id: 'vehicle',
      title: { fa: 'مشخصات خودرو', en: 'The vehicle' },
      intro: {
        fa: 'این مشخصات را از روی سند یا کارت خودرو بنویسید.',
        en: "Copy these from the vehicle's ownership document or card.",
      },
      showIf: { field: 'poaType', equals: 'vehicle-sale' },
      fields: [
        {
          id: 'vehicleMakeModel',
          type: 'text',
          maxLength: 100,
          label: { fa: 'نوع و سیستم خودرو', en: 'Make and model' },
          hint: { fa: 'برای نمونه: سواری پژو ۲۰۶ تیپ ۲', en: 'In Persian if you can, as on the card.' },
        },
        {
          id: 'vehicleYear',
          type: 'number',
          min: 1300,
          max: 2100,
          label: { fa: 'سال ساخت (مدل)', en: 'Year (model)' },
          hint: {
            fa: 'همان سالی که در کارت خودرو آمده است؛ برای نمونه ۱۳۹۸.',
            en: 'As on the card, for example 1398.',
          },
        },
        {
          id: 'vehiclePlate',
          type: 'text',
          maxLength: 40,
          label: { fa: 'شمارهٔ پلاک (شمارهٔ انتظامی)', en: 'Number plate' },
          hint: { fa: 'برای نمونه: ۱۲ ب ۳۴۵ ایران ۶۷', en: 'For example «۱۲ ب ۳۴۵ ایران ۶۷».' },
        },
        {
          id: 'vehicleEngine',
          type: 'text',
          maxLength: 40,
          label: { fa: 'شمارهٔ موتور', en: 'Engine number' },
        },
        {
          id: 'vehicleChassis',
          type: 'text',
          maxLength: 40,
          label: { fa: 'شمارهٔ شاسی', en: 'Chassis number (VIN)' },
        },
      ],
    },
    {
      id: 'deceased',
      title: { fa: 'مشخصات متوفی', en: 'The person who died' },
      showIf: { field: 'poaType', equals: 'inheritance' },
      fields: [
        {
          id: 'deceasedName',
          type: 'text',
          maxLength: 100,
          label: { fa: 'نام و نام خانوادگی متوفی', en: 'Their full name' },
          hint: {
            fa: 'همان‌طور که در شناسنامه یا گواهی فوت آمده است.',
            en: 'In Persian if you can, as on their birth or death certificate.',
          },
        },
        {
          id: 'deceasedRelation',
          type: 'choice',
          style: 'select',
          label: { fa: 'نسبت متوفی با شما', en: 'How they were related to you' },
          options: [
            { value: 'father', label: { fa: 'پدر', en: 'Father' } },
            { value: 'mother', label: { fa: 'مادر', en: 'Mother' } },
            { value: 'spouse', label: { fa: 'همسر', en: 'Husband or wife' } },
            { value: 'child', label: { fa: 'فرزند', en: 'Child' } },
            { value: 'brother', label: { fa: 'برادر', en: 'Brother' } },
            { value: 'sister', label: { fa: 'خواهر', en: 'Sister' } },
            { value: 'other', label: { fa: 'نسبت دیگر', en: 'Another relation' } },
          ],
        },
      ],
    },
    {
      id: 'delegation',
      title: { fa: 'حق توکیل به غیر', en: 'Passing the task on' },
      fields: [
        {
          id: 'delegation',
          type: 'choice',
          label: {
            fa: 'آیا وکیل حق داشته باشد شخص دیگری را به جای خود وکیل کند؟',
            en: 'May your agent appoint someone else to act for you in their place?',
          },
          hint: {
            fa: 'به این اختیار «حق توکیل به غیر» می‌گویند. با آن، وکیل می‌تواند تمام یا بخشی از کار را به شخص دیگری بسپارد که شما او را انتخاب نکرده‌اید.',
            en: 'This is called «حق توکیل به غیر». With it, your agent can hand all or part of the task to someone you did not choose.',
          },
          options: [
            { value: 'yes', label: { fa: 'بله', en: 'Yes' } },
            { value: 'no', label: { fa: 'خیر', en: 'No' } },
          ],
        },
      ],
    },
    {
      id: 'duration',
      title: { fa: 'مدت وکالت', en: 'How long it lasts' },
      fields: [
        {
          id: 'duration',
          type: 'choice',
          label: { fa: 'وکالت تا چه زمانی معتبر باشد؟', en: 'How long should the power of attorney last?' },
          options: [
            { value: 'until-done', label: { fa: 'تا انجام کامل کار', en: 'Until the task is done' } },
            { value: 'fixed', label: { fa: 'برای مدتی معین', en: 'For a fixed period' } },
          ],
        },
        {
          id: 'durationMonths',
          type: 'number',
          min: 1,
          max: 120,
          label: { fa: 'چند ماه؟', en: 'How many months?' },
          hint: { fa: 'از روز امضای وکالتنامه.', en: 'From the day you sign.' },
          showIf: { field: 'duration', equals: 'fixed' },
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
    byAnswer: { field: 'poaType', amounts: { 'vehicle-sale': 26, 'property-sale': 132 } },
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
  // The text is composed from the answers by requests/poa/compose.ts, then read and edited by the applicant.
  composedText: 'power-of-attorney',
  originals: [
    {
      fa: 'حضور شخص موکل با گذرنامهٔ معتبر خودش؛ وکالتنامه را کسی جز خود او امضا نمی‌کند.',
      en: 'The principal in person, with their own valid passport: nobody else signs for them.',
    },
  ],
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
  originals: [
    {
      fa: 'حضور شخص امضاکننده با گذرنامهٔ معتبر خودش.',
      en: 'The signatory in person, with their own valid passport.',
    },
    {
      fa: 'سندی که امضا می‌شود، هنوز امضانشده و بدون خط‌خوردگی.',
      en: 'The document to be signed, not yet signed and with nothing crossed out.',
    },
  ],
});

export const NOTARIAL_SERVICES = [powerOfAttorney, signatureAttestation];
