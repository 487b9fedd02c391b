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

const AXES = FIELD_KEYS.join(', ');

describe('the link a view writes', () => {
  it('an empty query opens the default view with nothing ignored', () => {
    expect(decodeViewState('', isDataset)).toEqual({ view: {}, ignored: [] });
  });

  it('a view that differs from the defaults writes its version with it', () => {
    expect(encodeViewState({ ...base, datasetId: 'extended' }, defaults)).toBe('d=extended&v=1');
  });

  it('charts equal to a default of two charts write no charts parameter; a change in the second writes both', () => {
    const two = { datasetId: 'great-gpu-race', charts: [chart('parameters', 'mmlu', { logX: true }), chart('costTier', 'gsm8k')] };
    expect(encodeViewState({ ...base, charts: two.charts }, two)).toBe('');
    const changed = [two.charts[0]!, chart('costTier', 'gsm8k', { flipY: true })];
    expect(encodeViewState({ ...base, charts: changed }, two)).toBe('charts=parameters.mmlu.lx%7EcostTier.gsm8k.fy&v=1');
  });
});

describe('filters read from a link', () => {
  it('?tiers=8, past the last tier, is refused and named; the other filters still apply', () => {
    expect(decodeViewState('v=1&tiers=8&pmin=1e9&notier=0', isDataset)).toEqual({
      view: { filters: { paramMin: 1e9, includeNoTier: false } },
      ignored: ["tiers: '8' is not a list of cost-tier numbers 0–7"],
    });
  });

  it.each(['-1', '1.5', 'x', '3,', ',3', '1,,2', '0x2', ' 1', '1e0', 'x1', '1x'])(
    '?tiers=%s is refused and named, not read as some other tier',
    (tiers) => {
      expect(decodeViewState(`tiers=${encodeURIComponent(tiers)}`, isDataset)).toEqual({
        view: {}, ignored: [`tiers: '${tiers}' is not a list of cost-tier numbers 0–7`],
      });
    },
  );

  it('tiers 0 and 7, both ends of the scale, are read', () => {
    expect(decodeViewState('tiers=7,0', isDataset).view).toEqual({ filters: { tiers: [0, 7] } });
  });

  it('a tier typed with a leading zero (?tiers=07) is that tier', () => {
    expect(decodeViewState('tiers=07', isDataset)).toEqual({ view: { filters: { tiers: [7] } }, ignored: [] });
  });

  it('tiers are de-duplicated and sorted', () => {
    expect(decodeViewState('tiers=4,1,4,2', isDataset).view).toEqual({ filters: { tiers: [1, 2, 4] } });
  });

  it('an empty ?tiers= keeps no tier at all, not the cheapest one', () => {
    expect(decodeViewState('tiers=', isDataset)).toEqual({ view: { filters: { tiers: [] } }, ignored: [] });
  });

  it.each(['0', '-5', 'Infinity', '', 'abc'])('a parameter count of %j is refused and named', (n) => {
    expect(decodeViewState(`pmin=${n}&pmax=${n}&q=gem`, isDataset)).toEqual({
      view: { filters: { search: 'gem' } },
      ignored: [`pmin: '${n}' is not a positive parameter count`, `pmax: '${n}' is not a positive parameter count`],
    });
  });

  it('?pmin above pmax is ignored and named; the other filters still apply', () => {
    expect(decodeViewState('pmin=2e10&pmax=1e10&q=llama', isDataset)).toEqual({
      view: { filters: { search: 'llama' } },
      ignored: ['pmin/pmax: the minimum is above the maximum'],
    });
  });

  it('pmin equal to pmax keeps models of exactly that size', () => {
    expect(decodeViewState('pmin=7e9&pmax=7e9', isDataset)).toEqual({ view: { filters: { paramMin: 7e9, paramMax: 7e9 } }, ignored: [] });
  });

  it('a lower or an upper bound alone applies', () => {
    expect(decodeViewState('pmin=0.5', isDataset).view).toEqual({ filters: { paramMin: 0.5 } });
    expect(decodeViewState('pmax=7e9', isDataset).view).toEqual({ filters: { paramMax: 7e9 } });
  });

  it('undisclosed and notier read 0 and 1', () => {
    expect(decodeViewState('undisclosed=1&notier=1', isDataset).view).toEqual({ filters: { includeUndisclosedSize: true, includeNoTier: true } });
    expect(decodeViewState('undisclosed=0&notier=0', isDataset).view).toEqual({ filters: { includeUndisclosedSize: false, includeNoTier: false } });
  });

  it.each(['yes', '2', 'true', ''])('?undisclosed=%j and ?notier= the same are refused and named', (b) => {
    expect(decodeViewState(`undisclosed=${b}&notier=${b}`, isDataset)).toEqual({
      view: {}, ignored: [`undisclosed: '${b}' is not 0 or 1`, `notier: '${b}' is not 0 or 1`],
    });
  });

  it('a search of exactly 200 characters is read whole', () => {
    const search = 'a'.repeat(200);
    expect(decodeViewState(`q=${search}`, isDataset)).toEqual({ view: { filters: { search } }, ignored: [] });
  });

  it('a longer search is cut at 200 characters, and the cut is named', () => {
    expect(decodeViewState(`q=${'b'.repeat(199)}cdef`, isDataset)).toEqual({
      view: { filters: { search: `${'b'.repeat(199)}c` } },
      ignored: ["q: only the search's first 200 characters are read (the link has 203)"],
    });
  });
});

