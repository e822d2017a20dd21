import { useView } from '../../../ui/context.ts';
import { Button } from '../../../ui/index.ts';
import { Layout } from '../../../ui/layout.tsx';

export function HomePage() {
  const { t } = useView();
  return (
    <Layout title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <Button href="/sign-in" start>
        {t('home.start')}
      </Button>
      <h2>{t('home.what.title')}</h2>
      <ul class="list list-bullet">
        <li>{t('home.what.1')}</li>
        <li>{t('home.what.2')}</li>
        <li>{t('home.what.3')}</li>
        <li>{t('home.what.4')}</li>
        <li>{t('home.what.5')}</li>
      </ul>
      <h2>{t('home.need.title')}</h2>
      <p>{t('home.need.intro')}</p>
      <ul class="list list-bullet">
        <li>{t('home.need.1')}</li>
        <li>{t('home.need.2')}</li>
        <li>{t('home.need.3')}</li>
        <li>{t('home.need.4')}</li>
        <li>{t('home.need.5')}</li>
      </ul>
      <h2>{t('home.how.title')}</h2>
      <ol class="list list-number">
        <li>{t('home.how.1')}</li>
        <li>{t('home.how.2')}</li>
        <li>{t('home.how.3')}</li>
      </ol>
      <h2>{t('appointments.public.link.home.title')}</h2>
      <p>
        {t('appointments.public.link.home.body')}{' '}
        <a href="/appointments/availability">{t('appointments.public.link.home.link')}</a>
      </p>
      <h2>{t('home.verify.title')}</h2>
      <p>{t('home.verify.body')}</p>
    </Layout>
  );
}
