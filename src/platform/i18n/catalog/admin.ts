import type { Translation } from './define.ts';

/** Administration (consulates, services and fees, closures, staff) and the audit log viewer. */
export const fa = {
  'admin.title': 'مدیریت',
};

export const en: Translation<typeof fa> = {
  'admin.title': 'Administration',
};
