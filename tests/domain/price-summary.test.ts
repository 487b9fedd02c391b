import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import type { ModelRecord } from '../../src/domain/model';
import { hasPrice, priceLines } from '../../src/domain/price-summary';

const extended = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return new Map(r.dataset.models.map((m) => [m.name, m]));
})();
const gpt4 = extended.get('GPT-4')!;

describe('a model\'s price in a tip', () => {
  it('gives input, output and the blended 3:1 figure, then LiteLLM as the source with its date', () => {
    expect(hasPrice(gpt4)).toBe(true);
    expect(priceLines(gpt4)).toEqual([
      ['Price per million tokens', '$30 input, $60 output, $37.5 blended (3 input : 1 output)'],
      ['Price source', 'LiteLLM model_prices_and_context_window.json (2026-07)'],
    ]);
  });

  it('says nothing for a model without a price, rather than $0', () => {
    const gemma = extended.get('Gemma')!;
    expect(hasPrice(gemma)).toBe(false);
    expect(priceLines(gemma)).toEqual([]);
  });

  it('gives the one price there is, with no blended figure, and marks an estimate', () => {
    const input = { ...gpt4.extra!.priceInput!, status: 'estimated' as const };
    const inputOnly = { ...gpt4, extra: { priceInput: input } } as ModelRecord;
    expect(hasPrice(inputOnly)).toBe(true);
    expect(priceLines(inputOnly)[0]).toEqual(['Price per million tokens', '$30 input (estimated)']);
  });
});
