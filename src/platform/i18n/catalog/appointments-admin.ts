import type { Translation } from './define.ts';

/** Appointment schedules on the admin screens (settings, opening hours, visit lengths) and the public availability page. */
export const fa = {
  'appointments.admin.title': 'نوبت‌دهی — {consulate}',
  'appointments.admin.zone': 'وقت محلی {city} ({zone})',
  'appointments.admin.intro': 'همهٔ ساعت‌های این صفحه به وقت محلی نمایندگی است: {zone}.',
  'appointments.admin.notOpen':
    'این نمایندگی هنوز نوبت نمی‌دهد. ساعت‌های کار را بنویسید و ذخیره کنید تا نوبت‌دهی آغاز شود.',
  'appointments.admin.closuresIntro':
    'تعطیلات رسمی و روزهای دیگری که نوبت داده نمی‌شود در صفحهٔ جداگانه‌ای ثبت می‌شوند:',
  'appointments.admin.closuresLink': 'تعطیلی‌های این نمایندگی',
  'appointments.admin.visitIntro': 'مدت مراجعهٔ هر خدمت در صفحهٔ خدمات تعیین می‌شود:',
  'appointments.admin.visitLink': 'خدمات، هزینه‌ها و مدت مراجعه',
  'appointments.admin.saved': 'برنامهٔ نوبت‌دهی ذخیره شد.',
  'appointments.admin.unchanged': 'چیزی تغییر نکرده بود.',
  'appointments.admin.seatsRefreshed':
    'شمار باجه‌های {count} ساعت نوبت آینده که در آن‌ها نوبت گرفته شده است با ساعت‌های تازه هماهنگ شد.',
  'appointments.admin.outsideHours':
    '{count} نوبت آینده اکنون بیرون از ساعت‌های کار است. این نوبت‌ها سر جای خود می‌مانند؛ با متقاضیان آن‌ها تماس بگیرید تا نوبت را جابه‌جا کنند.',
  'appointments.admin.dayViewLink': 'نوبت‌های هر روز',

  'appointments.admin.settings.title': 'تنظیمات نوبت‌دهی',
  'appointments.admin.field.windowDays': 'بازهٔ نوبت‌دهی (روز)',
  'appointments.admin.hint.windowDays':
    'تا چند روز آینده می‌توان نوبت گرفت، از ۱ تا ۳۶۵. هر روز در ساعت گشایش، یک روز تازه باز می‌شود.',
  'appointments.admin.field.minNoticeHours': 'کمترین فاصله تا نوبت (ساعت)',
  'appointments.admin.hint.minNoticeHours': 'نزدیک‌ترین نوبت دست‌کم این چند ساعت پس از اکنون است، از ۰ تا ۳۳۶.',
  'appointments.admin.field.releaseTime': 'ساعت گشایش روز تازه',
  'appointments.admin.hint.releaseTime': 'ساعت و دقیقه به {zone}، مثلاً 08:00.',
  'appointments.admin.field.slotMinutes': 'فاصلهٔ ساعت‌های آغاز نوبت (دقیقه)',
  'appointments.admin.hint.slotMinutes':
    'نوبت‌ها از ساعت آغاز کار، هر این‌قدر دقیقه یک بار، آغاز می‌شوند؛ هر مراجعه به اندازهٔ مدت خدمتش طول می‌کشد. تغییر آن بر نوبت‌های گرفته‌شده اثری ندارد.',
  'appointments.admin.slotOption': '{minutes} دقیقه',

  'appointments.admin.hours.title': 'ساعت‌های کار هفتگی',
  'appointments.admin.hours.intro':
    'هر ردیف یک بازهٔ کاری برای آن دسته از خدمات است: روز هفته، ساعت آغاز و پایان به وقت محلی، و شمار باجه‌هایی که هم‌زمان متقاضیان را می‌پذیرند. یک روز می‌تواند چند بازه داشته باشد. برای افزودن بازه، یک ردیف خالی را پر کنید؛ برای برداشتن، «برداشتن» را بزنید. ردیف خالی نادیده گرفته می‌شود و نوبت‌های گرفته‌شده می‌مانند.',
  'appointments.admin.hours.none': 'ساعت کاری ثبت نشده است؛ برای این دسته نوبت داده نمی‌شود.',
  'appointments.admin.hours.noVisit': 'این دسته‌ها مراجعهٔ حضوری ندارند و ساعت کار نمی‌خواهند: {groups}.',
  'appointments.admin.hours.caption': 'ساعت‌های کار: {group}',
  'appointments.admin.col.weekday': 'روز',
  'appointments.admin.col.opens': 'آغاز',
  'appointments.admin.col.closes': 'پایان',
  'appointments.admin.col.counters': 'باجه‌ها',
  'appointments.admin.col.remove': 'برداشتن',
  'appointments.admin.cell.weekday': '{group}، ردیف {row}: روز هفته',
  'appointments.admin.cell.opens': '{group}، ردیف {row}: ساعت آغاز',
  'appointments.admin.cell.closes': '{group}، ردیف {row}: ساعت پایان',
  'appointments.admin.cell.counters': '{group}، ردیف {row}: شمار باجه‌ها',
  'appointments.admin.cell.remove': '{group}، ردیف {row}: برداشتن این بازه',
  'appointments.admin.weekday.1': 'دوشنبه',
  'appointments.admin.weekday.2': 'سه‌شنبه',
  'appointments.admin.weekday.3': 'چهارشنبه',
  'appointments.admin.weekday.4': 'پنجشنبه',
  'appointments.admin.weekday.5': 'جمعه',
  'appointments.admin.weekday.6': 'شنبه',
  'appointments.admin.weekday.7': 'یکشنبه',
  'appointments.admin.save': 'ذخیرهٔ برنامهٔ نوبت‌دهی',

  'appointments.admin.error.at': '{group}، ردیف {row}: {message}',
  'appointments.admin.error.windowDays': 'بازهٔ نوبت‌دهی را عددی درست از ۱ تا ۳۶۵ روز بنویسید.',
  'appointments.admin.error.minNoticeHours': 'کمترین فاصله را عددی درست از ۰ تا ۳۳۶ ساعت بنویسید.',
  'appointments.admin.error.releaseTime': 'ساعت گشایش را به شکل ساعت و دقیقه بنویسید، مثلاً 08:00.',
  'appointments.admin.error.slotMinutes': 'فاصلهٔ ساعت‌های آغاز نوبت را از فهرست انتخاب کنید.',
  'appointments.admin.error.weekday': 'روز هفته را انتخاب کنید.',
  'appointments.admin.error.opens': 'ساعت آغاز را به شکل ساعت و دقیقه بنویسید، مثلاً 09:00.',
  'appointments.admin.error.closes': 'ساعت پایان را به شکل ساعت و دقیقه بنویسید، مثلاً 12:00.',
  'appointments.admin.error.order': 'ساعت پایان باید پس از ساعت آغاز باشد.',
  'appointments.admin.error.short': 'این بازه از فاصلهٔ ساعت‌های آغاز نوبت ({minutes} دقیقه) کوتاه‌تر است.',
  'appointments.admin.error.counters': 'شمار باجه‌ها را عددی درست از ۱ تا ۵۰ بنویسید.',
  'appointments.admin.error.overlap': 'این بازه با بازهٔ ردیف {row} ({period}) در همان روز هم‌پوشانی دارد.',

  'appointments.admin.preview.title': 'هفت روز آینده، چنان‌که ذخیره شده است',
  'appointments.admin.preview.intro':
    'نخستین و واپسین ساعت آغاز نوبت در هر بازه، هر {minutes} دقیقه یک نوبت، به {zone}. روزهای تعطیل از صفحهٔ تعطیلی‌ها می‌آیند.',
  'appointments.admin.preview.notOpen': 'هنوز چیزی برای نمایش نیست: نوبت‌دهی با ذخیرهٔ برنامه آغاز می‌شود.',
  'appointments.admin.preview.caption': 'هفت روز آینده: {group}',
  'appointments.admin.preview.col.day': 'روز',
  'appointments.admin.preview.col.first': 'نخستین نوبت',
  'appointments.admin.preview.col.last': 'واپسین نوبت',
  'appointments.admin.preview.col.counters': 'باجه‌ها',
  'appointments.admin.preview.closed': 'تعطیل: {name}',
  'appointments.admin.preview.noHours': 'بدون ساعت کار',

  'appointments.public.title': 'نوبت‌های آزاد',
  'appointments.public.lead':
    'نزدیک‌ترین روزهایی را که نوبت آزاد دارند، برای هر نمایندگی و هر خدمت، بی‌آنکه وارد شوید ببینید.',
  'appointments.public.field.consulate': 'نمایندگی',
  'appointments.public.field.service': 'خدمت',
  'appointments.public.show': 'نمایش روزهای آزاد',
  'appointments.public.error.consulate': 'یک نمایندگی را از فهرست انتخاب کنید.',
  'appointments.public.error.service': 'یک خدمت را از فهرست انتخاب کنید.',
  'appointments.public.result': '{service} در {consulate}',
  'appointments.public.zone': 'ساعت‌ها به وقت محلی {city} ({zone}) است.',
  'appointments.public.visit': 'هر مراجعه برای این خدمت {minutes} دقیقه طول می‌کشد.',
  'appointments.public.caption': 'نزدیک‌ترین روزهای دارای نوبت آزاد',
  'appointments.public.col.date': 'تاریخ',
  'appointments.public.col.count': 'نوبت‌های آزاد',
  'appointments.public.col.first': 'نخستین نوبت آزاد',
  'appointments.public.window':
    'نوبت تا {days} روز آینده داده می‌شود؛ هر روز ساعت {time} به وقت محلی یک روز تازه باز می‌شود.',
  'appointments.public.none': 'در {days} روز آینده نوبت آزادی نیست.',
  'appointments.public.fresh':
    'این اعداد هر ۳۰ ثانیه به‌روز می‌شوند؛ ممکن است نوبتی پیش از آنکه آن را بگیرید گرفته شود.',
  'appointments.public.noVisit': 'این خدمت مراجعهٔ حضوری ندارد و برای آن نوبت گرفته نمی‌شود.',
  'appointments.public.notOffered': 'این نمایندگی این خدمت را ارائه نمی‌کند.',
  'appointments.public.noSchedule': 'نوبت‌دهی برای این خدمت در این نمایندگی هنوز آغاز نشده است.',
  'appointments.public.book.title': 'گرفتن نوبت',
  'appointments.public.book.body':
    'برای گرفتن نوبت وارد شوید و از درخواست ثبت‌شدهٔ خود نوبت بگیرید: صفحهٔ نوبت هر درخواست، تقویم روزها و ساعت‌ها را نشان می‌دهد.',
  'appointments.public.book.signIn': 'ورود',
  'appointments.public.book.requests': 'درخواست‌های شما',
  'appointments.public.link.home.title': 'نوبت‌های آزاد',
  'appointments.public.link.home.body':
    'پیش از درخواست، ببینید نزدیک‌ترین نوبت آزاد هر خدمت در نمایندگی شما کی است.',
  'appointments.public.link.home.link': 'دیدن روزهای آزاد',
  'appointments.public.link.service': 'دیدن نزدیک‌ترین روزهای آزاد برای این خدمت',
} as const;

