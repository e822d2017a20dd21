import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  bookingWindow,
  instantOf,
  lastRelease,
  localOf,
  type Period,
  type Schedule,
  startsOfDay,
  stepsFor,
  stepsOfDay,
} from './schedule.ts';

const weekdays = (opens: string, closes: string, counters = 2, days = [1, 2, 3, 4, 5]): Period[] =>
  days.map((weekday) => ({ weekday, opens, closes, counters }));

const schedule = (
  timeZone: string,
  periods: Period[],
  closed: string[] = [],
  slotMinutes = 10,
): Schedule => ({
  timeZone,
  slotMinutes,
  periods,
  closed: new Set(closed),
});

const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');
const starts = (s: Schedule, day: string) => stepsOfDay(s, day).map((st) => iso(st.startsAt));

describe('the grid in local time, stored as UTC instants', () => {
  test('London: 09:00 stays 09:00 local across the spring change (GMT → BST)', () => {
    const s = schedule('Europe/London', weekdays('09:00', '12:00'));
    // Friday 27 March 2026 is GMT; Monday 30 March is BST (the clocks went forward on Sunday 29th).
    assert.equal(starts(s, '2026-03-27')[0], '2026-03-27T09:00:00Z');
    assert.equal(starts(s, '2026-03-30')[0], '2026-03-30T08:00:00Z');
    // The last 5-minute cell of a 09:00–12:00 morning starts at 11:55 local.
    assert.equal(starts(s, '2026-03-30').at(-1), '2026-03-30T10:55:00Z');
    for (const st of stepsOfDay(s, '2026-03-30'))
      assert.equal(localOf(st.startsAt, s.timeZone).day, '2026-03-30');
  });

  test('London: and across the autumn change (BST → GMT)', () => {
    const s = schedule('Europe/London', weekdays('09:00', '12:00'));
    assert.equal(starts(s, '2026-10-23')[0], '2026-10-23T08:00:00Z');
    assert.equal(starts(s, '2026-10-26')[0], '2026-10-26T09:00:00Z');
    assert.equal(stepsOfDay(s, '2026-10-23').length, 36);
    assert.equal(stepsOfDay(s, '2026-10-26').length, 36);
  });

  test('Berlin: CET/CEST both ways', () => {
    const s = schedule('Europe/Berlin', weekdays('09:00', '13:00'));
    assert.equal(starts(s, '2026-03-27')[0], '2026-03-27T08:00:00Z');
    assert.equal(starts(s, '2026-03-30')[0], '2026-03-30T07:00:00Z');
    assert.equal(starts(s, '2026-10-23')[0], '2026-10-23T07:00:00Z');
    assert.equal(starts(s, '2026-10-26')[0], '2026-10-26T08:00:00Z');
  });

  test('a zone without daylight saving (Tokyo, Dubai) keeps one offset all year', () => {
    const tokyo = schedule('Asia/Tokyo', weekdays('09:00', '12:00'));
    const dubai = schedule('Asia/Dubai', weekdays('09:00', '12:00'));
    for (const day of ['2026-01-05', '2026-03-30', '2026-07-06', '2026-10-26']) {
      assert.equal(starts(tokyo, day)[0], `${day}T00:00:00Z`);
      assert.equal(starts(dubai, day)[0], `${day}T05:00:00Z`);
    }
  });

  test('the hour skipped in spring gives no steps; the rest of the night is continuous in real time', () => {
    // An unusual night opening on Sunday 29 March 2026 in London: 01:00–02:00 local does not exist.
    const s = schedule(
      'Europe/London',
      [{ weekday: 7, opens: '00:00', closes: '03:00', counters: 1 }],
      [],
      30,
    );
    const steps = stepsOfDay(s, '2026-03-29');
    assert.equal(steps.length, 24);
    assert.ok(!steps.some((st) => st.time.startsWith('01:')));
    const at = (time: string) => steps.find((st) => st.time === time)!;
    assert.equal(iso(at('00:55').endsAt), '2026-03-29T01:00:00Z');
    assert.equal(iso(at('02:00').startsAt), '2026-03-29T01:00:00Z');
    // 00:55 ends when 02:00 local begins: a one-hour visit from 00:30 is one real hour.
    const hour = startsOfDay(steps, 12, new Map(), new Date(0), 30);
    assert.deepEqual(
      hour.map((h) => h.time),
      ['00:00', '00:30', '02:00'],
    );
  });

  test('the hour repeated in autumn is offered once, at its first occurrence', () => {
    const s = schedule(
      'Europe/London',
      [{ weekday: 7, opens: '00:00', closes: '03:00', counters: 1 }],
      [],
      30,
    );
    const steps = stepsOfDay(s, '2026-10-25');
    assert.equal(steps.length, 36);
    assert.equal(new Set(steps.map((st) => st.time)).size, 36, 'each local time once');
    const at = (time: string) => steps.find((st) => st.time === time)!;
    assert.equal(iso(at('01:00').startsAt), '2026-10-25T00:00:00Z'); // 01:00 BST
    assert.equal(iso(at('02:00').startsAt), '2026-10-25T02:00:00Z'); // 02:00 GMT
    // Between 01:55 BST (ends 01:00Z) and 02:00 GMT lies the repeated hour: no visit spans it.
    const hour = startsOfDay(steps, 12, new Map(), new Date(0), 30).map((h) => h.time);
    assert.ok(!hour.includes('01:30'));
  });

  test('closed days (holidays) and days without hours have no steps', () => {
    const s = schedule('Europe/London', weekdays('09:00', '12:00'), ['2026-12-25']);
    assert.equal(stepsOfDay(s, '2026-12-25').length, 0);
    assert.equal(stepsOfDay(s, '2026-12-26').length, 0); // Saturday
    assert.equal(stepsOfDay(s, '2026-12-24').length, 36);
  });

  test('several periods a day; a visit never spans the gap between them', () => {
    const s = schedule('Europe/London', [
      { weekday: 3, opens: '09:00', closes: '10:00', counters: 1 },
      { weekday: 3, opens: '14:00', closes: '15:00', counters: 3 },
    ]);
    const steps = stepsOfDay(s, '2026-06-03');
    assert.equal(steps.length, 24);
    const visits = startsOfDay(steps, 6, new Map(), new Date(0), 10);
    assert.deepEqual(
      visits.map((v) => v.time),
      ['09:00', '09:10', '09:20', '09:30', '14:00', '14:10', '14:20', '14:30'],
    );
    assert.deepEqual(visits[4]!.freeSeats, [1, 2, 3]);
  });

  test('a visit needs one counter free in every step it covers', () => {
    const s = schedule('Europe/London', [{ weekday: 3, opens: '09:00', closes: '10:00', counters: 2 }]);
    const steps = stepsOfDay(s, '2026-06-03');
    const at = (i: number) => steps[i]!.startsAt.getTime();
    // Counter 1 busy at 09:10, counter 2 busy at 09:20: no 30-minute visit from 09:00 or 09:10 fits on one counter.
    const occupancy = new Map([
      [at(2), new Set([1])],
      [at(4), new Set([2])],
    ]);
    const visits = startsOfDay(steps, 6, occupancy, new Date(0), 10);
    assert.deepEqual(
      visits.map((v) => [v.time, v.freeSeats]),
      [
        ['09:20', [1]],
        ['09:30', [1, 2]],
      ],
    );
    assert.equal(stepsFor(45), 9);
    assert.equal(stepsFor(15), 3);
    assert.equal(stepsFor(3), 1);
  });

  test('minimum notice: nothing before the earliest instant', () => {
    const s = schedule('Europe/London', weekdays('09:00', '12:00'));
    const steps = stepsOfDay(s, '2026-06-03');
    const visits = startsOfDay(steps, 1, new Map(), new Date('2026-06-03T10:00:00Z'), 10);
    assert.equal(visits[0]!.time, '11:00');
  });
});

