/**
 * The civil-registry module's public face: other modules import from here only. It checks national codes, looks
 * people up in the civil registry (ثبت احوال) and decides whether what an applicant typed matches the record.
 */
export { ADULT_AGE, ageOn, isMinorOn, todayUtc } from './age.ts';
export { type DemoPersonRow, demoPeopleMarkdown, demoPeopleTable } from './fixtures.ts';
export {
  checkIdentity,
  type IdentityCheck,
  type IdentityClaim,
  type IdentityField,
  type IdentityMatch,
  matchIdentity,
  normalizeForMatch,
} from './match.ts';
export {
  formatNationalCode,
  isValidNationalCode,
  maskNationalCode,
  type NationalCodeProblem,
  nationalCodeProblem,
  normalizeNationalCode,
} from './national-code.ts';
export {
  type CivilRegistry,
  type CivilRegistryKind,
  CivilRegistryUnavailableError,
  createCivilRegistry,
  type RegistryRecord,
} from './registry.ts';
