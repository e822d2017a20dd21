import { Fragment } from 'preact';
import { useView } from './context.ts';
import {
  BackLink,
  Button,
  ButtonGroup,
  Checkboxes,
  Code,
  DateInput,
  Details,
  ErrorSummary,
  FileInput,
  Form,
  Heading,
  InsetText,
  Layout,
  Ltr,
  NotificationBanner,
  Pagination,
  Panel,
  Radios,
  Select,
  StatusTag,
  SummaryList,
  Table,
  TaskList,
  Textarea,
  TextInput,
  type Tone,
  WarningText,
} from './index.ts';

/*
 * Sample content for the developer showcase only (mounted at /dev/ui): it is not part of the service, so it
 * lives here rather than in the translators' catalog. Both languages have the same keys.
 */
const fa = {
  title: 'نمونهٔ اجزای رابط کاربری',
  caption: 'درخواست گذرنامه',
  intro: 'این صفحه همهٔ اجزای رابط کاربری میخک را نشان می‌دهد تا ظاهر و دسترس‌پذیری آن‌ها یک‌جا بررسی شود.',
  fullName: 'نام و نام خانوادگی',
  fullNameHint: 'همان‌طور که در گذرنامهٔ فعلی شما نوشته شده است',
  fullNameError: 'نام و نام خانوادگی را وارد کنید',
  email: 'نشانی ایمیل',
  emailHint: 'رسید و خبرهای درخواست را به این نشانی می‌فرستیم',
  emailError: 'نشانی ایمیل را درست وارد کنید، مانند name@example.com',
  phone: 'شمارهٔ تلفن همراه',
  nationalId: 'کد ملی',
  nationalIdHint: 'ده رقم، بدون خط تیره',
  dob: 'تاریخ تولد',
  dobError: 'تاریخ تولد باید یک تاریخ واقعی باشد',
  country: 'کشور محل اقامت',
  countries: [
    ['DE', 'آلمان'],
    ['FR', 'فرانسه'],
    ['GB', 'بریتانیا'],
  ],
  reason: 'دلیل درخواست',
  reasons: [
    ['renew', 'تمدید گذرنامه', 'گذرنامهٔ فعلی شما کمتر از شش ماه اعتبار دارد یا منقضی شده است'],
    ['lost', 'گذرنامهٔ گم‌شده یا دزدیده‌شده', ''],
    ['first', 'نخستین گذرنامه', ''],
  ],
  lostWhere: 'کجا و کی گم شد؟',
  reasonError: 'دلیل درخواست را انتخاب کنید',
  contact: 'چگونه با شما تماس بگیریم؟',
  contactHint: 'هر چند مورد که می‌خواهید انتخاب کنید',
  contacts: [
    ['email', 'ایمیل'],
    ['sms', 'پیامک'],
    ['post', 'نامهٔ پستی'],
  ],
  notes: 'توضیحات بیشتر',
  notesError: 'توضیحات باید کمتر از ۵۰۰ نویسه باشد',
  photo: 'عکس گذرنامه‌ای',
  photoHint: 'پروندهٔ JPG یا PNG، حداکثر ۵ مگابایت',
  photoError: 'پرونده باید JPG یا PNG باشد',
  save: 'ذخیره و ادامه',
  later: 'ذخیره و بعداً ادامه',
  cancel: 'لغو درخواست',
  start: 'شروع کنید',
  check: 'پاسخ‌های خود را بررسی کنید',
  tasks: 'بخش‌های درخواست',
  taskPersonal: 'مشخصات فردی',
  taskDocs: 'بارگذاری مدارک',
  taskDocsHint: 'عکس و رونوشت گذرنامهٔ فعلی',
  taskPay: 'پرداخت هزینه',
  taskSend: 'ارسال درخواست',
  tags: 'وضعیت‌ها',
  tones: {
    grey: 'پیش‌نویس',
    blue: 'دریافت شد',
    green: 'صادر شد',
    amber: 'منتظر مدارک',
    red: 'رد شد',
    purple: 'در حال بررسی',
  },
  panelTitle: 'درخواست شما فرستاده شد',
  panelBody: 'کد پیگیری شما',
  bannerInfo: 'کنسولگری در روزهای ۱۲ و ۱۳ فروردین تعطیل است.',
  bannerSuccess: 'پاسخ‌های شما ذخیره شد.',
  inset: 'بررسی درخواست معمولاً ۱۰ روز کاری طول می‌کشد.',
  warning: 'اگر اطلاعات نادرست بدهید ممکن است درخواست شما رد شود.',
  details: 'اگر کد ملی ندارید',
  detailsBody: 'می‌توانید شمارهٔ شناسنامه را وارد کنید و رونوشت آن را بارگذاری کنید.',
  code: 'کد پیگیری شما {code} است. برای پرسش به {email} یا {phone} پیام دهید.',
  table: 'هزینه‌ها',
  tableHead: ['خدمت', 'مدت', 'هزینه (یورو)'],
  tableRows: [
    ['گذرنامهٔ عادی', 'دو هفته', 120],
    ['گذرنامهٔ فوری', 'سه روز', 1250],
    ['گواهی امضا', 'یک روز', 35],
  ],
};

