import { getCountries } from 'libphonenumber-js';
import { z } from 'zod';
import { toLatinDigits } from '../../platform/i18n/digits.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { PAYMENT_METHODS, type PaymentMethod } from '../catalog/demo-consulates.ts';
import type { Consulate, ConsulateFields } from '../catalog/service.ts';

/**
 * The consulate form: what an admin types, checked field by field. Every check is the platform's (Intl for time
 * zones and currencies, the ISO country list) so a typo cannot reach the schedules or the fees.
 */

/** Host countries and countries served: every ISO 3166-1 country but Iran (the consulates are abroad). */
export const CONSULATE_COUNTRIES: readonly string[] = getCountries().filter((c) => c !== 'IR');

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const TEXT_FIELDS = [
  'nameFa',
  'nameEn',
  'cityFa',
  'cityEn',
  'country',
  'timeZone',
  'addressFa',
  'addressEn',
  'phone',
  'email',
  'currency',
  'eurRate',
  'feeRounding',
  'hoursFa',
  'hoursEn',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What the form shows: as typed after a refusal, or the consulate's current values. */
export type ConsulateValues = Partial<Record<TextField | 'code', string>> & {
  countriesServed: string[];
  paymentMethods: string[];
  requirePasskey: boolean;
};

export type ConsulateErrors = Partial<
  Record<TextField | 'code' | 'countriesServed' | 'paymentMethods', MessageKey>
>;

/** Decimal typed in any digits, with a Persian (٫) or Latin decimal separator. */
export function normalizeDecimal(text: string): string {
  return toLatinDigits(text).trim().replace(/[٫,]/g, '.').replace(/\s+/g, '');
}

/** A decimal in its shortest form ("0.860000" → "0.86", "5.00" → "5"), for display and comparison. */
export function canonicalDecimal(text: string): string {
  if (!text.includes('.')) return text.replace(/^0+(?=\d)/, '');
  const [whole, fraction] = text.split('.') as [string, string];
  const f = fraction.replace(/0+$/, '');
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  return f ? `${w}.${f}` : w;
}

/** A positive decimal with at most `whole` integer digits and `places` decimals; undefined if not one. */
export function parseDecimal(
  text: string,
  whole: number,
  places: number,
  { allowZero = false } = {},
): string | undefined {
  const v = normalizeDecimal(text);
  const re = new RegExp(`^\\d{1,${whole}}(?:\\.\\d{1,${places}})?$`);
  if (!re.test(v)) return undefined;
  const canonical = canonicalDecimal(v);
  if (!allowZero && /^0(\.0*)?$/.test(canonical)) return undefined;
  return canonical;
}

export function isTimeZone(value: string): boolean {
  // Names only (Europe/London, UTC): offsets like +03:30 do not follow daylight saving.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const text = (max: number) =>
  z
    .string()
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1).max(max));
const multiline = (max: number) =>
  z
    .string()
    .transform((v) =>
      v
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trim())
        .join('\n')
        .trim(),
    )
    .pipe(z.string().min(1).max(max));

/** A positive decimal, given back in its shortest form. */
const decimal = (whole: number, places: number) =>
  z
    .string()
    .refine((v) => parseDecimal(v, whole, places) !== undefined)
    .transform((v) => parseDecimal(v, whole, places) as string);

const FIELD_CHECKS: Record<TextField, z.ZodType<string>> = {
  nameFa: text(160),
  nameEn: text(160),
  cityFa: text(80),
  cityEn: text(80),
  country: z.string().refine((c) => CONSULATE_COUNTRIES.includes(c)),
  timeZone: z
    .string()
    .transform((v) => v.trim())
    .refine(isTimeZone),
  addressFa: multiline(400),
  addressEn: multiline(400),
  phone: z
    .string()
    .transform((v) => toLatinDigits(v).replace(/\s+/g, ' ').trim())
    .pipe(z.string().regex(/^\+?[0-9][0-9 ().-]{5,29}$/)),
  email: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.email().max(254)),
  currency: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .refine((v) => /^[A-Z]{3}$/.test(v) && CURRENCIES.has(v)),
  // numeric(14, 6): units of the currency per euro.
  eurRate: decimal(8, 6),
  // numeric(12, 2): the step fees are rounded to (1, 0.5, 100…).
  feeRounding: decimal(10, 2),
  hoursFa: multiline(300),
  hoursEn: multiline(300),
};

