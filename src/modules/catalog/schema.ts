import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A consular office: an embassy's consular section or a consulate general. */
export const consulates = pgTable('consulates', {
  id: uuid('id').primaryKey(),
  /** Stable slug used in URLs and the demo seed. */
  code: text('code').notNull().unique(),
  nameFa: text('name_fa').notNull(),
  nameEn: text('name_en').notNull(),
  cityFa: text('city_fa').notNull(),
  cityEn: text('city_en').notNull(),
  /** ISO 3166-1 alpha-2 of the host country. */
  country: text('country').notNull(),
  countriesServed: text('countries_served').array().notNull(),
  /** IANA zone: appointment slots are local times in this zone. */
  timeZone: text('time_zone').notNull(),
  /** ISO 4217 code of the currency fees are paid in. */
  currency: text('currency').notNull(),
  /**
   * Fees are set in euros; the consulate charges them in its currency at a fixed rate it sets (units of its
   * currency per euro), rounded to a step it sets (1, 0.5, 100…). Decimal strings: money is never a float here.
   */
  eurRate: numeric('eur_rate', { precision: 14, scale: 6 }).notNull().default('1'),
  feeRounding: numeric('fee_rounding', { precision: 12, scale: 2 }).notNull().default('1'),
  /** How fees are paid there: card, cash, cash_machine, transfer, money_order. */
  paymentMethods: text('payment_methods').array().notNull().default(sql`'{}'::text[]`),
  addressFa: text('address_fa').notNull(),
  addressEn: text('address_en').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  hoursFa: text('hours_fa').notNull(),
  hoursEn: text('hours_en').notNull(),
  /** Set by an admin: staff of this consulate must use a passkey as their second factor (no TOTP). */
  requirePasskey: boolean('require_passkey').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * Which services a consulate offers, and at what fee if it departs from the catalog's tariff. A service without a
 * row is offered at the catalog fee: a new consulate offers everything until an admin says otherwise.
 */
export const consulateServices = pgTable(
  'consulate_services',
  {
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    serviceId: text('service_id').notNull(),
    offered: boolean('offered').notNull().default(true),
    /** Overrides the catalog's base tariff in euros (a decimal string); null keeps the catalog's. */
    feeEurOverride: numeric('fee_eur_override', { precision: 10, scale: 2 }),
    /** Overrides the length of the visit the service definition gives, in minutes; null keeps the definition's. */
    visitMinutes: smallint('visit_minutes'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.consulateId, t.serviceId] })],
);

/** Days a consulate is closed: the host country's holidays, Iran's official ones, and its own closures. */
export const consulateClosures = pgTable(
  'consulate_closures',
  {
    id: uuid('id').primaryKey(),
    consulateId: uuid('consulate_id')
      .notNull()
      .references(() => consulates.id),
    /** Local calendar date (YYYY-MM-DD) in the consulate's time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind').$type<'host_holiday' | 'iran_holiday' | 'closure'>().notNull(),
    nameFa: text('name_fa').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [uniqueIndex('consulate_closures_day_key').on(t.consulateId, t.day)],
);