describe('models and charts read from a link', () => {
  it('hidden ids are de-duplicated and sorted, empties dropped', () => {
    expect(decodeViewState('hide=qwen,,gemma,qwen,', isDataset)).toEqual({ view: { hiddenIds: ['gemma', 'qwen'] }, ignored: [] });
  });

  it('the selected model is read as written', () => {
    expect(decodeViewState('sel=gpt-4', isDataset).view).toEqual({ selectedId: 'gpt-4' });
  });

  it.each([
    ['bogus.mmlu', `'bogus' is not an axis (expected one of ${AXES})`],
    ['mmlu.bogus', `'bogus' is not an axis (expected one of ${AXES})`],
    ['mmlu', `'' is not an axis (expected one of ${AXES})`],
    ['', `'' is not an axis (expected one of ${AXES})`],
    ['parameters.mmlu.lx.zz', "unknown chart option 'zz'"],
    ['parameters.mmlu~gsm8k.gsm8k', "'gsm8k' is on both axes; a chart plots two different fields"],
  ])('?charts=%s is refused whole and named', (charts, why) => {
    expect(decodeViewState(`charts=${charts}&d=extended`, isDataset)).toEqual({ view: { datasetId: 'extended' }, ignored: [`charts: ${why}`] });
  });

  it('every chart option is read', () => {
    expect(decodeViewState('charts=gsm8k.parameters.fy.nf.ly', isDataset).view).toEqual({
      charts: [chart('gsm8k', 'parameters', { logY: true, showFrontier: false, flipY: true })],
    });
  });

  it('charts past the sixth are left out, and named', () => {
    const seven = Array.from({ length: 7 }, (_, i) => `${FIELD_KEYS[i]}.${FIELD_KEYS[i + 1]}`).join('~');
    const { view, ignored } = decodeViewState(`charts=${seven}`, isDataset);
    expect(view.charts?.map((c) => `${c.x}.${c.y}`)).toEqual(seven.split('~').slice(0, 6));
    expect(ignored).toEqual(['charts: only the first 6 charts are read (the link has 7)']);
  });

  it('a chart number past the charts in the link is refused; the last one is read', () => {
    expect(decodeViewState('charts=mmlu.gsm8k~parameters.mmlu&active=2', isDataset).ignored).toEqual(["active: '2' is not a chart number"]);
    expect(decodeViewState('charts=mmlu.gsm8k~parameters.mmlu&active=1', isDataset).view.activeChart).toBe(1);
  });

  it('chart 0 is read', () => {
    expect(decodeViewState('charts=mmlu.gsm8k&active=0', isDataset)).toEqual({ view: { charts: [chart('mmlu', 'gsm8k')], activeChart: 0 }, ignored: [] });
  });

  it('without charts in the link, a chart number up to 5 is read and 6 is refused', () => {
    expect(decodeViewState('active=5', isDataset)).toEqual({ view: { activeChart: 5 }, ignored: [] });
    expect(decodeViewState('active=6', isDataset)).toEqual({ view: {}, ignored: ["active: '6' is not a chart number"] });
  });

  it.each(['-1', '1.5', 'x'])('a chart number of %s is refused and named', (n) => {
    expect(decodeViewState(`active=${n}`, isDataset)).toEqual({ view: {}, ignored: [`active: '${n}' is not a chart number`] });
  });
});
