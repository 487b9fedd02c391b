import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { blendedPrice, displayValue, FIELDS } from '../../src/domain/fields';
import { formatPrice } from '../../src/domain/format';
import type { ModelRecord } from '../../src/domain/model';

const extended = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return new Map(r.dataset.models.map((m) => [m.name, m]));
})();

describe('prices per million tokens', () => {
  it.each([[0.25, '$0.25'], [30, '$30'], [37.5, '$37.5'], [1.25, '$1.25'], [0.0375, '$0.0375'], [0.15, '$0.15'], [0, '$0']])('formats %d as %s', (v, text) => {
    expect(formatPrice(v)).toBe(text);
  });

  it('blends 3 input tokens to 1 output token: GPT-4 (3 × 30 + 60) / 4 = 37.5, Claude 3 Haiku 0.5', () => {
    expect(blendedPrice(extended.get('GPT-4')!)).toMatchObject({ value: 37.5, status: 'reported', note: '(3 × $30 + $60) / 4', source: 'LiteLLM model_prices_and_context_window.json (2026-07)' });
    expect(blendedPrice(extended.get('Claude 3 Haiku')!).value).toBe(0.5);
  });

  it('is missing for a model without both prices, not 0', () => {
    expect(blendedPrice(extended.get('Gemma')!)).toMatchObject({ value: null, status: 'missing' });
    const inputOnly = { ...extended.get('GPT-4')!, extra: { priceInput: extended.get('GPT-4')!.extra!.priceInput! } } as ModelRecord;
    expect(FIELDS.priceBlended.get(inputOnly).value).toBeNull();
  });

  it('shows prices and dates formatted, never as the per-token or timestamp text', () => {
    const gpt4 = extended.get('GPT-4')!;
    expect(displayValue(FIELDS.priceInput, FIELDS.priceInput.get(gpt4))).toBe('$30');
    expect(displayValue(FIELDS.priceBlended, FIELDS.priceBlended.get(gpt4))).toBe('$37.5');
    expect(displayValue(FIELDS.releaseDate, FIELDS.releaseDate.get(gpt4))).toBe('2023-03-15');
    expect(displayValue(FIELDS.releaseDate, FIELDS.releaseDate.get(extended.get('Gemma')!))).toBe('—');
  });

  it('describes each new field for axis pickers and tables: kind, direction, title', () => {
    expect([FIELDS.releaseDate.kind, FIELDS.submissionDate.kind, FIELDS.priceBlended.kind, FIELDS.arc.kind]).toEqual(['time', 'time', 'numeric', 'numeric']);
    expect([FIELDS.priceInput.better, FIELDS.arc.better, FIELDS.releaseDate.better]).toEqual(['lower', 'higher', 'lower']);
    expect(FIELDS.priceBlended.axisTitle).toBe('Blended price 3:1 (USD per million tokens)');
    expect(FIELDS.submissionDate.label).toBe('Leaderboard submission');
  });
});
