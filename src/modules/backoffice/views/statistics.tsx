import { dateOnlyToUtc, formatDate } from '../../../platform/i18n/dates.ts';
import { formatNumber, type Locale } from '../../../platform/i18n/index.ts';
import { Button, Form, Layout, Select, Table, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { Service } from '../../catalog/services-registry.ts';
import { PERIODS, type Statistics } from '../statistics-service.ts';
import { BarChart, ColumnChart } from './chart.tsx';

const consulateName = (c: Consulate, locale: Locale) => (locale === 'fa' ? c.nameFa : c.nameEn);

/** A week's Monday as a short axis label: "5 Jan", «۱۵ دی». */
function shortDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

const dayOf = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return dateOnlyToUtc({ year: year!, month: month!, day: date! });
};

/** One decimal, in the page's digits. */
const days = (value: number, locale: Locale) => formatNumber(Math.round(value * 10) / 10, locale);

/** A percentage with at most one decimal: «۲۵٪», "25%". */
const percent = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value / 100);

/** The query string of these filters, for the CSV link (and nothing personal: ids and numbers only). */
export function statisticsQuery(stats: Pick<Statistics, 'consulate' | 'serviceId' | 'weeks'>): string {
  const q = new URLSearchParams({ consulate: stats.consulate.id });
  if (stats.serviceId) q.set('service', stats.serviceId);
  q.set('weeks', String(stats.weeks));
  return q.toString();
}

/**
 * The supervisor's dashboard: four charts with their numbers beside them, for one consulate, optionally one
 * service, over a chosen number of weeks. Filters are a GET form, so the page is a link that can be shared.
 */
