import { Temporal } from '@js-temporal/polyfill';

/**
 * The appointment grid, computed rather than stored: from a consulate's weekly opening hours, its closures and
 * its time zone, the steps of any local day as UTC instants. Opening hours are wall-clock times where the
 * consulate is, so a 09:00 opening is 09:00 local on both sides of a daylight-saving change (08:00 or 09:00 UTC
 * in London). A local time that does not exist that day (the hour skipped in spring) gives no step; a time that
 * happens twice (the hour repeated in autumn) gives one, at its first occurrence.
 */

/** Local 'HH:MM'. */
export type LocalTime = string;
/** Local calendar day 'YYYY-MM-DD'. */
export type LocalDay = string;

export type Period = {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: LocalTime;
  closes: LocalTime;
  counters: number;
};

/**
 * The grid is made of 5-minute cells aligned on the local clock (09:00, 09:05, …) whatever the settings: a visit
 * takes the cells it needs on one counter, and a change of opening hours or of the interval between offered start
 * times can never make two appointments overlap on a counter through cells that do not line up.
 */
export const CELL_MINUTES = 5;

export type Schedule = {
  timeZone: string;
  /** Offered start times are this many minutes apart, counted from each period's opening. */
  slotMinutes: number;
  periods: readonly Period[];
  /** Closed local days (holidays, closures). */
  closed: ReadonlySet<LocalDay>;
};

