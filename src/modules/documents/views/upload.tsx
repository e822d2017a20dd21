import { Button, FileInput, Form, InsetText, SummaryList, useView } from '../../../ui/index.ts';
import type { KindRules } from '../rules.ts';
import type { DocumentView } from '../service.ts';
import { documentRows, formatFileSize } from './parts.tsx';

/**
 * The file already given for a document: its preview, its facts, a link to open it, and deleting it while no
 * submitted request holds it. Used by the profile's documents and by a request's.
 */
export function CurrentFile({
  document,
  title,
  deleteAction,
}: {
  document: DocumentView;
  title: string;
  deleteAction: string;
}) {
  const { t, locale } = useView();
  return (
    <section aria-labelledby="current-title">
      <h2 id="current-title">{t('documents.current.title')}</h2>
      {document.hasThumbnail && document.scanState !== 'pending' ? (
        <p>
          <img
            class="document-thumbnail"
            src={`/documents/${document.id}/thumbnail`}
            alt={t('documents.current.thumbnailAlt', { kind: title })}
          />
        </p>
      ) : null}
      <SummaryList rows={documentRows(document, t, locale)} />
      {document.scanState === 'pending' ? (
        <InsetText>{t('documents.current.pendingNote')}</InsetText>
      ) : (
        <p>
          <a href={`/documents/${document.id}`}>{t('documents.current.open')}</a>
        </p>
      )}
      {document.lockedAt ? (
        <InsetText>{t('documents.current.locked')}</InsetText>
      ) : (
        <Form action={deleteAction}>
          <Button variant="secondary">{t('documents.delete.button')}</Button>
        </Form>
      )}
    </section>
  );
}

/**
 * One file's upload form. Without JavaScript it is a plain multipart form; with it, uploads.js previews the chosen
 * picture and shows the upload's progress in a bar and in words.
 */
export function UploadForm({
  action,
  rules,
  replacing,
  error,
}: {
  action: string;
  rules: KindRules;
  replacing: boolean;
  error?: string;
}) {
  const { t, locale, asset } = useView();
  const size = formatFileSize(rules.maxBytes, t, locale);
  const photo = !rules.accept.includes('pdf');
  return (
    <>
      <Form action={action} enctype="multipart/form-data">
        <div
          data-module="upload"
          data-progress-label={t('documents.upload.progress')}
          data-checking-label={t('documents.upload.checking')}
        >
          <FileInput
            name="file"
            label={replacing ? t('documents.upload.replaceLabel') : t('documents.upload.label')}
            hint={
              photo ? t('documents.rules.photoFormats', { size }) : t('documents.rules.formats', { size })
            }
            error={error}
            accept={photo ? 'image/jpeg,image/png' : 'image/jpeg,image/png,application/pdf'}
          />
          <figure class="upload-preview" hidden>
            <img alt={t('documents.upload.preview')} />
            <figcaption class="hint" />
          </figure>
          <progress class="upload-progress" max={100} value={0} hidden aria-labelledby="upload-status" />
          <p class="hint upload-status" id="upload-status" aria-live="polite" hidden />
        </div>
        <Button>{t('documents.upload.button')}</Button>
      </Form>
      <script src={asset('uploads.js')} defer />
    </>
  );
}
