import { z } from 'zod';
import { PROFILE_KINDS } from '../documents/kinds.ts';

/**
 * A consular service as data. Each service is a TypeScript module exporting one definition; the registry
 * validates every definition with these schemas when the app boots, so a mistake in a definition stops the
 * start-up (and the test that validates the catalog) instead of showing a broken form. Adding a service is a
 * definition and nothing else: no route code.
 */

/** Every text a person sees, in both languages, never empty. */
export const Text = z.object({ fa: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type Text = z.infer<typeof Text>;

const Id = z.string().regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, 'ids are kebab-case');
const FieldId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'field ids are camelCase');

/** Show a field (or a document) only when an earlier answer has one of these values. */
export const Condition = z
  .object({ field: FieldId, equals: z.union([z.string(), z.array(z.string()).min(1)]) })
  .strict();
export type Condition = z.infer<typeof Condition>;

const Option = z
  .object({ value: z.string().regex(/^[a-z0-9-]+$/), label: Text, hint: Text.optional() })
  .strict();

const base = {
  id: FieldId,
  label: Text,
  hint: Text.optional(),
  /** Answers are required unless a field says otherwise. */
  optional: z.boolean().default(false),
  showIf: Condition.optional(),
};

/**
 * The kinds of question a service may ask. Formats that need checking (national codes, phone numbers, postcodes,
 * dates) are types of their own, so the check is the platform's, not each definition's.
 */
export const Field = z.discriminatedUnion('type', [
  z
    .object({
      ...base,
      type: z.literal('text'),
      maxLength: z.number().int().min(1).max(2000).default(200),
      multiline: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('date'),
      /** The date must be in the past (a birth), or in the future (a planned trip); unset: any date. */
      when: z.enum(['past', 'future']).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('choice'),
      options: z.array(Option).min(2),
      /** Radios for a few options, a select for many. */
      style: z.enum(['radios', 'select']).default('radios'),
    })
    .strict(),
  z.object({ ...base, type: z.literal('checkboxes'), options: z.array(Option).min(1) }).strict(),
  z.object({ ...base, type: z.literal('nationalCode') }).strict(),
  z.object({ ...base, type: z.literal('phone') }).strict(),
  z.object({ ...base, type: z.literal('email') }).strict(),
  z.object({ ...base, type: z.literal('country') }).strict(),
]);
export type Field = z.infer<typeof Field>;

/** One page of questions (one question, or one small group of questions, per page). */
export const Page = z
  .object({
    id: Id,
    title: Text,
    /** A paragraph above the questions. */
    intro: Text.optional(),
    fields: z.array(Field).min(1),
    showIf: Condition.optional(),
  })
  .strict();
export type Page = z.infer<typeof Page>;

/** A document the request itself needs (beyond the profile's), uploaded through the documents pipeline. */
export const RequestDocument = z
  .object({
    kind: z.string().regex(/^[a-z][a-z0-9_]*$/),
    label: Text,
    hint: Text,
    /** A face photo: JPEG or PNG, portrait. */
    photo: z.boolean().default(false),
    optional: z.boolean().default(false),
    showIf: Condition.optional(),
  })
  .strict();
export type RequestDocument = z.infer<typeof RequestDocument>;

export const GROUPS = [
  'passport',
  'civil',
  'notarial',
  'students',
  'medical',
  'certificates',
  'identity-card',
  'attestation',
] as const;
export type Group = (typeof GROUPS)[number];

/**
 * How a request ends once approved: `counter` — the consulate makes the document and hands it over at the visit;
 * `iran` — the file goes to Iran (passports, smart cards, civil certificates, police certificates) and the
 * document comes back to be collected or posted; `online` — confirmed online, nothing to collect.
 */
