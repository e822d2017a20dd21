import { sql } from 'drizzle-orm';
import { numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
