import { formatDate } from '../../../platform/i18n/dates.ts';
import {
  Button,
  ButtonGroup,
  Code,
  ErrorSummary,
  type FieldError,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  SummaryList,
  Textarea,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import { formatCode } from '../numbers.ts';
import type { StaffDocument } from '../service.ts';
import { DocumentBody, IssuedStateTag } from './parts.tsx';

export type DocumentFlash = 'prepared' | 'approved' | 'withdrawn' | 'revoked';

/**
 * One issued document for staff: its state and history, the document itself, and what this person may do with
 * it — approve (never their own), withdraw (their own, before approval), revoke (a supervisor), print.
 */
export function StaffDocumentPage({
  doc,
  flash,
  errors = [],
  reason,
}: {
  doc: StaffDocument;
  flash?: DocumentFlash;
  errors?: FieldError[];
  /** What was typed as the reason for revoking, when it comes back with an error. */
  reason?: string;
}) {
  const { t, locale } = useView();
  const { row, consulate } = doc;
  const tz = consulate.timeZone;
  const when = (d: Date) => formatDate(d, locale, { timeZone: tz, time: true });
  const title = t('verification.staff.title', { number: row.number });
  const reasonError = errors.find((e) => e.field === 'reason')?.message;
  return (
    <Layout title={title} width="wide" backLink={{ href: '/staff/issuing' }} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} />
      {flash ? (
        <NotificationBanner type="success">
          <p>{t(`verification.flash.${flash}`)}</p>
        </NotificationBanner>
      ) : null}
      <span class="caption-l">{doc.content.title[locale]}</span>
      <h1>
        <Code value={row.number} /> <IssuedStateTag state={row.state} />
      </h1>
      <SummaryList
        rows={[
          { key: t('verification.doc.code'), value: <Code value={formatCode(doc.code)} /> },
          {
            key: t('verification.staff.preparedBy'),
            value: `${doc.names.preparedBy} — ${when(row.preparedAt)}`,
          },
          ...(row.issuedAt && doc.names.approvedBy
            ? [
                {
                  key: t('verification.staff.approvedBy'),
                  value: `${doc.names.approvedBy} — ${when(row.issuedAt)}`,
                },
              ]
            : []),
          ...(row.revokedAt
            ? [
                {
                  key: t('verification.staff.revokedBy'),
                  value: `${doc.names.revokedBy ?? ''} — ${when(row.revokedAt)}`,
                },
                { key: t('verification.staff.revokeReason'), value: <bdi>{row.revokeReason ?? ''}</bdi> },
              ]
            : []),
          ...(row.keyId ? [{ key: t('verification.staff.key'), value: <Code value={row.keyId} /> }] : []),
        ]}
      />
      {doc.may.openRequest ? (
        <p>
          <a href={`/staff/requests/${row.requestId}`}>{t('verification.staff.request')}</a>
        </p>
      ) : null}
      <div id="actions">
        {doc.ownDocument ? <InsetText>{t('verification.staff.ownDocument')}</InsetText> : null}
        {doc.may.print ? (
          <ButtonGroup>
            <Button href={`/staff/issued/${row.id}/print`} variant="secondary">
              {t('verification.staff.print')}
            </Button>
            <a href={`/staff/issued/${row.id}/pdf`}>{t('verification.staff.pdf')}</a>
          </ButtonGroup>
        ) : null}
        {doc.may.approve ? (
          <Form action={`/staff/issued/${row.id}/approve`}>
            <p>{t('verification.staff.approveLead')}</p>
            <Button>{t('verification.staff.approve')}</Button>
          </Form>
        ) : null}
        {doc.may.withdraw ? (
          <Form action={`/staff/issued/${row.id}/withdraw`}>
            <Button variant="secondary">{t('verification.staff.withdraw')}</Button>
          </Form>
        ) : null}
        {row.state === 'revoked' && doc.may.openRequest ? (
          <p>
            <a href={`/staff/requests/${row.requestId}/issue`}>{t('verification.staff.replace')}</a>
          </p>
        ) : null}
      </div>
      <DocumentBody
        content={doc.content}
        meta={[
          { label: t('verification.doc.number'), value: row.number, ltr: true },
          ...(row.issuedAt
            ? [
                {
                  label: t('verification.doc.issued'),
                  value: formatDate(row.issuedAt, locale, { timeZone: tz }),
                },
              ]
            : []),
        ]}
      />
      {doc.may.revoke ? (
        <section class="issued-revoke" aria-labelledby="revoke-title">
          <h2 id="revoke-title" class="heading-m">
            {t('verification.revoke.title')}
          </h2>
          <WarningText>{t('verification.revoke.warning')}</WarningText>
          <Form action={`/staff/issued/${row.id}/revoke`}>
            <Textarea
              name="reason"
              label={t('verification.revoke.reason')}
              hint={t('verification.revoke.hint')}
              value={reason}
              error={reasonError}
              maxlength={500}
              rows={3}
            />
            <Button variant="warning">{t('verification.revoke.submit')}</Button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}
