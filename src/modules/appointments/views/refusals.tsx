import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Button, Form, Layout, Ltr, Radios, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { Start } from '../schedule.ts';
import type { AppointmentView, Refusal } from '../service.ts';
import { bookingHref, consulateName } from './parts.tsx';
import { localTime, longDate, zoneName } from './when.ts';

/** Why a booking could not be made, in words, with the way forward for each reason. */
export function RefusalPage({
  refusal,
  requestId,
  consulate,
  live,
  perAccount,
  existing,
}: {
  refusal: Refusal;
  requestId: string;
  consulate?: Consulate;
  /** The applicant's live appointments (the per-account limit). */
  live?: AppointmentView[];
  perAccount?: number;
  /** The appointment a request already has. */
  existing?: AppointmentView;
}) {
  const { t, locale } = useView();
  const title = t(`appointments.refusal.${refusal}.title` as MessageKey);
  return (
    <Layout title={title} backLink={{ href: `/requests/${requestId}` }}>
      <h1>{title}</h1>
      <p>
        {t(`appointments.refusal.${refusal}.body` as MessageKey, {
          n: perAccount ?? 0,
          consulate: consulate ? consulateName(consulate, locale) : '',
        })}
      </p>
      {refusal === 'limit' && live && live.length > 0 ? (
        <ul>
          {live.map((a) => (
            <li key={a.id}>
              <a href={`/appointments/${a.id}`}>
                {t('appointments.time.at', {
                  date: longDate(a.startsAt, locale, a.consulate.timeZone),
                  time: localTime(a.startsAt, locale, a.consulate.timeZone),
                })}
              </a>{' '}
              — {a.requests.map((r) => r.service.name[locale]).join(locale === 'fa' ? '، ' : ', ')}
            </li>
          ))}
        </ul>
      ) : null}
      {refusal === 'has_appointment' && existing ? (
        <p>
          <a href={`/appointments/${existing.id}`}>
            {t('appointments.refusal.has_appointment.link', {
              date: longDate(existing.startsAt, locale, existing.consulate.timeZone),
            })}
          </a>
        </p>
      ) : null}
      {refusal === 'no_schedule' && consulate ? (
        <p>
          {t('appointments.refusal.no_schedule.contact')} <Ltr>{consulate.phone}</Ltr> ·{' '}
          <a href={`mailto:${consulate.email}`}>
            <Ltr>{consulate.email}</Ltr>
          </a>
        </p>
      ) : null}
      <p>
        <a href={`/requests/${requestId}`}>{t('appointments.refusal.back')}</a>
      </p>
    </Layout>
  );
}

/** Someone was faster: the next free times, ready to hold with one more click. */
export function TakenPage({
  requestId,
  withIds,
  replaces,
  next,
  timeZone,
}: {
  requestId: string;
  withIds: string[];
  replaces?: string;
  next: Start[];
  timeZone: string;
}) {
  const { t, locale } = useView();
  const title = t('appointments.taken.title');
  return (
    <Layout title={title} backLink={{ href: bookingHref(requestId, { with: withIds, replaces }) }}>
      <h1>{title}</h1>
      <p>{t('appointments.taken.body')}</p>
      {next.length > 0 ? (
        <Form action={`/requests/${requestId}/appointment/hold`}>
          {withIds.map((id) => (
            <input key={id} type="hidden" name="with" value={id} />
          ))}
          {replaces ? <input type="hidden" name="replaces" value={replaces} /> : null}
          <Radios
            name="start"
            legend={t('appointments.taken.legend')}
            hint={t('appointments.taken.hint', {
              zone: zoneName(next[0]!.startsAt, locale, timeZone),
              id: timeZone,
            })}
            value={next[0]!.startsAt.toISOString()}
            options={next.map((s) => ({
              value: s.startsAt.toISOString(),
              label: t('appointments.time.at', {
                date: longDate(s.startsAt, locale, timeZone),
                time: localTime(s.startsAt, locale, timeZone),
              }),
            }))}
          />
          <Button>{t('appointments.book.times.continue')}</Button>
        </Form>
      ) : (
        <p>{t('appointments.taken.none')}</p>
      )}
      <p>
        <a href={bookingHref(requestId, { with: withIds, replaces })}>{t('appointments.taken.calendar')}</a>
      </p>
    </Layout>
  );
}

/** Too many booking actions in the hour: nothing is lost, try again later. */
export function TooManyPage({ resetAt, timeZone, back }: { resetAt: Date; timeZone: string; back: string }) {
  const { t, locale } = useView();
  const title = t('appointments.tooMany.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t('appointments.tooMany.body')}</p>
      <p>
        {t('appointments.tooMany.again', {
          time: localTime(resetAt, locale, timeZone),
          zone: zoneName(resetAt, locale, timeZone),
        })}
      </p>
      <p>
        <a href={back}>{t('appointments.tooMany.back')}</a>
      </p>
    </Layout>
  );
}
