import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { rowsOf } from '../../platform/db.ts';
import type { Group } from '../catalog/definition.ts';
import type { Period } from './schedule.ts';
import { replacePeriods, saveSettings } from './store.ts';

export type ScheduleOptions = {
  groups?: Group[];
  /** Weekdays 1–7 with the same hours; Monday to Friday by default. */
  weekdays?: number[];
  opens?: string;
  closes?: string;
  counters?: number;
  windowDays?: number;
  minNoticeHours?: number;
  releaseTime?: string;
  slotMinutes?: number;
  /** Replaces weekdays/opens/closes/counters. */
  periods?: Period[];
};

/** Gives a consulate (by code, 'london' by default) an appointment schedule for tests. Returns its id. */
export async function seedSchedule(db: Db, code = 'london', o: ScheduleOptions = {}): Promise<string> {
  const [c] = await rowsOf<{ id: string }>(db, sql`select id from consulates where code = ${code}`);
  if (!c) throw new Error(`No consulate ${code}: seed the demo consulates first`);
  const periods: Period[] =
    o.periods ??
    (o.weekdays ?? [1, 2, 3, 4, 5]).map((weekday) => ({
      weekday,
      opens: o.opens ?? '09:00',
      closes: o.closes ?? '12:00',
      counters: o.counters ?? 2,
    }));
  await db.transaction(async (tx) => {
    await saveSettings(tx, {
      consulateId: c.id,
      windowDays: o.windowDays ?? 30,
      minNoticeHours: o.minNoticeHours ?? 24,
      releaseTime: o.releaseTime ?? '08:00',
      slotMinutes: o.slotMinutes ?? 10,
      updatedAt: new Date(),
    });
    for (const group of o.groups ??
      (['passport', 'civil', 'notarial', 'certificates', 'identity-card', 'attestation'] as Group[]))
      await replacePeriods(tx, c.id, group, periods);
  });
  return c.id;
}
