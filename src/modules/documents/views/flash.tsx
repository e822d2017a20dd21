import type { MessageKey } from '../../../platform/i18n/index.ts';
import { NotificationBanner, useView } from '../../../ui/index.ts';
import { kindTitle } from './parts.tsx';

/** A one-time notice after an upload or a delete, kept in the session until shown. */
export type Flash = { type: 'uploaded' | 'pending' | 'deleted' | 'lockedDelete'; kind: string };

export const isFlash = (value: unknown): value is Flash =>
  typeof value === 'object' &&
  value !== null &&
  ['uploaded', 'pending', 'deleted', 'lockedDelete'].includes((value as Flash).type) &&
  typeof (value as Flash).kind === 'string';

export function FlashBanner({ flash }: { flash: Flash }) {
  const { t } = useView();
  const kind = kindTitle(t, flash.kind);
  if (flash.type === 'lockedDelete') {
    return (
      <NotificationBanner>
        <p>{t('documents.flash.lockedDelete')}</p>
      </NotificationBanner>
    );
  }
  const title: MessageKey =
    flash.type === 'deleted' ? 'documents.flash.deleted.title' : 'documents.flash.uploaded.title';
  const body: MessageKey =
    flash.type === 'deleted'
      ? 'documents.flash.deleted.body'
      : flash.type === 'pending'
        ? 'documents.flash.pending.body'
        : 'documents.flash.uploaded.body';
  return (
    <NotificationBanner type="success" title={t(title, { kind })}>
      <p>{t(body)}</p>
    </NotificationBanner>
  );
}
