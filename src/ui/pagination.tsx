import { formatNumber } from '../platform/i18n/index.ts';
import { useView } from './context.ts';

export type PaginationProps = {
  previous?: { href: string; label?: string };
  next?: { href: string; label?: string };
  /** Numbered pages; `null` shows an ellipsis. */
  pages?: ({ number: number; href: string; current?: boolean } | null)[];
};

function Arrow({ dir }: { dir: 'previous' | 'next' }) {
  // Drawn pointing left→right for "next"; the stylesheet mirrors `.chevron` on RTL pages.
  const d =
    dir === 'next'
      ? 'm8.1 0-1.4 1.4 4.6 4.6H0v2h11.3l-4.6 4.6 1.4 1.4 7-7z'
      : 'm6.9 0 1.4 1.4L3.7 6H15v2H3.7l4.6 4.6-1.4 1.4-7-7z';
  return (
    <svg
      class="pagination__icon chevron"
      viewBox="0 0 15 14"
      width="15"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d={d} />
    </svg>
  );
}

export function Pagination({ previous, next, pages }: PaginationProps) {
  const { t, locale } = useView();
  return (
    <nav class="pagination" aria-label={t('ui.pagination.label')}>
      {previous ? (
        <div class="pagination__prev">
          <a class="pagination__link" href={previous.href} rel="prev">
            <Arrow dir="previous" />
            <span class="pagination__link-title">{previous.label ?? t('ui.pagination.previous')}</span>
          </a>
        </div>
      ) : null}
      {pages && pages.length > 0 ? (
        <ul class="pagination__list">
          {pages.map((p, i) =>
            p ? (
              <li class={`pagination__item${p.current ? ' pagination__item--current' : ''}`} key={p.number}>
                <a
                  class="pagination__link"
                  href={p.href}
                  aria-label={t('ui.pagination.page', { number: p.number })}
                  aria-current={p.current ? 'page' : undefined}
                >
                  {formatNumber(p.number, locale)}
                </a>
              </li>
            ) : (
              <li class="pagination__item pagination__item--ellipsis" key={`e${i}`}>
                …
              </li>
            ),
          )}
        </ul>
      ) : null}
      {next ? (
        <div class="pagination__next">
          <a class="pagination__link" href={next.href} rel="next">
            <span class="pagination__link-title">{next.label ?? t('ui.pagination.next')}</span>
            <Arrow dir="next" />
          </a>
        </div>
      ) : null}
    </nav>
  );
}
