import type { FormErrors } from '../../../platform/http/forms.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import type { Locale, MessageKey, Translate } from '../../../platform/i18n/index.ts';
import { PasskeyControl, PasskeyFallback } from '../../../platform/passkeys/views.tsx';
import { type FieldError, Ltr, TextInput, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { RoleGrant } from '../roles.ts';

/** A form's message in the page's language; a key the catalog lacks shows a generic message, not nothing. */
export function message(t: Translate, key: MessageKey | undefined): string | undefined {
  return key ? t(key) || t('staff.error.generic') : undefined;
}

/** The error summary's entries in the order the fields appear; a whole-form error links to the first field. */
export function summaryErrors(t: Translate, errors: FormErrors | undefined, order: string[]): FieldError[] {
  if (!errors) return [];
  const out: FieldError[] = [];
  if (errors._form) out.push({ field: order[0] ?? '_form', message: message(t, errors._form)! });
  for (const field of [...order, ...Object.keys(errors).filter((k) => k !== '_form' && !order.includes(k))]) {
    const key = errors[field];
    if (key && !out.some((e) => e.field === field)) out.push({ field, message: message(t, key)! });
  }
  return out;
}

export const consulateName = (c: Pick<Consulate, 'nameFa' | 'nameEn'>, locale: Locale) =>
  locale === 'fa' ? c.nameFa : c.nameEn;

/** "Officer — London" (the city names the mission), "Admin (every consulate)": one line per grant, admins first. */
export function roleLines(
  roles: RoleGrant[],
  consulates: Consulate[],
  t: Translate,
  locale: Locale,
): string[] {
  const order = { admin: 0, supervisor: 1, officer: 2 } as const;
  return [...roles]
    .sort((a, b) => order[a.role] - order[b.role])
    .map((r) => {
      if (r.role === 'admin') return t('staff.role.admin.everywhere');
      const c = consulates.find((x) => x.id === r.consulateId);
      const city = c ? (locale === 'fa' ? c.cityFa : c.cityEn) : '?';
      return t('staff.role.at', { role: t(`staff.role.${r.role}`), consulate: city });
    });
}

export function RoleList({ roles, consulates }: { roles: RoleGrant[]; consulates: Consulate[] }) {
  const { t, locale } = useView();
  const lines = roleLines(roles, consulates, t, locale);
  if (lines.length === 0) return <>{t('staff.role.none')}</>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul class="staff-roles">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** A time with the note that it is UTC (staff work in many zones). */
export function Time({ at }: { at: Date }) {
  const { t, locale } = useView();
  return (
    <>
      {formatDate(at, locale, { time: true })} <span class="staff-muted">{t('staff.time.utcShort')}</span>
    </>
  );
}

export function Email({ value }: { value: string }) {
  return <Ltr>{value}</Ltr>;
}

/** "Account: name@example.org" on a line of its own, the address never broken at its hyphens. */
export function AccountLine({ email }: { email: string }) {
  const { t } = useView();
  return (
    <p>
      {t('staff.second.account')}{' '}
      <bdi dir="ltr" class="staff-nowrap">
        {email}
      </bdi>
    </p>
  );
}

/** A staff passkey button (the shared control, with the staff wording); hidden until `passkeys.js` can run it. */
export function PasskeyButton(props: {
  ceremony: 'create' | 'get';
  options: string;
  verify: string;
  label: string;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useView();
  return (
    <PasskeyControl
      {...props}
      module="staff-passkey"
      error={t(props.ceremony === 'create' ? 'staff.passkey.error.add' : 'staff.passkey.error.use')}
      exists={t('staff.passkey.error.exists')}
    />
  );
}

export { PasskeyFallback };

/** The six-digit code from an authenticator app: the same field wherever one is asked for. */
export function TotpCodeField({ label, error }: { label: string; error?: string }) {
  const { t } = useView();
  return (
    <TextInput
      name="code"
      label={label}
      hint={t('staff.second.totp.hint')}
      error={error}
      numeric
      width={5}
      autocomplete="one-time-code"
      maxlength={12}
    />
  );
}
