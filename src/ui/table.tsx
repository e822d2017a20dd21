import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { formatNumber } from '../platform/i18n/index.ts';
import { useView } from './context.ts';

export type TableColumn = { text: ComponentChildren; numeric?: boolean };
/** A number cell is formatted in the page's digits; anything else is shown as given. */
export type TableCell = ComponentChildren | number;

export type TableProps = {
  caption: ComponentChildren;
  /** Show the caption as a heading (`m`) or visually hidden (`hidden`, when a page heading already says it). */
  captionSize?: 'l' | 'm' | 's' | 'hidden';
  head: TableColumn[];
  rows: TableCell[][];
  /** The first cell of each row is the row's header. */
  rowHeaders?: boolean;
};

/** A data table; on narrow screens it scrolls sideways inside a focusable region instead of the page. */
export function Table({ caption, captionSize = 'm', head, rows, rowHeaders }: TableProps) {
  const { locale } = useView();
  const captionId = `${useId()}-caption`;
  const cellClass = (i: number) => (head[i]?.numeric ? 'table__cell table__cell--numeric' : 'table__cell');
  return (
    <section class="table-wrap" aria-labelledby={captionId} tabindex={0}>
      <table class="table">
        <caption class={`table__caption table__caption--${captionSize}`} id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            {head.map((c, i) => (
              <th scope="col" class={`table__header ${cellClass(i)}`} key={i}>
                {c.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                const content = typeof cell === 'number' ? formatNumber(cell, locale) : cell;
                return rowHeaders && i === 0 ? (
                  <th scope="row" class={`table__header ${cellClass(i)}`} key={i}>
                    {content}
                  </th>
                ) : (
                  <td class={cellClass(i)} key={i}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
