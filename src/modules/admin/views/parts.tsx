import type { Locale } from '../../../platform/i18n/index.ts';
import { useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';

export const consulateName = (c: Consulate, locale: Locale) => (locale === 'fa' ? c.nameFa : c.nameEn);

export type ConsulateTab = 'details' | 'services' | 'closures' | 'appointments';

const TABS: { tab: ConsulateTab; path: string }[] = [
  { tab: 'details', path: '' },
  { tab: 'services', path: '/services' },
  { tab: 'closures', path: '/closures' },
  { tab: 'appointments', path: '/appointments' },
];

/** The pages of one consulate, as links (the current one marked for screen readers too). */
export function ConsulateTabs({ consulate, current }: { consulate: Consulate; current: ConsulateTab }) {
  const { t } = useView();
  return (
    <nav class="admin-tabs" aria-label={t('admin.consulate.tabs')}>
      <ul class="admin-tabs__list">
        {TABS.map(({ tab, path }) => (
          <li class="admin-tabs__item" key={tab}>
            <a
              class="admin-tabs__link"
              href={`/staff/admin/consulates/${consulate.id}${path}`}
              aria-current={tab === current ? 'page' : undefined}
            >
              {t(`admin.consulate.tab.${tab}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The country's name in the page's language, its ISO code when Intl has none. */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** A decimal (a rate, a step) in the page's digits, for reading only: stored values stay decimal strings. */
export function decimalText(value: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', { maximumFractionDigits: 8 }).format(
    Number(value),
  );
}
