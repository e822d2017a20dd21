import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Caption,
  Checkboxes,
  Code,
  ErrorSummary,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  Radios,
  SummaryList,
  useView,
} from '../../../ui/index.ts';
import type { RequestView } from '../../requests/service.ts';
import type { LocalDay, Start } from '../schedule.ts';
import type { AppointmentView, GroupSchedule, Visit } from '../service.ts';
import type { WaitlistRow } from '../store.ts';
import { bookingHref, consulateAddress, consulateName, LocalTimeText } from './parts.tsx';
import {
  type CalendarMonth,
  dayLabels,
  localTime,
  longDate,
  longDay,
  weekdayName,
  zoneName,
} from './when.ts';

/** What one day of the calendar offers: why nothing, in words, or how many start times are free. */
export type DayStatus = 'past' | 'closed' | 'soon' | 'full' | 'open' | 'later';
export type DayCell = { status: DayStatus; free: number };

/** A message after an action that brought the applicant back to the booking page. */
export type BookingFlash = 'cancelled' | 'released' | 'waitlist_joined' | 'waitlist_left';

export type BookingPageProps = {
  request: RequestView;
  visit: Visit;
  withIds: string[];
  companions: RequestView[];
  replacing?: AppointmentView;
  reschedulesLeft?: number;
  schedule: GroupSchedule;
  month: CalendarMonth;
  prevMonth?: string;
  nextMonth?: string;
  cells: ReadonlyMap<LocalDay, DayCell>;
  firstFree?: Start;
  day?: LocalDay;
  dayStarts?: Start[];
  /** Nothing is free in the whole window: the waiting list is offered. */
  nothingFree: boolean;
  waitlist?: { entry: WaitlistRow; place: number };
  flash?: BookingFlash;
  error?: 'start';
  /** How long a chosen time is held, and an offer from the waiting list. */
  holdMinutes: number;
  offerMinutes: number;
};

/**
 * The booking page of a request: the visit (with the applicant's other requests that may join it), the month
 * calendar of the booking window, and the free times of the chosen day. Links and forms only.
 */
