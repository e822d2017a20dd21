import type { Translate } from '../../../platform/i18n/index.ts';
import { useView } from '../../../ui/index.ts';
import type { RequestDocument } from '../../catalog/definition.ts';
import { isProfileKind } from '../../documents/kinds.ts';
import type { DocumentRow } from '../../documents/service.ts';
import { formatFileSize, kindTitle } from '../../documents/views/parts.tsx';

export const fileHref = (id: string) => `/staff/documents/${id}`;
export const thumbnailHref = (id: string) => `/staff/documents/${id}/thumbnail`;

/** A document's name: the registration kind's, or the one the service gives its own documents. */
export function documentLabel(
  kind: string,
  requestDocuments: RequestDocument[],
  t: Translate,
  locale: 'fa' | 'en',
): string {
  if (isProfileKind(kind)) return kindTitle(t, kind);
  return requestDocuments.find((d) => d.kind === kind)?.label[locale] ?? kind;
}

/**
 * A document shown where the officer reads: an image as its thumbnail linking to the full file, a PDF in a frame.
 * The frame has no `sandbox` attribute on purpose: Chromium refuses to run its PDF viewer in a sandboxed frame.
 * The file's own response carries the sandbox instead (CSP `sandbox`, `nosniff`, a pinned PDF type), and uploads
 * with scripts or embedded files were refused when they came in.
 */
export function DocumentPreview({ document, label }: { document: DocumentRow; label: string }) {
  const { t, locale } = useView();
  const pdf = document.mime === 'application/pdf';
  return (
    <figure class="review-document">
      <figcaption class="review-document__caption">
        <strong>{label}</strong>{' '}
        <span class="hint">
          {t('backoffice.documents.facts', {
            type: pdf ? t('backoffice.documents.pdf') : t('backoffice.documents.image'),
            size: formatFileSize(document.bytes, t, locale),
          })}
        </span>
      </figcaption>
      {pdf ? (
        <iframe
          class="review-document__frame"
          src={fileHref(document.id)}
          title={t('backoffice.documents.frameTitle', { name: label })}
          loading="lazy"
        />
      ) : document.thumbnailKey ? (
        <a href={fileHref(document.id)}>
          <img
            class="document-thumbnail"
            src={thumbnailHref(document.id)}
            alt={t('backoffice.documents.thumbnailAlt', { name: label })}
            loading="lazy"
          />
        </a>
      ) : null}
      <p class="review-document__open">
        <a href={fileHref(document.id)} target="_blank" rel="noopener">
          {t('backoffice.documents.open', { name: label })}
          <span class="visually-hidden"> {t('backoffice.documents.newTab')}</span>
        </a>
      </p>
    </figure>
  );
}
