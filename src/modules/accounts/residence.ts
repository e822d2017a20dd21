import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { z } from 'zod';
import { type FormErrors, type FormValues, parseForm } from '../../platform/http/forms.ts';
import { normalizePersian, toLatinDigits } from '../../platform/i18n/digits.ts';
import type { Consulate } from '../catalog/service.ts';
import type { Residence, ResidenceStatus } from './schema.ts';

export const RESIDENCE_STATUSES: ResidenceStatus[] = [
  'permanent',
  'student',
  'work',
  'refugee',
  'citizen',
  'other',
];

/** Every country libphonenumber knows, as ISO 3166-1 alpha-2 codes. */
export const COUNTRIES: string[] = getCountries();

/** Countries an applicant may live in: every country libphonenumber knows, except Iran (the portal is for abroad). */
export const RESIDENCE_COUNTRIES: string[] = COUNTRIES.filter((c) => c !== 'IR');

/**
 * A phone number as typed (any digits) in E.164, or undefined if it is not a valid number. Without a country code
 * it is read as a number of `country`, when one is given.
 */
export function phoneToE164(text: string, country?: string): string | undefined {
  const region = country && COUNTRIES.includes(country) ? (country as CountryCode) : undefined;
  const phone = parsePhoneNumberFromString(toLatinDigits(text).trim(), region);
  return phone?.isValid() ? phone.number : undefined;
}

const Form = z.object({
  country: z.string().refine((c) => RESIDENCE_COUNTRIES.includes(c), 'accounts.error.country.empty'),
  city: z
    .string()
    .transform(normalizePersian)
    .pipe(z.string().min(1, 'accounts.error.city.empty').max(100, 'accounts.error.city.long')),
  address: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(5, 'accounts.error.address.empty').max(500, 'accounts.error.address.long')),
  postalCode: z.string().transform((v) => toLatinDigits(v).trim().toUpperCase().replace(/\s+/g, ' ')),
  phone: z.string().transform((v) => toLatinDigits(v).trim()),
  status: z.enum(
    RESIDENCE_STATUSES as [ResidenceStatus, ...ResidenceStatus[]],
    'accounts.error.residenceStatus.empty',
  ),
  consulateId: z.string().min(1, 'accounts.error.consulate.empty'),
});

export type ResidenceInput = { residence: Residence; phone: string; consulateId: string };

/**
 * The residence form: the postal code checked against the country's format where postcode-validator knows it
 * (optional where the country has none), the phone parsed for that country and kept in E.164.
 */
export function parseResidence(
  body: unknown,
  consulates: Consulate[],
):
  | { ok: true; data: ResidenceInput; values: FormValues }
  | { ok: false; errors: FormErrors; values: FormValues } {
  const form = parseForm(Form, body);
  const errors: FormErrors = form.ok ? {} : { ...form.errors };
  const v = form.values;
  const country = (v.country ?? '').trim();
  const postalCode = toLatinDigits(v.postalCode ?? '')
    .trim()
    .toUpperCase()
    .replace(/\s+/g, ' ');
  if (!errors.postalCode && RESIDENCE_COUNTRIES.includes(country)) {
    if (postcodeValidatorExistsForCountry(country)) {
      if (!postalCode) errors.postalCode = 'accounts.error.postalCode.empty';
      else if (!postcodeValidator(postalCode, country))
        errors.postalCode = 'accounts.error.postalCode.invalid';
    } else if (postalCode.length > 12) errors.postalCode = 'accounts.error.postalCode.invalid';
  }
  let e164 = '';
  const phoneText = toLatinDigits(v.phone ?? '').trim();
  if (!phoneText) errors.phone = 'accounts.error.phone.empty';
  else {
    const phone = phoneToE164(phoneText, RESIDENCE_COUNTRIES.includes(country) ? country : undefined);
    if (!phone) errors.phone = 'accounts.error.phone.invalid';
    else e164 = phone;
  }
  if (v.consulateId && !consulates.some((c) => c.id === v.consulateId))
    errors.consulateId = 'accounts.error.consulate.empty';
  if (!form.ok || Object.keys(errors).length > 0) return { ok: false, errors, values: v };
  return {
    ok: true,
    values: v,
    data: {
      residence: {
        country,
        city: form.data.city,
        address: form.data.address,
        postalCode,
        status: form.data.status,
      },
      phone: e164,
      consulateId: form.data.consulateId,
    },
  };
}
