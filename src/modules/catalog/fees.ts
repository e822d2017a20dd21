import type { Locale } from '../../platform/i18n/index.ts';
import { type ServiceDefinition, tariffFor } from './definition.ts';
import type { Consulate } from './store.ts';

/** Amounts are worked in 1e-8 units as integers: rates and rounding steps are decimals, and money is not a float. */
const SCALE = 100_000_000n;

function toUnits(decimal: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,8}))?$/.exec(decimal.trim());
  if (!m) throw new Error(`Not a decimal: ${decimal}`);
  return BigInt(m[1]!) * SCALE + BigInt((m[2] ?? '').padEnd(8, '0'));
}

function toDecimal(units: bigint): string {
  const whole = units / SCALE;
  const fraction = (units % SCALE).toString().padStart(8, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

export type Fee = {
  /** The tariff in euros, as set. */
  eur: string;
  /** What the consulate charges, in its currency: the euro amount at its rate, rounded half up to its step. */
  amount: string;
  currency: string;
};

/** A tariff in euros (a number from a definition, or a decimal string an admin set) as the consulate charges it. */
export function feeAt(
  consulate: Pick<Consulate, 'currency' | 'eurRate' | 'feeRounding'>,
  eur: number | string,
): Fee {
  const eurUnits = toUnits(typeof eur === 'string' ? eur : eur.toFixed(2));
  const local = (eurUnits * toUnits(consulate.eurRate)) / SCALE;
  const step = toUnits(consulate.feeRounding);
  const rounded = step > 0n ? ((local + step / 2n) / step) * step : local;
  return { eur: toDecimal(eurUnits), amount: toDecimal(rounded), currency: consulate.currency };
}

/** "£86", "۸۶ £", "€100" — in the reader's language and digits. */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
  const value = Number(amount);
  const fractional = !Number.isInteger(value);
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: fractional ? 2 : 0,
    maximumFractionDigits: fractional ? 2 : 0,
  }).format(value);
}

/**
 * The euro tariff at a consulate: its override (a decimal string) replaces the catalog's base tariff; a tariff
 * that depends on an answer (a power of attorney to sell property) stands, as the definition sets it.
 */
export function tariffAt(
  service: ServiceDefinition,
  answers: Record<string, unknown>,
  feeEurOverride: string | null,
): number | string {
  const by = service.fee.byAnswer;
  const value = by ? answers[by.field] : undefined;
  if (by && typeof value === 'string' && value in by.amounts) return tariffFor(service, answers);
  return feeEurOverride ?? service.fee.eur;
}

/**
 * The service as a consulate offers it, for its page: its base tariff replaced by the consulate's override, if any.
 * The override has two decimals at most, so the number round-trips exactly through `feeAt`'s `toFixed(2)`.
 */
export function withOverride<S extends ServiceDefinition>(service: S, feeEurOverride: string | null): S {
  if (feeEurOverride === null) return service;
  return { ...service, fee: { ...service.fee, eur: Number(feeEurOverride) } };
}
