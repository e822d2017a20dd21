import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { type ComponentChildren, Fragment } from 'preact';
import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { dateOnlyToUtc, formatDate } from '../../../platform/i18n/dates.ts';
import { localDigits } from '../../../platform/i18n/digits.ts';
import type { Locale, MessageKey, Translate } from '../../../platform/i18n/index.ts';
import {
  DateInput,
  type FieldError,
  Ltr,
  Radios,
  type SelectOption,
  SummaryList,
  type SummaryRow,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import { RESIDENCE_COUNTRIES } from '../residence.ts';
import type { ResidenceStatus, VerifiedIdentity } from '../schema.ts';
import type { ApplicantView } from '../service.ts';

/** A message key from a form, in the page's language; a key the catalog lacks shows a generic message, not nothing. */
export function message(t: Translate, key: MessageKey): string {
  return t(key) || t('accounts.error.generic');
}

/** The field's message, if it has one. */
export function fieldError(t: Translate, errors: FormErrors | undefined, name: string): string | undefined {
  const key = errors?.[name];
  return key ? message(t, key) : undefined;
}

/**
 * The error summary's entries in the order the fields appear on the page. A whole-form error (`_form`) comes first
 * and links to the first field; anything else not listed follows.
 */
export function summaryErrors(t: Translate, errors: FormErrors | undefined, order: string[]): FieldError[] {
  if (!errors) return [];
  const out: FieldError[] = [];
  const first = order[0] ?? '_form';
  if (errors._form) out.push({ field: first, message: message(t, errors._form) });
  for (const field of [...order, ...Object.keys(errors).filter((k) => k !== '_form' && !order.includes(k))]) {
    const key = errors[field];
    if (key && !out.some((e) => e.field === field)) out.push({ field, message: message(t, key) });
  }
  return out;
}

export function consulateName(c: Consulate, locale: Locale): string {
  return locale === 'fa' ? c.nameFa : c.nameEn;
}

export function consulateOptions(consulates: Consulate[], locale: Locale): SelectOption[] {
  return consulates.map((c) => ({ value: c.id, label: consulateName(c, locale) }));
}

export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** Every country one may live in, by its name in the page's language. */
export function countryOptions(locale: Locale): SelectOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return RESIDENCE_COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export const statusKey = (s: ResidenceStatus): MessageKey => `accounts.residence.status.${s}`;

/** A birth date kept as ISO `YYYY-MM-DD`, shown in the page's calendar. */
export function formatBirthDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return formatDate(dateOnlyToUtc({ year: y, month: m, day: d }), locale);
}

/** An Iranian identifier (national code, certificate number): the page's digits, kept left to right. */
export function Identifier({ value }: { value: string }) {
  const { locale } = useView();
  return <Ltr>{localDigits(value, locale)}</Ltr>;
}

/**
 * Puts a node where `{slot}` stands in a translated sentence, so a name or address stays an isolated run
 * wherever the language puts it.
 */
export function withSlot(t: Translate, key: MessageKey, param: string, node: ComponentChildren) {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { [param]: marker }).split(marker);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/** The identity questions, as on the birth certificate; used by the identity page and again on the mismatch page. */
export function IdentityFields({ values, errors }: { values: FormValues; errors?: FormErrors }) {
  const { t } = useView();
  const err = (name: string) => fieldError(t, errors, name);
  const name = (field: 'firstName' | 'lastName' | 'fatherName') => (
    <TextInput
      name={field}
      label={t(`accounts.identity.${field}`)}
      value={values[field]}
      error={err(field)}
      autocomplete="off"
      spellcheck={false}
      width={20}
    />
  );
  return (
    <>
      {name('firstName')}
      {name('lastName')}
      {name('fatherName')}
      <DateInput
        name="birthDate"
        legend={t('accounts.identity.birthDate')}
        hint={t('accounts.identity.birthDate.hint')}
        value={{
          day: values['birthDate-day'],
          month: values['birthDate-month'],
          year: values['birthDate-year'],
        }}
        error={err('birthDate')}
      />
      <Radios
        name="sex"
        legend={t('accounts.identity.sex')}
        value={values.sex}
        error={err('sex')}
        inline
        options={[
          { value: 'male', label: t('accounts.identity.sex.male') },
          { value: 'female', label: t('accounts.identity.sex.female') },
        ]}
      />
      <TextInput
        name="birthCertificateNumber"
        label={t('accounts.identity.certificate')}
        hint={t('accounts.identity.certificate.hint')}
        value={values.birthCertificateNumber}
        error={err('birthCertificateNumber')}
        numeric
        ltr
        width={10}
        autocomplete="off"
      />
    </>
  );
}