const CODE = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is string => typeof v === 'string',
  );

export type ConsulateInput = Omit<ConsulateFields, 'paymentMethods'> & { paymentMethods: PaymentMethod[] };

export type ParsedConsulate =
  | { ok: true; data: ConsulateInput; code: string | undefined; values: ConsulateValues }
  | { ok: false; errors: ConsulateErrors; values: ConsulateValues };

/** Parses the posted form; `creating` adds the code (the consulate's slug, fixed once created). */
export function parseConsulateForm(body: unknown, creating: boolean): ParsedConsulate {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const str = (k: string) => {
    const v = raw[k];
    return (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '').slice(
      0,
      2_000,
    );
  };
  const values: ConsulateValues = {
    countriesServed: list(raw.countriesServed).slice(0, 300),
    paymentMethods: list(raw.paymentMethods).slice(0, 20),
    requirePasskey: str('requirePasskey') === 'yes',
  };
  const errors: ConsulateErrors = {};
  let code: string | undefined;
  if (creating) {
    values.code = str('code');
    code = values.code.trim().toLowerCase();
    if (!CODE.test(code)) errors.code = 'admin.consulate.error.code';
  }
  const data: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS) {
    values[field] = str(field);
    const parsed = FIELD_CHECKS[field].safeParse(values[field]);
    if (parsed.success) data[field] = parsed.data;
    else errors[field] = `admin.consulate.error.${field}`;
  }
  const served = [...new Set(values.countriesServed)];
  if (served.length === 0 || served.some((c) => !CONSULATE_COUNTRIES.includes(c))) {
    errors.countriesServed = 'admin.consulate.error.countriesServed';
  }
  const methods = [...new Set(values.paymentMethods)];
  if (methods.length === 0 || methods.some((m) => !(PAYMENT_METHODS as readonly string[]).includes(m))) {
    errors.paymentMethods = 'admin.consulate.error.paymentMethods';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  const d = data as Record<TextField, string>;
  // One order whichever language the form was in: the host country first, then the others by code.
  served.sort((a, b) => (a === d.country ? -1 : b === d.country ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    ok: true,
    code,
    values,
    data: {
      ...d,
      countriesServed: served,
      paymentMethods: PAYMENT_METHODS.filter((m) => methods.includes(m)),
      requirePasskey: values.requirePasskey,
    },
  };
}

/** The form's values for a consulate as it is. */
export function valuesOf(c: Consulate): ConsulateValues {
  return {
    code: c.code,
    nameFa: c.nameFa,
    nameEn: c.nameEn,
    cityFa: c.cityFa,
    cityEn: c.cityEn,
    country: c.country,
    timeZone: c.timeZone,
    addressFa: c.addressFa,
    addressEn: c.addressEn,
    phone: c.phone,
    email: c.email,
    currency: c.currency,
    eurRate: canonicalDecimal(c.eurRate),
    feeRounding: canonicalDecimal(c.feeRounding),
    hoursFa: c.hoursFa,
    hoursEn: c.hoursEn,
    countriesServed: c.countriesServed,
    paymentMethods: c.paymentMethods,
    requirePasskey: c.requirePasskey,
  };
}

/** What an update changes, field by field, old and new (a consulate's fields are not personal data). */
export function consulateChanges(
  before: Consulate,
  after: ConsulateInput,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const norm = (key: string, v: unknown) =>
    key === 'eurRate' || key === 'feeRounding' ? canonicalDecimal(String(v)) : v;
  for (const [key, to] of Object.entries(after)) {
    const from = norm(key, before[key as keyof Consulate]);
    const next = norm(key, to);
    if (JSON.stringify(from) !== JSON.stringify(next)) changes[key] = { from, to: next };
  }
  return changes;
}
