import { useView } from '../../../ui/context.ts';
import { Ltr } from '../../../ui/index.ts';
import { Layout } from '../../../ui/layout.tsx';

export function PrivacyPage() {
  const { t, branding } = useView();
  return (
    <Layout title={t('privacy.title')}>
      <h1>{t('privacy.title')}</h1>
      <p class="lead">{t('privacy.lead')}</p>
      <h2>{t('privacy.what.title')}</h2>
      <ul class="list list-bullet">
        <li>{t('privacy.what.1')}</li>
        <li>{t('privacy.what.2')}</li>
        <li>{t('privacy.what.3')}</li>
        <li>{t('privacy.what.4')}</li>
        <li>{t('privacy.what.5')}</li>
      </ul>
      <h2>{t('privacy.why.title')}</h2>
      <p>{t('privacy.why.body')}</p>
      <h2>{t('privacy.protect.title')}</h2>
      <p>{t('privacy.protect.body')}</p>
      <h2>{t('privacy.retention.title')}</h2>
      <ul class="list list-bullet">
        <li>{t('privacy.retention.codes')}</li>
        <li>{t('privacy.retention.sessions')}</li>
        <li>{t('privacy.retention.drafts')}</li>
        <li>{t('privacy.retention.requests')}</li>
        <li>{t('privacy.retention.issued')}</li>
        <li>{t('privacy.retention.audit')}</li>
      </ul>
      <h2>{t('privacy.who.title')}</h2>
      <p>{t('privacy.who.body')}</p>
      <h2>{t('privacy.cookies.title')}</h2>
      <p>{t('privacy.cookies.body')}</p>
      <h2>{t('privacy.rights.title')}</h2>
      <p>
        {t('privacy.rights.body')} <Ltr>{branding.contactEmail}</Ltr>
      </p>
    </Layout>
  );
}
