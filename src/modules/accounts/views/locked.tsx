import { formatDate } from '../../../platform/i18n/dates.ts';
import { InsetText, Layout, useView } from '../../../ui/index.ts';

/**
 * Too many wrong codes for a national code. Shown the same whether or not it has an account: the count is kept
 * per national code either way.
 */
export function LockedPage({ until }: { until: Date | null }) {
  const { t, locale } = useView();
  const title = t('accounts.locked.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t('accounts.locked.body')}</p>
      {until ? (
        <p>
          {t('accounts.locked.until', { time: formatDate(until, locale, { time: true }) })}{' '}
          {t('accounts.time.utc')}
        </p>
      ) : (
        <>
          <p>{t('accounts.locked.review')}</p>
          <p>
            <a href="/help">{t('accounts.help.questions')}</a>
          </p>
        </>
      )}
      <InsetText>
        <p>{t('accounts.locked.notYou')}</p>
      </InsetText>
      <p>
        <a href="/">{t('accounts.locked.home')}</a>
      </p>
    </Layout>
  );
}
