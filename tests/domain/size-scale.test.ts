// The size filter's edges, worked by hand: the slider's log-scale stops, the bounds they give, and which models a
// bound keeps (both ends inclusive).
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { DEFAULT_FILTERS, filterModels } from '../../src/domain/filter';
import { boundsFromStops, describeSizeRange, LAST_STOP, SCALE_MARKS, SIZE_STOPS, stopIndex } from '../../src/domain/size-scale';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const kept = (paramMin: number | null, paramMax: number | null) =>
  filterModels(article, { ...DEFAULT_FILTERS, paramMin, paramMax, includeUndisclosedSize: false }).models.map((m) => m.name);

describe('the size slider\'s log scale', () => {
  it('runs from 10M to 2T, coarse below 1B', () => {
    expect([SIZE_STOPS[0], SIZE_STOPS[LAST_STOP]]).toEqual([10e6, 2e12]);
    expect(SIZE_STOPS.slice(0, 6)).toEqual([10e6, 30e6, 100e6, 300e6, 500e6, 1e9]);
    expect(SIZE_STOPS.indexOf(7e9)).toBe(10);
    expect(SIZE_STOPS.indexOf(10e9)).toBe(11);
  });

  it('prints each size under the slider where its stop sits: stop index ÷ 25 of the track', () => {
    expect(SCALE_MARKS).toEqual([
      { label: '10M', at: 0 }, { label: '1B', at: 20 },
      { label: '10B', at: 44 }, { label: '100B', at: 68 }, { label: '1T', at: 92 },
    ]);
  });

  it.each([
    // The boundary between the 7B and 10B stops is their geometric mean, √(7e9 × 10e9) ≈ 8.37e9.
    [7e9, 10, 'on a stop'],
    [8.3e9, 10, 'ln(8.3/7) = 0.170 < ln(10/8.3) = 0.186: nearer 7B'],
    [8.4e9, 11, 'ln(8.4/7) = 0.182 > ln(10/8.4) = 0.174: nearer 10B'],
    [1e6, 0, 'below the scale: its first stop'],
    [5e12, LAST_STOP, 'above the scale: its last stop'],
  ])('puts %d at stop %d (%s)', (value, index) => {
    expect(stopIndex(value, 'min')).toBe(index);
  });

  it('maps no bound to the ends, and the ends to no bound', () => {
    expect([stopIndex(null, 'min'), stopIndex(null, 'max')]).toEqual([0, LAST_STOP]);
    expect(boundsFromStops(0, LAST_STOP)).toEqual([null, null]);
    expect(boundsFromStops(10, 17)).toEqual([7e9, 100e9]);
    expect(boundsFromStops(1, LAST_STOP - 1)).toEqual([30e6, 1.5e12]);
  });

  it.each([
    [null, null, 'All sizes'],
    [null, 3e9, 'Up to 3B'],
    [100e9, null, '100B and up'],
    [7e9, 100e9, '7B – 100B'],
  ])('describes %s–%s as "%s"', (min, max, text) => {
    expect(describeSizeRange(min, max)).toBe(text);
  });
});

describe('a size bound, both ends inclusive', () => {
  it.each([
    // Sizes: GPT-4 ~1.7T (estimate), DeepSeek 67B, Qwen 72B, Gemma 7B, Mistral Small 7B; Claude 3 Opus undisclosed.
    [7e9, null, ['GPT-4', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small'], 'a minimum of exactly 7B keeps the 7B models'],
    [7.000001e9, null, ['GPT-4', 'DeepSeek', 'Qwen'], 'just above 7B drops them'],
    [null, 67e9, ['DeepSeek', 'Gemma', 'Mistral Small'], 'a maximum of exactly 67B keeps DeepSeek'],
    [null, 66.9e9, ['Gemma', 'Mistral Small'], 'just below 67B drops it'],
    [67e9, 72e9, ['DeepSeek', 'Qwen'], 'a range whose ends are two models\' sizes keeps both'],
    [72e9, 67e9, [], 'a minimum above the maximum keeps none'],
    [1.7e12, 1.7e12, ['GPT-4'], 'GPT-4\'s estimate is filtered like a value'],
  ])('%d–%d: %j (%s)', (min, max, names, _why) => {
    expect(kept(min, max)).toEqual(names);
  });
});
