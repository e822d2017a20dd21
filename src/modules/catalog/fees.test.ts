import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tariffFor } from './definition.ts';
import { feeAt, formatMoney } from './fees.ts';
import { loadServices } from './services-registry.ts';

const consulate = (currency: string, eurRate: string, feeRounding: string) => ({
  currency,
  eurRate,
  feeRounding,
});

test('a euro tariff at the consulate rate, rounded half up to its step', () => {
  assert.deepEqual(feeAt(consulate('EUR', '1', '1'), 100), { eur: '100', amount: '100', currency: 'EUR' });
  assert.equal(feeAt(consulate('GBP', '0.86', '1'), 100).amount, '86');
  assert.equal(feeAt(consulate('GBP', '0.86', '1'), 13).amount, '11', '11.18 → 11');
  assert.equal(feeAt(consulate('GBP', '0.86', '0.5'), 13).amount, '11', '11.18 → 11.0');
  assert.equal(feeAt(consulate('GBP', '0.86', '0.01'), 13).amount, '11.18');
  assert.equal(feeAt(consulate('JPY', '165', '100'), 29).amount, '4800', '4785 → 4800');
  assert.equal(feeAt(consulate('AED', '4', '5'), 132).amount, '530', '528 → 530');
  assert.equal(feeAt(consulate('CAD', '1.5', '1'), 0.5).amount, '1', '0.75 → 1 (half up)');
  assert.equal(feeAt(consulate('EUR', '1', '1'), 0).amount, '0');
});

test('rounding never moves an amount by more than half a step, and amounts are multiples of the step', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 100_000 }),
      fc.constantFrom('0.86', '1', '1.5', '45', '165', '0.333333'),
      fc.constantFrom('0.01', '0.5', '1', '5', '10', '100'),
      (cents, rate, step) => {
        const eur = cents / 100;
        const fee = feeAt(consulate('XXX', rate, step), eur);
        const exact = (cents / 100) * Number(rate);
        assert.ok(Math.abs(Number(fee.amount) - exact) <= Number(step) / 2 + 1e-6);
        const ratio = Number(fee.amount) / Number(step);
        assert.ok(Math.abs(ratio - Math.round(ratio)) < 1e-6);
      },
    ),
  );
});

test('money in the reader’s language', () => {
  assert.equal(formatMoney('86', 'GBP', 'en'), '£86');
  assert.match(formatMoney('86', 'GBP', 'fa'), /۸۶/);
  assert.equal(formatMoney('11.5', 'EUR', 'en'), '€11.50');
  assert.match(formatMoney('4800', 'JPY', 'fa'), /۴٬۸۰۰/);
});

test('a tariff may depend on an answer: a power of attorney to sell property costs more', () => {
  const poa = loadServices().find('power-of-attorney')!;
  assert.equal(tariffFor(poa, { poaType: 'property-sale' }), 132);
  assert.equal(tariffFor(poa, { poaType: 'vehicle-sale' }), 26);
  assert.equal(tariffFor(poa, { poaType: 'banking' }), 13);
  assert.equal(tariffFor(poa, {}), 13);
});
