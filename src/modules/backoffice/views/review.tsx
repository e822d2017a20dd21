import { formatDate } from '../../../platform/i18n/dates.ts';
import {
  Button,
  Caption,
  ErrorSummary,
  type FieldError,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  SummaryList,
  type SummaryRow,
  Textarea,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import {
  consulateName,
  countryName,
  formatBirthDate,
  Identifier,
  Lines,
  Phone,
} from '../../accounts/views/parts.tsx';
import { formatMoney } from '../../catalog/fees.ts';
import { answerText, isShown } from '../../requests/fields.tsx';
import { COMPOSED_TEXT, type RequestView } from '../../requests/service.ts';
import type { TransitionName } from '../../requests/states.ts';
import { ComposedText, StateTag, TrackingCode } from '../../requests/views/parts.tsx';
import type { ActionState, ReviewData } from '../review-service.ts';
import { SlaTag } from './queue-parts.tsx';
import { ActionForms, AssignmentForms } from './review-actions.tsx';
import { DocumentPreview, documentLabel, thumbnailHref } from './review-documents.tsx';
import { NotesList, Timeline, VersionChanges } from './review-history.tsx';

/** What the page says after an action went through (POST → 303 → this page). */
export const DONE = [
  'note',
  'assigned',
  'start_review',
  'return_for_correction',
  'approve',
  'reject',
  'send_to_iran',
  'mark_ready',
  'mark_posted',
  'complete',
] as const;
export type Done = (typeof DONE)[number];

export type ReviewPageProps = {
  request: RequestView;
  data: ReviewData;
  me: string;
  /** Each action's form as it is to be shown (blank, or sent back with errors). */
  actions: Map<TransitionName, ActionState>;
  note?: { text: string; error?: string };
  assignError?: string;
  /** A crafted or outdated action: said at the top. */
  formError?: string;
  done?: Done;
};

/** A request as an officer reviews it: who, what they answered and sent, what changed, what happened, and what to do. */
export function ReviewPage(props: ReviewPageProps) {
  const { request: r, data, me, actions, note, assignError, formError, done } = props;
  const { t, locale } = useView();
  const tz = data.timeZone;
  const date = (d: Date, time = false) => formatDate(d, locale, { timeZone: tz, time });
  const a = data.applicant;
  const errors: FieldError[] = [
    ...(formError ? [{ field: 'actions', message: formError, href: '#actions-title' }] : []),
    ...[...actions.values()].flatMap((s) =>
      Object.entries(s.errors).flatMap(([field, key]) => (key ? [{ field, message: t(key) }] : [])),
    ),
    ...(note?.error ? [{ field: 'note', message: note.error }] : []),
    ...(assignError ? [{ field: 'to', message: assignError, href: '#assignment-title' }] : []),
  ];
  const latestChange = data.versions.length > 1 ? data.versions[data.versions.length - 1] : undefined;
  const correction = r.state === 'needs_correction' ? r.correction : null;
  const fieldLabel = (id: string) =>
    id === COMPOSED_TEXT
      ? t('backoffice.versions.composedText')
      : (r.service.pages.flatMap((p) => p.fields).find((f) => f.id === id)?.label[locale] ?? id);
  const canIssue =
    r.state === 'approved' && (r.service.outcome === 'counter' || r.service.outcome === 'online');

  const summary: SummaryRow[] = [
    { key: t('backoffice.review.state'), value: <StateTag state={r.state} /> },
    { key: t('backoffice.review.trackingCode'), value: <TrackingCode code={r.trackingCode ?? ''} /> },
    ...(data.consulate
      ? [{ key: t('backoffice.review.consulate'), value: consulateName(data.consulate, locale) }]
      : []),
    ...(r.submittedAt ? [{ key: t('backoffice.review.submitted'), value: date(r.submittedAt, true) }] : []),
    { key: t('backoffice.review.waiting'), value: <SlaTag sla={data.sla} /> },
    {
      key: t('backoffice.review.assigned'),
      value: r.assignedTo ? (
        <bdi>{data.assigneeName ?? t('backoffice.assign.someone')}</bdi>
      ) : (
        t('backoffice.assign.nobody')
      ),
    },
    ...(r.feeAmount && r.feeCurrency && Number(r.feeEur) > 0
      ? [
          {
            key: t('backoffice.review.fee'),
            value: `${formatMoney(r.feeAmount, r.feeCurrency, locale)} — ${
              r.feePaidAt ? t('backoffice.review.feePaid') : t('backoffice.review.feeDue')
            }`,
          },
        ]
      : []),
  ];

  const applicantRows: SummaryRow[] = a
    ? [
        { key: t('backoffice.applicant.name'), value: `${a.identity.firstName} ${a.identity.lastName}` },
        { key: t('backoffice.applicant.fatherName'), value: a.identity.fatherName },
        { key: t('backoffice.applicant.birthDate'), value: formatBirthDate(a.identity.birthDate, locale) },
        { key: t('backoffice.applicant.nationalCode'), value: <Identifier value={a.nationalCode} /> },
        {
          key: t('backoffice.applicant.email'),
          value: (
            <bdi dir="ltr" class="code">
              {a.email}
            </bdi>
          ),
        },
        ...(a.phone ? [{ key: t('backoffice.applicant.phone'), value: <Phone value={a.phone} /> }] : []),
        ...(a.residence
          ? [
              {
                key: t('backoffice.applicant.residence'),
                value: (
                  <>
                    <Lines text={a.residence.address} />
                    <br />
                    {t('backoffice.applicant.place', {
                      city: a.residence.city,
                      country: countryName(a.residence.country, locale),
                    })}
                  </>
                ),
              },
            ]
          : []),
      ]
    : [];

  return (
    <Layout
      title={t('backoffice.review.title', { service: r.service.name[locale] })}
      width="wide"
      hasErrors={errors.length > 0}
      backLink={{ href: '/staff/queue', label: t('backoffice.review.back') }}
    >
      <ErrorSummary errors={errors} />
      {done ? (
        <NotificationBanner type="success">
          <p>{t(`backoffice.done.${done}`)}</p>
        </NotificationBanner>
      ) : null}
      <Caption>{r.service.name[locale]}</Caption>
      <h1 class="heading-l">
        {t('backoffice.review.heading')} <TrackingCode code={r.trackingCode ?? ''} />
      </h1>
      <SummaryList rows={summary} />
      <ul class="review-links">
        <li>
          <a href={`/staff/counter/${r.id}`}>{t('backoffice.review.counter')}</a>
        </li>
        {canIssue ? (
          <li>
            <a href={`/staff/requests/${r.id}/issue`}>{t('backoffice.review.issue')}</a>
          </li>
        ) : null}
      </ul>

      {latestChange && r.state === 'resubmitted' ? (
        <InsetText>
          <p>
            {t('backoffice.review.resubmitted')}{' '}
            <a href={`#version-${latestChange.n}`}>{t('backoffice.review.seeChanges')}</a>
          </p>
        </InsetText>
      ) : null}
      {correction ? (
        <NotificationBanner title={t('backoffice.review.correction')}>
          <p class="timeline__message">{correction.message}</p>
          <WarningText>
            {t('backoffice.review.correctionDeadline', { date: date(new Date(correction.deadline)) })}
          </WarningText>
          <ul>
            {correction.fields.map((f) => (
              <li key={f}>{fieldLabel(f)}</li>
            ))}
            {correction.documents.map((k) => (
              <li key={k}>{documentLabel(k, data.requestDocuments, t, locale)}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}

      <section aria-labelledby="applicant-title">
        <h2 class="heading-m" id="applicant-title">
          {t('backoffice.applicant.title')}
        </h2>
        <div class="review-applicant">
          {data.photo?.hasThumbnail ? (
            <img
              class="review-applicant__photo"
              src={thumbnailHref(data.photo.id)}
              alt={t('backoffice.applicant.photo')}
              width={120}
            />
          ) : null}
          {a ? <SummaryList rows={applicantRows} /> : <p>{t('backoffice.applicant.missing')}</p>}
        </div>
      </section>

      <section aria-labelledby="answers-title">
        <h2 class="heading-m" id="answers-title">
          {t('backoffice.review.answers')}
        </h2>
        {data.pages.map((page) => {
          const rows = page.fields
            .filter((f) => isShown(f.showIf, r.answers) && r.answers[f.id] !== undefined)
            .map((f) => ({ key: f.label[locale], value: answerText(f, r.answers[f.id], locale) }));
          return rows.length > 0 ? (
            <section key={page.id}>
              <h3 class="heading-s">{page.title[locale]}</h3>
              <SummaryList rows={rows} />
            </section>
          ) : null;
        })}
        {r.service.composedText ? (
          <section>
            <h3 class="heading-s">{t('backoffice.versions.composedText')}</h3>
            <ComposedText text={r.answers[COMPOSED_TEXT]} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="documents-title">
        <h2 class="heading-m" id="documents-title">
          {t('backoffice.documents.title')}
        </h2>
        {data.documents.length > 0 ? (
          <div class="review-documents">
            {data.documents.map((d) => (
              <DocumentPreview
                key={d.id}
                document={d}
                label={documentLabel(d.kind, r.service.documents.request, t, locale)}
              />
            ))}
          </div>
        ) : (
          <p>{t('backoffice.documents.none')}</p>
        )}
      </section>

      {data.versions.length > 1 ? (
        <section aria-labelledby="versions-title">
          <h2 class="heading-m" id="versions-title">
            {t('backoffice.versions.title')}
          </h2>
          {[...data.versions]
            .slice(1)
            .reverse()
            .map((v) => (
              <VersionChanges
                key={v.n}
                version={v}
                requestDocuments={r.service.documents.request}
                timeZone={tz}
              />
            ))}
        </section>
      ) : null}

      <section aria-labelledby="timeline-title">
        <h2 class="heading-m" id="timeline-title">
          {t('backoffice.timeline.title')}
        </h2>
        <Timeline entries={data.timeline} timeZone={tz} />
      </section>

      <section aria-labelledby="notes-title">
        <h2 class="heading-m" id="notes-title">
          {t('backoffice.notes.title')}
        </h2>
        <p class="hint">{t('backoffice.notes.private')}</p>
        <NotesList notes={data.notes} timeZone={tz} />
        <Form action={`/staff/requests/${r.id}/notes`}>
          <Textarea
            name="note"
            label={t('backoffice.notes.add')}
            value={note?.text}
            error={note?.error}
            rows={3}
          />
          <Button variant="secondary">{t('backoffice.notes.save')}</Button>
        </Form>
      </section>

      <section aria-labelledby="assignment-title">
        <h2 class="heading-m" id="assignment-title">
          {t('backoffice.assign.title')}
        </h2>
        <AssignmentForms
          request={r}
          me={me}
          supervises={data.supervises}
          officers={data.officers}
          assigneeName={data.assigneeName}
          error={assignError}
        />
      </section>

      <section aria-labelledby="actions-title">
        <h2 class="heading-m" id="actions-title">
          {t('backoffice.action.title')}
        </h2>
        <ActionForms
          request={r}
          transitions={data.transitions}
          pages={data.pages}
          requestDocuments={data.requestDocuments}
          states={actions}
        />
      </section>
    </Layout>
  );
}
