import type { Locale } from '../../../platform/i18n/index.ts';
import { Button, Layout, TextInput, useView } from '../../../ui/index.ts';
import { GROUP_TEXT } from '../services/groups.ts';
import type { Service, ServiceCatalog } from '../services-registry.ts';

function ServiceLinks({ services, locale }: { services: Service[]; locale: Locale }) {
  return (
    <ul class="service-list">
      {services.map((s) => (
        <li key={s.id} class="service-list__item">
          <a href={`/services/${s.id}`} class="service-list__link">
            {s.name[locale]}
          </a>
          <p class="service-list__summary">{s.summary[locale]}</p>
        </li>
      ))}
    </ul>
  );
}

/** Every service, grouped as the consulates group them, and a search that works without JavaScript (GET). */
export function ServicesPage({ catalog, query }: { catalog: ServiceCatalog; query: string }) {
  const { t, locale } = useView();
  const title = t('services.title');
  const results = query ? catalog.search(query) : undefined;
  return (
    <Layout title={query ? `${query} — ${title}` : title}>
      <h1>{title}</h1>
      <p>{t('services.lead')}</p>
      <search>
        <form method="get" action="/services" class="search">
          <TextInput
            name="q"
            type="search"
            label={t('services.search.label')}
            hint={t('services.search.hint')}
            value={query}
          />
          <Button variant="secondary">{t('services.search.button')}</Button>
        </form>
      </search>
      {results ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">
            {results.length > 0
              ? t('services.search.results', { count: results.length, query })
              : t('services.search.none', { query })}
          </h2>
          <ServiceLinks services={results} locale={locale} />
          <p>
            <a href="/services">{t('services.search.all')}</a>
          </p>
        </section>
      ) : (
        catalog.groups().map(({ group, services }) => (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{GROUP_TEXT[group].name[locale]}</h2>
            <p class="hint">{GROUP_TEXT[group].summary[locale]}</p>
            <ServiceLinks services={services} locale={locale} />
          </section>
        ))
      )}
    </Layout>
  );
}
