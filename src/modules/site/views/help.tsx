import { useView } from '../../../ui/context.ts';
import { Ltr, SummaryList } from '../../../ui/index.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { Consulate } from '../../catalog/service.ts';

export function HelpPage({ consulates }: { consulates: Consulate[] }) {
  const { t, locale, branding } = useView();
  const regions = new Intl.DisplayNames([locale === 'fa' ? 'fa' : 'en'], { type: 'region' });
  const sections = [
    ['help.code.title', 'help.code.body'],
    ['help.mismatch.title', 'help.mismatch.body'],
    ['help.lost.title', 'help.lost.body'],
    ['help.visit.title', 'help.visit.body'],
    ['help.lawyer.title', 'help.lawyer.body'],
  ] as const;
  return (
    <Layout title={t('help.title')}>
      <h1>{t('help.title')}</h1>
      <p class="lead">{t('help.lead')}</p>
      {sections.map(([title, body]) => (
        <section key={title}>
          <h2>{t(title)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
      <h2 id="consulates">{t('help.consulates.title')}</h2>
      {consulates.map((c) => (
        <section key={c.code} aria-labelledby={`consulate-${c.code}`}>
          <h3 id={`consulate-${c.code}`}>{locale === 'fa' ? c.nameFa : c.nameEn}</h3>
          <p class="hint">
            {t('help.consulates.serves', {
              countries: c.countriesServed
                .map((code) => regions.of(code) ?? code)
                .join(locale === 'fa' ? '، ' : ', '),
            })}
          </p>
          <SummaryList
            rows={[
              { key: t('help.consulates.address'), value: locale === 'fa' ? c.addressFa : c.addressEn },
              { key: t('help.consulates.hours'), value: locale === 'fa' ? c.hoursFa : c.hoursEn },
              { key: t('help.consulates.phone'), value: <Ltr>{c.phone}</Ltr> },
              { key: t('help.consulates.email'), value: <Ltr>{c.email}</Ltr> },
              { key: t('help.consulates.timeZone'), value: <Ltr>{c.timeZone}</Ltr> },
            ]}
          />
        </section>
      ))}
      <h2>{t('help.contact.title')}</h2>
      <p>
        {t('help.contact.body')} <Ltr>{branding.contactEmail}</Ltr>
      </p>
    </Layout>
  );
}
