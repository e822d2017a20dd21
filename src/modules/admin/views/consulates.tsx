import { Button, Layout, Ltr, NotificationBanner, StatusTag, Table, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import { consulateName, countryName, decimalText } from './parts.tsx';

/** Every consulate, with its currency and rate, and whether its staff must use passkeys. */
export function ConsulatesPage({ consulates, created }: { consulates: Consulate[]; created?: string }) {
  const { t, locale } = useView();
  return (
    <Layout title={t('admin.consulates.title')} width="wide" backLink={{ href: '/staff/admin' }}>
      {created ? (
        <NotificationBanner type="success">
          <p>{t('admin.consulates.created', { name: created })}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t('admin.consulates.title')}</h1>
      <Button href="/staff/admin/consulates/new" variant="secondary">
        {t('admin.consulates.add')}
      </Button>
      <Table
        caption={t('admin.consulates.title')}
        captionSize="hidden"
        rowHeaders
        head={[
          { text: t('admin.consulates.col.name') },
          { text: t('admin.consulates.col.country') },
          { text: t('admin.consulates.col.rate') },
          { text: t('admin.consulates.col.passkeys') },
          { text: t('admin.consulates.col.more') },
        ]}
        rows={consulates.map((c) => [
          <a href={`/staff/admin/consulates/${c.id}`} key="name">
            {consulateName(c, locale)}
          </a>,
          t('admin.consulates.place', {
            city: locale === 'fa' ? c.cityFa : c.cityEn,
            country: countryName(c.country, locale),
          }),
          <Ltr key="rate">
            {decimalText('1', locale)} EUR = {decimalText(c.eurRate, locale)} {c.currency}
          </Ltr>,
          c.requirePasskey ? (
            <StatusTag tone="blue" text={t('admin.consulates.passkeys.required')} key="pk" />
          ) : (
            <StatusTag tone="grey" text={t('admin.consulates.passkeys.optional')} key="pk" />
          ),
          <ul class="admin-links" key="more">
            <li>
              <a href={`/staff/admin/consulates/${c.id}/services`}>{t('admin.consulate.tab.services')}</a>
            </li>
            <li>
              <a href={`/staff/admin/consulates/${c.id}/closures`}>{t('admin.consulate.tab.closures')}</a>
            </li>
            <li>
              <a href={`/staff/admin/consulates/${c.id}/appointments`}>
                {t('admin.consulate.tab.appointments')}
              </a>
            </li>
          </ul>,
        ])}
      />
    </Layout>
  );
}
