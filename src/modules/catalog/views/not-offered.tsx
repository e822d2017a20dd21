import { InsetText, Layout, Ltr, useView } from '../../../ui/index.ts';
import type { Consulate } from '../service.ts';
import type { Service } from '../services-registry.ts';

/**
 * A service the consulate does not offer: said plainly, with where it is offered and how to ask the consulate,
 * instead of a start button that would lead nowhere.
 */
export function ServiceNotOfferedPage({
  service,
  consulate,
  own,
  offeredAt,
}: {
  service: Service;
  consulate: Consulate;
  /** The applicant's own consulate (they cannot apply elsewhere), or one chosen on the page. */
  own: boolean;
  offeredAt: Consulate[];
}) {
  const { t, locale } = useView();
  const name = (c: Consulate) => (locale === 'fa' ? c.nameFa : c.nameEn);
  const title = service.name[locale];
  return (
    <Layout title={title} backLink={{ href: '/services' }}>
      <h1>{title}</h1>
      <InsetText>
        <p>{t(own ? 'admin.notOffered.own' : 'admin.notOffered.chosen', { consulate: name(consulate) })}</p>
      </InsetText>
      <p>
        {t('admin.notOffered.contact')} <Ltr>{consulate.email}</Ltr>
        {' · '}
        <Ltr>{consulate.phone}</Ltr>
      </p>
      {offeredAt.length > 0 ? (
        <>
          <h2>{t('admin.notOffered.elsewhere')}</h2>
          <ul>
            {offeredAt.map((c) => (
              <li key={c.id}>
                {own ? (
                  name(c)
                ) : (
                  <a href={`/services/${service.id}?consulate=${encodeURIComponent(c.code)}`}>{name(c)}</a>
                )}
              </li>
            ))}
          </ul>
          {own ? <p>{t('admin.notOffered.residence')}</p> : null}
        </>
      ) : null}
      <p>
        <a href="/services">{t('admin.notOffered.back')}</a>
      </p>
    </Layout>
  );
}
