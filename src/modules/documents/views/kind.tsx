import type { MessageKey } from '../../../platform/i18n/index.ts';
import { ErrorSummary, Layout, useView } from '../../../ui/index.ts';
import { exampleAsset, type ProfileKind } from '../kinds.ts';
import type { KindRules } from '../rules.ts';
import type { DocumentView } from '../service.ts';
import { type Flash, FlashBanner } from './flash.tsx';
import { formatFileSize, kindTitle, profileHref } from './parts.tsx';
import { CurrentFile, UploadForm } from './upload.tsx';

/** How many rule lines each kind has in the catalog (`documents.kind.<kind>.ruleN`). */
const RULE_LINES: Record<ProfileKind, number> = {
  passport_bio: 2,
  passport_exit_stamp: 2,
  residence_permit: 2,
  national_card_front: 2,
  national_card_back: 2,
  photo: 3,
};

/**
 * One profile document: its rules in plain words and an example before the upload, the current file if any, and
 * the upload form (which works without JavaScript; with it, uploads.js previews the picture and shows progress).
 */
export function DocumentKindPage({
  kind,
  rules,
  document,
  error,
  flash,
}: {
  kind: ProfileKind;
  rules: KindRules;
  document?: DocumentView;
  /** The refusal or form error, already in the applicant's words. */
  error?: string;
  flash?: Flash;
}) {
  const { t, locale, asset } = useView();
  const title = kindTitle(t, kind);
  const action = profileHref(kind);
  const size = formatFileSize(rules.maxBytes, t, locale);
  const photo = !rules.accept.includes('pdf');
  const lines = Array.from(
    { length: RULE_LINES[kind] },
    (_, i) => `documents.kind.${kind}.rule${i + 1}` as MessageKey,
  );
  return (
    <Layout title={title} hasErrors={Boolean(error)} backLink={{ href: '/account/documents' }}>
      <ErrorSummary errors={error ? [{ field: 'file', message: error }] : []} />
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>{title}</h1>

      <div class="example">
        <div class="example__rules">
          <h2>{t('documents.rules.title')}</h2>
          <ul>
            {lines.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
            <li>
              {photo ? t('documents.rules.photoFormats', { size }) : t('documents.rules.formats', { size })}
            </li>
            {photo ? null : <li>{t('documents.rules.legible')}</li>}
          </ul>
        </div>
        <figure class="example__figure">
          <img
            src={asset(exampleAsset(kind))}
            alt={t('documents.example.alt', { kind: title })}
            width={photo ? 90 : 180}
            height={120}
          />
          <figcaption>{t('documents.example')}</figcaption>
        </figure>
      </div>

      {document ? <CurrentFile document={document} title={title} deleteAction={`${action}/delete`} /> : null}
      <UploadForm action={action} rules={rules} replacing={Boolean(document)} error={error} />
    </Layout>
  );
}