export type Step = {
  startsAt: Date;
  endsAt: Date;
  day: LocalDay;
  /** Local start time 'HH:MM'. */
  time: LocalTime;
  seats: number;
  /** Steps of one opening period on one day share this; a visit never spans two periods. */
  period: number;
  /** Local minutes since the period opened (a visit may start where this is a multiple of the interval). */
  sinceOpening: number;
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

export function minutesOf(time: LocalTime): number {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`Not a local time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function timeOf(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function weekdayOf(day: LocalDay): number {
  return Temporal.PlainDate.from(day).dayOfWeek;
}

export function addDays(day: LocalDay, days: number): LocalDay {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: LocalDay, b: LocalDay): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
}

/** The local day and time of an instant in a zone. */
export function localOf(at: Date, timeZone: string): { day: LocalDay; time: LocalTime; minutes: number } {
  const z = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);
  return {
    day: z.toPlainDate().toString(),
    time: timeOf(z.hour * 60 + z.minute),
    minutes: z.hour * 60 + z.minute,
  };
}

/**
 * The instant of a local wall-clock time, or undefined when that time does not exist on that day (skipped by a
 * daylight-saving change). A repeated time resolves to its first occurrence.
 */
export function instantOf(day: LocalDay, time: LocalTime, timeZone: string): Date | undefined {
  const minutes = minutesOf(time);
  const wall = Temporal.PlainDate.from(day).toPlainDateTime({
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  });
  const zoned = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  // In a gap, 'earlier' moves the wall time; a round trip that changes it means the time is not on the clock.
  if (zoned.hour * 60 + zoned.minute !== minutes || zoned.toPlainDate().toString() !== day) return undefined;
  return new Date(zoned.epochMilliseconds);
}

/** The grid of one local day, in time order (empty on a closed day or a day without opening hours). */
export function stepsOfDay(schedule: Schedule, day: LocalDay): Step[] {
  if (schedule.closed.has(day)) return [];
  const weekday = weekdayOf(day);
  const steps: Step[] = [];
  const periods = schedule.periods
    .map((p, index) => ({ ...p, index }))
    .filter((p) => p.weekday === weekday)
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
  const length = CELL_MINUTES * 60_000;
  const taken = new Set<number>();
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const wall = (m: number) => Date.UTC(y, mo - 1, d, 0, m);
  for (const p of periods) {
    const closes = minutesOf(p.closes);
    const opens = Math.ceil(minutesOf(p.opens) / CELL_MINUTES) * CELL_MINUTES;
    const lastCell = closes - CELL_MINUTES;
    // The zone's offset at the first and the last cell: the same on all but a change-over day, and then every cell
    // is the wall time minus it (a zone conversion per cell costs ~35 µs; a window has thousands of cells).
    const first = instantOf(day, timeOf(opens), schedule.timeZone);
    const last = lastCell >= opens ? instantOf(day, timeOf(lastCell), schedule.timeZone) : undefined;
    const offset =
      first && last && wall(opens) - first.getTime() === wall(lastCell) - last.getTime()
        ? wall(opens) - first.getTime()
        : undefined;
    for (let m = opens; m + CELL_MINUTES <= closes; m += CELL_MINUTES) {
      const time = timeOf(m);
      const startsAt =
        offset !== undefined ? new Date(wall(m) - offset) : instantOf(day, time, schedule.timeZone);
      if (!startsAt) continue;
      // Overlapping periods on one day are an admin's slip: the first one wins the step.
      if (taken.has(startsAt.getTime())) continue;
      taken.add(startsAt.getTime());
      steps.push({
        startsAt,
        endsAt: new Date(startsAt.getTime() + length),
        day,
        time,
        seats: p.counters,
        period: p.index,
        sinceOpening: m - opens,
      });
    }
  }
  return steps.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * The instants a local day covers in a zone: from its first moment (midnight, or the first minute that exists when
 * the clock skips midnight) to the next day's.
 */
export function dayBounds(d: LocalDay, timeZone: string): { from: Date; to: Date } {
  const start = (x: LocalDay) =>
    new Date(Temporal.PlainDate.from(x).toZonedDateTime({ timeZone }).epochMilliseconds);
  return { from: start(d), to: start(addDays(d, 1)) };
}

/** How many cells a visit of `minutes` takes. */
export function stepsFor(minutes: number): number {
  return Math.max(1, Math.ceil(minutes / CELL_MINUTES));
}

/** Whether a cell is an offered start time: a whole number of intervals after its period opened. */
export function isStart(step: Step, interval: number): boolean {
  return step.sinceOpening % interval === 0;
}

/** Seats taken per step, by the step's start instant (ms). */
export type Occupancy = ReadonlyMap<number, ReadonlySet<number>>;

export type Start = {
  startsAt: Date;
  endsAt: Date;
  day: LocalDay;
  time: LocalTime;
  /** The steps the visit covers, in order. */
  steps: Step[];
  /** Counters free for the whole visit, lowest first. */
  freeSeats: number[];
};

/**
 * The start times of a day (every `interval` minutes from each opening) at which a visit of `count` cells fits:
 * consecutive cells of one period, with one counter free in every one of them, no earlier than `earliest`.
 */
export function startsOfDay(
  steps: readonly Step[],
  count: number,
  occupancy: Occupancy,
  earliest: Date,
  interval: number,
): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i + count <= steps.length; i++) {
    const first = steps[i]!;
    if (!isStart(first, interval)) continue;
    if (first.startsAt.getTime() < earliest.getTime()) continue;
    const run = steps.slice(i, i + count);
    const contiguous = run.every(
      (s, k) =>
        s.period === first.period && (k === 0 || s.startsAt.getTime() === run[k - 1]!.endsAt.getTime()),
    );
    if (!contiguous) continue;
    const seats = Math.min(...run.map((s) => s.seats));
    const free: number[] = [];
    for (let seat = 1; seat <= seats; seat++) {
      if (run.every((s) => !occupancy.get(s.startsAt.getTime())?.has(seat))) free.push(seat);
    }
    if (free.length === 0) continue;
    const last = run[run.length - 1]!;
    starts.push({
      startsAt: first.startsAt,
      endsAt: last.endsAt,
      day: first.day,
      time: first.time,
      steps: run,
      freeSeats: free,
    });
  }
  return starts;
}

export type WindowSettings = {
  windowDays: number;
  minNoticeHours: number;
  releaseTime: LocalTime;
};

export type BookingWindow = {
  today: LocalDay;
  /** The last local day open for booking now. */
  lastDay: LocalDay;
  /** No appointment starts before this instant. */
  earliest: Date;
  /** When the next day opens (the next release), and which day that is. */
  nextRelease: { at: Date; day: LocalDay };
};

/**
 * Which days are open now. Each day at `releaseTime` local the day `windowDays` ahead opens; before that
 * moment the window ends a day earlier. Everyone sees the same window: a release is one published instant.
 */
export function bookingWindow(settings: WindowSettings, timeZone: string, now: Date): BookingWindow {
  const local = localOf(now, timeZone);
  const released = local.minutes >= minutesOf(settings.releaseTime);
  const lastDay = addDays(local.day, settings.windowDays - (released ? 0 : 1));
  const releaseDay = released ? addDays(local.day, 1) : local.day;
  return {
    today: local.day,
    lastDay,
    earliest: new Date(now.getTime() + settings.minNoticeHours * 3_600_000),
    nextRelease: {
      at: releaseInstant(releaseDay, settings.releaseTime, timeZone),
      day: addDays(lastDay, 1),
    },
  };
}

/** The instant of a release time on a day; a release time skipped by the clock falls to the next minute that exists. */
function releaseInstant(day: LocalDay, time: LocalTime, timeZone: string): Date {
  let m = minutesOf(time);
  for (;;) {
    const at = instantOf(day, timeOf(m), timeZone);
    if (at) return at;
    m += 1;
  }
}

/** The release that opened most recently at or before `now` (today's, or yesterday's before today's time). */
export function lastRelease(settings: WindowSettings, timeZone: string, now: Date): Date {
  const local = localOf(now, timeZone);
  const released = local.minutes >= minutesOf(settings.releaseTime);
  return releaseInstant(released ? local.day : addDays(local.day, -1), settings.releaseTime, timeZone);
}
