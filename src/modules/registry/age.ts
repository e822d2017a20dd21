import type { DateOnly } from '../../platform/i18n/dates.ts';

/** Children under 18 are not accounts (DESIGN, Families): a parent applies for them. */
export const ADULT_AGE = 18;

/** Whole years completed on `on`. Someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthDate: DateOnly, on: DateOnly): number {
  const hadBirthday = on.month > birthDate.month || (on.month === birthDate.month && on.day >= birthDate.day);
  return on.year - birthDate.year - (hadBirthday ? 0 : 1);
}

export function isMinorOn(birthDate: DateOnly, on: DateOnly): boolean {
  return ageOn(birthDate, on) < ADULT_AGE;
}

/** Today's calendar date in UTC. */
export function todayUtc(now: Date = new Date()): DateOnly {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}