type Sample = typeof fa;

const en: Sample = {
  title: 'User interface components',
  caption: 'Passport application',
  intro:
    'This page shows every Mikhak interface component so their look and accessibility can be checked in one place.',
  fullName: 'Full name',
  fullNameHint: 'As it is written in your current passport',
  fullNameError: 'Enter your full name',
  email: 'Email address',
  emailHint: 'We will send your receipt and updates to this address',
  emailError: 'Enter an email address in the correct format, like name@example.com',
  phone: 'Mobile phone number',
  nationalId: 'National ID number',
  nationalIdHint: 'Ten digits, without dashes',
  dob: 'Date of birth',
  dobError: 'Date of birth must be a real date',
  country: 'Country you live in',
  countries: [
    ['DE', 'Germany'],
    ['FR', 'France'],
    ['GB', 'United Kingdom'],
  ],
  reason: 'Why are you applying?',
  reasons: [
    ['renew', 'Renew a passport', 'Your current passport expires in less than six months or has expired'],
    ['lost', 'Replace a lost or stolen passport', ''],
    ['first', 'First passport', ''],
  ],
  lostWhere: 'Where and when was it lost?',
  reasonError: 'Select why you are applying',
  contact: 'How should we contact you?',
  contactHint: 'Select all that apply',
  contacts: [
    ['email', 'Email'],
    ['sms', 'Text message'],
    ['post', 'Letter'],
  ],
  notes: 'More details',
  notesError: 'More details must be 500 characters or fewer',
  photo: 'Passport photo',
  photoHint: 'A JPG or PNG file, at most 5 MB',
  photoError: 'The file must be a JPG or PNG',
  save: 'Save and continue',
  later: 'Save and come back later',
  cancel: 'Cancel application',
  start: 'Start now',
  check: 'Check your answers',
  tasks: 'Parts of your application',
  taskPersonal: 'Personal details',
  taskDocs: 'Upload documents',
  taskDocsHint: 'Photo and a copy of your current passport',
  taskPay: 'Pay the fee',
  taskSend: 'Send your application',
  tags: 'Statuses',
  tones: {
    grey: 'Draft',
    blue: 'Received',
    green: 'Issued',
    amber: 'Waiting for documents',
    red: 'Refused',
    purple: 'Under review',
  },
  panelTitle: 'Application sent',
  panelBody: 'Your tracking code is',
  bannerInfo: 'The consulate is closed on 1 and 2 April.',
  bannerSuccess: 'Your answers have been saved.',
  inset: 'It usually takes 10 working days to check an application.',
  warning: 'Your application may be refused if you give false information.',
  details: 'If you do not have a national ID number',
  detailsBody: 'You can enter your birth certificate number and upload a copy of it.',
  code: 'Your tracking code is {code}. For questions write to {email} or {phone}.',
  table: 'Fees',
  tableHead: ['Service', 'Time', 'Fee (euro)'],
  tableRows: [
    ['Standard passport', 'Two weeks', 120],
    ['Fast-track passport', 'Three days', 1250],
    ['Signature certificate', 'One day', 35],
  ],
};

const TRACKING = 'K7PM4QX9T';

