import { formatNumber, type MessageKey, type Translate } from '../../../platform/i18n/index.ts';
import {
  Button,
  Code,
  ErrorSummary,
  Form,
  Layout,
  NotificationBanner,
  Select,
  StatusTag,
  TextInput,
  type Tone,
  useView,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import { GROUP_TEXT } from '../../catalog/services/groups.ts';
import type { DayEntry, DayView } from '../day-service.ts';
import { addDays, type LocalDay } from '../schedule.ts';
import type { BookingState } from '../schema.ts';
import { consulateName } from './parts.tsx';
import { localTime, longDate, longDay, noonOf, zoneName } from './when.ts';

const TONE: Record<BookingState, Tone> = {
  held: 'grey',
  active: 'blue',
  attended: 'green',
  no_show: 'red',
  cancelled: 'grey',
  rescheduled: 'grey',
  expired: 'grey',
};

const stateText = (state: BookingState, t: Translate) =>
  t(
    `appointments.staff.state.${state === 'held' || state === 'rescheduled' || state === 'expired' ? 'cancelled' : state}`,
  );

/** The link to a day of one consulate. */
export function dayHref(consulateId: string, day: LocalDay): string {
  return `/staff/appointments?${new URLSearchParams({ consulate: consulateId, day }).toString()}`;
}

export type DayRefusal = 'not_active' | 'not_today' | 'too_early';

export type DayPageProps = {
  view: DayView;
  /** The consulates this person may open (a picker when more than one). */
  consulates: Consulate[];
  /** The day as typed in the picker, when it was not a date. */
  typed?: string;
  dayError?: boolean;
  /** The appointment just marked absent: the banner names it. */
  noShow?: DayEntry;
  refusal?: { refusal: DayRefusal; bookingId: string };
};

/**
 * The officers' day at one consulate: a summary, then each counter's appointments in time order with check-in
 * and no-show buttons, then the cancelled ones for the record. Works without script; prints one counter a page.
 */
export function DayPage({ view, consulates, typed, dayError, noShow, refusal }: DayPageProps) {
  const { t, locale } = useView();
  const c = view.consulate;
  const tz = c.timeZone;
  const title = `${t('appointments.staff.title')} — ${longDay(view.day, locale)}`;
  const tomorrow = addDays(view.today, 1);
  const tabs: { label: string; day: LocalDay }[] = [
    { label: t('appointments.staff.tabs.previous'), day: addDays(view.day, -1) },
    { label: t('appointments.staff.tabs.today'), day: view.today },
    { label: t('appointments.staff.tabs.tomorrow'), day: tomorrow },
    { label: t('appointments.staff.tabs.next'), day: addDays(view.day, 1) },
  ];
  const noon = noonOf(view.day);
  const errors = [
    ...(dayError ? [{ field: 'day', message: t('appointments.staff.pick.invalid') }] : []),
    ...(refusal
      ? [
          {
            field: 'appointment',
            message: t(`appointments.staff.refused.${refusal.refusal}`),
            href: `#appointment-${refusal.bookingId}`,
          },
        ]
      : []),
  ];
  const all = view.counters.flatMap((k) => k.entries);
  return (
    <Layout title={title} width="wide" hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} />
      {noShow ? (
        <NotificationBanner type="success" title={t('appointments.staff.done.noShow')}>
          <p>
            {t('appointments.staff.done.noShow.body', {
              name: noShow.applicantName,
              time: localTime(noShow.startsAt, locale, tz),
            })}
          </p>
        </NotificationBanner>
      ) : null}
      <h1 class="heading-l">
        <span class="caption-l">{consulateName(c, locale)}</span>
        {t('appointments.staff.heading', { date: longDay(view.day, locale) })}
      </h1>
      <p>
        {t('appointments.staff.zone', { name: zoneName(noon, locale, tz) })} (<Code value={tz} />)
      </p>

      <nav class="admin-tabs day-nav" aria-label={t('appointments.staff.tabs.label')}>
        <ul class="admin-tabs__list">
          {tabs.map((tab) => (
            <li key={tab.label}>
              <a
                class="admin-tabs__link"
                href={dayHref(c.id, tab.day)}
                aria-current={
                  tab.day === view.day && (tab.day === view.today || tab.day === tomorrow)
                    ? 'page'
                    : undefined
                }
              >
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div class="day-pick">
        <Form action="/staff/appointments" method="get">
          <div class="stats-filters">
            {consulates.length > 1 ? (
              <Select
                name="consulate"
                label={t('appointments.staff.pick.consulate')}
                placeholder={false}
                value={c.id}
                options={consulates.map((x) => ({ value: x.id, label: consulateName(x, locale) }))}
              />
            ) : (
              <input type="hidden" name="consulate" value={c.id} />
            )}
            <TextInput
              name="day"
              label={t('appointments.staff.pick.day')}
              hint={t('appointments.staff.pick.dayHint')}
              value={typed ?? view.day}
              error={dayError ? t('appointments.staff.pick.invalid') : undefined}
              ltr
              width={10}
              autocomplete="off"
              maxlength={20}
            />
          </div>
          <Button variant="secondary">{t('appointments.staff.pick.button')}</Button>
        </Form>
        <p class="hint">{t('appointments.staff.print')}</p>
      </div>

      <section class="day-summary" aria-labelledby="day-summary-title">
        <h2 class="heading-m" id="day-summary-title">
          {t('appointments.staff.summary.title')}
        </h2>
        <dl class="day-summary__list">
          {(
            [
              ['appointments.staff.summary.booked', view.summary.booked],
              ['appointments.staff.summary.attended', view.summary.attended],
              ['appointments.staff.summary.noShows', view.summary.noShows],
              ['appointments.staff.summary.free', view.summary.free],
            ] as [MessageKey, number][]
          ).map(([key, n]) => (
            <div class="day-summary__item" key={key}>
              <dt class="day-summary__label">{t(key)}</dt>
              <dd class="day-summary__value">{formatNumber(n, locale)}</dd>
            </div>
          ))}
        </dl>
        {view.slotMinutes > 0 ? (
          <p class="hint">
            {t('appointments.staff.summary.freeHint', { minutes: formatNumber(view.slotMinutes, locale) })}
          </p>
        ) : null}
      </section>

      {!view.scheduled ? (
        <p>{t('appointments.staff.noSchedule')}</p>
      ) : !view.open && all.length === 0 ? (
        <p>{t('appointments.staff.closed')}</p>
      ) : all.length === 0 ? (
        <p>{t('appointments.staff.none')}</p>
      ) : null}

      {view.counters.map((k) => {
        const id = `counter-${k.group}-${k.seat}`;
        const name = t('appointments.staff.counter', { n: formatNumber(k.seat, locale) });
        const group = GROUP_TEXT[k.group].name[locale];
        return (
          <section class="day-counter" aria-labelledby={id} key={id}>
            <h2 class="heading-m" id={id}>
              <span class="caption-m">{group}</span>
              {name}
            </h2>
            <DayTable entries={k.entries} caption={`${name} — ${group}`} timeZone={tz} actions />
          </section>
        );
      })}

      {view.cancelled.length > 0 ? (
        <section class="day-counter day-counter--cancelled" aria-labelledby="day-cancelled">
          <h2 class="heading-m" id="day-cancelled">
            {t('appointments.staff.cancelled.title')}
          </h2>
          <p class="hint">{t('appointments.staff.cancelled.hint')}</p>
          <DayTable
            entries={view.cancelled}
            caption={t('appointments.staff.cancelled.title')}
            timeZone={tz}
            showCounter
          />
        </section>
      ) : null}
    </Layout>
  );
}

/** One list of appointments: time, applicant, requests, status, and (for live lists) what the officer can do. */
function DayTable({
  entries,
  caption,
  timeZone,
  actions,
  showCounter,
}: {
  entries: DayEntry[];
  caption: string;
  timeZone: string;
  actions?: boolean;
  showCounter?: boolean;
}) {
  const { t, locale } = useView();
  const cell = 'table__cell';
  const head = 'table__header table__cell';
  return (
    <div class="table-wrap">
      <table class="table day-list">
        <caption class="table__caption table__caption--hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class={head}>
              {t('appointments.staff.col.time')}
            </th>
            <th scope="col" class={head}>
              {t('appointments.staff.col.applicant')}
            </th>
            <th scope="col" class={head}>
              {t('appointments.staff.col.requests')}
            </th>
            <th scope="col" class={head}>
              {t('appointments.staff.col.state')}
            </th>
            {actions ? (
              <th scope="col" class={`${head} day-list__actions`}>
                {t('appointments.staff.col.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const from = localTime(e.startsAt, locale, timeZone);
            const range = t('appointments.staff.range', { from, to: localTime(e.endsAt, locale, timeZone) });
            const forWhom = t('appointments.staff.for', { name: e.applicantName, time: from });
            return (
              <tr id={`appointment-${e.id}`} class={`day-list__row day-list__row--${e.state}`} key={e.id}>
                <th scope="row" class={`${head} day-list__time`}>
                  <time datetime={e.startsAt.toISOString()}>{range}</time>
                  {showCounter ? (
                    <span class="day-list__counter">
                      {t('appointments.staff.counter', { n: formatNumber(e.seat, locale) })}
                    </span>
                  ) : null}
                </th>
                <td class={cell}>
                  <bdi>{e.applicantName}</bdi>
                </td>
                <td class={cell}>
                  <ul class="day-list__requests">
                    {e.requests.map((r) => (
                      <li key={r.id}>
                        <a href={`/staff/counter/${r.id}`}>
                          <Code value={r.trackingCode} tracking />
                        </a>{' '}
                        <span class="day-list__service">{r.service.name[locale]}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td class={cell}>
                  <StatusTag tone={TONE[e.state]} text={stateText(e.state, t)} />
                </td>
                {actions ? (
                  <td class={`${cell} day-list__actions`}>
                    {e.canCheckIn ? (
                      <Form action={`/staff/appointments/${e.id}/check-in`}>
                        <Button>
                          {t('appointments.staff.checkIn')}
                          <span class="visually-hidden"> {forWhom}</span>
                        </Button>
                      </Form>
                    ) : null}
                    {e.canMarkNoShow ? (
                      <Form action={`/staff/appointments/${e.id}/no-show`}>
                        <Button variant="secondary">
                          {t('appointments.staff.noShow')}
                          <span class="visually-hidden"> {forWhom}</span>
                        </Button>
                      </Form>
                    ) : e.state === 'active' ? (
                      <p class="hint day-list__later">{t('appointments.staff.noShowLater')}</p>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A request's appointment as the counter page shows it: day, time range with the zone named, counter, and its
 * status in words.
 */
export function CounterAppointment({
  appointment,
  timeZone,
}: {
  appointment: { startsAt: Date; endsAt: Date; seat: number; state: BookingState };
  timeZone: string;
}) {
  const { t, locale } = useView();
  return (
    <>
      {t('appointments.staff.counterAppointment.value', {
        date: longDate(appointment.startsAt, locale, timeZone),
        from: localTime(appointment.startsAt, locale, timeZone),
        to: localTime(appointment.endsAt, locale, timeZone),
        zone: zoneName(appointment.startsAt, locale, timeZone),
        n: formatNumber(appointment.seat, locale),
      })}{' '}
      <StatusTag tone={TONE[appointment.state]} text={stateText(appointment.state, t)} />
    </>
  );
}
