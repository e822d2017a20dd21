/**
 * The power of attorney's legal text, type by type, in formal Persian notarial style (research §3: the real system
 * offers "proposed template powers of attorney" that the applicant completes and then edits).
 *
 * The legal text is Persian only, on the English pages too: it is the document signed at the consulate and used in
 * Iran, so there is deliberately no English version or reading aid here; the English page shows the Persian text as
 * it is. The checklist labels a person ticks, in both languages, are in the service definition
 * (`catalog/services/notarial.ts`); the clauses here are keyed by those option values.
 *
 * Slots, filled by `compose.ts` (a line holding only a slot that comes out empty is dropped):
 * - `{principal}` the applicant: name, father's name, national code, birth date;
 * - `{agents}` the agent, or the agents listed one per line;
 * - `{agent}` «وکیل» or «وکلا», and `{act}` «نماید» or «نمایند», so the verbs agree with the number of agents;
 * - `{property}`, `{vehicle}`, `{deceased}` the details the type needs;
 * - `{subject}` the subject in the applicant's words; `{powers}` the numbered clauses;
 * - `{acting}` the joint or several clause (only with two or more agents), `{delegation}`, `{duration}`.
 * Clauses may use `{agent}` too.
 */

export const POA_TYPES = [
  'property-sale',
  'vehicle-sale',
  'banking',
  'administrative',
  'pension',
  'inheritance',
  'family',
  'general',
  'other',
] as const;
export type PoaType = (typeof POA_TYPES)[number];

export const isPoaType = (value: unknown): value is PoaType =>
  typeof value === 'string' && (POA_TYPES as readonly string[]).includes(value);

export type PoaTemplate = {
  /** The checkboxes answer holding the chosen powers (its options are the keys of `powers`). */
  powersField: string;
  /** The whole text, with `{slots}`. */
  text: string;
  /** Option value → its clause, a noun phrase without a final stop; the text lists them in this order. */
  powers: Readonly<Record<string, string>>;
};

/** Every template: the opening names the parties and what the power is for; the rest is common. */
const template = (scope: string) =>
  [
    `اینجانب {principal}، به موجب این سند به {agents} وکالت می‌دهم که ${scope}، در حدود اختیارات زیر اقدام {act}.`,
    '',
    'موضوع وکالت: {subject}',
    '',
    'حدود اختیارات {agent}:',
    '{powers}',
    '',
    '{acting}',
    '{delegation}',
    '{duration}',
    'کلیهٔ اقدامات و امضاهای {agent} در حدود این وکالت، به منزلهٔ اقدام و امضای شخص اینجانب و مورد قبول اینجانب است.',
  ].join('\n');