export const OUTCOMES = ['counter', 'iran', 'online'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ServiceDefinition = z
  .object({
    id: Id,
    group: z.enum(GROUPS),
    name: Text,
    /** One or two sentences: what the service is for. */
    summary: Text,
    /** Words people may type when looking for it (synonyms, the official name, common misspellings). */
    keywords: z.array(Text).default([]),
    /** For the applicant themselves, and/or for their child under 18 (a parent applies). */
    applicants: z.array(z.enum(['self', 'minor'])).min(1),
    /** What to have ready before starting, beyond the documents listed below. */
    prepare: z.array(Text).default([]),
    pages: z.array(Page).min(1),
    documents: z
      .object({
        /** Registration documents the request relies on (must be in the profile). */
        profile: z.array(z.enum(PROFILE_KINDS)).default([]),
        request: z.array(RequestDocument).default([]),
      })
      .strict(),
    fee: z
      .object({
        /** The tariff, in euros, as the tariff is set; 0 for a free service. */
        eur: z.number().min(0),
        /** A different tariff for some answers (a power of attorney to sell property costs more). */
        byAnswer: z
          .object({ field: FieldId, amounts: z.record(z.string(), z.number().min(0)) })
          .strict()
          .optional(),
        /** What the amount covers when it is not obvious (e.g. "per document"). */
        note: Text.optional(),
      })
      .strict(),
    visit: z.discriminatedUnion('required', [
      z.object({ required: z.literal(true), minutes: z.number().int().min(5).max(240) }).strict(),
      z.object({ required: z.literal(false) }).strict(),
    ]),
    outcome: z.enum(OUTCOMES),
    /** The back office colours a request amber, then red, after this many days waiting. */
    sla: z.object({ amberDays: z.number().int().min(1), redDays: z.number().int().min(2) }).strict(),
    /** Submitting needs a sign-in within the last 15 minutes (powers of attorney). */
    sensitive: z.boolean().default(false),
    /**
     * A legal text composed from the answers, shown for review and editable before the documents: the power of
     * attorney's. Its template lives with the requests module; placeholders left in it block submission.
     */
    composedText: z.enum(['power-of-attorney']).optional(),
    /**
     * What the officer must see in the original at the counter beyond the scans the request holds (the passport and
     * each document's original are checked anyway): a person in the flesh, a paper that was never uploaded.
     */
    originals: z.array(Text).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    for (const page of s.pages) {
      for (const field of page.fields) {
        if (ids.has(field.id)) {
          ctx.addIssue({ code: 'custom', message: `field id ${field.id} is used twice`, path: ['pages'] });
        }
        ids.add(field.id);
      }
    }
    const check = (condition: Condition | undefined, where: string) => {
      if (condition && !ids.has(condition.field)) {
        ctx.addIssue({ code: 'custom', message: `${where} depends on unknown field ${condition.field}` });
      }
    };
    for (const page of s.pages) {
      check(page.showIf, `page ${page.id}`);
      for (const field of page.fields) check(field.showIf, `field ${field.id}`);
    }
    for (const d of s.documents.request) check(d.showIf, `document ${d.kind}`);
    if (s.fee.byAnswer && !ids.has(s.fee.byAnswer.field)) {
      ctx.addIssue({ code: 'custom', message: `fee depends on unknown field ${s.fee.byAnswer.field}` });
    }
    if (s.sla.redDays <= s.sla.amberDays) {
      ctx.addIssue({ code: 'custom', message: 'sla.redDays must be after sla.amberDays', path: ['sla'] });
    }
  });

export type ServiceDefinition = z.output<typeof ServiceDefinition>;
/** What a definition module writes (defaults may be left out). */
export type ServiceInput = z.input<typeof ServiceDefinition>;

/** Helper for definition modules: typed input, validated later by the registry with every other definition. */
export const defineService = (service: ServiceInput): ServiceInput => service;

/** The tariff in euros for a request with these answers. */
export function tariffFor(service: ServiceDefinition, answers: Record<string, unknown>): number {
  const by = service.fee.byAnswer;
  const value = by ? answers[by.field] : undefined;
  return by && typeof value === 'string' && value in by.amounts ? by.amounts[value]! : service.fee.eur;
}
