import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { formatNumber } from '../../../platform/i18n/index.ts';
import { useView } from '../../../ui/index.ts';

/**
 * Charts drawn on the server as SVG: no script, readable in print, mirrored for right-to-left pages (bars grow
 * from the right, time runs from right to left). Each is one image to assistive technology (`role="img"` with a
 * title and a description listing every value); pages put the same numbers in a table beside it.
 */
export type ChartDatum = {
  label: string;
  value: number;
  /** The value as written beside the bar (e.g. one decimal); the page's digits by default. */
  display?: string;
};

type ChartProps = {
  title: string;
  /** What the chart shows; the values are appended to it for screen readers. */
  description: string;
  data: ChartDatum[];
  /** Counts: axis steps are whole numbers. */
  integer?: boolean;
};

const WIDTH = 640;

/** A round top for the axis and its ticks: four or five steps of 1, 2 or 5 × a power of ten. */
export function niceScale(max: number, integer = false): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
  if (integer) step = Math.max(1, Math.round(step));
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return { top, ticks };
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function useChartText() {
  const { locale, dir } = useView();
  const id = useId();
  const show = (d: ChartDatum) => d.display ?? formatNumber(d.value, locale);
  const describe = (description: string, data: ChartDatum[]) =>
    `${description} ${data.map((d) => `${d.label}: ${show(d)}`).join(locale === 'fa' ? '؛ ' : '; ')}`;
  return { locale, dir, id, show, describe };
}

/** The SVG every chart is drawn in: an image with a title and a description that reads out every value. */
function ChartFrame(props: {
  kind: 'bars' | 'columns';
  height: number;
  id: string;
  dir: 'rtl' | 'ltr';
  title: string;
  description: string;
  children: ComponentChildren;
}) {
  const { kind, height, id, dir, title, description, children } = props;
  return (
    <svg
      class={`chart chart--${kind}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      direction={dir}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Horizontal bars, one per item, labels at the start side and values at the end of each bar. */
export function BarChart({ title, description, data, integer }: ChartProps) {
  const { locale, dir, id, show, describe } = useChartText();
  const rtl = dir === 'rtl';
  const labelWidth = 250;
  const valueWidth = 60;
  const rowHeight = 34;
  const top = 8;
  const plotWidth = WIDTH - labelWidth - valueWidth;
  const height = top + data.length * rowHeight + 30;
  const axisY = top + data.length * rowHeight;
  const scale = niceScale(Math.max(0, ...data.map((d) => d.value)), integer);
  const origin = rtl ? WIDTH - labelWidth : labelWidth;
  const x = (v: number) => origin + (rtl ? -1 : 1) * (v / scale.top) * plotWidth;
  return (
    <ChartFrame
      kind="bars"
      height={height}
      id={id}
      dir={dir}
      title={title}
      description={describe(description, data)}
    >
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line class="chart__grid" x1={x(tick)} x2={x(tick)} y1={top} y2={axisY} />
          <text class="chart__tick" x={x(tick)} y={axisY + 20} text-anchor="middle">
            {formatNumber(tick, locale)}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const y = top + i * rowHeight;
        const width = Math.abs(x(d.value) - origin);
        return (
          <g key={d.label}>
            <text
              class="chart__label"
              x={origin + (rtl ? 8 : -8)}
              y={y + rowHeight / 2 + 5}
              text-anchor="end"
            >
              {shorten(d.label, 24)}
            </text>
            <rect
              class="chart__bar"
              x={rtl ? origin - width : origin}
              y={y + 5}
              width={width}
              height={rowHeight - 10}
            />
            <text
              class="chart__value"
              x={x(d.value) + (rtl ? -6 : 6)}
              y={y + rowHeight / 2 + 6}
              text-anchor="start"
            >
              {show(d)}
            </text>
          </g>
        );
      })}
      <line class="chart__axis" x1={origin} x2={origin} y1={top} y2={axisY} />
      <line class="chart__axis" x1={x(0)} x2={x(scale.top)} y1={axisY} y2={axisY} />
    </ChartFrame>
  );
}

/**
 * Vertical columns over time, oldest first in the reading direction; the value axis at the start side. Every
 * column's label is in the description and the table; the axis names only every few to stay legible.
 */
export function ColumnChart({ title, description, data, integer }: ChartProps) {
  const { locale, dir, id, show, describe } = useChartText();
  const rtl = dir === 'rtl';
  const height = 280;
  const axisWidth = 48;
  const top = 20;
  const bottom = 40;
  const plotWidth = WIDTH - axisWidth - 8;
  const plotHeight = height - top - bottom;
  const axisY = top + plotHeight;
  const scale = niceScale(Math.max(0, ...data.map((d) => d.value)), integer);
  const origin = rtl ? WIDTH - axisWidth : axisWidth;
  const step = data.length > 0 ? plotWidth / data.length : plotWidth;
  const columnWidth = step * 0.7;
  const y = (v: number) => axisY - (v / scale.top) * plotHeight;
  const centre = (i: number) => origin + (rtl ? -1 : 1) * (i * step + step / 2);
  const labelEvery = Math.max(1, Math.ceil(data.length / 6));
  return (
    <ChartFrame
      kind="columns"
      height={height}
      id={id}
      dir={dir}
      title={title}
      description={describe(description, data)}
    >
      {scale.ticks.map((tick) => (
        <g key={tick}>
          <line
            class="chart__grid"
            x1={origin}
            x2={origin + (rtl ? -1 : 1) * plotWidth}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text class="chart__tick" x={origin + (rtl ? 6 : -6)} y={y(tick) + 5} text-anchor="end">
            {formatNumber(tick, locale)}
          </text>
        </g>
      ))}
      {data.map((d, i) => (
        <g key={d.label}>
          <rect
            class="chart__bar"
            x={centre(i) - columnWidth / 2}
            y={y(d.value)}
            width={columnWidth}
            height={axisY - y(d.value)}
          />
          {data.length <= 16 && d.value > 0 ? (
            <text class="chart__value" x={centre(i)} y={y(d.value) - 5} text-anchor="middle">
              {show(d)}
            </text>
          ) : null}
          {i % labelEvery === 0 ? (
            <text class="chart__tick" x={centre(i)} y={axisY + 20} text-anchor="middle">
              {d.label}
            </text>
          ) : null}
        </g>
      ))}
      <line class="chart__axis" x1={origin} x2={origin} y1={top} y2={axisY} />
      <line class="chart__axis" x1={origin} x2={origin + (rtl ? -1 : 1) * plotWidth} y1={axisY} y2={axisY} />
    </ChartFrame>
  );
}
