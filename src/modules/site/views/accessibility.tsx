import { formatDate } from '../../../platform/i18n/dates.ts';
import { useView } from '../../../ui/context.ts';
import { Ltr } from '../../../ui/index.ts';
import { Layout } from '../../../ui/layout.tsx';

/** Date of the last review of the statement; change it when the statement is reviewed again. */
const REVIEWED = new Date('2026-11-24T00:00:00Z');

export function AccessibilityPage() {
  const { t, locale, branding } = useView();
  return (
    <Layout title={t('a11y.title')}>
      <h1>{t('a11y.title')}</h1>
      <p class="lead">{t('a11y.lead')}</p>
      <h2>{t('a11y.standard.title')}</h2>
      <p>{t('a11y.standard.body')}</p>
      <h2>{t('a11y.gaps.title')}</h2>
      <ul class="list list-bullet">
        <li>{t('a11y.gaps.1')}</li>
        <li>{t('a11y.gaps.2')}</li>
      </ul>
      <h2>{t('a11y.report.title')}</h2>
      <p>
        {t('a11y.report.body')} <Ltr>{branding.contactEmail}</Ltr>
      </p>
      <p class="hint">{t('a11y.tested', { date: formatDate(REVIEWED, locale) })}</p>
    </Layout>
  );
}
