import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Code, Ltr, StatusTag, SummaryList, type SummaryRow, type Tone, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { BookingState } from '../schema.ts';
import type { AppointmentView } from '../service.ts';
import { localTime, longDate, zoneName } from './when.ts';

/** Appointments can be reached from a request's booking page: the oldest request of a visit is its own. */
export function mainRequestOf(a: Pick<AppointmentView, 'requests'>) {
  return [...a.requests].sort((x, y) => (x.id < y.id ? -1 : 1))[0];
}

/** The booking page of a request, keeping the family visit and the move being made. */
export function bookingHref(
  requestId: string,
  q: { with?: readonly string[]; replaces?: string; month?: string; day?: string } = {},
  anchor?: string,
): string {
  const p = new URLSearchParams();
  for (const id of q.with ?? []) p.append('with', id);
  if (q.replaces) p.set('replaces', q.replaces);
  if (q.month) p.set('month', q.month);
  if (q.day) p.set('day', q.day);
  const query = p.toString();
  return `/requests/${requestId}/appointment${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

export const consulateName = (c: Consulate, locale: 'fa' | 'en') => (locale === 'fa' ? c.nameFa : c.nameEn);
export const consulateAddress = (c: Consulate, locale: 'fa' | 'en') =>
  locale === 'fa' ? c.addressFa : c.addressEn;

/** "09:20 to 09:40, Greenwich Mean Time (Europe/London)": local time with its zone named. */
export function LocalTimeText({ start, end, timeZone }: { start: Date; end?: Date; timeZone: string }) {
  const { t, locale } = useView();
  const from = localTime(start, locale, timeZone);
  return (
    <>
      <time datetime={start.toISOString()}>
        {end ? t('appointments.time.range', { from, to: localTime(end, locale, timeZone) }) : from}
      </time>
      {t('appointments.time.zone', { zone: zoneName(start, locale, timeZone) })} (<Ltr>{timeZone}</Ltr>)
    </>
  );
}

const STATE_TONES: Record<BookingState, Tone> = {
  held: 'amber',
  active: 'green',
  cancelled: 'red',
  rescheduled: 'grey',
  expired: 'grey',
  no_show: 'red',
  attended: 'blue',
};

export function BookingStateTag({ state }: { state: BookingState }) {
  const { t } = useView();
  return <StatusTag tone={STATE_TONES[state]}>{t(`appointments.state.${state}` as MessageKey)}</StatusTag>;
}

/** When, where, which counter and which requests: the facts of an appointment. */
export function AppointmentFacts({ a, state }: { a: AppointmentView; state?: boolean }) {
  const { t, locale } = useView();
  const zone = a.consulate.timeZone;
  const rows: SummaryRow[] = [
    ...(state ? [{ key: t('appointments.facts.state'), value: <BookingStateTag state={a.state} /> }] : []),
    { key: t('appointments.facts.date'), value: longDate(a.startsAt, locale, zone) },
    {
      key: t('appointments.facts.time'),
      value: <LocalTimeText start={a.startsAt} end={a.endsAt} timeZone={zone} />,
    },
    {
      key: t('appointments.facts.place'),
      value: (
        <>
          {consulateName(a.consulate, locale)}
          <br />
          {consulateAddress(a.consulate, locale)}
        </>
      ),
    },
    {
      key: t('appointments.facts.counter'),
      value: t('appointments.facts.counterValue', { counter: a.seat }),
    },
    {
      key: t('appointments.facts.requests'),
      value: (
        <ul class="appointment-requests">
          {a.requests.map((r) => (
            <li key={r.id}>
              <a href={`/requests/${r.id}`}>{r.service.name[locale]}</a>
              {r.trackingCode ? (
                <>
                  {' '}
                  <span class="hint">
                    {t('appointments.facts.trackingCode')} <Code value={r.trackingCode} tracking />
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return <SummaryList rows={rows} />;
}

/** The applicant's appointments to come (and held times still to confirm), for their dashboard. */
export function UpcomingAppointments({ appointments }: { appointments: AppointmentView[] }) {
  const { t, locale } = useView();
  if (appointments.length === 0) return null;
  const comma = locale === 'fa' ? '، ' : ', ';
  return (
    <section aria-labelledby="appointments-title">
      <h2 id="appointments-title">{t('appointments.upcoming.title')}</h2>
      <ul class="list">
        {appointments.map((a) => (
          <li key={a.id}>
            <a href={a.state === 'held' ? `/appointments/${a.id}/confirm` : `/appointments/${a.id}`}>
              {longDate(a.startsAt, locale, a.consulate.timeZone)}
              {comma}
              <LocalTimeText start={a.startsAt} end={a.endsAt} timeZone={a.consulate.timeZone} />
            </a>{' '}
            <BookingStateTag state={a.state} />
            <br />
            <span class="hint">
              {consulateName(a.consulate, locale)} —{' '}
              {a.requests.map((r) => r.service.name[locale]).join(comma)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
