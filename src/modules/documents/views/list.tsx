import { Button, InsetText, Layout, type Task, TaskList, useView } from '../../../ui/index.ts';
import { PROFILE_KINDS, type ProfileKind } from '../kinds.ts';
import type { DocumentView } from '../service.ts';
import { type Flash, FlashBanner } from './flash.tsx';
import { documentsDone, documentTask, formatFileSize, kindTitle, profileHref } from './parts.tsx';

/** The registration documents as a task list: which are in, which are being checked, which are missing. */
export function DocumentsPage({
  documents,
  registering,
  flash,
  usage,
  limits,
}: {
  documents: Map<ProfileKind, DocumentView>;
  registering: boolean;
  flash?: Flash;
  usage: { files: number; bytes: number };
  limits: { files: number; bytes: number };
}) {
  const { t, locale } = useView();
  const title = t('documents.title');
  const done = documentsDone(documents);
  const tasks: Task[] = PROFILE_KINDS.map((kind) => {
    const d = documents.get(kind);
    return documentTask(d, t, {
      label: kindTitle(t, kind),
      href: profileHref(kind),
      hint: t(`documents.kind.${kind}.summary`),
    });
  });
  return (
    <Layout title={title} backLink={{ href: '/account', label: t('documents.backToAccount') }}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>{title}</h1>
      <p>{t('documents.lead')}</p>
      {registering ? <p>{t('documents.registerNote')}</p> : null}
      <p>
        <strong>{t('documents.progress', { done, total: PROFILE_KINDS.length })}</strong>
      </p>
      <TaskList items={tasks} />
      {registering ? (
        done === PROFILE_KINDS.length ? (
          <Button href="/register/check">{t('documents.continue')}</Button>
        ) : (
          <InsetText>{t('documents.continue.missing')}</InsetText>
        )
      ) : null}
      <p class="hint">
        {t('documents.usage', {
          files: usage.files,
          size: formatFileSize(usage.bytes, t, locale),
          maxFiles: limits.files,
          maxSize: formatFileSize(limits.bytes, t, locale),
        })}
      </p>
      <p class="hint">{t('documents.safety')}</p>
    </Layout>
  );
}
