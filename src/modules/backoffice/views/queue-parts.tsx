import { formatDate } from '../../../platform/i18n/dates.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import { Button, Form, StatusTag, Table, useView } from '../../../ui/index.ts';
import { StateTag, TrackingCode } from '../../requests/views/parts.tsx';
import type { QueueEntry, Sla } from '../review-service.ts';

/** "12 days" in the page's digits. */
export const daysText = (t: Translate, days: number) =>
  t(days === 1 ? 'backoffice.days.one' : 'backoffice.days.other', { days });

/** Days waiting, and against the service's targets a tag that says it in words (never colour alone). */
export function SlaTag({ sla }: { sla: Sla }) {
  const { t } = useView();
  return (
    <span class="sla">
      <span class="sla__days">{daysText(t, sla.days)}</span>
      {sla.tone ? <StatusTag tone={sla.tone}>{t(`backoffice.sla.${sla.tone}`)}</StatusTag> : null}
    </span>
  );
}

/** The officer takes a request from the list; they come back to the same page of the queue. */
export function AssignToMe({ id, code, back }: { id: string; code: string; back?: string }) {
  const { t } = useView();
  return (
    <Form action={`/staff/requests/${id}/assign`}>
      <input type="hidden" name="to" value="me" />
      {back ? <input type="hidden" name="back" value={back} /> : null}
      <Button variant="secondary">
        {t('backoffice.assign.me')}
        <span class="visually-hidden">
          {' '}
          <TrackingCode code={code} />
        </span>
      </Button>
    </Form>
  );
}

/** Requests as a table: tracking code (to the review), service, applicant, state, waiting, who has it. */
export function RequestTable({
  caption,
  entries,
  back,
  timeZone,
}: {
  caption: string;
  entries: QueueEntry[];
  /** Where "assign to me" returns to (the request itself when unset). */
  back?: string;
  timeZone: string;
}) {
  const { t, locale } = useView();
  return (
    <Table
      caption={caption}
      captionSize="m"
      head={[
        { text: t('backoffice.queue.col.trackingCode') },
        { text: t('backoffice.queue.col.service') },
        { text: t('backoffice.queue.col.applicant') },
        { text: t('backoffice.queue.col.state') },
        { text: t('backoffice.queue.col.submitted') },
        { text: t('backoffice.queue.col.waiting') },
        { text: t('backoffice.queue.col.assigned') },
      ]}
      rows={entries.map((e) => [
        <a href={`/staff/requests/${e.id}`} key="code">
          <TrackingCode code={e.trackingCode} />
        </a>,
        e.service?.name[locale] ?? e.serviceId,
        <bdi key="name">{`${e.firstName} ${e.lastName}`}</bdi>,
        <StateTag state={e.state} key="state" />,
        formatDate(e.submittedAt, locale, { timeZone }),
        <SlaTag sla={e.sla} key="sla" />,
        e.assignedTo ? (
          <bdi key="who">{e.assigneeName ?? t('backoffice.assign.someone')}</bdi>
        ) : (
          <div key="who" class="queue__nobody">
            <span class="hint">{t('backoffice.queue.nobody')}</span>
            <AssignToMe id={e.id} code={e.trackingCode} back={back} />
          </div>
        ),
      ])}
    />
  );
}
