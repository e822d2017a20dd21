import { formatDate } from '../../../platform/i18n/dates.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Caption,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  SummaryList,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import type { AppointmentView } from '../../appointments/service.ts';
import type { Page } from '../../catalog/definition.ts';
import { formatMoney } from '../../catalog/fees.ts';
import { answerText, isShown } from '../fields.tsx';
import { COMPOSED_TEXT, type RequestView } from '../service.ts';
import { availableTransitions } from '../states.ts';
import type { EventRow } from '../store.ts';
import { ComposedText, ReceiptLinks, StateTag, TrackingCode } from './parts.tsx';

const actorKind = (actor: string) =>
  actor.startsWith('applicant:') ? 'applicant' : actor.startsWith('staff:') ? 'officer' : 'system';

/** A request as its applicant follows it: where it stands, what happens next, what to fix, and its history. */
export function RequestPage({
  request,
  pages,
  events,
  timeZone,
  draftDays,
  continueHref,
  appointment,
  needsVisit,
}: {
  /** The request's live appointment (a hold only while it lasts). */
  appointment?: AppointmentView;
  /** The request is submitted, still open, and its service has the applicant come in. */
  needsVisit?: boolean;
  /** Where a draft picks up again. */
  continueHref?: string;
  request: RequestView;
  pages: Page[];
  events: EventRow[];
  timeZone: string;
  draftDays: number;
}) {
  const { t, locale } = useView();
  const title = request.service.name[locale];
  const canCancel = availableTransitions(request.state, request.service.outcome, 'applicant').includes(
    'cancel',
  );
  const correction = request.state === 'needs_correction' ? request.correction : null;
  const fieldLabel = (id: string) =>
    pages.flatMap((p) => p.fields).find((f) => f.id === id)?.label[locale] ?? id;
  const docLabel = (kind: string) =>
    request.service.documents.request.find((d) => d.kind === kind)?.label[locale] ?? kind;
  const date = (d: Date, time = false) => formatDate(d, locale, { time, timeZone });
  return (
    <Layout title={title} width="narrow" backLink={{ href: '/account' }}>
      <Caption>{t('requests.view.service')}</Caption>
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: t('requests.view.status'), value: <StateTag state={request.state} /> },
          ...(request.trackingCode
            ? [{ key: t('requests.view.trackingCode'), value: <TrackingCode code={request.trackingCode} /> }]
            : []),
          ...(request.submittedAt
            ? [{ key: t('requests.view.submitted'), value: date(request.submittedAt) }]
            : []),
          ...(request.feeAmount && request.feeCurrency && Number(request.feeEur) > 0
            ? [
                {
                  key: t('requests.view.fee'),
                  value: `${t('requests.check.feeValue', {
                    amount: formatMoney(request.feeAmount, request.feeCurrency, locale),
                    euro: formatMoney(request.feeEur ?? '0', 'EUR', locale),
                  })} — ${request.feePaidAt ? t('requests.view.feePaid') : t('requests.view.feeDue')}`,
                },
              ]
            : []),
        ]}
      />
      <p>{t(`requests.next.${request.state}` as MessageKey)}</p>

      {correction ? (
        <NotificationBanner title={t('requests.view.correction.title')}>
          <p class="timeline__message">{correction.message}</p>
          <WarningText>
            {t('requests.view.correction.deadline', { date: date(new Date(correction.deadline)) })}
          </WarningText>
          {correction.fields.length > 0 ? (
            <>
              <p>{t('requests.view.correction.fields')}</p>
              <ul>
                {correction.fields.map((f) => (
                  <li key={f}>{fieldLabel(f)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {correction.documents.length > 0 ? (
            <>
              <p>{t('requests.view.correction.documents')}</p>
              <ul>
                {correction.documents.map((k) => (
                  <li key={k}>{docLabel(k)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <Button href={`/requests/${request.id}/check`}>{t('requests.view.correction.start')}</Button>
        </NotificationBanner>
      ) : null}

      {request.state === 'draft' ? (
        <>
          <Button href={continueHref ?? `/requests/${request.id}/check`}>
            {t('requests.view.continue')}
          </Button>
          <InsetText>{t('requests.view.draftExpires', { days: draftDays })}</InsetText>
        </>
      ) : null}

      <Appointment request={request} appointment={appointment} needsVisit={needsVisit} />

      <YourDocument request={request} />

      {request.trackingCode ? (
        <>
          <h2>{t('requests.view.receipt')}</h2>
          <ReceiptLinks requestId={request.id} />
        </>
      ) : null}

      {events.length > 0 ? (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('requests.view.timeline')}</h2>
          <ol class="timeline">
            {[...events].reverse().map((e) => (
              <li key={e.id} class="timeline__item">
                <h3 class="timeline__title">
                  <StateTag state={e.toState} />
                </h3>
                <p class="timeline__meta">
                  <time datetime={e.at.toISOString()}>{date(e.at, true)}</time> ·{' '}
                  {t(`requests.view.by.${actorKind(e.actor)}` as MessageKey)}
                </p>
                {e.message ? <p class="timeline__message">{e.message}</p> : null}
                {e.deadline ? (
                  <p class="hint">{t('requests.view.timelineDeadline', { date: date(e.deadline) })}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {request.service.composedText && request.answers[COMPOSED_TEXT] ? (
        <>
          <h2>{t('requests.text.title')}</h2>
          <ComposedText text={request.answers[COMPOSED_TEXT]} />
        </>
      ) : null}

      <h2>{t('requests.view.answers')}</h2>
      {pages.map((page) => {
        const rows = page.fields
          .filter((f) => isShown(f.showIf, request.answers) && request.answers[f.id] !== undefined)
          .map((f) => ({ key: f.label[locale], value: answerText(f, request.answers[f.id]!, locale) }));
        return rows.length > 0 ? (
          <section key={page.id}>
            <h3 class="heading-s">{page.title[locale]}</h3>
            <SummaryList rows={rows} />
          </section>
        ) : null;
      })}

      {canCancel || request.state === 'draft' ? (
        <Form action={`/requests/${request.id}/cancel`}>
          {request.state === 'draft' ? null : <p class="hint">{t('requests.view.cancelHint')}</p>}
          <Button variant="warning">
            {request.state === 'draft' ? t('requests.view.deleteDraft') : t('requests.view.cancel')}
          </Button>
        </Form>
      ) : null}
    </Layout>
  );
}

/**
 * Where an issued document (counter or online service) is seen and downloaded. Shown for every issued or completed
 * request of such a service: the document's own page says what exists (or that it was revoked).
 */
function YourDocument({ request }: { request: RequestView }) {
  const { t } = useView();
  const issued = request.state === 'issued' || request.state === 'completed';
  if (!issued || !['counter', 'online'].includes(request.service.outcome)) return null;
  return (
    <section aria-labelledby="document-title">
      <h2 id="document-title">{t('requests.view.document.title')}</h2>
      <p>{t('requests.view.document.body')}</p>
      <p>
        <a href={`/requests/${request.id}/document`}>{t('requests.view.document.link')}</a>
      </p>
    </section>
  );
}

/** The visit to the consulate: the appointment booked for this request, or the way to book one. */
function Appointment({
  request,
  appointment,
  needsVisit,
}: {
  request: RequestView;
  appointment?: AppointmentView;
  needsVisit?: boolean;
}) {
  const { t, locale } = useView();
  if (!appointment && !needsVisit) return null;
  return (
    <section aria-labelledby="appointment-title">
      <h2 id="appointment-title">{t('appointments.request.title')}</h2>
      {appointment?.state === 'active' ? (
        <>
          <p>
            <time datetime={appointment.startsAt.toISOString()}>
              {formatDate(appointment.startsAt, locale, {
                time: true,
                timeZone: appointment.consulate.timeZone,
              })}
            </time>{' '}
            ({zoneName(appointment.startsAt, locale, appointment.consulate.timeZone)})
          </p>
          <p>
            <a href={`/appointments/${appointment.id}`}>{t('appointments.request.see')}</a>
          </p>
        </>
      ) : appointment ? (
        <>
          <p>{t('appointments.request.held')}</p>
          <Button href={`/appointments/${appointment.id}/confirm`}>
            {t('appointments.request.confirm')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('appointments.request.needs')}</p>
          <Button
            href={`/requests/${request.id}/appointment`}
            variant={request.state === 'needs_correction' ? 'secondary' : 'primary'}
          >
            {t('appointments.request.book')}
          </Button>
        </>
      )}
    </section>
  );
}

/** The consulate's zone as the page's language names it on that day (it changes with summer time). */
function zoneName(at: Date, locale: 'fa' | 'en', timeZone: string): string {
  return (
    new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', { timeZone, timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}
