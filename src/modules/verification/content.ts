import { canonicalJson } from '../../platform/audit.ts';
import { localDigits } from '../../platform/i18n/digits.ts';
import { type Locale, type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { Text } from '../catalog/definition.ts';
import type { Consulate } from '../catalog/service.ts';
import { answerText, isShown } from '../requests/fields.tsx';
import { COMPOSED_TEXT, type RequestView } from '../requests/service.ts';
import { contentDigest } from './signing.ts';

/**
 * The document as issued: what the paper says and what the verification page shows, in both languages where the
 * document has both. It is sealed in the row and its SHA-256 is what the signature covers, so it is built once,
 * when the document is prepared, and never again: a later change of the request, the catalog or a translation
 * cannot change an issued document.
 */

export type PartyRole = 'principal' | 'agent' | 'applicant';

export type Party = {
  role: PartyRole;
  firstName: string;
  lastName: string;
  fatherName: string;
  /** 10 digits, Latin. */
  nationalCode: string;
  /** ISO date, or '' when not known. */
  birthDate: string;
};

export type IssuedContent = {
  v: 1;
  number: string;
  title: Text;
  service: { id: string; name: Text };
  consulate: { code: string; name: Text };
  parties: Party[];
  /** The full text: Persian always; English too for certificates and confirmations (a power of attorney is Persian). */
  text: { fa: string; en?: string };
  /** The request's particulars, read back in both languages (certificates and confirmations). */
  details: { label: Text; value: Text }[];
};

/** The applicant as verified by the civil registry. */
export type Person = {
  firstName: string;
  lastName: string;
  fatherName: string;
  nationalCode: string;
  birthDate: string;
};

/** The services whose document is a power of attorney (Persian legal text, principal and agents). */
const POWER_OF_ATTORNEY = 'power-of-attorney';
const SIGNATURE_ATTESTATION = 'signature-attestation';

const both = (key: MessageKey, params?: Record<string, string>): Text => ({
  fa: translator('fa')(key, params),
  en: translator('en')(key, params),
});

function agentsOf(answers: RequestView['answers']): Party[] {
  const one = (id: string) => {
    const v = answers[id];
    return typeof v === 'string' ? v.trim() : '';
  };
  const count = Math.min(3, Math.max(1, Number(one('agentCount')) || 1));
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    return {
      role: 'agent' as const,
      firstName: one(`agent${n}FirstName`),
      lastName: one(`agent${n}LastName`),
      fatherName: one(`agent${n}FatherName`),
      nationalCode: one(`agent${n}NationalCode`),
      birthDate: one(`agent${n}BirthDate`),
    };
  });
}

/** «مریم احمدی فرزند حسن به شمارهٔ ملی …» / "Maryam Ahmadi, child of Hasan, national code …". */
export function describePerson(p: Person, locale: Locale): string {
  const t = translator(locale);
  return t('verification.text.person', {
    name: `${p.firstName} ${p.lastName}`.trim(),
    father: p.fatherName,
    nationalCode: localDigits(p.nationalCode, locale),
  });
}

function particulars(r: RequestView, skip: string[]): IssuedContent['details'] {
  const out: IssuedContent['details'] = [];
  for (const page of r.service.pages) {
    if (!isShown(page.showIf, r.answers)) continue;
    for (const field of page.fields) {
      if (skip.includes(field.id) || !isShown(field.showIf, r.answers)) continue;
      const value = r.answers[field.id];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      out.push({
        label: field.label,
        value: { fa: answerText(field, value, 'fa'), en: answerText(field, value, 'en') },
      });
    }
  }
  return out;
}

/** The content of the document a request ends in, numbered. */
export function buildContent(input: {
  number: string;
  request: RequestView;
  applicant: Person;
  consulate: Consulate;
}): IssuedContent {
  const { request: r, applicant, consulate } = input;
  const base = {
    v: 1 as const,
    number: input.number,
    service: { id: r.service.id, name: r.service.name },
    consulate: { code: consulate.code, name: { fa: consulate.nameFa, en: consulate.nameEn } },
  };
  const principal: Party = { role: 'principal', ...applicant };
  if (r.service.id === POWER_OF_ATTORNEY || r.service.composedText === 'power-of-attorney') {
    const text = r.answers[COMPOSED_TEXT];
    return {
      ...base,
      title: both('verification.doc.title.powerOfAttorney'),
      parties: [principal, ...agentsOf(r.answers)],
      text: { fa: typeof text === 'string' ? text.trim() : '' },
      details: [],
    };
  }
  const person = { ...applicant };
  const consulateName = { fa: consulate.nameFa, en: consulate.nameEn };
  if (r.service.id === SIGNATURE_ATTESTATION) {
    const subject = typeof r.answers.subject === 'string' ? r.answers.subject.trim() : '';
    const kindField = r.service.pages.flatMap((p) => p.fields).find((f) => f.id === 'documentType');
    const kind = (locale: Locale) =>
      kindField ? answerText(kindField, r.answers.documentType, locale) : r.service.name[locale];
    const text = (locale: Locale) =>
      `${translator(locale)('verification.text.signature', {
        person: describePerson(person, locale),
        consulate: consulateName[locale],
        kind: kind(locale),
      })}\n\n${subject}`.trim();
    return {
      ...base,
      title: both('verification.doc.title.signature'),
      parties: [{ ...principal, role: 'applicant' }],
      text: { fa: text('fa'), en: text('en') },
      details: particulars(r, ['subject', 'documentType']),
    };
  }
  const text = (locale: Locale) =>
    translator(locale)('verification.text.certify', {
      person: describePerson(person, locale),
      consulate: consulateName[locale],
      service: r.service.name[locale],
    });
  return {
    ...base,
    title: r.service.name,
    parties: [{ ...principal, role: 'applicant' }],
    text: { fa: text('fa'), en: text('en') },
    details: particulars(r, [COMPOSED_TEXT]),
  };
}

/** The bytes the hash is taken of: canonical JSON (keys sorted), UTF-8. */
export function contentBytes(content: IssuedContent): Buffer {
  return Buffer.from(canonicalJson(content), 'utf8');
}

export function hashContent(content: IssuedContent): { hex: string; b64url: string } {
  return contentDigest(contentBytes(content));
}
