import type { ComponentChildren } from 'preact';

export type Tone = 'grey' | 'blue' | 'green' | 'amber' | 'red' | 'purple';

/** A status as a word on a tinted background (every pair of colours is AA contrast or better). */
export function StatusTag({
  tone = 'grey',
  text,
  children,
}: {
  tone?: Tone;
  text?: string;
  children?: ComponentChildren;
}) {
  return <strong class={`tag tag--${tone}`}>{text ?? children}</strong>;
}
