import { z } from 'zod';
import { normalizePersian } from '../../platform/i18n/digits.ts';
import { GROUPS, type Group, ServiceDefinition, type ServiceInput, type Text } from './definition.ts';
import { GROUP_TEXT } from './services/groups.ts';
import { SERVICE_DEFINITIONS } from './services/index.ts';

export type Service = ServiceDefinition;

export class CatalogDefinitionError extends Error {
  override name = 'CatalogDefinitionError';
}

/**
 * For matching what people type: lower case, one form of each Persian letter (ي/ی, ك/ک, آ/أ/إ→ا, ؤ→و, ئ→ی, ة→ه),
 * no diacritics, no zero-width non-joiner («درخواست‌ها», «درخواستها» and «درخواست ها» all match), Latin digits.
 */
const fold = (text: string) =>
  normalizePersian(text)
    .toLocaleLowerCase('en')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[آأإ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ی')
    .replace(/ة/g, 'ه')
    .replace(/\u200c/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const haystackOf = (s: Service) =>
  fold(
    [s.name, s.summary, ...s.keywords, GROUP_TEXT[s.group].name].flatMap((t: Text) => [t.fa, t.en]).join(' '),
  );

/**
 * Every service definition, validated once (at boot, and by the catalog test): a broken definition stops the start
 * with the definition's id and zod's explanation, instead of failing on someone's form later.
 */
export function loadServices(inputs: readonly ServiceInput[] = SERVICE_DEFINITIONS) {
  const services: Service[] = inputs.map((input, i) => {
    const parsed = ServiceDefinition.safeParse(input);
    if (!parsed.success) {
      throw new CatalogDefinitionError(
        `Service definition ${input.id ?? `#${i}`} is invalid:\n${z.prettifyError(parsed.error)}`,
      );
    }
    return parsed.data;
  });
  const byId = new Map<string, Service>();
  for (const s of services) {
    if (byId.has(s.id)) throw new CatalogDefinitionError(`Two service definitions have the id ${s.id}`);
    byId.set(s.id, s);
  }
  const haystacks = new Map(services.map((s) => [s.id, haystackOf(s)]));
  return {
    all: services,
    find: (id: string) => byId.get(id),
    /** The groups in the real system's order, each with its services in definition order. */
    groups(): { group: Group; services: Service[] }[] {
      return GROUPS.map((group) => ({ group, services: services.filter((s) => s.group === group) })).filter(
        (g) => g.services.length > 0,
      );
    },
    /** Services whose names, summaries or keywords (either language) hold every word typed, in any order. */
    search(query: string): Service[] {
      const words = fold(query).split(' ').filter(Boolean);
      if (words.length === 0) return services;
      return services.filter((s) => words.every((w) => haystacks.get(s.id)!.includes(w)));
    },
  };
}

export type ServiceCatalog = ReturnType<typeof loadServices>;
