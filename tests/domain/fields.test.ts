// The derived metrics, each worked by hand: the expected numbers are written out here, not computed by the code.
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { blendedPrice, describeValue, displayValue, FIELDS } from '../../src/domain/fields';
import type { Measured } from '../../src/domain/measured';
import type { ModelRecord } from '../../src/domain/model';

const built = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return new Map(r.dataset.models.map((m) => [m.name, m]));
})();
const model = (name: string) => built.get(name)!;

const reported = (value: number): Measured => ({ value, raw: String(value), status: 'reported' });
const MISSING: Measured = { value: null, raw: '', status: 'missing' };
/** A record with only the values a metric reads. */
function record(parts: Partial<Pick<ModelRecord, 'parameters' | 'mmlu' | 'gsm8k'>>): ModelRecord {
  return {
    id: 'x', name: 'X', organization: '', parameters: MISSING, mmlu: MISSING, gsm8k: MISSING, costTier: MISSING,
    trainingCompute: { text: '', flop: MISSING }, notes: [], sources: [], ...parts,
  };
}

describe('score per billion parameters', () => {
  it('divides the score by the count in billions: 50% at 2e9 parameters is 25 points per billion', () => {
    const m = record({ mmlu: reported(50), gsm8k: reported(30), parameters: reported(2e9) });
    expect(FIELDS.mmluPerB.get(m)).toEqual({ value: 25, raw: '25', status: 'reported', source: 'computed from the score and the parameter count' });
    expect(FIELDS.gsm8kPerB.get(m).value).toBe(15);
  });

  it.each([
    // model, MMLU, billions: MMLU ÷ billions, by hand
    ['Gemma', 'mmluPerB', 9.19, '64.3 / 7 = 9.19'],
    ['DeepSeek', 'mmluPerB', 1.17, '78.5 / 67 = 1.17'],
    ['Qwen', 'mmluPerB', 1.07, '77.3 / 72 = 1.07'],
    ['Mistral Small', 'gsm8kPerB', 7.46, '52.2 / 7 = 7.46'],
    ['Llama 3.1 405B Instruct', 'gsm8kPerB', 0.24, '96.8 / 405 = 0.239'],
  ] as const)('%s: %s is %d (%s)', (name, key, value, _byHand) => {
    const m = FIELDS[key].get(model(name));
    expect(m.value).toBeCloseTo(value, 2);
    expect(m.status).toBe('reported');
    expect(displayValue(FIELDS[key], m)).toBe(String(value));
  });

  it('is an estimate when the size is: GPT-4, 86.4 / 1,700 = 0.05 from the ~1.7T estimate', () => {
    expect(FIELDS.mmluPerB.get(model('GPT-4'))).toMatchObject({ value: expect.closeTo(0.0508, 4), status: 'estimated' });
  });

  it('is missing, never 0, without a size: Claude 3 Opus\'s is undisclosed', () => {
    expect(FIELDS.mmluPerB.get(model('Claude 3 Opus'))).toEqual({ value: null, raw: '', status: 'missing', source: 'needs the score and the parameter count' });
  });
});

describe('average score', () => {
  it('is the mean of the two scores: (80 + 60) / 2 = 70', () => {
    const m = record({ mmlu: reported(80), gsm8k: reported(60) });
    expect(FIELDS.avgScore.get(m)).toEqual({ value: 70, raw: '70', status: 'reported', source: 'computed from MMLU and GSM8K' });
  });

  it.each([
    ['GPT-4', 89.2, '(86.4 + 92.0) / 2'],
    ['Gemma', 58.55, '(64.3 + 52.8) / 2'],
    ['Llama 3 70B Instruct', 87.5, '(82.0 + 93.0) / 2'],
  ])('%s: %d = %s', (name, value) => {
    expect(FIELDS.avgScore.get(model(name)).value).toBeCloseTo(value, 10);
  });

  it('needs both scores: GPT-4o has no GSM8K, so no average', () => {
    expect(FIELDS.avgScore.get(model('GPT-4o (2024-05-13)'))).toMatchObject({ value: null, status: 'missing', source: 'needs MMLU and GSM8K' });
    expect(FIELDS.avgScore.get(record({ gsm8k: reported(60) })).value).toBeNull();
  });

  it('is an estimate when a score is', () => {
    const m = record({ mmlu: { ...reported(80), status: 'estimated' }, gsm8k: reported(60) });
    expect(FIELDS.avgScore.get(m)).toMatchObject({ value: 70, status: 'estimated' });
  });
});

