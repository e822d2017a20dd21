import { Layout, useView } from '../../../ui/index.ts';

const SECTIONS = [
  { href: '/staff/admin/consulates', key: 'consulates' },
  { href: '/staff/admin/staff', key: 'staff' },
  { href: '/staff/admin/delegates', key: 'delegates' },
  { href: '/staff/audit', key: 'audit' },
] as const;

/** Where an admin starts: each part of the administration with a line on what it is for. */
export function AdminIndexPage() {
  const { t } = useView();
  return (
    <Layout title={t('admin.title')}>
      <h1>{t('admin.title')}</h1>
      <ul class="admin-sections">
        {SECTIONS.map((s) => (
          <li class="admin-sections__item" key={s.key}>
            <h2 class="heading-s">
              <a href={s.href}>{t(`admin.index.${s.key}.title`)}</a>
            </h2>
            <p>{t(`admin.index.${s.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