describe('the booking window and its release', () => {
  const settings = { windowDays: 30, minNoticeHours: 24, releaseTime: '08:00' };

  test('a new day opens each day at the release time, local', () => {
    // 07:59 BST on 1 June: the window still ends on 30 June; at 08:00 BST (07:00Z) 1 July opens.
    const before = bookingWindow(settings, 'Europe/London', new Date('2026-06-01T06:59:00Z'));
    assert.equal(before.today, '2026-06-01');
    assert.equal(before.lastDay, '2026-06-30');
    assert.equal(before.nextRelease.at.toISOString(), '2026-06-01T07:00:00.000Z');
    assert.equal(before.nextRelease.day, '2026-07-01');
    const after = bookingWindow(settings, 'Europe/London', new Date('2026-06-01T07:00:00Z'));
    assert.equal(after.lastDay, '2026-07-01');
    assert.equal(after.nextRelease.at.toISOString(), '2026-06-02T07:00:00.000Z');
    assert.equal(after.earliest.toISOString(), '2026-06-02T07:00:00.000Z');
    assert.equal(
      lastRelease(settings, 'Europe/London', after.earliest).toISOString(),
      '2026-06-02T07:00:00.000Z',
    );
  });

  test('the release follows the local clock across a change (08:00 GMT, then 08:00 BST)', () => {
    const w = bookingWindow(settings, 'Europe/London', new Date('2026-03-28T09:00:00Z'));
    assert.equal(w.nextRelease.at.toISOString(), '2026-03-29T07:00:00.000Z');
    assert.equal(
      lastRelease(settings, 'Europe/London', new Date('2026-03-29T06:59:00Z')).toISOString(),
      '2026-03-28T08:00:00.000Z',
    );
  });

  test('a release time the clock skips falls to the next minute that exists', () => {
    const night = { ...settings, releaseTime: '01:30' };
    const w = bookingWindow(night, 'Europe/London', new Date('2026-03-28T12:00:00Z'));
    assert.equal(w.nextRelease.at.toISOString(), '2026-03-29T01:00:00.000Z');
  });
});