export const POA_TEMPLATES: Readonly<Record<PoaType, PoaTemplate>> = {
  'property-sale': {
    powersField: 'powersPropertySale',
    text: template('نسبت به فروش و انتقال قطعی {property}، متعلق به اینجانب'),
    powers: {
      sell: 'فروش و انتقال قطعی مورد وکالت به هر شخص، به هر مبلغ و با هر شرایطی به تشخیص {agent}',
      'receive-price': 'دریافت تمام یا بخشی از ثمن معامله، نقداً یا به اقساط، و دادن رسید آن',
      'sign-contracts':
        'تنظیم و امضای قولنامه، مبایعه‌نامه و هرگونه قرارداد مربوط، و حضور در یکی از دفاتر اسناد رسمی و امضای ذیل سند رسمی انتقال و دفاتر مربوط',
      offices:
        'مراجعه به ادارات ثبت اسناد و املاک، شهرداری، امور مالیاتی و سایر مراجع ذی‌ربط، اخذ استعلامات، گواهی‌ها و مفاصاحساب‌ها و پرداخت عوارض و مالیات‌های متعلق',
      utilities: 'انتقال امتیازات و انشعابات آب، برق، گاز و تلفن مورد وکالت به نام خریدار',
      deliver: 'تحویل مورد معامله به خریدار و اخذ رسید تحویل',
      cancel: 'فسخ یا اقالهٔ معامله در صورت لزوم و استرداد ثمن آن',
    },
  },
  'vehicle-sale': {
    powersField: 'powersVehicleSale',
    text: template('نسبت به فروش و انتقال قطعی {vehicle}، متعلق به اینجانب'),
    powers: {
      sell: 'فروش و انتقال قطعی خودروی مورد وکالت به هر شخص، به هر مبلغ و با هر شرایطی به تشخیص {agent}',
      'receive-price': 'دریافت تمام یا بخشی از ثمن معامله، نقداً یا به اقساط، و دادن رسید آن',
      notary: 'حضور در یکی از دفاتر اسناد رسمی و تنظیم و امضای قرارداد و سند انتقال خودرو',
      'traffic-police':
        'مراجعه به پلیس راهنمایی و رانندگی و مراکز تعویض پلاک، انجام امور نقل و انتقال و تعویض پلاک و اخذ سند مالکیت (برگ سبز) و کارت خودرو',
      fees: 'پرداخت عوارض، جرائم رانندگی و مالیات‌های متعلق و اخذ مفاصاحساب‌های لازم',
      insurance: 'مراجعه به شرکت‌های بیمه و انجام امور بیمهٔ خودرو، از جمله انتقال بیمه‌نامه',
      deliver: 'تحویل خودرو و مدارک آن به خریدار و اخذ رسید تحویل',
    },
  },
  banking: {
    powersField: 'powersBanking',
    text: template('در امور بانکی اینجانب نزد کلیهٔ بانک‌ها و مؤسسات مالی و اعتباری، اعم از دولتی و خصوصی'),
    powers: {
      'open-account': 'افتتاح هر نوع حساب به نام اینجانب',
      withdraw: 'برداشت و انتقال وجه از کلیهٔ حساب‌های اینجانب به هر میزان و به هر روش بانکی',
      deposit: 'واریز وجه به حساب‌های اینجانب',
      cheques: 'دریافت دسته‌چک و صدور، امضا و تحویل چک از حساب‌های اینجانب',
      cards: 'دریافت کارت بانکی و رمز آن',
      statements: 'دریافت صورت‌حساب، گردش حساب و گواهی موجودی',
      loans: 'اخذ وام و تسهیلات بانکی به نام اینجانب، امضای قراردادهای مربوط و بازپرداخت آن',
      'close-account': 'بستن حساب‌های اینجانب و دریافت مانده و سود آن',
    },
  },
  administrative: {
    powersField: 'powersAdministrative',
    text: template(
      'در امور اداری اینجانب نزد کلیهٔ ادارات، سازمان‌ها و نهادهای دولتی و عمومی و سایر مراجع ذی‌ربط',
    ),
    powers: {
      offices: 'مراجعه به کلیهٔ ادارات و سازمان‌های دولتی و عمومی و پیگیری امور اینجانب',
      applications: 'تنظیم، تسلیم و امضای درخواست‌ها، فرم‌ها و اظهارنامه‌ها',
      documents: 'دریافت مدارک، گواهی‌ها و پاسخ استعلامات',
      fees: 'پرداخت هزینه‌ها و عوارض قانونی و دریافت رسید آن',
      education: 'مراجعه به دانشگاه‌ها، مدارس و مراکز آموزشی و دریافت مدارک تحصیلی و ریز نمرات اینجانب',
      'military-service': 'پیگیری امور نظام وظیفهٔ اینجانب نزد سازمان وظیفهٔ عمومی و مراجع ذی‌ربط',
      tax: 'انجام امور مالیاتی اینجانب نزد سازمان امور مالیاتی، از جمله تسلیم اظهارنامه و پرداخت مالیات',
    },
  },
  pension: {
    powersField: 'powersPension',
    text: template(
      'در امور مربوط به حقوق و مزایای بازنشستگی اینجانب نزد صندوق‌ها و سازمان‌های بازنشستگی و بیمه‌ای و بانک‌های ذی‌ربط',
    ),
    powers: {
      receive: 'دریافت حقوق و مزایای بازنشستگی اینجانب',
      arrears: 'دریافت مطالبات معوق، عیدی، پاداش و سایر مبالغ متعلق به اینجانب',
      account: 'برداشت وجه از حسابی که حقوق بازنشستگی اینجانب به آن واریز می‌شود',
      forms: 'تسلیم مدارک و امضای فرم‌ها و درخواست‌ها نزد صندوق یا سازمان بازنشستگی',
      loans: 'اخذ وام از صندوق بازنشستگی، امضای قراردادهای مربوط و بازپرداخت آن',
      insurance: 'انجام امور بیمهٔ درمان بازنشستگی اینجانب',
    },
  },
  inheritance: {
    powersField: 'powersInheritance',
    text: template(
      'در کلیهٔ امور مربوط به ماترک {deceased}، نزد کلیهٔ مراجع قضایی، ثبتی، مالیاتی و اداری و بانک‌ها',
    ),
    powers: {
      certificate: 'تقدیم دادخواست و درخواست صدور گواهی انحصار وراثت و دریافت آن',
      tax: 'تنظیم و تسلیم اظهارنامهٔ مالیات بر ارث، پرداخت مالیات متعلق و اخذ گواهی‌های مربوط',
      division: 'تقسیم ماترک و تنظیم و امضای تقسیم‌نامه',
      'receive-share':
        'دریافت سهم‌الارث اینجانب از کلیهٔ اموال و مطالبات متوفی، از جمله وجوه نزد بانک‌ها و مؤسسات مالی و اعتباری',
      'register-share': 'انتقال و ثبت سهم‌الارث اینجانب از اموال منقول و غیرمنقول به نام اینجانب',
      'sell-share':
        'فروش و انتقال سهم‌الارث اینجانب به هر شخص، به هر مبلغ و با هر شرایطی به تشخیص {agent} و دریافت ثمن آن',
      court: 'طرح هرگونه دعوا و دفاع در دادگاه‌ها و مراجع قضایی در خصوص ماترک، با حق انتخاب وکیل دادگستری',
    },
  },
  family: {
    powersField: 'powersFamily',
    text: template(
      'در امور خانوادگی اینجانب نزد دادگاه‌های خانواده، دفاتر رسمی ازدواج و طلاق، ادارات ثبت احوال و سایر مراجع ذی‌ربط',
    ),
    powers: {
      'single-status': 'درخواست و دریافت گواهی تجرد یا گواهی عدم ثبت ازدواج اینجانب از مراجع ذی‌ربط',
      'register-marriage': 'ثبت ازدواج اینجانب در دفاتر رسمی ازدواج و دریافت سند ازدواج',
      'birth-certificate': 'درخواست و دریافت شناسنامه و سایر مدارک هویتی فرزند اینجانب از ادارات ثبت احوال',
      dowry: 'انجام امور مربوط به مهریه و نفقه، اعم از پرداخت یا دریافت آن',
      divorce: 'حضور در دادگاه خانواده و دفاتر رسمی طلاق و انجام امور مربوط به طلاق اینجانب',
      court: 'طرح هرگونه دعوا و دفاع در دادگاه‌های خانواده، با حق انتخاب وکیل دادگستری',
    },
  },
  general: {
    powersField: 'powersGeneral',
    text: template(
      'در کلیهٔ امور اینجانب نزد کلیهٔ اشخاص حقیقی و حقوقی، ادارات و سازمان‌ها و مراجع قضایی و ثبتی',
    ),
    powers: {
      property:
        'خرید، فروش، اجاره، رهن و انتقال اموال منقول و غیرمنقول اینجانب به هر شخص، به هر مبلغ و با هر شرایطی به تشخیص {agent}',
      banking: 'انجام کلیهٔ امور بانکی اینجانب، از جمله افتتاح حساب و برداشت و انتقال وجه',
      offices: 'انجام کلیهٔ امور اداری اینجانب نزد ادارات، سازمان‌ها و نهادهای دولتی و عمومی',
      receive: 'وصول مطالبات اینجانب از هر شخص و پرداخت دیون اینجانب و دادن و گرفتن رسید',
      contracts: 'تنظیم و امضای هر نوع قرارداد و سند عادی و رسمی به نام اینجانب',
      court: 'طرح هرگونه دعوا و دفاع در کلیهٔ دادگاه‌ها و مراجع قضایی، با حق انتخاب وکیل دادگستری',
    },
  },
  other: {
    powersField: 'powersOtherType',
    text: template('در خصوص موضوع زیر، نزد کلیهٔ اشخاص و مراجع ذی‌ربط'),
    powers: {
      offices: 'مراجعه به کلیهٔ ادارات، سازمان‌ها و مراجع ذی‌ربط و پیگیری موضوع وکالت',
      sign: 'تنظیم و امضای درخواست‌ها، فرم‌ها و قراردادهای مربوط به موضوع وکالت',
      receive: 'دریافت مدارک و وجوه مربوط به موضوع وکالت و دادن رسید آن',
      pay: 'پرداخت هزینه‌ها و عوارض مربوط و دریافت رسید آن',
    },
  },
};

/** The clauses common to every type, with the same slots. */
export const POA_CLAUSES = {
  jointly: 'وکلا مجتمعاً حق اقدام دارند و هیچ‌یک از آنان به‌تنهایی حق اقدام ندارد.',
  severally: 'هر یک از وکلا منفرداً حق اقدام دارد و اقدام هر یک به‌تنهایی نافذ است.',
  withDelegation: 'این وکالت با حق توکیل به غیر است.',
  withoutDelegation: 'این وکالت بدون حق توکیل به غیر است.',
  untilDone: 'مدت این وکالت تا انجام کامل موضوع آن است.',
  /** `{months}`: the number of months, in Persian digits. */
  fixedMonths: 'مدت این وکالت {months} ماه از تاریخ تنظیم این سند است.',
} as const;
