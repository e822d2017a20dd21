import type { ComponentChildren } from 'preact';
import { useView } from './context.ts';

export type SummaryRow = {
  key: string;
  value: ComponentChildren;
  /** The link's visible text defaults to "Change"; the row's key follows it, visually hidden. */
  change?: { href: string; label?: string };
};

/** Answers to check before sending: question on one side, answer and a Change link on the other. */
export function SummaryList({ rows, borderless }: { rows: SummaryRow[]; borderless?: boolean }) {
  const { t } = useView();
  const anyChange = rows.some((r) => r.change);
  return (
    <dl class={borderless ? 'summary-list summary-list--borderless' : 'summary-list'}>
      {rows.map((r) => (
        <div class="summary-list__row" key={r.key}>
          <dt class="summary-list__key">{r.key}</dt>
          <dd class="summary-list__value">{r.value}</dd>
          {r.change ? (
            <dd class="summary-list__actions">
              <a href={r.change.href}>
                {r.change.label ?? t('ui.summary.change')}
                <span class="visually-hidden"> {r.key}</span>
              </a>
            </dd>
          ) : anyChange ? (
            <dd class="summary-list__actions" />
          ) : null}
        </div>
      ))}
    </dl>
  );
}
