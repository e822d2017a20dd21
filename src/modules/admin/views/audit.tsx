import type { VerifyResult } from '../../../platform/audit.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import {
  Button,
  ButtonGroup,
  Code,
  DateInput,
  Details,
  ErrorSummary,
  errorList,
  Form,
  Layout,
  Ltr,
  NotificationBanner,
  Pagination,
  Table,
  TextInput,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import { type AuditFilterErrors, type AuditFilterValues, compactDetails } from '../service.ts';
import type { AuditRow, StaffName } from '../store.ts';

/** The filters as a query string, for the page links (so paging keeps them). */
export function filterQuery(values: AuditFilterValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const AUDIT_TIME = {
  fa: new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-CA', {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
};

/** To the second, in UTC, compact: a log is read by the row. Jalali in Persian, ISO-like in English. */
export function auditTime(at: Date, locale: Locale): string {
  const parts = AUDIT_TIME[locale].formatToParts(at);
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  const sep = locale === 'fa' ? '/' : '-';
  return `${p('year')}${sep}${p('month')}${sep}${p('day')} ${p('hour')}:${p('minute')}:${p('second')}`;
}

function Actor({ actor, names }: { actor: string; names: Map<string, StaffName> }) {
  const { t } = useView();
  const link = `/staff/audit${filterQuery({ actor })}`;
  if (actor.startsWith('staff:')) {
    const person = names.get(actor.slice(6));
    if (person) {
      return (
        <a href={link} title={person.email}>
          <bdi>{person.name}</bdi>
        </a>
      );
    }
  }
  if (actor === 'system' || actor === 'anonymous') {
    return <a href={link}>{t(`admin.audit.actor.${actor}`)}</a>;
  }
  return (
    <a href={link}>
      <Code value={actor} />
    </a>
  );
}

/**
 * The audit log, newest first: filter by who, what, on what and when; page by id; check the chain. Times are
 * UTC, as stored: the log spans every consulate's time zone.
 */
export function AuditLogPage({
  rows,
  names,
  values,
  errors = {},
  newer,
  older,
  verified,
}: {
  rows: AuditRow[];
  names: Map<string, StaffName>;
  values: AuditFilterValues;
  errors?: AuditFilterErrors;
  newer: boolean;
  older: boolean;
  verified?: VerifyResult;
}) {
  const { t, locale } = useView();
  const messages = Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k, v ? t(v) : undefined]),
  ) as Record<string, string | undefined>;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const filtered = Object.keys(values).length > 0;
  return (
    <Layout title={t('admin.audit.title')} width="wide" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary errors={errorList(messages)} />
      {verified ? (
        verified.ok ? (
          <NotificationBanner type="success" title={t('admin.audit.verify.okTitle')}>
            <p>{t('admin.audit.verify.ok', { rows: verified.rows })}</p>
          </NotificationBanner>
        ) : (
          <div class="admin-audit__broken" role="alert">
            <WarningText>
              {t('admin.audit.verify.broken', { id: String(verified.brokenAt) })}{' '}
              <a href={`/staff/audit${filterQuery({}, { before: String(verified.brokenAt + 1) })}`}>
                {t('admin.audit.verify.show')}
              </a>
            </WarningText>
            <p>
              {t(
                verified.reason.startsWith('prev_hash')
                  ? 'admin.audit.verify.reasonLink'
                  : 'admin.audit.verify.reasonContent',
              )}
            </p>
          </div>
        )
      ) : null}
      <h1>{t('admin.audit.title')}</h1>
      <p>{t('admin.audit.intro')}</p>

      <Form action="/staff/audit/verify">
        <Button variant="secondary">{t('admin.audit.verify.button')}</Button>
      </Form>

      <Details summary={t('admin.audit.filters')} open={filtered || Object.keys(errors).length > 0}>
        <Form action="/staff/audit" method="get">
          <TextInput
            name="actor"
            label={t('admin.audit.field.actor')}
            hint={t('admin.audit.hint.actor')}
            value={values.actor}
            error={messages.actor}
            width={30}
            ltr
          />
          <TextInput
            name="action"
            label={t('admin.audit.field.action')}
            hint={t('admin.audit.hint.action')}
            value={values.action}
            error={messages.action}
            width={20}
            ltr
          />
          <TextInput
            name="subject"
            label={t('admin.audit.field.subject')}
            hint={t('admin.audit.hint.subject')}
            value={values.subject}
            error={messages.subject}
            width={30}
            ltr
          />
          <DateInput
            name="from"
            legend={t('admin.audit.field.from')}
            error={messages.from}
            value={{ day: values['from-day'], month: values['from-month'], year: values['from-year'] }}
          />
          <DateInput
            name="to"
            legend={t('admin.audit.field.to')}
            error={messages.to}
            value={{ day: values['to-day'], month: values['to-month'], year: values['to-year'] }}
          />
          <ButtonGroup>
            <Button>{t('admin.audit.filter')}</Button>
            {filtered ? <a href="/staff/audit">{t('admin.audit.clear')}</a> : null}
          </ButtonGroup>
        </Form>
      </Details>

      {rows.length === 0 ? (
        <p>{t(filtered ? 'admin.audit.noneFiltered' : 'admin.audit.none')}</p>
      ) : (
        <div class="admin-audit">
          <Table
            caption={t('admin.audit.caption')}
            captionSize="hidden"
            head={[
              { text: t('admin.audit.col.id'), numeric: true },
              { text: t('admin.audit.col.at') },
              { text: t('admin.audit.col.actor') },
              { text: t('admin.audit.col.what') },
              { text: t('admin.audit.col.ip') },
              { text: t('admin.audit.col.details') },
            ]}
            rows={rows.map((r) => [
              <Code value={String(r.id)} key="id" />,
              <span class="admin-audit__time" key="at">
                {auditTime(r.at, locale)}
              </span>,
              <Actor actor={r.actor} names={names} key="actor" />,
              <span key="what">
                <a href={`/staff/audit${filterQuery({ action: r.action })}`}>
                  <Code value={r.action} />
                </a>
                {r.subject ? (
                  <span class="admin-audit__sub">
                    <a href={`/staff/audit${filterQuery({ subject: r.subject })}`}>
                      <Code value={r.subject} />
                    </a>
                  </span>
                ) : null}
              </span>,
              r.ip ? <Ltr key="ip">{r.ip}</Ltr> : '',
              <code class="admin-audit__details" dir="ltr" key="details">
                {compactDetails(r.details)}
              </code>,
            ])}
          />
        </div>
      )}
      {newer || older ? (
        <Pagination
          previous={
            newer
              ? {
                  // Past the end of the log (an old link): back to the newest rows.
                  href: `/staff/audit${filterQuery(values, first ? { after: String(first.id) } : {})}`,
                  label: t('admin.audit.newer'),
                }
              : undefined
          }
          next={
            older && last
              ? {
                  href: `/staff/audit${filterQuery(values, { before: String(last.id) })}`,
                  label: t('admin.audit.older'),
                }
              : undefined
          }
        />
      ) : null}
    </Layout>
  );
}
