import type { Translation } from './define.ts';

/** Issued documents: preparing, the second approval, printing, public verification, revocation. */
export const fa = {
  'verification.title': 'استعلام اصالت سند',
};

export const en: Translation<typeof fa> = {
  'verification.title': 'Check a document',
};
