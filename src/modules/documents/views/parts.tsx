import { formatDate } from '../../../platform/i18n/dates.ts';
import { formatNumber, type Locale, type MessageKey, type Translate } from '../../../platform/i18n/index.ts';
import { StatusTag, type SummaryRow, type Task, useView } from '../../../ui/index.ts';
import { PROFILE_KINDS, type ProfileKind } from '../kinds.ts';
import type { DocumentView } from '../service.ts';

export const kindTitle = (t: Translate, kind: string) => t(`documents.kind.${kind}` as MessageKey);

/** "850 KB", "1.2 MB" — sizes as people read them, in their digits. */
export function formatFileSize(bytes: number, t: Translate, locale: Locale): string {
  const kb = bytes / 1024;
  if (kb < 1000) return t('documents.size.kb', { value: formatNumber(Math.max(1, Math.round(kb)), locale) });
  const mb = Math.round((kb / 1024) * 10) / 10;
  return t('documents.size.mb', { value: formatNumber(mb, locale) });
}

export function DocumentStatus({ document }: { document: DocumentView | undefined }) {
  const { t } = useView();
  if (!document) return <StatusTag tone="blue">{t('documents.status.missing')}</StatusTag>;
  if (document.scanState === 'pending')
    return <StatusTag tone="amber">{t('documents.status.pending')}</StatusTag>;
  return <StatusTag tone="green">{t('documents.status.uploaded')}</StatusTag>;
}

/** The facts of a stored file: type, size, dimensions or pages, when, and where it stands. */
export function documentRows(document: DocumentView, t: Translate, locale: Locale): SummaryRow[] {
  const rows: SummaryRow[] = [
    {
      key: t('documents.current.type'),
      value: t(document.mime === 'application/pdf' ? 'documents.current.pdf' : 'documents.current.image'),
    },
    { key: t('documents.current.size'), value: formatFileSize(document.bytes, t, locale) },
  ];
  if (document.width && document.height) {
    rows.push({
      key: t('documents.current.dimensions'),
      value: t('documents.current.dimensionsValue', { width: document.width, height: document.height }),
    });
  }
  if (document.pages)
    rows.push({ key: t('documents.current.pages'), value: formatNumber(document.pages, locale) });
  rows.push(
    { key: t('documents.current.uploaded'), value: formatDate(document.createdAt, locale) },
    { key: t('documents.current.status'), value: <DocumentStatus document={document} /> },
  );
  return rows;
}

export const profileHref = (kind: ProfileKind) => `/account/documents/${kind.replaceAll('_', '-')}`;

/** One row per registration document with its status and a link to it (check page, profile). */
export function documentsSummaryRows(documents: Map<ProfileKind, DocumentView>, t: Translate): SummaryRow[] {
  return PROFILE_KINDS.map((kind) => ({
    key: kindTitle(t, kind),
    value: <DocumentStatus document={documents.get(kind)} />,
    change: {
      href: profileHref(kind),
      label: documents.get(kind) ? t('ui.summary.change') : t('documents.upload.button'),
    },
  }));
}

/** How many of the registration documents are in and readable. */
export function documentsDone(documents: Map<ProfileKind, DocumentView>): number {
  return PROFILE_KINDS.filter((k) => {
    const d = documents.get(k);
    return d !== undefined && d.scanState !== 'pending';
  }).length;
}

/** A document's line in a task list: done, being checked, or not uploaded yet. */
export function documentTask(
  document: DocumentView | undefined,
  t: Translate,
  item: { label: string; hint: string; href: string },
): Task {
  return {
    ...item,
    status: !document ? 'todo' : document.scanState === 'pending' ? 'in-progress' : 'done',
    statusLabel: !document
      ? t('documents.status.missing')
      : document.scanState === 'pending'
        ? t('documents.status.pending')
        : undefined,
  };
}
