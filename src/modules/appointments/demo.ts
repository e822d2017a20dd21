import type { Db } from '../../platform/db.ts';
import type { Group } from '../catalog/definition.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { Period } from './schedule.ts';
import { replacePeriods, saveSettings, settingsOf } from './store.ts';

/** The groups whose services need a visit (students' and medical confirmations are done without one). */
const VISIT_GROUPS: Group[] = [
  'passport',
  'civil',
  'notarial',
  'certificates',
  'identity-card',
  'attestation',
];

const days = (weekdays: number[], opens: string, closes: string, counters: number): Period[] =>
  weekdays.map((weekday) => ({ weekday, opens, closes, counters }));

type DemoSchedule = {
  /** Hours for every visit group unless `groups` says otherwise. */
  hours: Period[];
  groups?: Partial<Record<Group, Period[]>>;
};

/**
 * Opening hours of the demo consulates: weekday mornings, more counters for passports, an afternoon of its own
 * for notarial acts in London and Berlin. Tokyo and Dubai have no daylight-saving time; the European and Canadian
 * consulates do, and the grid follows it (09:00 stays 09:00 local).
 */
const DEMO_SCHEDULES: Record<string, DemoSchedule> = {
  london: {
    hours: days([1, 2, 4, 5], '09:00', '12:00', 2),
    groups: {
      passport: days([1, 2, 4, 5], '09:00', '12:00', 3),
      notarial: [...days([1, 2, 4, 5], '09:00', '12:00', 1), ...days([3], '14:00', '16:00', 2)],
    },
  },
  berlin: {
    hours: days([1, 2, 3, 4], '09:00', '13:00', 2),
    groups: { notarial: [...days([1, 2, 3, 4], '09:00', '13:00', 1), ...days([2], '14:00', '16:00', 1)] },
  },
  paris: { hours: days([1, 2, 3, 4], '09:30', '12:30', 2) },
  toronto: {
    hours: [...days([1, 2, 3, 4], '09:00', '12:00', 2), ...days([3], '13:30', '15:30', 1)],
  },
  istanbul: {
    hours: days([1, 2, 3, 4], '09:00', '12:30', 2),
    groups: { passport: days([1, 2, 3, 4], '09:00', '12:30', 4) },
  },
  dubai: { hours: days([1, 2, 3, 4], '08:30', '13:00', 3) },
  tokyo: { hours: days([1, 2, 3, 4, 5], '09:30', '12:30', 1) },
};

/** The booking settings of every demo consulate. */
const DEMO_SETTINGS = { windowDays: 30, minNoticeHours: 24, releaseTime: '08:00', slotMinutes: 10 };

/**
 * Gives each demo consulate its schedule the first time, so the demo can be booked at once. Idempotent: a
 * consulate that already has settings (seeded before, or saved by an admin) is left as it is, and nothing here
 * touches appointments. Returns how many consulates were given a schedule.
 */
export async function seedDemoSchedules(
  tx: Db,
  catalog: CatalogService,
  now: Date = new Date(),
): Promise<number> {
  let seeded = 0;
  for (const [code, demo] of Object.entries(DEMO_SCHEDULES)) {
    const consulate = await catalog.findConsulateByCode(code, tx);
    if (!consulate || (await settingsOf(tx, consulate.id))) continue;
    await saveSettings(tx, { consulateId: consulate.id, ...DEMO_SETTINGS, updatedAt: now });
    for (const group of VISIT_GROUPS) {
      await replacePeriods(tx, consulate.id, group, demo.groups?.[group] ?? demo.hours);
    }
    seeded++;
  }
  return seeded;
}