export function StatisticsPage({
  stats,
  consulates,
  services,
}: {
  stats: Statistics;
  consulates: Consulate[];
  services: Service[];
}) {
  const { t, locale } = useView();
  const title = t('counter.stats.title');
  const serviceName = (id: string | null | undefined) =>
    id ? (services.find((s) => s.id === id)?.name[locale] ?? id) : t('counter.stats.allServices');
  const zone = { timeZone: stats.consulate.timeZone };
  const byService = stats.medians.filter((m) => m.serviceId !== null);
  return (
    <Layout title={title} width="wide">
      <h1 class="heading-l">
        <span class="caption-l">{consulateName(stats.consulate, locale)}</span>
        {title}
      </h1>
      <Form action="/staff/statistics" method="get">
        <div class="stats-filters">
          <Select
            name="consulate"
            label={t('counter.stats.filter.consulate')}
            placeholder={false}
            value={stats.consulate.id}
            options={consulates.map((c) => ({ value: c.id, label: consulateName(c, locale) }))}
          />
          <Select
            name="service"
            label={t('counter.stats.filter.service')}
            placeholder={false}
            value={stats.serviceId ?? ''}
            options={[
              { value: '', label: t('counter.stats.allServices') },
              ...services.map((s) => ({ value: s.id, label: s.name[locale] })),
            ]}
          />
          <Select
            name="weeks"
            label={t('counter.stats.filter.period')}
            placeholder={false}
            value={String(stats.weeks)}
            options={PERIODS.map((w) => ({
              value: String(w),
              label: t('counter.stats.filter.weeks', { n: w }),
            }))}
          />
        </div>
        <Button variant="secondary">{t('counter.stats.filter.show')}</Button>
      </Form>
      <p>
        {t('counter.stats.period', {
          from: formatDate(stats.from, locale, zone),
          to: formatDate(stats.now, locale, zone),
          service: serviceName(stats.serviceId),
        })}{' '}
        <a href={`/staff/statistics.csv?${statisticsQuery(stats)}`} download>
          {t('counter.stats.csv.link')}
        </a>
      </p>

      <div class="stats-section">
        <h2 class="heading-m" id="stats-states">
          {t('counter.stats.byState.title')}
        </h2>
        <p class="hint">{t('counter.stats.byState.hint')}</p>
        <div class="stats-figure">
          <BarChart
            integer
            title={t('counter.stats.byState.title')}
            description={t('counter.stats.byState.hint')}
            data={stats.byState.map((s) => ({ label: t(`requests.state.${s.state}`), value: s.n }))}
          />
          <Table
            caption={t('counter.stats.byState.title')}
            captionSize="hidden"
            rowHeaders
            head={[
              { text: t('counter.stats.col.state') },
              { text: t('counter.stats.col.requests'), numeric: true },
            ]}
            rows={stats.byState.map((s) => [t(`requests.state.${s.state}`), s.n])}
          />
        </div>
      </div>

      <div class="stats-section">
        <h2 class="heading-m" id="stats-median">
          {t('counter.stats.median.title')}
        </h2>
        <p class="hint">{t('counter.stats.median.hint')}</p>
        <div class="stats-figure">
          {byService.length > 0 ? (
            <BarChart
              title={t('counter.stats.median.title')}
              description={t('counter.stats.median.hint')}
              data={byService.map((m) => ({
                label: serviceName(m.serviceId),
                value: m.median,
                display: days(m.median, locale),
              }))}
            />
          ) : (
            <p>{t('counter.stats.median.none')}</p>
          )}
          <Table
            caption={t('counter.stats.median.title')}
            captionSize="hidden"
            rowHeaders
            head={[
              { text: t('counter.stats.col.service') },
              { text: t('counter.stats.col.decided'), numeric: true },
              { text: t('counter.stats.col.medianDays'), numeric: true },
            ]}
            rows={stats.medians.map((m) => [
              serviceName(m.serviceId),
              m.n,
              m.n > 0 ? days(m.median, locale) : '—',
            ])}
          />
        </div>
      </div>

      <div class="stats-section">
        <h2 class="heading-m" id="stats-backlog">
          {t('counter.stats.backlog.title')}
        </h2>
        <p class="hint">{t('counter.stats.backlog.hint')}</p>
        <div class="stats-figure">
          <BarChart
            integer
            title={t('counter.stats.backlog.title')}
            description={t('counter.stats.backlog.hint')}
            data={stats.backlog.map((b) => ({ label: t(`counter.stats.bucket.${b.bucket}`), value: b.n }))}
          />
          <Table
            caption={t('counter.stats.backlog.title')}
            captionSize="hidden"
            rowHeaders
            head={[
              { text: t('counter.stats.col.age') },
              { text: t('counter.stats.col.requests'), numeric: true },
            ]}
            rows={stats.backlog.map((b) => [t(`counter.stats.bucket.${b.bucket}`), b.n])}
          />
        </div>
      </div>

      <div class="stats-section">
        <h2 class="heading-m" id="stats-weekly">
          {t('counter.stats.perWeek.title')}
        </h2>
        <p class="hint">{t('counter.stats.perWeek.hint')}</p>
        <div class="stats-figure">
          <ColumnChart
            integer
            title={t('counter.stats.perWeek.title')}
            description={t('counter.stats.perWeek.hint')}
            data={stats.perWeek.map((w) => ({ label: shortDay(w.week, locale), value: w.n }))}
          />
          <Table
            caption={t('counter.stats.perWeek.title')}
            captionSize="hidden"
            rowHeaders
            head={[
              { text: t('counter.stats.col.week') },
              { text: t('counter.stats.col.requests'), numeric: true },
            ]}
            rows={stats.perWeek.map((w) => [formatDate(dayOf(w.week), locale), w.n])}
          />
        </div>
      </div>

      <div class="stats-section">
        <h2 class="heading-m" id="stats-appointments">
          {t('appointments.staff.stats.title')}
        </h2>
        <p class="hint">{t('appointments.staff.stats.hint')}</p>
        <div class="stats-figure">
          <ColumnChart
            integer
            title={t('appointments.staff.stats.perWeek.title')}
            description={t('appointments.staff.stats.perWeek.hint')}
            data={stats.appointmentsPerWeek.map((w) => ({ label: shortDay(w.week, locale), value: w.n }))}
          />
          <Table
            caption={t('appointments.staff.stats.title')}
            captionSize="hidden"
            rowHeaders
            head={[
              { text: t('appointments.staff.stats.col.item') },
              { text: t('appointments.staff.stats.col.count'), numeric: true },
            ]}
            rows={[
              [t('appointments.staff.stats.booked'), stats.appointments.booked],
              [t('appointments.staff.stats.attended'), stats.appointments.attended],
              [t('appointments.staff.stats.noShows'), stats.appointments.noShows],
              [
                t('appointments.staff.stats.noShowRate'),
                stats.appointments.noShowRate === null ? '—' : percent(stats.appointments.noShowRate, locale),
              ],
              [t('appointments.staff.stats.cancelled'), stats.appointments.cancelledByApplicants],
              [t('appointments.staff.stats.moved'), stats.appointments.moved],
              [t('appointments.staff.stats.waitlist'), stats.appointments.waitlistJoins],
            ]}
          />
        </div>
        <Table
          caption={t('appointments.staff.stats.perWeek.title')}
          captionSize="s"
          rowHeaders
          head={[
            { text: t('counter.stats.col.week') },
            { text: t('appointments.staff.stats.col.appointments'), numeric: true },
          ]}
          rows={stats.appointmentsPerWeek.map((w) => [formatDate(dayOf(w.week), locale), w.n])}
        />
      </div>
    </Layout>
  );
}
