import { dateOnlyToUtc, formatDate } from '../../../platform/i18n/dates.ts';
import type { Locale, MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  DateInput,
  Details,
  ErrorSummary,
  errorList,
  Form,
  Layout,
  NotificationBanner,
  Radios,
  StatusTag,
  Table,
  TextInput,
  type Tone,
  useView,
} from '../../../ui/index.ts';
import type { ClosureRow, Consulate } from '../../catalog/service.ts';
import { CLOSURE_KINDS, type ClosureErrors, type ClosureValues } from '../service.ts';
import { ConsulateTabs, consulateName } from './parts.tsx';

const TONE: Record<ClosureRow['kind'], Tone> = {
  closure: 'amber',
  host_holiday: 'blue',
  iran_holiday: 'green',
};

/** `appointments`: confirmed appointments on a day just closed (they stand; the consulate contacts those people). */
export type ClosureFlash = { type: 'added' | 'removed'; day: string; appointments?: number };

export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formatDate(dateOnlyToUtc({ year, month, day: date }), locale, { weekday: true });
}

/** The days a consulate is closed, by date (upcoming first, past ones folded away), and a form to add one. */
export function ClosuresPage({
  consulate,
  closures,
  today,
  values = {},
  errors = {},
  flash,
}: {
  consulate: Consulate;
  closures: ClosureRow[];
  /** Today where the consulate is (YYYY-MM-DD). */
  today: string;
  values?: ClosureValues;
  errors?: ClosureErrors;
  flash?: ClosureFlash;
}) {
  const { t, locale } = useView();
  const name = consulateName(consulate, locale);
  const messages = Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k, v ? t(v) : undefined]),
  ) as Record<string, string | undefined>;
  const upcoming = closures.filter((c) => c.day >= today);
  const past = closures.filter((c) => c.day < today).reverse();
  const table = (rows: ClosureRow[], caption: string, removable: boolean) => (
    <Table
      caption={caption}
      captionSize="hidden"
      rowHeaders
      head={[
        { text: t('admin.closures.col.date') },
        { text: t('admin.closures.col.kind') },
        { text: t('admin.closures.col.name') },
        ...(removable ? [{ text: t('admin.closures.col.action') }] : []),
      ]}
      rows={rows.map((c) => [
        formatDay(c.day, locale),
        <StatusTag tone={TONE[c.kind]} text={t(`admin.closures.kind.${c.kind}` as MessageKey)} key="kind" />,
        locale === 'fa' ? c.nameFa : c.nameEn,
        ...(removable
          ? [
              <Form action={`/staff/admin/consulates/${consulate.id}/closures/${c.id}/delete`} key="remove">
                <Button variant="warning">
                  {t('admin.closures.remove')}
                  <span class="visually-hidden"> {formatDay(c.day, locale)}</span>
                </Button>
              </Form>,
            ]
          : []),
      ])}
    />
  );
  return (
    <Layout
      title={t('admin.closures.title', { consulate: name })}
      width="wide"
      hasErrors={Object.keys(errors).length > 0}
      backLink={{ href: '/staff/admin/consulates', label: t('admin.consulates.title') }}
    >
      <ErrorSummary errors={errorList(messages)} />
      {flash ? (
        <NotificationBanner type="success">
          <p>{t(`admin.closures.flash.${flash.type}`, { day: formatDay(flash.day, locale) })}</p>
          {flash.appointments ? (
            <p>
              {t('admin.closures.flash.appointments', { n: flash.appointments })}{' '}
              <a href={`/staff/appointments?consulate=${consulate.id}&day=${flash.day}`}>
                {t('admin.closures.flash.appointmentsLink')}
              </a>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <h1>{name}</h1>
      <ConsulateTabs consulate={consulate} current="closures" />

      <h2>{t('admin.closures.upcoming')}</h2>
      {upcoming.length > 0 ? (
        table(upcoming, t('admin.closures.upcoming'), true)
      ) : (
        <p>{t('admin.closures.none')}</p>
      )}
      {past.length > 0 ? (
        <Details summary={t('admin.closures.past', { count: past.length })}>
          {table(past, t('admin.closures.pastCaption'), false)}
        </Details>
      ) : null}

      <h2>{t('admin.closures.add')}</h2>
      <Form action={`/staff/admin/consulates/${consulate.id}/closures`}>
        <DateInput
          name="date"
          legend={t('admin.closures.field.date')}
          error={messages.date}
          value={{ day: values['date-day'], month: values['date-month'], year: values['date-year'] }}
        />
        <Radios
          name="kind"
          legend={t('admin.closures.field.kind')}
          error={messages.kind}
          value={values.kind}
          options={CLOSURE_KINDS.map((k) => ({
            value: k,
            label: t(`admin.closures.kind.${k}` as MessageKey),
          }))}
        />
        <TextInput
          name="nameFa"
          label={t('admin.closures.field.nameFa')}
          value={values.nameFa}
          error={messages.nameFa}
        />
        <TextInput
          name="nameEn"
          label={t('admin.closures.field.nameEn')}
          value={values.nameEn}
          error={messages.nameEn}
          ltr
        />
        <Button>{t('admin.closures.addButton')}</Button>
      </Form>
    </Layout>
  );
}