export function UiShowcase() {
  const { locale, t } = useView();
  const s = locale === 'fa' ? fa : en;
  const [before = '', rest = ''] = s.code.split('{code}');
  const [middle = '', rest2 = ''] = rest.split('{email}');
  const [middle2 = '', after = ''] = rest2.split('{phone}');
  const errors = [
    { field: 'fullName', message: s.fullNameError },
    { field: 'email', message: s.emailError },
    { field: 'dob-year', message: s.dobError },
    { field: 'reason', message: s.reasonError },
    { field: 'notes', message: s.notesError },
    { field: 'photo', message: s.photoError },
  ];
  return (
    <Layout title={s.title} width="wide" hasErrors backLink={{ href: '/' }}>
      <ErrorSummary errors={errors} />
      <Heading caption={s.caption}>{s.title}</Heading>
      <p>{s.intro}</p>

      <NotificationBanner>
        <p>{s.bannerInfo}</p>
      </NotificationBanner>
      <NotificationBanner type="success">
        <p>{s.bannerSuccess}</p>
      </NotificationBanner>

      <Button href="/start" start>
        {s.start}
      </Button>

      <div class="main--narrow">
        <Form action="/dev/ui" enctype="multipart/form-data">
          <TextInput
            name="fullName"
            label={s.fullName}
            hint={s.fullNameHint}
            error={s.fullNameError}
            value={'<script>alert(1)</script>'}
            autocomplete="name"
          />
          <TextInput
            name="email"
            type="email"
            label={s.email}
            hint={s.emailHint}
            error={s.emailError}
            value="name@example"
            autocomplete="email"
          />
          <TextInput name="phone" type="tel" label={s.phone} autocomplete="tel" width={20} optional />
          <TextInput name="nationalId" label={s.nationalId} hint={s.nationalIdHint} numeric width={10} />
          <Details summary={s.details}>
            <p>{s.detailsBody}</p>
          </Details>
          <DateInput
            name="dob"
            legend={s.dob}
            error={s.dobError}
            errorParts={['year']}
            value={{ day: '31', month: '6', year: '13x0' }}
            autocomplete="bday"
          />
          <Select
            name="country"
            label={s.country}
            value="DE"
            options={s.countries.map(([value = '', label]) => ({ value, label }))}
          />
          <Radios
            name="reason"
            legend={s.reason}
            error={s.reasonError}
            value="lost"
            options={s.reasons.map(([value = '', label, hint]) => ({
              value,
              label,
              hint: hint || undefined,
              conditional:
                value === 'lost' ? <TextInput name="lostWhere" label={s.lostWhere} width={30} /> : undefined,
            }))}
          />
          <Checkboxes
            name="contact"
            legend={s.contact}
            hint={s.contactHint}
            values={['email', 'post']}
            options={s.contacts.map(([value = '', label]) => ({ value, label }))}
          />
          <Textarea name="notes" label={s.notes} error={s.notesError} value="…" optional />
          <FileInput
            name="photo"
            label={s.photo}
            hint={s.photoHint}
            error={s.photoError}
            accept="image/jpeg,image/png"
          />
          <WarningText>{s.warning}</WarningText>
          <ButtonGroup>
            <Button>{s.save}</Button>
            <Button variant="secondary" name="action" value="later">
              {s.later}
            </Button>
            <Button variant="warning" type="button">
              {s.cancel}
            </Button>
          </ButtonGroup>
        </Form>

        <Heading level={2}>{s.check}</Heading>
        <SummaryList
          rows={[
            { key: s.fullName, value: 'مریم میرزاخانی', change: { href: '/dev/ui#f-fullName' } },
            {
              key: s.email,
              value: <Ltr>maryam@example.org</Ltr>,
              change: { href: '/dev/ui#f-email' },
            },
            { key: s.nationalId, value: <Code value="0012345678" /> },
          ]}
        />

        <Heading level={2}>{s.tasks}</Heading>
        <TaskList
          items={[
            { label: s.taskPersonal, href: '/dev/ui#personal', status: 'done' },
            { label: s.taskDocs, hint: s.taskDocsHint, href: '/dev/ui#docs', status: 'todo' },
            { label: s.taskPay, status: 'cannot-start' },
            { label: s.taskSend, status: 'cannot-start' },
          ]}
        />

        <Heading level={2}>{s.tags}</Heading>
        <p class="tag-row">
          {(Object.entries(s.tones) as [Tone, string][]).map(([tone, word]) => (
            <Fragment key={tone}>
              <StatusTag tone={tone} text={word} />{' '}
            </Fragment>
          ))}
        </p>

        <Panel title={s.panelTitle} headingLevel={2}>
          {s.panelBody}
          <br />
          <Code value={TRACKING} tracking />
        </Panel>

        <p>
          {before}
          <Code value={TRACKING} tracking />
          {middle}
          <Ltr>consulate@example.org</Ltr>
          {middle2}
          <Ltr>+49 30 1234 5678</Ltr>
          {after}
        </p>
        <InsetText>{s.inset}</InsetText>
        <BackLink href="/" label={t('ui.back')} />
      </div>

      <Table
        caption={s.table}
        head={s.tableHead.map((text, i) => ({ text, numeric: i === 2 }))}
        rows={s.tableRows}
        rowHeaders
      />
      <Pagination
        previous={{ href: '/dev/ui?page=1' }}
        next={{ href: '/dev/ui?page=3' }}
        pages={[
          { number: 1, href: '/dev/ui?page=1' },
          { number: 2, href: '/dev/ui?page=2', current: true },
          { number: 3, href: '/dev/ui?page=3' },
          null,
          { number: 12, href: '/dev/ui?page=12' },
        ]}
      />
    </Layout>
  );
}
