import type { ComponentChildren } from 'preact';

/** Left-to-right text (email, phone number, URL) kept whole inside Persian text. */
export function Ltr({ children }: { children: ComponentChildren }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** Tracking codes in groups of four, as people read them out: `ABCDEFGHJ` → `ABCD-EFGH-J`. */
export function formatTrackingCode(code: string): string {
  const clean = code.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

/**
 * A code (tracking code, document number, passport number) in Latin letters and digits, left to right,
 * never translated. `tracking` groups it in fours.
 */
const noTranslate: Record<string, string> = { translate: 'no' };

export function Code({ value, tracking }: { value: string; tracking?: boolean }) {
  return (
    <bdi dir="ltr" class="code" {...noTranslate}>
      {tracking ? formatTrackingCode(value) : value}
    </bdi>
  );
}
