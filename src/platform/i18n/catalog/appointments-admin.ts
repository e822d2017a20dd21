import type { Translation } from './define.ts';

/** Appointment schedules on the admin screens (settings, opening hours, visit lengths) and the public availability page. */
export const fa = {} as const;

export const en: Translation<typeof fa> = {};
