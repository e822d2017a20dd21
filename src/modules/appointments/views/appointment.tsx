import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Button, Form, InsetText, Layout, Panel, useView, WarningText } from '../../../ui/index.ts';
import type { AppointmentView } from '../service.ts';
import { AppointmentFacts, bookingHref, LocalTimeText, mainRequestOf } from './parts.tsx';
import { localTime, longDate } from './when.ts';

export type AppointmentFlash = 'confirmed' | 'rescheduled';

/** Where to book again or choose another time: the booking page of the visit's requests. */
export function againHref(a: AppointmentView, replaces?: string): string {
  const main = mainRequestOf(a);
  if (!main) return '/account';
  return bookingHref(main.id, {
    with: a.requests.filter((r) => r.id !== main.id).map((r) => r.id),
    ...(replaces ? { replaces } : {}),
  });
}

/** The originals to bring: each service's documents, once, by their names. */
function Originals({ a }: { a: AppointmentView }) {
  const { t, locale } = useView();
  const names = new Set<string>();
  for (const r of a.requests) {
    for (const kind of r.service.documents.profile) names.add(t(`documents.kind.${kind}` as MessageKey));
    for (const d of r.service.documents.request) if (!d.showIf) names.add(d.label[locale]);
  }
  return (
    <section aria-labelledby="bring-title">
      <h2 id="bring-title">{t('appointments.view.bring.title')}</h2>
      <p>{t('appointments.view.bring.intro')}</p>
      <ul>
        {[...names].map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p>{t('appointments.view.bring.codes')}</p>
    </section>
  );
}

/** An appointment as its applicant sees it: the confirmation after booking, and the page to come back to. */
export function AppointmentPage({
  a,
  flash,
  reschedulesLeft,
  now,
}: {
  a: AppointmentView;
  flash?: AppointmentFlash;
  reschedulesLeft: number;
  now: Date;
}) {
  const { t, locale } = useView();
  const upcoming = a.state === 'active' && a.startsAt.getTime() > now.getTime();
  const main = mainRequestOf(a);
  const title = t('appointments.view.title');
  return (
    <Layout
      title={flash ? t(`appointments.view.${flash}.title`) : title}
      backLink={main ? { href: `/requests/${main.id}` } : undefined}
    >
      {flash ? (
        <Panel title={t(`appointments.view.${flash}.title`)}>
          {longDate(a.startsAt, locale, a.consulate.timeZone)}
          <br />
          {localTime(a.startsAt, locale, a.consulate.timeZone)}
        </Panel>
      ) : (
        <h1>{title}</h1>
      )}
      {flash ? <p>{t('appointments.view.emailed')}</p> : null}
      {a.state !== 'active' ? <p>{t(`appointments.view.state.${a.state}` as MessageKey)}</p> : null}
      {flash ? <h2>{t('appointments.view.details')}</h2> : null}
      <AppointmentFacts a={a} state={!flash} />

      {upcoming ? (
        <>
          <Originals a={a} />
          <section aria-labelledby="calendar-file-title">
            <h2 id="calendar-file-title">{t('appointments.view.calendar.title')}</h2>
            <p>
              <a href={`/appointments/${a.id}/calendar.ics`} download="appointment.ics">
                {t('appointments.view.calendar.link')}
              </a>
            </p>
            <p class="hint">{t('appointments.view.calendar.hint')}</p>
          </section>
          <section aria-labelledby="change-title" class="no-print">
            <h2 id="change-title">{t('appointments.view.change.title')}</h2>
            {reschedulesLeft > 0 ? (
              <>
                <p>{t('appointments.view.change.moves', { n: reschedulesLeft })}</p>
                <p>
                  <a href={againHref(a, a.id)}>{t('appointments.view.change.move')}</a>
                </p>
              </>
            ) : (
              <p>{t('appointments.view.change.noMoves')}</p>
            )}
            <p>{t('appointments.view.change.cancelHint')}</p>
            <p>
              <a href={`/appointments/${a.id}/cancel`}>{t('appointments.view.change.cancel')}</a>
            </p>
          </section>
        </>
      ) : null}
      {a.state === 'cancelled' || a.state === 'expired' ? (
        <p>
          <a href={againHref(a)}>{t('appointments.view.bookAgain')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** A held time: confirm it before the hold lapses, or give it back and choose another. */
export function ConfirmPage({
  a,
  now,
  replacing,
}: {
  a: AppointmentView;
  now: Date;
  /** The appointment this one moves, let go on confirming. */
  replacing?: AppointmentView;
}) {
  const { t, locale } = useView();
  const offer = !!a.waitlistId;
  const until = a.heldUntil ?? now;
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const title = offer ? t('appointments.confirm.offerTitle') : t('appointments.confirm.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <WarningText>
        {t('appointments.confirm.held', { minutes })}{' '}
        <LocalTimeText start={until} timeZone={a.consulate.timeZone} />. {t('appointments.confirm.lapse')}
      </WarningText>
      <AppointmentFacts a={a} />
      {replacing ? (
        <InsetText>
          {t('appointments.confirm.replaces', {
            date: longDate(replacing.startsAt, locale, replacing.consulate.timeZone),
            time: localTime(replacing.startsAt, locale, replacing.consulate.timeZone),
          })}
        </InsetText>
      ) : null}
      <Form action={`/appointments/${a.id}/confirm`}>
        <Button>{replacing ? t('appointments.confirm.submitMove') : t('appointments.confirm.submit')}</Button>
      </Form>
      <Form action={`/appointments/${a.id}/release`}>
        <p class="hint">
          {offer ? t('appointments.confirm.offerDecline') : t('appointments.confirm.anotherHint')}
        </p>
        <Button variant="secondary">
          {offer ? t('appointments.confirm.decline') : t('appointments.confirm.another')}
        </Button>
      </Form>
    </Layout>
  );
}

/** The hold ran out before it was confirmed: the time went back to everyone. */
export function ExpiredPage({ a }: { a: AppointmentView }) {
  const { t } = useView();
  const title = t('appointments.expired.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t(a.waitlistId ? 'appointments.expired.offerBody' : 'appointments.expired.body')}</p>
      <Button href={againHref(a, a.replacesId ?? undefined)}>{t('appointments.expired.again')}</Button>
    </Layout>
  );
}

/** Are you sure: the time goes to someone else. */
export function CancelPage({ a }: { a: AppointmentView }) {
  const { t } = useView();
  const title = t('appointments.cancel.title');
  return (
    <Layout title={title} backLink={{ href: `/appointments/${a.id}` }}>
      <h1>{title}</h1>
      <AppointmentFacts a={a} />
      <WarningText>{t('appointments.cancel.warning')}</WarningText>
      <Form action={`/appointments/${a.id}/cancel`}>
        <Button variant="warning">{t('appointments.cancel.submit')}</Button>
      </Form>
      <p>
        <a href={`/appointments/${a.id}`}>{t('appointments.cancel.keep')}</a>
      </p>
    </Layout>
  );
}
