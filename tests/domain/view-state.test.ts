import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../src/domain/fields';
import { DEFAULT_FILTERS } from '../../src/domain/filter';
import { decodeViewState, encodeViewState, MAX_HIDDEN_IN_URL, type ChartView, type ViewState } from '../../src/domain/view-state';

const chart = (x: ChartView['x'], y: ChartView['y'], patch: Partial<ChartView> = {}): ChartView => ({
  x, y, logX: false, logY: false, showFrontier: true, flipX: false, flipY: false, ...patch,
});
const defaults = { datasetId: 'great-gpu-race', charts: [chart('parameters', 'mmlu', { logX: true })] };
const isDataset = (id: string) => ['great-gpu-race', 'extended'].includes(id);
const base: ViewState = { datasetId: 'great-gpu-race', filters: DEFAULT_FILTERS, hiddenIds: [], selectedId: null, charts: defaults.charts, activeChart: 0 };

describe('view state in the URL', () => {
  it('encodes the default view as an empty query', () => {
    expect(encodeViewState(base, defaults)).toBe('');
  });

  it('round-trips a full view', () => {
    const view: ViewState = {
      datasetId: 'extended',
      filters: { paramMin: 7e9, paramMax: 1e11, includeUndisclosedSize: true, tiers: [3, 4], includeNoTier: false, search: 'llama 3' },
      hiddenIds: ['gemma', 'qwen'], selectedId: 'gpt-4',
      charts: [chart('trainingCompute', 'gsm8k', { logX: true, logY: true, showFrontier: false, flipX: true }), chart('costTier', 'avgScore')],
      activeChart: 1,
    };
    const { view: back, ignored } = decodeViewState(encodeViewState(view, defaults), isDataset);
    expect(ignored).toEqual([]);
    expect(back).toEqual(view);
  });

  it('round-trips arbitrary views', () => {
    const arbChart = fc.record({
      x: fc.constantFrom(...FIELD_KEYS), y: fc.constantFrom(...FIELD_KEYS),
      logX: fc.boolean(), logY: fc.boolean(), showFrontier: fc.boolean(), flipX: fc.boolean(), flipY: fc.boolean(),
    }).filter((c) => c.x !== c.y);
    fc.assert(fc.property(
      fc.array(arbChart, { minLength: 1, maxLength: 6 }),
      fc.string({ maxLength: 30 }),
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 5 }),
      (charts, search, hidden) => {
        const view: ViewState = { ...base, charts, filters: { ...DEFAULT_FILTERS, search }, hiddenIds: [...hidden].sort() };
        const { view: back, ignored } = decodeViewState(encodeViewState(view, defaults), isDataset);
        expect(ignored).toEqual([]);
        expect(back.filters?.search ?? '').toBe(search);
        expect(back.hiddenIds ?? []).toEqual(view.hiddenIds);
        if (back.charts) expect(back.charts).toEqual(charts);
      },
    ));
  });

  it.each([
    ['v=9&d=extended', /version 9/],
    ['v=&d=extended', /version ;/],
  ])('rejects a link of another version whole: %s', (q, why) => {
    const { view, ignored } = decodeViewState(q, isDataset);
    expect(view).toEqual({});
    expect(ignored.join()).toMatch(why);
  });

  it('reads a link written by hand, with no version, as this version', () => {
    expect(decodeViewState('d=extended&q=llama', isDataset)).toEqual({ view: { datasetId: 'extended', filters: { search: 'llama' } }, ignored: [] });
  });

  it('keeps the good parts of a damaged link and names each bad one', () => {
    const { view, ignored } = decodeViewState('v=1&d=nope&pmin=abc&tiers=1,99&q=gem&charts=mmlu.bogus&zzz=1&active=7', isDataset);
    expect(view).toEqual({ filters: { search: 'gem' } });
    expect(ignored).toEqual([
      "d: no dataset is called 'nope'",
      "pmin: 'abc' is not a positive parameter count",
      "tiers: '1,99' is not a list of cost-tier numbers 0–7",
      "charts: 'bogus' is not an axis (expected one of parameters, trainingCompute, mmlu, gsm8k, costTier, mmluPerB, gsm8kPerB, avgScore, releaseDate, submissionDate, priceInput, priceOutput, priceBlended, arc, hellaswag, truthfulqa, winogrande, leaderboardAverage)",
      "active: '7' is not a chart number",
      'zzz: not a setting this app knows',
    ]);
  });

  it('refuses a chart with one field on both axes, naming it', () => {
    const { view, ignored } = decodeViewState('v=1&charts=mmlu.mmlu', isDataset);
    expect(view).toEqual({});
    expect(ignored).toEqual(["charts: 'mmlu' is on both axes; a chart plots two different fields"]);
  });

  it('leaves a very long list of hidden models out of the link instead of growing it to megabytes', () => {
    const many = Array.from({ length: MAX_HIDDEN_IN_URL + 1 }, (_, i) => `m${i}`);
    expect(encodeViewState({ ...base, hiddenIds: many }, defaults)).not.toContain('hide=');
    expect(encodeViewState({ ...base, hiddenIds: many.slice(0, MAX_HIDDEN_IN_URL) }, defaults)).toContain('hide=');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (q) => {
      expect(() => decodeViewState(q, isDataset)).not.toThrow();
      expect(() => decodeViewState(`v=1&${q}`, isDataset)).not.toThrow();
    }));
  });
});
