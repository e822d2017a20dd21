import type { Translation } from './define.ts';

/** The counter (check-in, originals, fees, witnessed signatures) and statistics. */
export const fa = {
  'counter.title': 'باجه',
};

export const en: Translation<typeof fa> = {
  'counter.title': 'Counter',
};
