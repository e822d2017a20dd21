import type { z } from 'zod';
import type { MessageKey } from '../i18n/index.ts';

/**
 * Form parsing at the boundary. Schemas give catalog keys as their messages, so the page shows each error in the
 * person's language; what was typed comes back as `values` for the re-rendered page (secrets never included).
 */
export type FormValues = Record<string, string>;
export type FormErrors = Partial<Record<string, MessageKey>>;
export type Parsed<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FormErrors; values: FormValues };

export function formValues(body: unknown, omit: string[] = []): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === '_csrf' || omit.includes(k)) continue;
    if (typeof v === 'string') out[k] = v.slice(0, 5_000);
    else if (Array.isArray(v) && typeof v[0] === 'string') out[k] = v[0].slice(0, 5_000);
  }
  return out;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  omit: string[] = [],
): Parsed<z.infer<S>> {
  const all = formValues(body);
  // Secrets (a one-time code) are parsed but never echoed back into the page.
  const values = Object.fromEntries(Object.entries(all).filter(([k]) => !omit.includes(k)));
  const result = schema.safeParse(all);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??= issue.message as MessageKey;
  }
  return { ok: false, errors, values };
}
