import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { applicants } from '../accounts/schema.ts';
import type { Group } from '../catalog/definition.ts';
import { consulates } from '../catalog/schema.ts';
import { serviceRequests } from '../requests/schema.ts';
import { staff } from '../staff/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * How a consulate takes appointments. One row per consulate; a consulate without one takes none (an admin
 * opens booking by saving its schedule).
 */
export const appointmentSettings = pgTable('appointment_settings', {
  consulateId: uuid('consulate_id')
    .primaryKey()
    .references(() => consulates.id),
  /** Booking is open for days up to this many ahead (local calendar days, today being 0). */
  windowDays: smallint('window_days').notNull().default(30),
  /** The earliest appointment is this many hours after now. */
  minNoticeHours: smallint('min_notice_hours').notNull().default(24),
  /** Local time ('HH:MM') at which the next day of the window opens: published on the booking pages. */
  releaseTime: text('release_time').notNull().default('08:00'),
  /** The grid of start times in minutes; a service's visit takes as many grid steps as it needs. */
  slotMinutes: smallint('slot_minutes').notNull().default(10),
  updatedAt: ts('updated_at').notNull(),
});

/**
 * Weekly opening hours of a consulate for one service group: on ISO weekday `weekday` (1 = Monday) from `opens`
 * to `closes` (local 'HH:MM'), with `counters` officers seeing applicants side by side. A day may have several
 * periods (a morning and an afternoon).
 */
export const openingHours = pgTable(
  'opening_hours',
  {
    id: uuid('id').primaryKey(),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceGroup: text('service_group').$type<Group>().notNull(),
    weekday: smallint('weekday').notNull(),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
    counters: smallint('counters').notNull(),
  },
  (t) => [
    index('opening_hours_consulate_idx').on(t.consulateId, t.serviceGroup, t.weekday),
    check('opening_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('opening_hours_counters', sql`${t.counters} between 1 and 50`),
    check('opening_hours_period', sql`${t.opens} < ${t.closes}`),
  ],
);

/**
 * One step of the grid at one consulate for one service group, made the first time someone takes a seat in it
 * (free steps are computed from the schedule, not stored). `taken` is the seat count, moved only by a conditional
 * `update … where taken < seats` inside the booking transaction: the atomic capacity gate.
 */
export const slots = pgTable(
  'slots',
  {
    id: uuid('id').primaryKey(),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceGroup: text('service_group').$type<Group>().notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    seats: smallint('seats').notNull(),
    taken: smallint('taken').notNull().default(0),
  },
  (t) => [
    uniqueIndex('slots_start_key').on(t.consulateId, t.serviceGroup, t.startsAt),
    check('slots_capacity', sql`${t.taken} >= 0 and ${t.taken} <= ${t.seats}`),
  ],
);

export const BOOKING_STATES = [
  'held',
  'active',
  'cancelled',
  'rescheduled',
  'expired',
  'no_show',
  'attended',
] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/**
 * An appointment: one visit of one applicant, at one counter (`seat`), covering one or more of their requests of
 * one service group. `held` counts against capacity until `held_until`, then is released; `active` is confirmed.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey(),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceGroup: text('service_group').$type<Group>().notNull(),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    state: text('state').$type<BookingState>().notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** The counter, 1…counters. */
    seat: smallint('seat').notNull(),
    heldUntil: ts('held_until'),
    /** Set when the seat was offered to this applicant from the waitlist. */
    waitlistId: uuid('waitlist_id'),
    /** The appointment this one replaces (a reschedule): it is let go when this one is confirmed. */
    replacesId: uuid('replaces_id'),
    createdAt: ts('created_at').notNull(),
    confirmedAt: ts('confirmed_at'),
    endedAt: ts('ended_at'),
    /** `applicant`, `staff:<id>`, `system`: who cancelled or marked it. */
    endedBy: text('ended_by'),
    remindedAt: ts('reminded_at'),
  },
  (t) => [
    index('bookings_day_idx').on(t.consulateId, t.startsAt),
    index('bookings_applicant_idx').on(t.applicantId, t.state),
    index('bookings_held_idx').on(t.heldUntil).where(sql`${t.state} = 'held'`),
    index('bookings_reminder_idx')
      .on(t.startsAt)
      .where(sql`${t.state} = 'active' and ${t.remindedAt} is null`),
  ],
);

/**
 * The seats a held or active appointment occupies, one row per grid step. The primary key is the database's
 * guarantee against double booking: a seat of a step belongs to one appointment, whatever the code above does.
 * Rows are deleted when the appointment is let go.
 */
export const bookingSeats = pgTable(
  'booking_seats',
  {
    slotId: uuid('slot_id')
      .notNull()
      .references(() => slots.id),
    seat: smallint('seat').notNull(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id),
  },
  (t) => [primaryKey({ columns: [t.slotId, t.seat] }), index('booking_seats_booking_idx').on(t.bookingId)],
);

/** Which requests an appointment is for. A request has at most one live appointment. */
export const bookingRequests = pgTable(
  'booking_requests',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    active: boolean('active').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.requestId] }),
    uniqueIndex('booking_requests_live_key').on(t.requestId).where(sql`${t.active}`),
  ],
);

export const WAITLIST_STATES = ['waiting', 'booked', 'left'] as const;
export type WaitlistState = (typeof WAITLIST_STATES)[number];

/**
 * Applicants waiting for a seat when nothing was free in the booking window, first come first served. A freed
 * seat is held for the first one waiting (`bookings.waitlist_id`); who lets the offer lapse keeps their place for
 * the next seat but not this one.
 */
export const waitlist = pgTable(
  'waitlist',
  {
    id: uuid('id').primaryKey(),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceGroup: text('service_group').$type<Group>().notNull(),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    requestIds: uuid('request_ids').array().notNull(),
    /** The length of the visit they need. */
    minutes: smallint('minutes').notNull(),
    state: text('state').$type<WaitlistState>().notNull(),
    joinedAt: ts('joined_at').notNull(),
    endedAt: ts('ended_at'),
    offersMissed: smallint('offers_missed').notNull().default(0),
  },
  (t) => [
    index('waitlist_queue_idx')
      .on(t.consulateId, t.serviceGroup, t.joinedAt)
      .where(sql`${t.state} = 'waiting'`),
    index('waitlist_applicant_idx').on(t.applicantId, t.state),
  ],
);

/**
 * The waiting room in front of a release: who arrived at a consulate's booking around the moment a new day
 * opened (`opens_at`). Those who came in the minute before are ordered by `draw` (random), the rest after them
 * by arrival; a place is admitted at a rate, so clicking fastest gains nothing.
 */
export const openingQueue = pgTable(
  'opening_queue',
  {
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    opensAt: ts('opens_at').notNull(),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    arrivedAt: ts('arrived_at').notNull(),
    /** Arrived in the minute before the opening: ordered by the draw. */
    early: boolean('early').notNull(),
    /** A random 64-bit number as text (hex), drawn at arrival: the order among the early ones. */
    draw: text('draw').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.consulateId, t.opensAt, t.applicantId] }),
    index('opening_queue_order_idx').on(t.consulateId, t.opensAt, t.early, t.draw),
  ],
);

/** Who marked an appointment attended or absent is in `bookings.ended_by`; this keeps staff's foreign key. */
export const bookingMarks = pgTable('booking_marks', {
  bookingId: uuid('booking_id')
    .primaryKey()
    .references(() => bookings.id),
  staffId: uuid('staff_id')
    .notNull()
    .references(() => staff.id),
  at: ts('at').notNull(),
  mark: text('mark').$type<'attended' | 'no_show'>().notNull(),
});
