import type { Translation } from './define.ts';

/** The back office: queues, review, corrections, notes, assignment. */
export const fa = {
  'backoffice.queue.title': 'صف درخواست‌ها',
};

export const en: Translation<typeof fa> = {
  'backoffice.queue.title': 'Queue',
};
