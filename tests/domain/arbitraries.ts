// fast-check generators for models and filters, shared by the property tests.
import * as fc from 'fast-check';
import type { Filters } from '../../src/domain/filter';
import type { Measured } from '../../src/domain/measured';
import type { ModelRecord } from '../../src/domain/model';

export const arbMeasured = (lo: number, hi: number): fc.Arbitrary<Measured> =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }).map((value) => ({ value, raw: String(value), status: 'reported' as const })),
    fc.double({ min: lo, max: hi, noNaN: true }).map((value) => ({ value, raw: `~${value}`, status: 'estimated' as const })),
    fc.constant<Measured>({ value: null, raw: 'Undisclosed', status: 'undisclosed' }),
    fc.constant<Measured>({ value: null, raw: '', status: 'missing' }),
  );

const arbTier: fc.Arbitrary<Measured> = fc.oneof(
  fc.integer({ min: 0, max: 7 }).map((value) => ({ value, raw: String(value), status: 'reported' as const })),
  fc.constant<Measured>({ value: null, raw: '', status: 'missing' }),
);

export const arbModel: fc.Arbitrary<Omit<ModelRecord, 'id'>> = fc.record({
  name: fc.string({ maxLength: 12 }),
  organization: fc.constantFrom('OpenAI', 'Google', 'Meta', ''),
  parameters: arbMeasured(1e8, 3e12),
  trainingCompute: fc.record({ text: fc.constant(''), flop: arbMeasured(1e20, 1e26) }),
  mmlu: arbMeasured(0, 100),
  gsm8k: arbMeasured(0, 100),
  costTier: arbTier,
  notes: fc.constant([]),
  sources: fc.constant([]),
});

export const arbModels: fc.Arbitrary<ModelRecord[]> = fc
  .array(arbModel, { maxLength: 40 })
  .map((ms) => ms.map((m, i) => ({ ...m, id: `m${i}` })));

export const arbFilters: fc.Arbitrary<Filters> = fc.record({
  paramMin: fc.option(fc.double({ min: 1e8, max: 3e12, noNaN: true }), { nil: null }),
  paramMax: fc.option(fc.double({ min: 1e8, max: 3e12, noNaN: true }), { nil: null }),
  includeUndisclosedSize: fc.boolean(),
  tiers: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 7 })), { nil: null }),
  includeNoTier: fc.boolean(),
  search: fc.constantFrom('', 'o', 'goo', 'x'),
});
