import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Details,
  ErrorSummary,
  Form,
  Layout,
  Pagination,
  Select,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import { consulateName, fieldError, summaryErrors } from '../../accounts/views/parts.tsx';
import type { Consulate } from '../../catalog/service.ts';
import type { Service } from '../../catalog/services-registry.ts';
import type { QueueEntry } from '../review-service.ts';
import { SUBMITTED_STATES } from '../review-service.ts';
import { RequestTable } from './queue-parts.tsx';

/** The search box on the queue and on the results: tracking code, national code or name. */
export function QueueSearch({ value, error }: { value?: string; error?: string }) {
  const { t } = useView();
  // POST, so a national code never sits in a URL (history, logs, the referrer).
  return (
    <Form action="/staff/search">
      <div class="queue-search">
        <TextInput
          name="q"
          type="search"
          label={t('backoffice.search.label')}
          hint={t('backoffice.search.hint')}
          value={value}
          error={error}
          width={30}
          spellcheck={false}
          autocomplete="off"
          maxlength={200}
        />
        <Button variant="secondary">{t('backoffice.search.button')}</Button>
      </div>
    </Form>
  );
}

/** A consulate's queue: filters (a GET form, no script), the search box, the table, and page links. */
export function QueuePage({
  consulates,
  consulate,
  services,
  values,
  errors,
  entries,
  total,
  pages,
  back,
}: {
  consulates: Consulate[];
  consulate: Consulate;
  services: Service[];
  /** The filters as typed (shown again as they were). */
  values: FormValues;
  errors: FormErrors;
  entries: QueueEntry[];
  total: number;
  pages: { first?: string; previous?: string; next?: string };
  back: string;
}) {
  const { t, locale } = useView();
  const name = consulateName(consulate, locale);
  const err = (field: string) => fieldError(t, errors, field);
  return (
    <Layout title={t('backoffice.queue.title')} width="wide" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary errors={summaryErrors(t, errors, ['minDays'])} />
      <span class="caption-l">{name}</span>
      <h1 class="heading-l">{t('backoffice.queue.title')}</h1>

      <QueueSearch />

      <Details summary={t('backoffice.queue.filters')} open>
        <Form action="/staff/queue" method="get">
          <div class="queue-filters__grid">
            {consulates.length > 1 ? (
              <Select
                name="consulate"
                label={t('backoffice.queue.consulate')}
                value={consulate.id}
                placeholder={false}
                options={consulates.map((c) => ({ value: c.id, label: consulateName(c, locale) }))}
              />
            ) : (
              <input type="hidden" name="consulate" value={consulate.id} />
            )}
            <Select
              name="state"
              label={t('backoffice.queue.state')}
              value={values.state || 'open'}
              placeholder={false}
              options={[
                { value: 'open', label: t('backoffice.queue.state.open') },
                { value: 'all', label: t('backoffice.queue.state.all') },
                ...SUBMITTED_STATES.map((s) => ({
                  value: s,
                  label: t(`requests.state.${s}` as MessageKey),
                })),
              ]}
            />
            <Select
              name="service"
              label={t('backoffice.queue.service')}
              value={values.service}
              placeholder={false}
              options={[
                { value: '', label: t('backoffice.queue.service.any') },
                ...services.map((s) => ({ value: s.id, label: s.name[locale] })),
              ]}
            />
            <TextInput
              name="minDays"
              label={t('backoffice.queue.minDays')}
              hint={t('backoffice.queue.minDays.hint')}
              value={values.minDays}
              error={err('minDays')}
              numeric
              width={4}
            />
            <Select
              name="assigned"
              label={t('backoffice.queue.assigned')}
              value={values.assigned || 'anyone'}
              placeholder={false}
              options={[
                { value: 'anyone', label: t('backoffice.queue.assigned.anyone') },
                { value: 'me', label: t('backoffice.queue.assigned.me') },
                { value: 'nobody', label: t('backoffice.queue.assigned.nobody') },
              ]}
            />
          </div>
          <Button variant="secondary">{t('backoffice.queue.apply')}</Button>
        </Form>
      </Details>

      {entries.length > 0 ? (
        <RequestTable
          caption={t('backoffice.queue.caption', { total, consulate: name })}
          entries={entries}
          back={back}
          timeZone={consulate.timeZone}
        />
      ) : (
        <p>{t('backoffice.queue.empty')}</p>
      )}
      {pages.previous || pages.next ? (
        <Pagination
          previous={pages.previous ? { href: pages.previous } : undefined}
          next={pages.next ? { href: pages.next } : undefined}
        />
      ) : null}
      {pages.first ? (
        <p>
          <a href={pages.first}>{t('backoffice.queue.firstPage')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** What a search found at the person's consulates. */
export function SearchPage({
  query,
  entries,
  error,
  timeZone,
}: {
  query: string;
  entries: QueueEntry[];
  error?: string;
  timeZone: string;
}) {
  const { t } = useView();
  return (
    <Layout
      title={t('backoffice.search.title')}
      width="wide"
      hasErrors={Boolean(error)}
      backLink={{ href: '/staff/queue', label: t('backoffice.search.back') }}
    >
      <ErrorSummary errors={error ? [{ field: 'q', message: error }] : []} />
      <h1 class="heading-l">{t('backoffice.search.title')}</h1>
      <QueueSearch value={query} error={error} />
      {query && !error ? (
        entries.length > 0 ? (
          <RequestTable
            caption={t('backoffice.search.caption', { total: entries.length })}
            entries={entries}
            timeZone={timeZone}
          />
        ) : (
          <p>{t('backoffice.search.none')}</p>
        )
      ) : null}
    </Layout>
  );
}
