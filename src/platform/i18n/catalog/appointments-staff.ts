import type { Translation } from './define.ts';

/** The officers' day view of appointments (per counter, check-in, no-show, printable) and appointment statistics. */
export const fa = {} as const;

export const en: Translation<typeof fa> = {};
