import { formatDate } from '../../../platform/i18n/dates.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Code,
  ErrorSummary,
  Form,
  InsetText,
  Layout,
  Table,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import type { RequestView } from '../../requests/service.ts';
import type { IssuedContent } from '../content.ts';
import type { IssuedDocumentRow } from '../schema.ts';
import type { Missing } from '../service.ts';
import { DocumentBody, IssuedStateTag } from './parts.tsx';

/**
 * The document a request would be issued as, before anything is numbered or signed: what is still missing (instead
 * of the button), or the button that prepares it for a second person's approval.
 */
export function IssuePreviewPage({
  request,
  content,
  missing,
  live,
  documents,
  timeZone,
  raced,
}: {
  request: Pick<RequestView, 'id' | 'trackingCode' | 'state' | 'service'>;
  content: IssuedContent;
  missing: Missing[];
  live: IssuedDocumentRow | undefined;
  documents: IssuedDocumentRow[];
  timeZone: string;
  /** The prepare button was pressed but something was missing by then. */
  raced?: boolean;
}) {
  const { t, locale } = useView();
  const title = t('verification.preview.title');
  const errors = raced
    ? missing.map((m) => ({ field: m, message: t(`verification.missing.${m}`), href: '#missing' }))
    : [];
  return (
    <Layout title={title} width="wide" backLink={{ href: `/staff/requests/${request.id}` }} hasErrors={raced}>
      <ErrorSummary errors={errors} />
      <span class="caption-l">
        {request.service.name[locale]} — <Code value={request.trackingCode ?? ''} tracking />
      </span>
      <h1>{title}</h1>
      {live ? (
        <InsetText>
          <p>
            {t('verification.preview.live', { number: live.number })} <IssuedStateTag state={live.state} />
          </p>
          <p>
            <a href={`/staff/issued/${live.id}`}>{t('verification.preview.open')}</a>
          </p>
        </InsetText>
      ) : missing.length > 0 ? (
        <div id="missing">
          <WarningText>{t('verification.preview.cannot')}</WarningText>
          <ul>
            {missing.map((m) => (
              <li key={m}>
                {m === 'approved'
                  ? t('verification.missing.approved.state', {
                      state: t(`requests.state.${request.state}` as MessageKey),
                    })
                  : t(`verification.missing.${m}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p>{t('verification.preview.lead')}</p>
          <Form action={`/staff/requests/${request.id}/issue`}>
            <Button>{t('verification.preview.prepare')}</Button>
          </Form>
        </>
      )}
      <DocumentBody
        content={content}
        meta={[{ label: t('verification.doc.number'), value: t('verification.preview.numberLater') }]}
      />
      {documents.length > 0 ? (
        <Table
          caption={t('verification.preview.history')}
          head={[
            { text: t('verification.doc.number') },
            { text: t('verification.list.state') },
            { text: t('verification.list.preparedAt') },
          ]}
          rows={documents.map((d) => [
            <a href={`/staff/issued/${d.id}`} key="n">
              <Code value={d.number} />
            </a>,
            <IssuedStateTag state={d.state} key="s" />,
            formatDate(d.preparedAt, locale, { timeZone, time: true }),
          ])}
        />
      ) : null}
    </Layout>
  );
}
