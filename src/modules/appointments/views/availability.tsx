import {
  dateOnlyToUtc,
  formatGregorian,
  formatJalali,
  formatJalaliLatin,
} from '../../../platform/i18n/dates.ts';
import { localDigits, toPersianDigits } from '../../../platform/i18n/digits.ts';
import type { Locale, MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  ErrorSummary,
  errorList,
  InsetText,
  Layout,
  Select,
  Table,
  useView,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { Service } from '../../catalog/services-registry.ts';
import type { Availability } from '../admin-service.ts';
import type { LocalDay } from '../schedule.ts';

const weekdayFa = new Intl.DateTimeFormat('fa-IR', { timeZone: 'UTC', weekday: 'long' });
const gregorianFa = new Intl.DateTimeFormat('fa-IR-u-ca-gregory-nu-arabext', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/**
 * A local calendar day in both calendars: the page's own first (Jalali with the weekday in Persian, Gregorian with
 * the weekday in English), the other beside it.
 */
export function dayInBothCalendars(day: LocalDay, locale: Locale): { main: string; other: string } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = dateOnlyToUtc({ year, month, day: date });
  // The weekday goes before the date by hand: ICU's Persian pattern with a weekday reads "1404 Esfand 11, Monday".
  if (locale === 'fa')
    return {
      main: `${weekdayFa.format(at)} ${formatJalali(at)}`,
      other: toPersianDigits(gregorianFa.format(at)),
    };
  return { main: formatGregorian(at, { weekday: true }), other: formatJalaliLatin(at) };
}

export function DayCell({ day }: { day: LocalDay }) {
  const { locale } = useView();
  const d = dayInBothCalendars(day, locale);
  return (
    <span>
      {d.main}
      <span class="hint schedule-day__other">{d.other}</span>
    </span>
  );
}

/** 'HH:MM' in the page's digits. */
export const timeText = (time: string, locale: Locale) => localDigits(time, locale);

export type AvailabilityValues = { consulate?: string; service?: string };
export type AvailabilityErrors = Partial<Record<'consulate' | 'service', MessageKey>>;

/**
 * The public availability page: a GET form (consulate, service) and, when both are chosen, the next dates with
 * free appointments, in the consulate's local time with its zone named. Nothing personal.
 */
export function AvailabilityPage({
  consulates,
  services,
  values,
  errors = {},
  result,
  signedIn,
}: {
  consulates: Consulate[];
  services: Service[];
  values: AvailabilityValues;
  errors?: AvailabilityErrors;
  result?: { consulate: Consulate; service: Service; availability: Availability };
  /** An applicant is signed in: the way to book is their account page, not the sign-in. */
  signedIn: boolean;
}) {
  const { t, locale } = useView();
  const messages = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v ? t(v) : undefined]));
  return (
    <Layout title={t('appointments.public.title')} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary errors={errorList(messages)} />
      <h1>{t('appointments.public.title')}</h1>
      <p class="lead">{t('appointments.public.lead')}</p>
      <form method="get" action="/appointments/availability" class="fee-consulate" novalidate>
        <Select
          name="consulate"
          label={t('appointments.public.field.consulate')}
          value={values.consulate}
          error={messages.consulate}
          options={consulates.map((c) => ({ value: c.code, label: locale === 'fa' ? c.nameFa : c.nameEn }))}
        />
        <Select
          name="service"
          label={t('appointments.public.field.service')}
          value={values.service}
          error={messages.service}
          options={services.map((s) => ({ value: s.id, label: s.name[locale] }))}
        />
        <Button variant="secondary">{t('appointments.public.show')}</Button>
      </form>
      {result ? <Result {...result} /> : null}
      <h2>{t('appointments.public.book.title')}</h2>
      <p>{t('appointments.public.book.body')}</p>
      <p>
        <a href={signedIn ? '/account' : '/sign-in'}>
          {signedIn ? t('appointments.public.book.requests') : t('appointments.public.book.signIn')}
        </a>
      </p>
    </Layout>
  );
}

function Result({
  consulate,
  service,
  availability: a,
}: {
  consulate: Consulate;
  service: Service;
  availability: Availability;
}) {
  const { t, locale } = useView();
  const consulateName = locale === 'fa' ? consulate.nameFa : consulate.nameEn;
  const city = locale === 'fa' ? consulate.cityFa : consulate.cityEn;
  return (
    <section class="availability" aria-labelledby="availability-title">
      <h2 id="availability-title">
        {t('appointments.public.result', { service: service.name[locale], consulate: consulateName })}
      </h2>
      {a.kind === 'no_visit' ? (
        <InsetText>{t('appointments.public.noVisit')}</InsetText>
      ) : a.kind === 'not_offered' ? (
        <InsetText>{t('appointments.public.notOffered')}</InsetText>
      ) : a.kind === 'no_schedule' ? (
        <InsetText>{t('appointments.public.noSchedule')}</InsetText>
      ) : (
        <>
          <p>
            {t('appointments.public.zone', { city, zone: a.timeZone })}{' '}
            {t('appointments.public.visit', { minutes: a.minutes })}
          </p>
          {a.days.length > 0 ? (
            <Table
              caption={t('appointments.public.caption')}
              captionSize="s"
              rowHeaders
              head={[
                { text: t('appointments.public.col.date') },
                { text: t('appointments.public.col.count'), numeric: true },
                { text: t('appointments.public.col.first') },
              ]}
              rows={a.days.map((d) => [
                <DayCell day={d.day} key="day" />,
                d.count,
                timeText(d.first, locale),
              ])}
            />
          ) : (
            <InsetText>{t('appointments.public.none', { days: a.windowDays })}</InsetText>
          )}
          <p>
            {t('appointments.public.window', { days: a.windowDays, time: timeText(a.releaseTime, locale) })}
          </p>
          <p class="hint">{t('appointments.public.fresh')}</p>
        </>
      )}
    </section>
  );
}