export function BookingPage(p: BookingPageProps) {
  const { t, locale } = useView();
  const { request, visit, schedule: s } = p;
  const title = p.replacing ? t('appointments.book.moveTitle') : t('appointments.book.title');
  const q = { with: p.withIds, replaces: p.replacing?.id };
  return (
    <Layout title={title} backLink={{ href: `/requests/${request.id}` }} hasErrors={!!p.error}>
      {p.error ? (
        <ErrorSummary errors={[{ field: 'start', message: t('appointments.book.times.required') }]} />
      ) : null}
      {p.flash ? (
        <NotificationBanner type="success" title={t(`appointments.flash.${p.flash}.title` as MessageKey)}>
          <p>{t(`appointments.flash.${p.flash}.body` as MessageKey)}</p>
        </NotificationBanner>
      ) : null}
      <Caption>{request.service.name[locale]}</Caption>
      <h1>{title}</h1>

      {p.replacing ? (
        <InsetText>
          <p>
            {t('appointments.book.moving', {
              date: longDate(p.replacing.startsAt, locale, s.consulate.timeZone),
              time: localTime(p.replacing.startsAt, locale, s.consulate.timeZone),
            })}
          </p>
          <p>{t('appointments.book.movesLeft', { n: p.reschedulesLeft ?? 0 })}</p>
        </InsetText>
      ) : null}

      <SummaryList
        rows={[
          {
            key: t('appointments.book.consulate'),
            value: (
              <>
                {consulateName(s.consulate, locale)}
                <br />
                {consulateAddress(s.consulate, locale)}
              </>
            ),
          },
          {
            key:
              visit.requests.length > 1
                ? t('appointments.book.requestsMany')
                : t('appointments.book.requestsOne'),
            value: (
              <ul class="appointment-requests">
                {visit.requests.map((r) => (
                  <li key={r.id}>
                    {r.service.name[locale]}
                    {r.trackingCode ? (
                      <>
                        {' '}
                        <Code value={r.trackingCode} tracking />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ),
          },
          { key: t('appointments.book.length'), value: t('appointments.book.minutes', { n: visit.minutes }) },
        ]}
      />

      {p.companions.length > 0 && !p.replacing ? <Companions {...p} /> : null}

      {p.waitlist ? (
        <WaitlistPlace entry={p.waitlist.entry} place={p.waitlist.place} offerMinutes={p.offerMinutes} />
      ) : p.nothingFree ? (
        <JoinWaitlist request={request} withIds={p.withIds} offerMinutes={p.offerMinutes} />
      ) : null}

      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t('appointments.book.calendar.title')}</h2>
        <p>
          {t('appointments.book.release', {
            time: localTime(s.window.nextRelease.at, locale, s.consulate.timeZone),
            zone: zoneName(s.window.nextRelease.at, locale, s.consulate.timeZone),
            last: longDay(s.window.lastDay, locale),
          })}
        </p>
        <p class="hint">{t('appointments.book.notice', { hours: s.settings.minNoticeHours })}</p>
        {p.firstFree ? (
          <p>
            {t('appointments.book.earliest')}{' '}
            <a href={bookingHref(request.id, { ...q, day: p.firstFree.day }, 'times')}>
              {t('appointments.time.at', {
                date: longDate(p.firstFree.startsAt, locale, s.consulate.timeZone),
                time: localTime(p.firstFree.startsAt, locale, s.consulate.timeZone),
              })}
            </a>
          </p>
        ) : null}
        <MonthCalendar {...p} />
      </section>

      {p.day ? <Times {...p} day={p.day} /> : null}
    </Layout>
  );
}

/** Other requests of the applicant that one visit can cover: a GET form, so the calendar follows the choice. */
function Companions(p: BookingPageProps) {
  const { t, locale } = useView();
  return (
    <section aria-labelledby="family-title">
      <h2 id="family-title">{t('appointments.book.family.title')}</h2>
      <Form action={`/requests/${p.request.id}/appointment`} method="get">
        <Checkboxes
          name="with"
          legend={t('appointments.book.family.legend')}
          hint={t('appointments.book.family.hint')}
          values={p.withIds}
          options={p.companions.map((r) => ({
            value: r.id,
            label: r.service.name[locale],
            hint: r.trackingCode ? (
              <>
                {t('appointments.facts.trackingCode')} <Code value={r.trackingCode} tracking />
              </>
            ) : undefined,
          }))}
        />
        <Button variant="secondary">{t('appointments.book.family.update')}</Button>
      </Form>
    </section>
  );
}

function MonthCalendar(p: BookingPageProps) {
  const { t, locale } = useView();
  const { month } = p;
  const q = { with: p.withIds, replaces: p.replacing?.id };
  return (
    <>
      {p.prevMonth || p.nextMonth ? (
        <nav class="calendar-nav" aria-label={t('appointments.book.calendar.months')}>
          {p.prevMonth ? (
            <a
              class="calendar-nav__prev"
              rel="prev"
              href={bookingHref(p.request.id, { ...q, month: p.prevMonth }, 'calendar-title')}
            >
              {t('appointments.book.calendar.prev')}
            </a>
          ) : null}
          {p.nextMonth ? (
            <a
              class="calendar-nav__next"
              rel="next"
              href={bookingHref(p.request.id, { ...q, month: p.nextMonth }, 'calendar-title')}
            >
              {t('appointments.book.calendar.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
      <div class="calendar-wrap">
        <table class="calendar">
          <caption class="calendar__caption">{month.title}</caption>
          <thead>
            <tr>
              {month.weekdays.map((w) => {
                const name = weekdayName(w, locale);
                return (
                  <th scope="col" key={w} class="calendar__weekday">
                    <span aria-hidden="true">{name.short}</span>
                    <span class="visually-hidden">{name.long}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week, i) => (
              <tr key={i}>
                {week.map((day, j) =>
                  day ? (
                    <DayCellView
                      key={day}
                      day={day}
                      cell={p.cells.get(day)}
                      selected={day === p.day}
                      href={bookingHref(p.request.id, { ...q, month: month.key, day }, 'times')}
                    />
                  ) : (
                    <td key={`blank-${j}`} class="calendar__cell calendar__cell--blank" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DayCellView({
  day,
  cell,
  selected,
  href,
}: {
  day: LocalDay;
  cell: DayCell | undefined;
  selected: boolean;
  href: string;
}) {
  const { t, locale } = useView();
  const labels = dayLabels(day, locale);
  const status = cell?.status ?? 'past';
  const word =
    status === 'open'
      ? t('appointments.book.day.free', { n: cell?.free ?? 0 })
      : t(`appointments.book.day.${status}` as MessageKey);
  const numbers = (
    <>
      <span class="calendar__date">{labels.main}</span>
      <span class="calendar__other">{labels.other}</span>
    </>
  );
  if (status === 'open') {
    return (
      <td class={`calendar__cell calendar__cell--open${selected ? ' calendar__cell--selected' : ''}`}>
        <a class="calendar__link" href={href} aria-current={selected ? 'date' : undefined}>
          <span aria-hidden="true">
            {numbers}
            <span class="calendar__status">{word}</span>
          </span>
          <span class="visually-hidden">
            {longDay(day, locale)}: {word}
          </span>
        </a>
      </td>
    );
  }
  return (
    <td class={`calendar__cell calendar__cell--${status}`}>
      {numbers}
      {status === 'past' ? null : <span class="calendar__status">{word}</span>}
    </td>
  );
}

/** The free times of the chosen day, as radios: choosing one and continuing holds it. */
function Times(p: BookingPageProps & { day: LocalDay }) {
  const { t, locale } = useView();
  const zone = p.schedule.consulate.timeZone;
  const starts = p.dayStarts ?? [];
  const cell = p.cells.get(p.day);
  return (
    <section aria-labelledby="times" class="booking-times">
      <h2 id="times" tabindex={-1}>
        {t('appointments.book.times.title', { date: longDay(p.day, locale) })}
      </h2>
      {starts.length === 0 ? (
        <p>
          {cell && cell.status !== 'open'
            ? t(`appointments.book.times.none.${cell.status}` as MessageKey)
            : t('appointments.book.times.none.full')}
        </p>
      ) : (
        <Form action={`/requests/${p.request.id}/appointment/hold`}>
          {p.withIds.map((id) => (
            <input key={id} type="hidden" name="with" value={id} />
          ))}
          {p.replacing ? <input type="hidden" name="replaces" value={p.replacing.id} /> : null}
          <input type="hidden" name="day" value={p.day} />
          <Radios
            name="start"
            legend={t('appointments.book.times.legend')}
            hint={t('appointments.book.times.hint', {
              zone: zoneName(starts[0]!.startsAt, locale, zone),
              id: zone,
              minutes: p.visit.minutes,
            })}
            error={p.error ? t('appointments.book.times.required') : undefined}
            options={starts.map((s) => ({
              value: s.startsAt.toISOString(),
              label: t('appointments.time.range', {
                from: localTime(s.startsAt, locale, zone),
                to: localTime(s.endsAt, locale, zone),
              }),
            }))}
          />
          <p class="hint">{t('appointments.book.times.holdNote', { minutes: p.holdMinutes })}</p>
          <Button>
            {p.replacing ? t('appointments.book.times.continueMove') : t('appointments.book.times.continue')}
          </Button>
        </Form>
      )}
    </section>
  );
}

function JoinWaitlist({
  request,
  withIds,
  offerMinutes,
}: {
  request: RequestView;
  withIds: string[];
  offerMinutes: number;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby="waitlist-title" class="waitlist">
      <h2 id="waitlist-title">{t('appointments.waitlist.title')}</h2>
      <p>{t('appointments.waitlist.nothingFree')}</p>
      <p>{t('appointments.waitlist.how', { minutes: offerMinutes })}</p>
      <p>{t('appointments.waitlist.missed')}</p>
      <Form action={`/requests/${request.id}/appointment/waitlist`}>
        {withIds.map((id) => (
          <input key={id} type="hidden" name="with" value={id} />
        ))}
        <Button>{t('appointments.waitlist.join')}</Button>
      </Form>
    </section>
  );
}

function WaitlistPlace({
  entry,
  place,
  offerMinutes,
}: {
  entry: WaitlistRow;
  place: number;
  offerMinutes: number;
}) {
  const { t } = useView();
  return (
    <section aria-labelledby="waitlist-title" class="waitlist">
      <h2 id="waitlist-title">{t('appointments.waitlist.onTitle')}</h2>
      <p>{t('appointments.waitlist.place', { place })}</p>
      <p>{t('appointments.waitlist.how', { minutes: offerMinutes })}</p>
      {entry.offersMissed > 0 ? (
        <p>{t('appointments.waitlist.missedCount', { n: entry.offersMissed })}</p>
      ) : null}
      <Form action={`/waitlist/${entry.id}/leave`}>
        <Button variant="secondary">{t('appointments.waitlist.leave')}</Button>
      </Form>
    </section>
  );
}

/** In front of a release: the waiting room. Refreshes itself (no script); the order is drawn, not raced. */
export function WaitingRoomPage({
  request,
  schedule: s,
  opensAt,
  position,
  total,
  admitAt,
  refresh,
  href,
}: {
  request: RequestView;
  schedule: GroupSchedule;
  opensAt: Date;
  position?: number;
  total?: number;
  admitAt?: Date;
  refresh: number;
  href: string;
}) {
  const { t, locale } = useView();
  const zone = s.consulate.timeZone;
  const title = t('appointments.queue.title');
  return (
    <Layout title={title} refresh={refresh} backLink={{ href: `/requests/${request.id}` }}>
      <Caption>{consulateName(s.consulate, locale)}</Caption>
      <h1>{title}</h1>
      {position === undefined ? (
        <>
          <p class="queue-status">
            {t('appointments.queue.before', {
              time: localTime(opensAt, locale, zone),
              zone: zoneName(opensAt, locale, zone),
            })}
          </p>
          <p>{t('appointments.queue.drawn')}</p>
        </>
      ) : (
        <>
          <p class="queue-status" role="status">
            {t('appointments.queue.position', { position, total: total ?? position })}
          </p>
          {admitAt ? (
            <p>
              {t('appointments.queue.expected')} <LocalTimeText start={admitAt} timeZone={zone} />
            </p>
          ) : null}
          <p>{t('appointments.queue.order')}</p>
        </>
      )}
      <p>{t('appointments.queue.keepOpen', { seconds: refresh })}</p>
      <p>
        <a href={href}>{t('appointments.queue.refresh')}</a>
      </p>
    </Layout>
  );
}
