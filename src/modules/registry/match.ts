import type { DateOnly } from '../../platform/i18n/dates.ts';
import { normalizePersian } from '../../platform/i18n/digits.ts';
import { isValidNationalCode, normalizeNationalCode } from './national-code.ts';
import type { CivilRegistry, RegistryRecord } from './registry.ts';

/**
 * One name is typed many ways: with or without the zero-width non-joiner or a space (سیدمهدی, سید مهدی), on an
 * Arabic keyboard (ي, ك), with hamza forms (مائده, مایده; رؤیا, رویا), with or without the madda (آرین, ارین) and
 * diacritics, or pasted from a PDF in Arabic presentation forms. The form here is for comparing, never for display.
 */
export function normalizeForMatch(name: string): string {
  return normalizePersian(name.normalize('NFKC'))
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/[ةۀھہ]/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/[ئيى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\s\u00ad\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069]/g, '')
    .toLowerCase();
}

export type IdentityClaim = {
  firstName: string;
  lastName: string;
  fatherName: string;
  birthDate: DateOnly;
  birthPlace?: string;
  sex?: 'male' | 'female';
  birthCertificateNumber?: string;
};

export type IdentityField =
  | 'firstName'
  | 'lastName'
  | 'fatherName'
  | 'birthDate'
  | 'birthPlace'
  | 'sex'
  | 'birthCertificateNumber';

export type IdentityMatch = { matches: boolean; mismatched: IdentityField[] };

function sameName(a: string, b: string): boolean {
  return normalizeForMatch(a) === normalizeForMatch(b);
}

function sameDate(a: DateOnly, b: DateOnly): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Optional claim fields left blank on a form were not claimed, so they are not compared. */
function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * Compares what the applicant typed with the registry's record. `mismatched` is for the audit log and the officer
 * only: the applicant is never told which field differs, or a few tries would reveal a stranger's record one field
 * at a time.
 */
export function matchIdentity(claim: IdentityClaim, record: RegistryRecord): IdentityMatch {
  const mismatched: IdentityField[] = [];
  if (!sameName(claim.firstName, record.firstName)) mismatched.push('firstName');
  if (!sameName(claim.lastName, record.lastName)) mismatched.push('lastName');
  if (!sameName(claim.fatherName, record.fatherName)) mismatched.push('fatherName');
  if (!sameDate(claim.birthDate, record.birthDate)) mismatched.push('birthDate');
  if (given(claim.birthPlace) && !sameName(claim.birthPlace, record.birthPlace))
    mismatched.push('birthPlace');
  if (claim.sex !== undefined && claim.sex !== record.sex) mismatched.push('sex');
  if (
    given(claim.birthCertificateNumber) &&
    normalizeNationalCode(claim.birthCertificateNumber) !==
      normalizeNationalCode(record.birthCertificateNumber)
  ) {
    mismatched.push('birthCertificateNumber');
  }
  return { matches: mismatched.length === 0, mismatched };
}

export type IdentityCheck =
  | { outcome: 'match'; record: RegistryRecord }
  | { outcome: 'mismatch'; mismatched: IdentityField[] }
  | { outcome: 'unusable'; reason: 'unknown' | 'deceased' };

/**
 * The decision the accounts module acts on. On a match it gets the registry's record, whose spelling is the one to
 * keep. A deceased record is reported only when the claim matches it, so a stranger trying codes learns nothing
 * about who has died; and the applicant should be shown "unknown" and "mismatch" alike (a discrepancy to raise
 * with an officer), so answers do not reveal which codes exist. A registry that cannot be reached throws, and the
 * error is left to propagate: it is an outage, not an answer.
 */
export async function checkIdentity(
  registry: CivilRegistry,
  nationalCode: string,
  claim: IdentityClaim,
): Promise<IdentityCheck> {
  if (!isValidNationalCode(nationalCode)) return { outcome: 'unusable', reason: 'unknown' };
  const record = await registry.lookup(normalizeNationalCode(nationalCode));
  if (!record) return { outcome: 'unusable', reason: 'unknown' };
  const { matches, mismatched } = matchIdentity(claim, record);
  if (!matches) return { outcome: 'mismatch', mismatched };
  if (!record.alive) return { outcome: 'unusable', reason: 'deceased' };
  return { outcome: 'match', record };
}
