import type { Translation } from './define.ts';

/** Booking an appointment from a request: calendar, times, holds, confirmation, moves, cancellation, waitlist, waiting room, and the appointment emails. */
export const fa = {
  'appointments.time.range': '{from} تا {to}',
  'appointments.time.zone': '، {zone}',
  'appointments.time.at': '{date}، ساعت {time}',

  'appointments.state.held': 'نگه داشته شده، تأیید نشده',
  'appointments.state.active': 'قطعی',
  'appointments.state.cancelled': 'لغو شده',
  'appointments.state.rescheduled': 'جابه‌جا شده',
  'appointments.state.expired': 'تأیید نشده',
  'appointments.state.no_show': 'مراجعه نشده',
  'appointments.state.attended': 'مراجعه شده',

  'appointments.facts.state': 'وضعیت',
  'appointments.facts.date': 'تاریخ',
  'appointments.facts.time': 'ساعت',
  'appointments.facts.place': 'محل',
  'appointments.facts.counter': 'باجه',
  'appointments.facts.counterValue': 'باجهٔ {counter}',
  'appointments.facts.requests': 'درخواست‌ها',
  'appointments.facts.trackingCode': 'کد رهگیری:',

  'appointments.book.title': 'گرفتن نوبت',
  'appointments.book.moveTitle': 'تغییر زمان نوبت',
  'appointments.book.moving':
    'نوبت کنونی شما {date}، ساعت {time} است و تا وقتی زمان تازه را تأیید نکنید، از آنِ شما می‌ماند.',
  'appointments.book.movesLeft': 'دفعات باقی‌ماندهٔ تغییر زمان این نوبت: {n}',
  'appointments.book.consulate': 'نمایندگی',
  'appointments.book.requestsOne': 'درخواست',
  'appointments.book.requestsMany': 'درخواست‌ها (در یک مراجعه)',
  'appointments.book.length': 'مدت مراجعه',
  'appointments.book.minutes': '{n} دقیقه',
  'appointments.book.family.title': 'یک نوبت برای چند درخواست',
  'appointments.book.family.legend': 'کدام درخواست‌های دیگرتان هم در همین مراجعه انجام شود؟',
  'appointments.book.family.hint':
    'برای نمونه گذرنامهٔ فرزندانتان. مدت مراجعه جمع مدت همهٔ درخواست‌هاست و همه در یک نوبت انجام می‌شوند.',
  'appointments.book.family.update': 'به‌روزرسانی روزها و ساعت‌ها',
  'appointments.book.calendar.title': 'انتخاب روز',
  'appointments.book.calendar.months': 'ماه‌های تقویم نوبت',
  'appointments.book.calendar.prev': 'ماه قبل',
  'appointments.book.calendar.next': 'ماه بعد',
  'appointments.book.release':
    'هر روز ساعت {time} ({zone}) یک روز تازه برای نوبت‌گیری باز می‌شود. اکنون تا {last} می‌توانید نوبت بگیرید.',
  'appointments.book.notice': 'نوبت را دست‌کم {hours} ساعت پیش از زمان مراجعه می‌توان گرفت.',
  'appointments.book.earliest': 'نخستین زمان آزاد:',
  'appointments.book.day.free': '{n} وقت آزاد',
  'appointments.book.day.past': 'گذشته',
  'appointments.book.day.closed': 'تعطیل',
  'appointments.book.day.soon': 'دیر برای نوبت',
  'appointments.book.day.full': 'پر',
  'appointments.book.day.later': 'هنوز باز نشده',
  'appointments.book.times.title': 'ساعت‌های آزاد {date}',
  'appointments.book.times.legend': 'یک ساعت انتخاب کنید',
  'appointments.book.times.hint':
    'ساعت‌ها به وقت محلی کنسولگری است: {zone} ({id}). مراجعهٔ شما {minutes} دقیقه طول می‌کشد.',
  'appointments.book.times.holdNote':
    'ساعتی که انتخاب کنید {minutes} دقیقه برایتان نگه داشته می‌شود تا آن را تأیید کنید.',
  'appointments.book.times.continue': 'ادامه',
  'appointments.book.times.continueMove': 'ادامهٔ تغییر زمان',
  'appointments.book.times.required': 'یک ساعت انتخاب کنید',
  'appointments.book.times.none.full': 'همهٔ ساعت‌های این روز گرفته شده است. روز دیگری انتخاب کنید.',
  'appointments.book.times.none.closed': 'کنسولگری در این روز برای این خدمت نوبت نمی‌دهد.',
  'appointments.book.times.none.soon':
    'این روز از کمترین فاصلهٔ لازم تا مراجعه نزدیک‌تر است. روز دیگری انتخاب کنید.',
  'appointments.book.times.none.past': 'این روز گذشته است.',
  'appointments.book.times.none.later': 'نوبت‌گیری برای این روز هنوز باز نشده است.',

  'appointments.flash.cancelled.title': 'نوبت لغو شد',
  'appointments.flash.cancelled.body':
    'نوبت شما لغو شد و ایمیلی برایتان فرستادیم. هر وقت خواستید، می‌توانید نوبت تازه‌ای بگیرید.',
  'appointments.flash.released.title': 'زمان آزاد شد',
  'appointments.flash.released.body': 'زمانی که نگه داشته بودید برای دیگران آزاد شد. زمان دیگری انتخاب کنید.',
  'appointments.flash.waitlist_joined.title': 'در فهرست انتظار هستید',
  'appointments.flash.waitlist_joined.body': 'هر وقت زمانی آزاد شود و نوبت شما باشد، به شما ایمیل می‌زنیم.',
  'appointments.flash.waitlist_left.title': 'از فهرست انتظار بیرون آمدید',
  'appointments.flash.waitlist_left.body':
    'دیگر زمانی به شما پیشنهاد نمی‌شود. هر وقت خواستید، می‌توانید دوباره به فهرست بپیوندید.',

  'appointments.waitlist.title': 'فهرست انتظار',
  'appointments.waitlist.nothingFree':
    'اکنون در هیچ‌یک از روزهای باز برای نوبت‌گیری، زمان آزادی برای این مراجعه نیست.',
  'appointments.waitlist.how':
    'هر وقت زمانی آزاد شود (کسی نوبتش را لغو کند یا روز تازه‌ای باز شود) و نخستین نفر فهرست باشید، آن زمان برایتان نگه داشته می‌شود و ایمیلی با پیوند تأیید می‌گیرید. {minutes} دقیقه فرصت دارید آن را تأیید کنید.',
  'appointments.waitlist.missed':
    'اگر در این فرصت تأیید نکنید، آن زمان به نفر بعدی می‌رسد، ولی جای شما در فهرست محفوظ می‌ماند.',
  'appointments.waitlist.join': 'پیوستن به فهرست انتظار',
  'appointments.waitlist.onTitle': 'شما در فهرست انتظار هستید',
  'appointments.waitlist.place': 'جای شما در فهرست انتظار: {place}',
  'appointments.waitlist.missedCount':
    'پیشنهادهایی که تاکنون در مهلتشان تأیید نکرده‌اید: {n}. جای شما همچنان محفوظ است.',
  'appointments.waitlist.leave': 'بیرون آمدن از فهرست انتظار',

  'appointments.queue.title': 'صف نوبت‌گیری',
  'appointments.queue.before': 'نوبت‌گیری روز تازه ساعت {time} ({zone}) باز می‌شود.',
  'appointments.queue.drawn':
    'ترتیب همهٔ کسانی که در دقیقهٔ پیش از آن برسند، در همان لحظه به قید قرعه تعیین می‌شود؛ پس زودتر آمدن یا پشت سر هم تازه‌کردن صفحه امتیازی ندارد.',
  'appointments.queue.position': 'شما نفر {position} از {total} نفر در صف هستید.',
  'appointments.queue.expected': 'نوبت ورود شما حدود ساعت',
  'appointments.queue.order':
    'کسانی که پیش از باز شدن رسیدند به ترتیب قرعه و دیگران به ترتیب رسیدن وارد می‌شوند. تازه‌کردن صفحه جای شما را در صف تغییر نمی‌دهد.',
  'appointments.queue.keepOpen':
    'این صفحه را باز نگه دارید؛ هر {seconds} ثانیه خودش تازه می‌شود و وقتی نوبتتان برسد، تقویم را می‌بینید.',
  'appointments.queue.refresh': 'تازه‌کردن صفحه',

  'appointments.confirm.title': 'تأیید نوبت',
  'appointments.confirm.offerTitle': 'زمانی برای شما آزاد شد',
  'appointments.confirm.held': 'این زمان {minutes} دقیقهٔ دیگر برای شما نگه داشته می‌شود، تا ساعت',
  'appointments.confirm.lapse': 'اگر تا آن زمان تأیید نکنید، برای دیگران آزاد می‌شود.',
  'appointments.confirm.replaces':
    'با تأیید این زمان، نوبت کنونی شما ({date}، ساعت {time}) لغو و برای دیگران آزاد می‌شود.',
  'appointments.confirm.submit': 'تأیید نوبت',
  'appointments.confirm.submitMove': 'تأیید زمان تازه',
  'appointments.confirm.anotherHint': 'اگر این زمان مناسب نیست، آن را پس بدهید تا دیگران بتوانند بگیرند.',
  'appointments.confirm.another': 'انتخاب زمان دیگر',
  'appointments.confirm.offerDecline':
    'اگر این زمان را نمی‌خواهید، آن را به نفر بعدی بدهید؛ جای شما در فهرست انتظار محفوظ می‌ماند.',
  'appointments.confirm.decline': 'این زمان را نمی‌خواهم',

  'appointments.expired.title': 'مهلت تأیید گذشت',
  'appointments.expired.body':
    'این زمان چند دقیقه برای شما نگه داشته شده بود و چون تأیید نشد، برای دیگران آزاد شد. لطفاً دوباره زمانی انتخاب کنید.',
  'appointments.expired.offerBody':
    'مهلت تأیید این پیشنهاد گذشت و زمان به نفر بعدی رسید. جای شما در فهرست انتظار محفوظ است.',
  'appointments.expired.again': 'انتخاب دوبارهٔ زمان',

  'appointments.view.title': 'نوبت شما',
  'appointments.view.confirmed.title': 'نوبت شما ثبت شد',
  'appointments.view.rescheduled.title': 'زمان نوبت شما تغییر کرد',
  'appointments.view.emailed': 'جزئیات نوبت و فایل تقویم را به ایمیل شما فرستادیم.',
  'appointments.view.details': 'جزئیات نوبت',
  'appointments.view.state.held': 'این زمان برای شما نگه داشته شده و هنوز تأیید نشده است.',
  'appointments.view.state.cancelled': 'این نوبت لغو شده است.',
  'appointments.view.state.rescheduled': 'این نوبت به زمان دیگری منتقل شده است.',
  'appointments.view.state.expired': 'این زمان تأیید نشد و برای دیگران آزاد شد.',
  'appointments.view.state.no_show': 'در این نوبت مراجعه نکردید.',
  'appointments.view.state.attended': 'در این نوبت مراجعه کردید.',
  'appointments.view.bring.title': 'چه چیزهایی همراه بیاورید',
  'appointments.view.bring.intro': 'اصل این مدارک را همراه داشته باشید:',
  'appointments.view.bring.codes':
    'کد رهگیری درخواست‌ها یا همین صفحه را هم همراه داشته باشید و چند دقیقه زودتر برسید.',
  'appointments.view.calendar.title': 'افزودن به تقویم',
  'appointments.view.calendar.link': 'دریافت فایل تقویم (ics.)',
  'appointments.view.calendar.hint': 'این فایل را با تقویم گوشی یا رایانهٔ خود باز کنید.',
  'appointments.view.change.title': 'تغییر یا لغو',
  'appointments.view.change.moves': 'می‌توانید زمان این نوبت را تغییر دهید (دفعات باقی‌مانده: {n}).',
  'appointments.view.change.move': 'تغییر زمان نوبت',
  'appointments.view.change.noMoves': 'زمان این نوبت را دیگر نمی‌توان تغییر داد.',
  'appointments.view.change.cancelHint': 'اگر نمی‌توانید بیایید، نوبت را لغو کنید تا به دیگری برسد.',
  'appointments.view.change.cancel': 'لغو نوبت',
  'appointments.view.bookAgain': 'گرفتن نوبت تازه',

  'appointments.cancel.title': 'نوبت لغو شود؟',
  'appointments.cancel.warning': 'با لغو، این زمان به دیگران داده می‌شود و دیگر نمی‌توانید آن را پس بگیرید.',
  'appointments.cancel.submit': 'بله، نوبت لغو شود',
  'appointments.cancel.keep': 'نه، نوبت بماند',

  'appointments.refusal.back': 'بازگشت به درخواست',
  'appointments.refusal.not_found.title': 'پیدا نشد',
  'appointments.refusal.not_found.body': 'این درخواست یا نوبت پیدا نشد.',
  'appointments.refusal.no_visit.title': 'این درخواست به مراجعه نیاز ندارد',
  'appointments.refusal.no_visit.body': 'این خدمت بدون مراجعه به کنسولگری انجام می‌شود و نوبت لازم ندارد.',
  'appointments.refusal.not_bookable.title': 'اکنون نمی‌توان برای این درخواست نوبت گرفت',
  'appointments.refusal.not_bookable.body':
    'نوبت فقط برای درخواست‌های فرستاده‌شده‌ای گرفته می‌شود که هنوز به مراجعه نیاز دارند. وضعیت درخواست را در صفحهٔ آن ببینید.',
  'appointments.refusal.mixed.title': 'این درخواست‌ها در یک مراجعه نمی‌گنجند',
  'appointments.refusal.mixed.body':
    'یک مراجعه فقط درخواست‌هایی را در بر می‌گیرد که در یک نمایندگی و از یک گروه خدمت باشند. برای هر گروه جداگانه نوبت بگیرید.',
  'appointments.refusal.has_appointment.title': 'این درخواست نوبت دارد',
  'appointments.refusal.has_appointment.body': 'هر درخواست در یک زمان فقط یک نوبت می‌تواند داشته باشد.',
  'appointments.refusal.has_appointment.link': 'دیدن نوبت {date}',
  'appointments.refusal.limit.title': 'بیش از این نمی‌توانید نوبت بگیرید',
  'appointments.refusal.limit.body':
    'هر حساب در یک زمان حداکثر {n} نوبت می‌تواند داشته باشد. پس از انجام یا لغو یکی از نوبت‌های زیر می‌توانید نوبت تازه‌ای بگیرید.',
  'appointments.refusal.no_schedule.title': 'نوبت‌گیری هنوز باز نشده است',
  'appointments.refusal.no_schedule.body':
    'نوبت‌گیری اینترنتی برای این خدمت در {consulate} هنوز راه‌اندازی نشده است.',
  'appointments.refusal.no_schedule.contact': 'برای هماهنگی مراجعه با کنسولگری تماس بگیرید:',
  'appointments.refusal.outside_window.title': 'این زمان برای نوبت‌گیری باز نیست',
  'appointments.refusal.outside_window.body':
    'زمانی که انتخاب کردید یا خیلی نزدیک است یا هنوز برای نوبت‌گیری باز نشده است. از تقویم زمان دیگری انتخاب کنید.',
  'appointments.refusal.taken.title': 'این زمان همین حالا گرفته شد',
  'appointments.refusal.taken.body': 'کس دیگری چند لحظه زودتر همین زمان را گرفت. زمان دیگری انتخاب کنید.',
  'appointments.refusal.reschedule_limit.title': 'زمان این نوبت را دیگر نمی‌توان تغییر داد',
  'appointments.refusal.reschedule_limit.body':
    'زمان این نوبت به اندازهٔ مجاز تغییر کرده است. اگر نمی‌توانید بیایید، آن را لغو کنید تا به دیگری برسد.',
  'appointments.refusal.expired.title': 'مهلت تأیید گذشت',
  'appointments.refusal.expired.body': 'این زمان تأیید نشد و برای دیگران آزاد شد. دوباره زمانی انتخاب کنید.',

  'appointments.taken.title': 'این زمان همین حالا گرفته شد',
  'appointments.taken.body': 'کس دیگری چند لحظه زودتر همین زمان را گرفت. این‌ها نزدیک‌ترین زمان‌های آزادند:',
  'appointments.taken.legend': 'زمان دیگری انتخاب کنید',
  'appointments.taken.hint': 'به وقت محلی کنسولگری: {zone} ({id})',
  'appointments.taken.none':
    'اکنون زمان آزادی نمانده است. در صفحهٔ نوبت‌گیری می‌توانید به فهرست انتظار بپیوندید.',
  'appointments.taken.calendar': 'دیدن همهٔ روزها در تقویم',

  'appointments.tooMany.title': 'تعداد اقدام‌ها از حد مجاز گذشت',
  'appointments.tooMany.body':
    'در یک ساعت گذشته بیش از حد مجاز برای گرفتن، تأیید یا لغو نوبت اقدام شده است. چیزی از دست نرفته: نوبت‌های شما همان‌طور که بودند باقی‌اند.',
  'appointments.tooMany.again': 'از ساعت {time} ({zone}) دوباره امتحان کنید.',
  'appointments.tooMany.back': 'بازگشت',

  'appointments.upcoming.title': 'نوبت‌های شما',
  'appointments.request.title': 'نوبت مراجعه',
  'appointments.request.needs': 'برای این درخواست باید به کنسولگری مراجعه کنید.',
  'appointments.request.book': 'گرفتن نوبت',
  'appointments.request.held': 'زمانی برایتان نگه داشته شده که هنوز تأیید نشده است.',
  'appointments.request.see': 'دیدن نوبت',
  'appointments.request.confirm': 'تأیید نوبت',

  'appointments.ics.summary': 'نوبت {consulate}: {services}',
  'appointments.ics.codes': 'کد رهگیری: {codes}',
  'appointments.ics.counter': 'باجهٔ {counter}',
  'appointments.ics.bring': 'اصل مدارک و کد رهگیری را همراه بیاورید.',

  'appointments.mail.date': 'تاریخ: {date}',
  'appointments.mail.time': 'ساعت: {from} تا {to}، {zone}',
  'appointments.mail.place': 'محل: {consulate}، {address}',
  'appointments.mail.counter': 'باجه: {counter}',
  'appointments.mail.request': '{service} — کد رهگیری: ',
  'appointments.mail.action': 'دیدن نوبت',
  'appointments.mail.bookAgain': 'گرفتن نوبت تازه',
  'appointments.mail.bring': 'اصل مدارک درخواست و کد رهگیری را همراه بیاورید و چند دقیقه زودتر برسید.',
  'appointments.mail.calendar': 'فایل پیوست (appointment.ics) این نوبت را به تقویم شما می‌افزاید.',
  'appointments.mail.change':
    'برای تغییر زمان یا لغو نوبت به صفحهٔ آن بروید. اگر نمی‌توانید بیایید، لطفاً نوبت را لغو کنید تا به دیگری برسد.',
  'appointments.mail.confirmed.subject': 'نوبت شما ثبت شد: {date}',
  'appointments.mail.confirmed.intro': 'نوبت شما در {consulate} ثبت شد.',
  'appointments.mail.rescheduled.subject': 'زمان نوبت شما تغییر کرد: {date}',
  'appointments.mail.rescheduled.intro':
    'نوبت شما در {consulate} به این زمان منتقل شد و زمان قبلی برای دیگران آزاد شده است.',
  'appointments.mail.cancelled.subject': 'نوبت شما لغو شد: {date}',
  'appointments.mail.cancelled.byApplicant': 'نوبت زیر به درخواست شما لغو شد.',
  'appointments.mail.cancelled.bySystem': 'نوبت زیر لغو شد، چون درخواست‌های آن دیگر به مراجعه نیاز ندارند.',
  'appointments.mail.cancelled.calendar': 'فایل پیوست این نوبت را از تقویم شما برمی‌دارد.',
  'appointments.mail.reminder.subject': 'یادآوری نوبت: {date}',
  'appointments.mail.reminder.intro': 'یادآوری می‌کنیم که در {consulate} نوبت دارید.',
  'appointments.mail.reminder.cannotCome':
    'اگر نمی‌توانید بیایید، لطفاً نوبت را در صفحهٔ آن لغو کنید تا به دیگری برسد.',
  'appointments.mail.offer.subject': 'زمانی در {consulate} برای شما آزاد شد',
  'appointments.mail.offer.intro':
    'زمانی آزاد شد و چون نخستین نفر فهرست انتظار بودید، {minutes} دقیقه برای شما نگه داشته می‌شود.',
  'appointments.mail.offer.deadline': 'برای داشتن آن، تا {date}، ساعت {time} ({zone}) تأییدش کنید.',
  'appointments.mail.offer.action': 'تأیید نوبت',
  'appointments.mail.offer.missed':
    'اگر تا آن زمان تأیید نکنید، این زمان به نفر بعدی می‌رسد، ولی جای شما در فهرست انتظار محفوظ می‌ماند.',
  'appointments.mail.offer.notYou':
    'اگر دیگر نوبت لازم ندارید، در همان صفحه «این زمان را نمی‌خواهم» را بزنید.',
} as const;

