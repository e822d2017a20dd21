import type { DateOnly } from '../../platform/i18n/dates.ts';
import { DEMO_PEOPLE } from './fixtures.ts';
import { isValidNationalCode, maskNationalCode, normalizeNationalCode } from './national-code.ts';

/** One person as the civil registry (ثبت احوال) knows them. Names are in Persian script, as on Iranian documents. */
export type RegistryRecord = {
  nationalCode: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  birthDate: DateOnly;
  birthPlace: string;
  sex: 'male' | 'female';
  birthCertificateNumber: string;
  alive: boolean;
};

/**
 * The seam a real registry adapter implements. `lookup` resolves undefined only when the registry answered that it
 * has no such person; a timeout, a refused connection or an unreadable answer must reject (preferably with
 * CivilRegistryUnavailableError), never resolve undefined, or an outage would tell real people they do not exist.
 */
export interface CivilRegistry {
  lookup(nationalCode: string): Promise<RegistryRecord | undefined>;
  readonly name: string;
}

/** What an adapter throws when the registry cannot be asked: the caller shows "try again later", not "not found". */
export class CivilRegistryUnavailableError extends Error {
  override readonly name = 'CivilRegistryUnavailableError';
}

/** The registry of demo people (fixtures.ts), or of the people a test gives it. */
export class FixtureRegistry implements CivilRegistry {
  readonly name = 'fixture';
  readonly #byCode: ReadonlyMap<string, RegistryRecord>;

  constructor(people: readonly RegistryRecord[] = DEMO_PEOPLE) {
    const byCode = new Map<string, RegistryRecord>();
    for (const person of people) {
      const code = person.nationalCode;
      if (!isValidNationalCode(code) || normalizeNationalCode(code) !== code) {
        throw new Error(`fixture person with an invalid national code ${maskNationalCode(code)}`);
      }
      if (byCode.has(code))
        throw new Error(`two fixture people share the national code ${maskNationalCode(code)}`);
      byCode.set(code, person);
    }
    this.#byCode = byCode;
  }

  async lookup(nationalCode: string): Promise<RegistryRecord | undefined> {
    const person = this.#byCode.get(normalizeNationalCode(nationalCode));
    // A copy, so no caller can change the fixtures for the rest of the process.
    return person ? structuredClone(person) : undefined;
  }
}

export type CivilRegistryKind = 'fixture';

/** Configuration names the implementation; a real adapter is added here as another kind. */
export function createCivilRegistry(
  kind: CivilRegistryKind,
  options: { people?: readonly RegistryRecord[] } = {},
): CivilRegistry {
  if (kind === 'fixture') return new FixtureRegistry(options.people);
  throw new Error(`unknown civil registry kind: ${String(kind satisfies never)}`);
}
