import type { ComponentChildren } from 'preact';
import { localDigits } from '../../../platform/i18n/digits.ts';
import type { Locale, MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  Form,
  fieldId,
  InsetText,
  Layout,
  NotificationBanner,
  Select,
  Table,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import { ConsulateTabs, consulateName } from '../../admin/views/parts.tsx';
import type { Group } from '../../catalog/definition.ts';
import type { Consulate } from '../../catalog/service.ts';
import { GROUP_TEXT } from '../../catalog/services/groups.ts';
import {
  BLANK_ROWS,
  type Preview,
  type RowValues,
  type SaveOutcome,
  type ScheduleError,
  type ScheduleValues,
  SLOT_CHOICES,
} from '../admin-service.ts';
import { DayCell, timeText } from './availability.tsx';

/** Saturday first in Persian, Monday first in English: the week as each reader counts it. */
const WEEK: Record<Locale, number[]> = { fa: [6, 7, 1, 2, 3, 4, 5], en: [1, 2, 3, 4, 5, 6, 7] };

const EMPTY_ROW: RowValues = { weekday: '', opens: '', closes: '', counters: '', remove: false };

/**
 * A consulate's appointment schedule on one page: the booking settings, then each service group's weekly hours as
 * rows to edit (empty rows to add, a box to remove: no JavaScript needed), one save; below, the next seven days'
 * grid as saved, with the closed days.
 */
export function SchedulePage({
  consulate,
  groups,
  noVisitGroups,
  values,
  open,
  errors = [],
  flash,
  preview,
}: {
  consulate: Consulate;
  groups: Group[];
  /** Groups without a visit, named so the admin knows why they are missing. */
  noVisitGroups: Group[];
  values: ScheduleValues;
  /** Settings are saved: the consulate takes appointments. */
  open: boolean;
  errors?: ScheduleError[];
  flash?: SaveOutcome;
  preview?: Preview;
}) {
  const { t, locale } = useView();
  const name = consulateName(consulate, locale);
  const zone = t('appointments.admin.zone', {
    city: locale === 'fa' ? consulate.cityFa : consulate.cityEn,
    zone: consulate.timeZone,
  });
  const groupName = (g: Group) => GROUP_TEXT[g].name[locale];
  // Times quoted in a message (the period it overlaps) in the page's digits, as the rest of the message.
  const say = (e: ScheduleError) =>
    t(
      e.message,
      e.params &&
        Object.fromEntries(
          Object.entries(e.params).map(([k, v]) => [k, typeof v === 'string' ? localDigits(v, locale) : v]),
        ),
    );
  const errorOf = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? say(e) : undefined;
  };
  const summary = errors.map((e) => ({
    field: e.field,
    message:
      e.group !== undefined && e.row !== undefined
        ? t('appointments.admin.error.at', {
            group: groupName(e.group),
            row: e.row + 1,
            message: say(e),
          })
        : say(e),
  }));
  const base = `/staff/admin/consulates/${consulate.id}`;
  return (
    <Layout
      title={t('appointments.admin.title', { consulate: name })}
      width="wide"
      hasErrors={errors.length > 0}
      backLink={{ href: '/staff/admin/consulates', label: t('admin.consulates.title') }}
    >
      <ErrorSummary errors={summary} />
      {flash ? <Saved outcome={flash} consulate={consulate} /> : null}
      <h1>{name}</h1>
      <ConsulateTabs consulate={consulate} current="appointments" />
      {open ? null : <InsetText>{t('appointments.admin.notOpen')}</InsetText>}
      <p>{t('appointments.admin.intro', { zone })}</p>
      <p>
        {t('appointments.admin.closuresIntro')}{' '}
        <a href={`${base}/closures`}>{t('appointments.admin.closuresLink')}</a>
        <br />
        {t('appointments.admin.visitIntro')}{' '}
        <a href={`${base}/services`}>{t('appointments.admin.visitLink')}</a>
      </p>

      <Form action={`${base}/appointments`}>
        <h2>{t('appointments.admin.settings.title')}</h2>
        <TextInput
          name="windowDays"
          label={t('appointments.admin.field.windowDays')}
          hint={t('appointments.admin.hint.windowDays')}
          value={values.windowDays}
          error={errorOf('windowDays')}
          numeric
          width={3}
        />
        <TextInput
          name="minNoticeHours"
          label={t('appointments.admin.field.minNoticeHours')}
          hint={t('appointments.admin.hint.minNoticeHours')}
          value={values.minNoticeHours}
          error={errorOf('minNoticeHours')}
          numeric
          width={3}
        />
        <TextInput
          name="releaseTime"
          label={t('appointments.admin.field.releaseTime')}
          hint={t('appointments.admin.hint.releaseTime', { zone })}
          value={values.releaseTime}
          error={errorOf('releaseTime')}
          ltr
          width={5}
        />
        <Select
          name="slotMinutes"
          label={t('appointments.admin.field.slotMinutes')}
          hint={t('appointments.admin.hint.slotMinutes')}
          value={values.slotMinutes}
          error={errorOf('slotMinutes')}
          placeholder={false}
          options={SLOT_CHOICES.map((n) => ({
            value: String(n),
            label: t('appointments.admin.slotOption', { minutes: n }),
          }))}
        />

        <h2>{t('appointments.admin.hours.title')}</h2>
        <p>{t('appointments.admin.hours.intro')}</p>
        {noVisitGroups.length > 0 ? (
          <p class="hint">
            {t('appointments.admin.hours.noVisit', {
              groups: noVisitGroups.map(groupName).join(locale === 'fa' ? '، ' : ', '),
            })}
          </p>
        ) : null}
        {groups.map((group) => (
          <GroupHours
            key={group}
            group={group}
            name={groupName(group)}
            rows={values.hours[group] ?? []}
            errorOf={errorOf}
          />
        ))}
        <Button>{t('appointments.admin.save')}</Button>
      </Form>

      <h2>{t('appointments.admin.preview.title')}</h2>
      {preview ? (
        <>
          <p>{t('appointments.admin.preview.intro', { minutes: preview.slotMinutes, zone })}</p>
          {preview.groups.map((g) => (
            <PreviewTable key={g.group} name={groupName(g.group)} days={g.days} />
          ))}
        </>
      ) : (
        <p>{t('appointments.admin.preview.notOpen')}</p>
      )}
    </Layout>
  );
}