describe('blended price, (3 × input + output) / 4', () => {
  it.each([
    ['GPT-4', 37.5, '(3 × 30 + 60) / 4'],
    ['Claude 3 Opus', 30, '(3 × 15 + 75) / 4'],
    ['Claude 3 Haiku', 0.5, '(3 × 0.25 + 1.25) / 4'],
    ['GPT-4o (2024-05-13)', 7.5, '(3 × 5 + 15) / 4'],
    ['GPT-4 Turbo (2024-04-09)', 15, '(3 × 10 + 30) / 4'],
  ])('%s: $%d = %s', (name, value) => {
    expect(blendedPrice(model(name)).value).toBe(value);
  });
});

describe('blended price status and source', () => {
  const priced = (input: Partial<Measured>, output: Partial<Measured>) =>
    ({ ...record({}), extra: { priceInput: { ...reported(10), ...input }, priceOutput: { ...reported(30), ...output } } }) as ModelRecord;

  it('is an estimate when either price is', () => {
    expect(blendedPrice(priced({}, {})).status).toBe('reported');
    expect(blendedPrice(priced({ status: 'estimated' }, {})).status).toBe('estimated');
    expect(blendedPrice(priced({}, { status: 'estimated' })).status).toBe('estimated');
  });

  it('cites the input price\'s source, and none where it has none', () => {
    expect(blendedPrice(priced({ source: 'a price list' }, {}))).toEqual({ value: 15, raw: '15', status: 'reported', note: '(3 × $10 + $30) / 4', source: 'a price list' });
    expect(blendedPrice(priced({}, {}))).toStrictEqual({ value: 15, raw: '15', status: 'reported', note: '(3 × $10 + $30) / 4' });
  });
});

describe('a value as the reader sees it', () => {
  const m = (value: number | null, raw: string, status: Measured['status']): Measured => ({ value, raw, status });

  it.each([
    ['the published text, without its "(est.)"', FIELDS.parameters, m(1.7e12, '~1.7T (est.)', 'estimated'), '~1.7T'],
    ['"( est )" spaced inside', FIELDS.parameters, m(1.7e12, '~1.7T ( est )', 'estimated'), '~1.7T'],
    ['"(estimated)" in full', FIELDS.parameters, m(7e10, '70B (estimated)', 'estimated'), '70B'],
    ['a bare number with its unit', FIELDS.parameters, m(7e10, '70', 'reported'), '70B'],
    ['a tier by its canonical name', FIELDS.costTier, m(3, 'Medium- Low', 'reported'), 'Medium-Low'],
    ['"Undisclosed" for an undisclosed value', FIELDS.parameters, m(null, 'not disclosed', 'undisclosed'), 'Undisclosed'],
    ['a dash for a missing one, whatever its text', FIELDS.mmlu, m(null, 'n/a', 'missing'), '—'],
    ['the text of a value given without a number', FIELDS.mmlu, m(null, 'pending', 'estimated'), 'pending'],
    ['a dash for one with neither', FIELDS.mmlu, m(null, ' ', 'estimated'), '—'],
  ])('shows %s', (_what, field, value, shown) => {
    expect(displayValue(field, value)).toBe(shown);
  });

  it('describes a value for a screen reader, saying when it is an estimate or has none', () => {
    expect(describeValue(FIELDS.parameters, m(1.7e12, '~1.7T (est.)', 'estimated'))).toBe('parameters ~1.7T (estimated)');
    expect(describeValue(FIELDS.mmlu, m(86.4, '86.4%', 'reported'))).toBe('MMLU 86.4%');
    expect(describeValue(FIELDS.parameters, m(null, 'Undisclosed', 'undisclosed'))).toBe('parameters undisclosed');
  });
});