export const en: Translation<typeof fa> = {
  'appointments.admin.title': 'Appointments — {consulate}',
  'appointments.admin.zone': '{city} time ({zone})',
  'appointments.admin.intro': 'All times on this page are local to the consulate: {zone}.',
  'appointments.admin.notOpen':
    'This consulate does not take appointments yet. Enter its opening hours and save to open booking.',
  'appointments.admin.closuresIntro':
    'Public holidays and other days without appointments are kept on a page of their own:',
  'appointments.admin.closuresLink': 'this consulate’s closures',
  'appointments.admin.visitIntro': 'The length of each service’s visit is set on the services page:',
  'appointments.admin.visitLink': 'services, fees and visit lengths',
  'appointments.admin.saved': 'The appointment schedule was saved.',
  'appointments.admin.unchanged': 'Nothing had changed.',
  'appointments.admin.seatsRefreshed':
    'The counters of {count} booked times ahead were brought in line with the new hours.',
  'appointments.admin.outsideHours':
    '{count} appointments to come now fall outside the opening hours. They still stand: contact those applicants to move them.',
  'appointments.admin.dayViewLink': 'Appointments by day',

  'appointments.admin.settings.title': 'Booking settings',
  'appointments.admin.field.windowDays': 'Booking window (days)',
  'appointments.admin.hint.windowDays':
    'How many days ahead people may book, from 1 to 365. Each day at the release time one more day opens.',
  'appointments.admin.field.minNoticeHours': 'Minimum notice (hours)',
  'appointments.admin.hint.minNoticeHours':
    'The earliest appointment is at least this many hours from now, from 0 to 336.',
  'appointments.admin.field.releaseTime': 'Release time of a new day',
  'appointments.admin.hint.releaseTime': 'Hours and minutes, {zone}, for example 08:00.',
  'appointments.admin.field.slotMinutes': 'Interval between start times (minutes)',
  'appointments.admin.hint.slotMinutes':
    'Appointments start this many minutes apart from the opening time; a visit lasts as long as its service needs. Changing it does not move appointments already made.',
  'appointments.admin.slotOption': '{minutes} minutes',

  'appointments.admin.hours.title': 'Weekly opening hours',
  'appointments.admin.hours.intro':
    'Each row is one opening period for that kind of service: the day of the week, opening and closing time (local), and how many counters see applicants side by side. A day may have several periods. Fill an empty row to add a period; tick “Remove” to delete one. Empty rows are ignored, and appointments already made are kept.',
  'appointments.admin.hours.none': 'No opening hours: this kind of service cannot be booked here.',
  'appointments.admin.hours.noVisit':
    'These kinds of service need no visit and have no opening hours: {groups}.',
  'appointments.admin.hours.caption': 'Opening hours: {group}',
  'appointments.admin.col.weekday': 'Day',
  'appointments.admin.col.opens': 'Opens',
  'appointments.admin.col.closes': 'Closes',
  'appointments.admin.col.counters': 'Counters',
  'appointments.admin.col.remove': 'Remove',
  'appointments.admin.cell.weekday': '{group}, row {row}: day of the week',
  'appointments.admin.cell.opens': '{group}, row {row}: opening time',
  'appointments.admin.cell.closes': '{group}, row {row}: closing time',
  'appointments.admin.cell.counters': '{group}, row {row}: number of counters',
  'appointments.admin.cell.remove': '{group}, row {row}: remove this period',
  'appointments.admin.weekday.1': 'Monday',
  'appointments.admin.weekday.2': 'Tuesday',
  'appointments.admin.weekday.3': 'Wednesday',
  'appointments.admin.weekday.4': 'Thursday',
  'appointments.admin.weekday.5': 'Friday',
  'appointments.admin.weekday.6': 'Saturday',
  'appointments.admin.weekday.7': 'Sunday',
  'appointments.admin.save': 'Save the appointment schedule',

  'appointments.admin.error.at': '{group}, row {row}: {message}',
  'appointments.admin.error.windowDays': 'Enter the booking window as a whole number of days from 1 to 365.',
  'appointments.admin.error.minNoticeHours':
    'Enter the minimum notice as a whole number of hours from 0 to 336.',
  'appointments.admin.error.releaseTime': 'Enter the release time as hours and minutes, for example 08:00.',
  'appointments.admin.error.slotMinutes': 'Choose the interval between start times from the list.',
  'appointments.admin.error.weekday': 'Choose the day of the week.',
  'appointments.admin.error.opens': 'Enter the opening time as hours and minutes, for example 09:00.',
  'appointments.admin.error.closes': 'Enter the closing time as hours and minutes, for example 12:00.',
  'appointments.admin.error.order': 'The closing time must be after the opening time.',
  'appointments.admin.error.short':
    'This period is shorter than the interval between start times ({minutes} minutes).',
  'appointments.admin.error.counters': 'Enter the number of counters as a whole number from 1 to 50.',
  'appointments.admin.error.overlap': 'This period overlaps row {row} ({period}) on the same day.',

  'appointments.admin.preview.title': 'The next 7 days, as saved',
  'appointments.admin.preview.intro':
    'The first and last start time of each period, one every {minutes} minutes, {zone}. Closed days come from the closures page.',
  'appointments.admin.preview.notOpen': 'Nothing to show yet: booking opens when the schedule is saved.',
  'appointments.admin.preview.caption': 'The next 7 days: {group}',
  'appointments.admin.preview.col.day': 'Day',
  'appointments.admin.preview.col.first': 'First start',
  'appointments.admin.preview.col.last': 'Last start',
  'appointments.admin.preview.col.counters': 'Counters',
  'appointments.admin.preview.closed': 'Closed: {name}',
  'appointments.admin.preview.noHours': 'No opening hours',

  'appointments.public.title': 'Free appointment dates',
  'appointments.public.lead':
    'See the next dates with free appointments for a service at a consulate, without signing in.',
  'appointments.public.field.consulate': 'Consulate',
  'appointments.public.field.service': 'Service',
  'appointments.public.show': 'Show free dates',
  'appointments.public.error.consulate': 'Choose a consulate from the list.',
  'appointments.public.error.service': 'Choose a service from the list.',
  'appointments.public.result': '{service} at {consulate}',
  'appointments.public.zone': 'Times are local time in {city} ({zone}).',
  'appointments.public.visit': 'A visit for this service takes {minutes} minutes.',
  'appointments.public.caption': 'The next dates with free appointments',
  'appointments.public.col.date': 'Date',
  'appointments.public.col.count': 'Free times',
  'appointments.public.col.first': 'First free time',
  'appointments.public.window':
    'Appointments can be booked up to {days} days ahead; a new day opens every day at {time} local time.',
  'appointments.public.none': 'There are no free appointments in the next {days} days.',
  'appointments.public.fresh':
    'These figures are updated every 30 seconds; a time may be taken before you book it.',
  'appointments.public.noVisit': 'This service needs no visit, so there is no appointment to book.',
  'appointments.public.notOffered': 'This consulate does not offer this service.',
  'appointments.public.noSchedule': 'Booking for this service is not open at this consulate yet.',
  'appointments.public.book.title': 'Booking an appointment',
  'appointments.public.book.body':
    'To book, sign in and book from your submitted request: each request’s appointment page shows the calendar of days and times.',
  'appointments.public.book.signIn': 'Sign in',
  'appointments.public.book.requests': 'Your requests',
  'appointments.public.link.home.title': 'Free appointment dates',
  'appointments.public.link.home.body':
    'Before you apply, see when the next free appointment for a service is at your consulate.',
  'appointments.public.link.home.link': 'See the free dates',
  'appointments.public.link.service': 'See the next free dates for this service',
};