export const en: Translation<typeof fa> = {
  'appointments.time.range': '{from} to {to}',
  'appointments.time.zone': ', {zone}',
  'appointments.time.at': '{date} at {time}',

  'appointments.state.held': 'Held, not confirmed',
  'appointments.state.active': 'Booked',
  'appointments.state.cancelled': 'Cancelled',
  'appointments.state.rescheduled': 'Moved',
  'appointments.state.expired': 'Not confirmed',
  'appointments.state.no_show': 'Missed',
  'appointments.state.attended': 'Attended',

  'appointments.facts.state': 'Status',
  'appointments.facts.date': 'Date',
  'appointments.facts.time': 'Time',
  'appointments.facts.place': 'Place',
  'appointments.facts.counter': 'Counter',
  'appointments.facts.counterValue': 'Counter {counter}',
  'appointments.facts.requests': 'Requests',
  'appointments.facts.trackingCode': 'Tracking code:',

  'appointments.book.title': 'Book an appointment',
  'appointments.book.moveTitle': 'Move your appointment',
  'appointments.book.moving':
    'Your current appointment is on {date} at {time}. It stays yours until you confirm the new time.',
  'appointments.book.movesLeft': 'Moves left for this appointment: {n}',
  'appointments.book.consulate': 'Consulate',
  'appointments.book.requestsOne': 'Request',
  'appointments.book.requestsMany': 'Requests (one visit)',
  'appointments.book.length': 'Length of the visit',
  'appointments.book.minutes': '{n} minutes',
  'appointments.book.family.title': 'One visit for several requests',
  'appointments.book.family.legend': 'Which of your other requests should this visit also cover?',
  'appointments.book.family.hint':
    'For example your children’s passports. The visit is as long as all of them together, and they are all dealt with at one appointment.',
  'appointments.book.family.update': 'Update the days and times',
  'appointments.book.calendar.title': 'Choose a day',
  'appointments.book.calendar.months': 'Months of the booking calendar',
  'appointments.book.calendar.prev': 'Previous month',
  'appointments.book.calendar.next': 'Next month',
  'appointments.book.release':
    'A new day opens for booking every day at {time} ({zone}). You can now book up to {last}.',
  'appointments.book.notice': 'Appointments must be booked at least {hours} hours ahead.',
  'appointments.book.earliest': 'The earliest free time:',
  'appointments.book.day.free': 'Free times: {n}',
  'appointments.book.day.past': 'Past',
  'appointments.book.day.closed': 'Closed',
  'appointments.book.day.soon': 'Too soon',
  'appointments.book.day.full': 'Full',
  'appointments.book.day.later': 'Not open yet',
  'appointments.book.times.title': 'Free times on {date}',
  'appointments.book.times.legend': 'Choose a time',
  'appointments.book.times.hint':
    'Times are local to the consulate: {zone} ({id}). Your visit takes {minutes} minutes.',
  'appointments.book.times.holdNote':
    'The time you choose is held for you for {minutes} minutes while you confirm it.',
  'appointments.book.times.continue': 'Continue',
  'appointments.book.times.continueMove': 'Continue moving',
  'appointments.book.times.required': 'Choose a time',
  'appointments.book.times.none.full': 'Every time on this day has been taken. Choose another day.',
  'appointments.book.times.none.closed':
    'The consulate does not see applicants for this service on this day.',
  'appointments.book.times.none.soon':
    'This day is too soon: appointments need more notice. Choose another day.',
  'appointments.book.times.none.past': 'This day has passed.',
  'appointments.book.times.none.later': 'Booking for this day has not opened yet.',

  'appointments.flash.cancelled.title': 'Appointment cancelled',
  'appointments.flash.cancelled.body':
    'Your appointment has been cancelled and we have emailed you. You can book a new one whenever you want.',
  'appointments.flash.released.title': 'Time given back',
  'appointments.flash.released.body':
    'The time you were holding is free for others again. Choose another time.',
  'appointments.flash.waitlist_joined.title': 'You are on the waiting list',
  'appointments.flash.waitlist_joined.body':
    'We will email you when a time becomes free and it is your turn.',
  'appointments.flash.waitlist_left.title': 'You have left the waiting list',
  'appointments.flash.waitlist_left.body':
    'You will not be offered a time. You can join again whenever you want.',

  'appointments.waitlist.title': 'Waiting list',
  'appointments.waitlist.nothingFree':
    'At the moment there is no free time for this visit on any day open for booking.',
  'appointments.waitlist.how':
    'When a time becomes free (someone cancels, or a new day opens) and you are first on the list, it is held for you and you get an email with a link to confirm it. You have {minutes} minutes to confirm.',
  'appointments.waitlist.missed':
    'If you do not confirm in time, the time passes to the next person, but you keep your place on the list.',
  'appointments.waitlist.join': 'Join the waiting list',
  'appointments.waitlist.onTitle': 'You are on the waiting list',
  'appointments.waitlist.place': 'Your place on the waiting list: {place}',
  'appointments.waitlist.missedCount': 'Offers you did not confirm in time so far: {n}. You keep your place.',
  'appointments.waitlist.leave': 'Leave the waiting list',

  'appointments.queue.title': 'Waiting room',
  'appointments.queue.before': 'Booking for the new day opens at {time} ({zone}).',
  'appointments.queue.drawn':
    'The order of everyone who arrives in the minute before is drawn at random at that moment, so arriving earlier or refreshing again and again gains nothing.',
  'appointments.queue.position': 'You are number {position} of {total} in the queue.',
  'appointments.queue.expected': 'Your turn is expected at about',
  'appointments.queue.order':
    'Those who arrived before the opening go in the order drawn, later arrivals after them in the order they came. Refreshing the page does not change your place.',
  'appointments.queue.keepOpen':
    'Keep this page open: it refreshes itself every {seconds} seconds and shows the calendar when it is your turn.',
  'appointments.queue.refresh': 'Refresh now',

  'appointments.confirm.title': 'Confirm your appointment',
  'appointments.confirm.offerTitle': 'A time has become free for you',
  'appointments.confirm.held': 'This time is held for you for {minutes} more minutes, until',
  'appointments.confirm.lapse': 'If you do not confirm by then, it goes back to everyone.',
  'appointments.confirm.replaces':
    'When you confirm, your current appointment ({date} at {time}) is given up for others.',
  'appointments.confirm.submit': 'Confirm the appointment',
  'appointments.confirm.submitMove': 'Confirm the new time',
  'appointments.confirm.anotherHint':
    'If this time does not suit you, give it back so that others can take it.',
  'appointments.confirm.another': 'Choose another time',
  'appointments.confirm.offerDecline':
    'If you do not want this time, pass it to the next person. You keep your place on the waiting list.',
  'appointments.confirm.decline': 'I do not want this time',

  'appointments.expired.title': 'The time was not confirmed',
  'appointments.expired.body':
    'This time was held for you for a few minutes and, as it was not confirmed, it is free for others again. Please choose a time again.',
  'appointments.expired.offerBody':
    'The time to confirm this offer has passed and it went to the next person. You keep your place on the waiting list.',
  'appointments.expired.again': 'Choose a time again',

  'appointments.view.title': 'Your appointment',
  'appointments.view.confirmed.title': 'Your appointment is booked',
  'appointments.view.rescheduled.title': 'Your appointment has been moved',
  'appointments.view.emailed': 'We have emailed you the details and a calendar file.',
  'appointments.view.details': 'Appointment details',
  'appointments.view.state.held': 'This time is held for you and not yet confirmed.',
  'appointments.view.state.cancelled': 'This appointment was cancelled.',
  'appointments.view.state.rescheduled': 'This appointment was moved to another time.',
  'appointments.view.state.expired': 'This time was not confirmed and went back to everyone.',
  'appointments.view.state.no_show': 'You did not come to this appointment.',
  'appointments.view.state.attended': 'You came to this appointment.',
  'appointments.view.bring.title': 'What to bring',
  'appointments.view.bring.intro': 'Bring the originals of:',
  'appointments.view.bring.codes':
    'Also bring the tracking codes of your requests, or this page, and arrive a few minutes early.',
  'appointments.view.calendar.title': 'Add to your calendar',
  'appointments.view.calendar.link': 'Download the calendar file (.ics)',
  'appointments.view.calendar.hint': 'Open this file with the calendar on your phone or computer.',
  'appointments.view.change.title': 'Change or cancel',
  'appointments.view.change.moves': 'You can move this appointment to another time (moves left: {n}).',
  'appointments.view.change.move': 'Move to another time',
  'appointments.view.change.noMoves': 'This appointment cannot be moved again.',
  'appointments.view.change.cancelHint':
    'If you cannot come, cancel it so that someone else can have the time.',
  'appointments.view.change.cancel': 'Cancel the appointment',
  'appointments.view.bookAgain': 'Book a new appointment',

  'appointments.cancel.title': 'Cancel this appointment?',
  'appointments.cancel.warning':
    'If you cancel, the time is given to someone else and you cannot have it back.',
  'appointments.cancel.submit': 'Yes, cancel it',
  'appointments.cancel.keep': 'No, keep it',

  'appointments.refusal.back': 'Back to the request',
  'appointments.refusal.not_found.title': 'Not found',
  'appointments.refusal.not_found.body': 'This request or appointment was not found.',
  'appointments.refusal.no_visit.title': 'This request needs no visit',
  'appointments.refusal.no_visit.body':
    'This service is done without a visit to the consulate, so no appointment is needed.',
  'appointments.refusal.not_bookable.title': 'This request cannot be booked now',
  'appointments.refusal.not_bookable.body':
    'Appointments are for submitted requests that still need a visit. See where the request stands on its page.',
  'appointments.refusal.mixed.title': 'These requests cannot share one visit',
  'appointments.refusal.mixed.body':
    'One visit can only cover requests at the same consulate and of the same kind of service. Book each kind separately.',
  'appointments.refusal.has_appointment.title': 'This request already has an appointment',
  'appointments.refusal.has_appointment.body': 'A request can have only one appointment at a time.',
  'appointments.refusal.has_appointment.link': 'See the appointment on {date}',
  'appointments.refusal.limit.title': 'You have as many appointments as allowed',
  'appointments.refusal.limit.body':
    'One account can have at most {n} appointments at a time. You can book another once one of these has taken place or been cancelled.',
  'appointments.refusal.no_schedule.title': 'Booking is not open yet',
  'appointments.refusal.no_schedule.body':
    'Online booking for this service at {consulate} has not opened yet.',
  'appointments.refusal.no_schedule.contact': 'To arrange a visit, contact the consulate:',
  'appointments.refusal.outside_window.title': 'That time is not open for booking',
  'appointments.refusal.outside_window.body':
    'The time you chose is either too soon or not open for booking yet. Choose another time from the calendar.',
  'appointments.refusal.taken.title': 'Someone has just taken that time',
  'appointments.refusal.taken.body': 'Someone else took that time moments before you. Choose another time.',
  'appointments.refusal.reschedule_limit.title': 'This appointment cannot be moved again',
  'appointments.refusal.reschedule_limit.body':
    'It has been moved as many times as allowed. If you cannot come, cancel it so that someone else can have the time.',
  'appointments.refusal.expired.title': 'The time was not confirmed',
  'appointments.refusal.expired.body':
    'This time was not confirmed and went back to everyone. Choose a time again.',

  'appointments.taken.title': 'Someone has just taken that time',
  'appointments.taken.body':
    'Someone else took that time moments before you. These are the nearest free times:',
  'appointments.taken.legend': 'Choose another time',
  'appointments.taken.hint': 'Local time of the consulate: {zone} ({id})',
  'appointments.taken.none': 'No free time is left now. You can join the waiting list on the booking page.',
  'appointments.taken.calendar': 'See all days on the calendar',

  'appointments.tooMany.title': 'Too many attempts',
  'appointments.tooMany.body':
    'There have been more booking, confirming or cancelling actions in the last hour than allowed. Nothing is lost: your appointments are as they were.',
  'appointments.tooMany.again': 'Try again after {time} ({zone}).',
  'appointments.tooMany.back': 'Go back',

  'appointments.upcoming.title': 'Your appointments',
  'appointments.request.title': 'Appointment',
  'appointments.request.needs': 'This request needs a visit to the consulate.',
  'appointments.request.book': 'Book an appointment',
  'appointments.request.held': 'A time is held for you but not yet confirmed.',
  'appointments.request.see': 'See the appointment',
  'appointments.request.confirm': 'Confirm the appointment',

  'appointments.ics.summary': 'Appointment at {consulate}: {services}',
  'appointments.ics.codes': 'Tracking codes: {codes}',
  'appointments.ics.counter': 'Counter {counter}',
  'appointments.ics.bring': 'Bring the originals of your documents and your tracking code.',

  'appointments.mail.date': 'Date: {date}',
  'appointments.mail.time': 'Time: {from} to {to}, {zone}',
  'appointments.mail.place': 'Place: {consulate}, {address}',
  'appointments.mail.counter': 'Counter: {counter}',
  'appointments.mail.request': '{service} — tracking code: ',
  'appointments.mail.action': 'See your appointment',
  'appointments.mail.bookAgain': 'Book a new appointment',
  'appointments.mail.bring':
    'Bring the originals of your documents and your tracking code, and arrive a few minutes early.',
  'appointments.mail.calendar': 'The attached file (appointment.ics) adds the appointment to your calendar.',
  'appointments.mail.change':
    'To move or cancel the appointment, go to its page. If you cannot come, please cancel it so that someone else can have the time.',
  'appointments.mail.confirmed.subject': 'Your appointment is booked: {date}',
  'appointments.mail.confirmed.intro': 'Your appointment at {consulate} is booked.',
  'appointments.mail.rescheduled.subject': 'Your appointment has been moved: {date}',
  'appointments.mail.rescheduled.intro':
    'Your appointment at {consulate} has been moved to this time, and the earlier time has been given up.',
  'appointments.mail.cancelled.subject': 'Your appointment has been cancelled: {date}',
  'appointments.mail.cancelled.byApplicant': 'The appointment below has been cancelled, as you asked.',
  'appointments.mail.cancelled.bySystem':
    'The appointment below has been cancelled because its requests no longer need a visit.',
  'appointments.mail.cancelled.calendar': 'The attached file removes the appointment from your calendar.',
  'appointments.mail.reminder.subject': 'Reminder of your appointment: {date}',
  'appointments.mail.reminder.intro': 'This is a reminder of your appointment at {consulate}.',
  'appointments.mail.reminder.cannotCome':
    'If you cannot come, please cancel the appointment on its page so that someone else can have the time.',
  'appointments.mail.offer.subject': 'A time has become free for you at {consulate}',
  'appointments.mail.offer.intro':
    'A time has become free and, as you were first on the waiting list, it is held for you for {minutes} minutes.',
  'appointments.mail.offer.deadline': 'To have it, confirm it by {time} ({zone}) on {date}.',
  'appointments.mail.offer.action': 'Confirm the appointment',
  'appointments.mail.offer.missed':
    'If you do not confirm in time, it passes to the next person, but you keep your place on the waiting list.',
  'appointments.mail.offer.notYou':
    'If you no longer need an appointment, choose “I do not want this time” on that page.',
};