function Saved({ outcome, consulate }: { outcome: SaveOutcome; consulate: Consulate }) {
  const { t } = useView();
  return (
    <NotificationBanner type="success">
      <p>{outcome.changed ? t('appointments.admin.saved') : t('appointments.admin.unchanged')}</p>
      {outcome.seatsRefreshed > 0 ? (
        <p>{t('appointments.admin.seatsRefreshed', { count: outcome.seatsRefreshed })}</p>
      ) : null}
      {outcome.outsideHours > 0 ? (
        <p>
          <strong>{t('appointments.admin.outsideHours', { count: outcome.outsideHours })}</strong>{' '}
          <a href={`/staff/appointments?consulate=${consulate.id}`}>{t('appointments.admin.dayViewLink')}</a>
        </p>
      ) : null}
    </NotificationBanner>
  );
}

/** One group's periods as rows of controls, then empty rows to add more. */
function GroupHours({
  group,
  name,
  rows,
  errorOf,
}: {
  group: Group;
  name: string;
  rows: RowValues[];
  errorOf: (field: string) => string | undefined;
}) {
  const { t, locale } = useView();
  const all = [...rows, ...Array.from({ length: BLANK_ROWS }, () => EMPTY_ROW)];
  const headingId = `hours-${group}`;
  return (
    <section class="schedule-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {rows.length === 0 ? <p class="hint">{t('appointments.admin.hours.none')}</p> : null}
      <Table
        caption={t('appointments.admin.hours.caption', { group: name })}
        captionSize="hidden"
        head={[
          { text: t('appointments.admin.col.weekday') },
          { text: t('appointments.admin.col.opens') },
          { text: t('appointments.admin.col.closes') },
          { text: t('appointments.admin.col.counters') },
          { text: t('appointments.admin.col.remove') },
        ]}
        rows={all.map((row, i) => {
          const field = (f: string) => `${group}-${i}-${f}`;
          const label = (key: MessageKey) => t(key, { group: name, row: i + 1 });
          const saved = i < rows.length;
          return [
            <Cell
              key="weekday"
              name={field('weekday')}
              label={label('appointments.admin.cell.weekday')}
              error={errorOf(field('weekday'))}
            >
              {(attrs) => (
                <select class={`select${attrs.error ? ' input--error' : ''}`} {...attrs.control}>
                  <option value="" selected={!row.weekday}>
                    {t('ui.select.choose')}
                  </option>
                  {WEEK[locale].map((d) => (
                    <option key={d} value={String(d)} selected={row.weekday === String(d)}>
                      {t(`appointments.admin.weekday.${d}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Cell>,
            ...(['opens', 'closes'] as const).map((f) => (
              <Cell
                key={f}
                name={field(f)}
                label={label(`appointments.admin.cell.${f}`)}
                error={errorOf(field(f))}
              >
                {(attrs) => (
                  <input
                    class={`input input--w5${attrs.error ? ' input--error' : ''}`}
                    type="text"
                    dir="ltr"
                    spellcheck={false}
                    autocomplete="off"
                    value={row[f]}
                    {...attrs.control}
                  />
                )}
              </Cell>
            )),
            <Cell
              key="counters"
              name={field('counters')}
              label={label('appointments.admin.cell.counters')}
              error={errorOf(field('counters'))}
            >
              {(attrs) => (
                <input
                  class={`input input--w2${attrs.error ? ' input--error' : ''}`}
                  type="text"
                  inputmode="numeric"
                  dir="ltr"
                  spellcheck={false}
                  autocomplete="off"
                  value={row.counters}
                  {...attrs.control}
                />
              )}
            </Cell>,
            saved ? (
              <div class="choices choices--checkbox schedule-remove" key="remove">
                <div class="choice">
                  <input
                    class="choice__input"
                    type="checkbox"
                    id={fieldId(field('remove'))}
                    name={field('remove')}
                    value="yes"
                    checked={row.remove}
                  />
                  <label class="choice__label" for={fieldId(field('remove'))}>
                    <span class="visually-hidden">{label('appointments.admin.cell.remove')}</span>
                  </label>
                </div>
              </div>
            ) : (
              ''
            ),
          ];
        })}
      />
    </section>
  );
}

type CellAttrs = {
  error?: string;
  control: { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: 'true' };
};

/** A control inside a table cell: a label only screen readers need (the column says it), its own error above. */
function Cell({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: (attrs: CellAttrs) => ComponentChildren;
}) {
  const id = fieldId(name);
  return (
    <div class={error ? 'form-group form-group--error schedule-cell' : 'schedule-cell'}>
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children({
        error,
        control: {
          id,
          name,
          'aria-describedby': error ? `${id}-error` : undefined,
          'aria-invalid': error ? 'true' : undefined,
        },
      })}
    </div>
  );
}

function PreviewTable({ name, days }: { name: string; days: Preview['groups'][number]['days'] }) {
  const { t, locale } = useView();
  const lines = (items: ComponentChildren[]) =>
    items.length === 1 ? (
      items[0]
    ) : (
      <ul class="schedule-lines">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  return (
    <Table
      caption={t('appointments.admin.preview.caption', { group: name })}
      captionSize="s"
      rowHeaders
      head={[
        { text: t('appointments.admin.preview.col.day') },
        { text: t('appointments.admin.preview.col.first') },
        { text: t('appointments.admin.preview.col.last') },
        { text: t('appointments.admin.preview.col.counters'), numeric: true },
      ]}
      rows={days.map((d) => {
        const day = <DayCell day={d.day} key="day" />;
        if (d.closure) {
          const closed = t('appointments.admin.preview.closed', {
            name: locale === 'fa' ? d.closure.nameFa : d.closure.nameEn,
          });
          return [day, <strong key="closed">{closed}</strong>, '', ''];
        }
        if (d.periods.length === 0)
          return [
            day,
            <span class="hint" key="none">
              {t('appointments.admin.preview.noHours')}
            </span>,
            '',
            '',
          ];
        return [
          day,
          lines(d.periods.map((p) => timeText(p.first, locale))),
          lines(d.periods.map((p) => timeText(p.last, locale))),
          lines(d.periods.map((p) => timeText(String(p.counters), locale))),
        ];
      })}
    />
  );
}
