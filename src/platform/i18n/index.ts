import { toPersianDigits } from './digits.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';

export type Locale = 'fa' | 'en';
export const LOCALES: readonly Locale[] = ['fa', 'en'];
export type MessageKey = keyof typeof fa;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { fa, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'fa' || value === 'en';
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/**
 * `t('key', {name})` fills `{name}` placeholders. Numbers are shown in the page's digits; string parameters are
 * left as given (codes and emails stay Latin and are isolated by the view).
 */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}

export function formatNumber(value: number, locale: Locale): string {
  const text = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB').format(value);
  return locale === 'fa' ? toPersianDigits(text) : text;
}