export const IDENTITY_FIELDS = [
  'firstName',
  'lastName',
  'fatherName',
  'birthDate',
  'sex',
  'birthCertificateNumber',
];

/** The verified identity, with no change links: only an officer corrects it, through the question system. */
export function IdentitySummary({
  identity,
  extra = [],
}: {
  identity: VerifiedIdentity;
  extra?: SummaryRow[];
}) {
  const { t, locale } = useView();
  const rows: SummaryRow[] = [
    { key: t('accounts.identity.firstName'), value: identity.firstName },
    { key: t('accounts.identity.lastName'), value: identity.lastName },
    { key: t('accounts.identity.fatherName'), value: identity.fatherName },
    { key: t('accounts.identity.birthDate'), value: formatBirthDate(identity.birthDate, locale) },
    ...(identity.birthPlace ? [{ key: t('accounts.identity.birthPlace'), value: identity.birthPlace }] : []),
    { key: t('accounts.identity.sex'), value: t(`accounts.identity.sex.${identity.sex}`) },
    {
      key: t('accounts.identity.certificate'),
      value: <Identifier value={identity.birthCertificateNumber} />,
    },
    ...extra,
  ];
  return <SummaryList rows={rows} />;
}

/** A phone number kept in E.164, shown grouped as people read it, left to right; the E.164 form stays machine-readable. */
export function Phone({ value }: { value: string }) {
  return (
    <data value={value}>
      <Ltr>{parsePhoneNumberFromString(value)?.formatInternational() ?? value}</Ltr>
    </data>
  );
}

/** Text typed on several lines (an address), its line breaks kept. */
export function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </>
  );
}

/** Name, address, hours and how to reach a consulate. */
export function ConsulateSummary({ consulate }: { consulate: Consulate }) {
  const { t, locale } = useView();
  const fa = locale === 'fa';
  return (
    <SummaryList
      rows={[
        { key: t('accounts.consulate.name'), value: consulateName(consulate, locale) },
        { key: t('accounts.consulate.address'), value: fa ? consulate.addressFa : consulate.addressEn },
        { key: t('accounts.consulate.hours'), value: fa ? consulate.hoursFa : consulate.hoursEn },
        {
          key: t('accounts.consulate.phone'),
          value: (
            <a href={`tel:${consulate.phone.replace(/\s+/g, '')}`}>
              <Ltr>{consulate.phone}</Ltr>
            </a>
          ),
        },
        {
          key: t('accounts.consulate.email'),
          value: (
            <a href={`mailto:${consulate.email}`}>
              <Ltr>{consulate.email}</Ltr>
            </a>
          ),
        },
        { key: t('accounts.consulate.timeZone'), value: <Ltr>{consulate.timeZone}</Ltr> },
      ]}
    />
  );
}

/**
 * The residence rows of the check page and the profile, each with its Change link to the residence form
 * (changing residence asks for confirmation again). The check page also lists the phone here.
 */
export function residenceRows(
  applicant: ApplicantView,
  consulate: Consulate | undefined,
  t: Translate,
  locale: Locale,
  options: { phone: boolean },
): SummaryRow[] {
  const r = applicant.residence;
  const notGiven = t('accounts.notGiven');
  const change = { href: '/register/residence' };
  const rows: SummaryRow[] = [
    { key: t('accounts.residence.country'), value: r ? countryName(r.country, locale) : notGiven, change },
    { key: t('accounts.residence.city'), value: r?.city || notGiven, change },
    {
      key: t('accounts.residence.address'),
      value: r?.address ? <Lines text={r.address} /> : notGiven,
      change,
    },
    {
      key: t('accounts.residence.postalCode'),
      value: r?.postalCode ? <Ltr>{r.postalCode}</Ltr> : notGiven,
      change,
    },
    { key: t('accounts.residence.status'), value: r ? t(statusKey(r.status)) : notGiven, change },
  ];
  if (options.phone) {
    rows.push({
      key: t('accounts.residence.phone'),
      value: applicant.phone ? <Phone value={applicant.phone} /> : notGiven,
      change,
    });
  }
  rows.push({
    key: t('accounts.residence.consulate'),
    value: consulate ? consulateName(consulate, locale) : t('accounts.check.noConsulate'),
    change,
  });
  return rows;
}