test('property: every step is at its own local day and time, in order, in any zone and season', () => {
  const zones = [
    'Europe/London',
    'Europe/Berlin',
    'America/Toronto',
    'Asia/Tokyo',
    'Asia/Dubai',
    'Europe/Istanbul',
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      fc.integer({ min: 0, max: 729 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 1, max: 8 }),
      fc.constantFrom(5, 10, 15, 30),
      (zone, offset, openHour, hours, step) => {
        const day = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const opens = `${String(openHour).padStart(2, '0')}:00`;
        const closes = `${String(Math.min(23, openHour + hours)).padStart(2, '0')}:${openHour + hours > 23 ? '59' : '00'}`;
        const s = schedule(
          zone,
          [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes, counters: 1 })),
          [],
          step,
        );
        const steps = stepsOfDay(s, day);
        for (let i = 0; i < steps.length; i++) {
          const st = steps[i]!;
          const local = localOf(st.startsAt, zone);
          assert.equal(local.day, day);
          assert.equal(local.time, st.time);
          assert.equal(instantOf(day, st.time, zone)?.getTime(), st.startsAt.getTime());
          if (i > 0) assert.ok(st.startsAt.getTime() > steps[i - 1]!.startsAt.getTime());
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('cells line up on the local clock, so a change of hours or interval cannot make visits overlap', () => {
  // An opening at 09:07 starts its cells at 09:10; with a 15-minute interval starts are 09:10, 09:25…
  const s = schedule('Europe/London', [{ weekday: 3, opens: '09:07', closes: '10:00', counters: 1 }], [], 15);
  const steps = stepsOfDay(s, '2026-06-03');
  assert.equal(steps[0]!.time, '09:10');
  assert.ok(steps.every((st) => Number(st.time.slice(3)) % 5 === 0));
  assert.deepEqual(
    startsOfDay(steps, 3, new Map(), new Date(0), 15).map((v) => v.time),
    ['09:10', '09:25', '09:40'],
  );
});
