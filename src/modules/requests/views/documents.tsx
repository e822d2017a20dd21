import { Button, Caption, ErrorSummary, Layout, type Task, TaskList, useView } from '../../../ui/index.ts';
import type { RequestDocument } from '../../catalog/definition.ts';
import type { KindRules } from '../../documents/rules.ts';
import type { DocumentView } from '../../documents/service.ts';
import { documentTask } from '../../documents/views/parts.tsx';
import { CurrentFile, UploadForm } from '../../documents/views/upload.tsx';
import type { RequestView } from '../service.ts';

/** The documents a request asks for, each with its status and its own upload page. */
export function RequestDocumentsPage({
  request,
  needed,
  attached,
  next,
}: {
  request: RequestView;
  needed: RequestDocument[];
  attached: Map<string, DocumentView>;
  next: string;
}) {
  const { t, locale } = useView();
  const title = t('requests.documents.title');
  const tasks: Task[] = needed.map((d) => {
    return documentTask(attached.get(d.kind), t, {
      label: d.label[locale],
      hint: d.hint[locale],
      href: `/requests/${request.id}/documents/${d.kind}`,
    });
  });
  return (
    <Layout title={title} backLink={{ href: `/requests/${request.id}` }}>
      <Caption>{request.service.name[locale]}</Caption>
      <h1>{title}</h1>
      <p>{t('requests.documents.lead')}</p>
      <TaskList items={tasks} />
      <Button href={next}>{t('requests.documents.continue')}</Button>
    </Layout>
  );
}

/** One document of a request: what it is, the file given so far, and the upload form. */
export function RequestDocumentPage({
  request,
  need,
  rules,
  document,
  error,
}: {
  request: RequestView;
  need: RequestDocument;
  rules: KindRules;
  document?: DocumentView;
  error?: string;
}) {
  const { locale } = useView();
  const title = need.label[locale];
  const action = `/requests/${request.id}/documents/${need.kind}`;
  return (
    <Layout title={title} hasErrors={Boolean(error)} backLink={{ href: `/requests/${request.id}/documents` }}>
      <ErrorSummary errors={error ? [{ field: 'file', message: error }] : []} />
      <Caption>{request.service.name[locale]}</Caption>
      <h1>{title}</h1>
      <p>{need.hint[locale]}</p>
      {document ? <CurrentFile document={document} title={title} deleteAction={`${action}/delete`} /> : null}
      <UploadForm action={action} rules={rules} replacing={Boolean(document)} error={error} />
    </Layout>
  );
}
