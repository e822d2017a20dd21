import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  addressFa: text('address_fa').notNull(),
  addressEn: text('address_en').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  hoursFa: text('hours_fa').notNull(),
  hoursEn: text('hours_en').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
