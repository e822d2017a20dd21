import type { Translation } from './define.ts';

/** Booking an appointment from a request: calendar, times, holds, confirmation, moves, cancellation, waitlist, waiting room, and the appointment emails. */
export const fa = {} as const;

export const en: Translation<typeof fa> = {};
