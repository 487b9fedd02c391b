import { describe, expect, it } from 'vitest';
import { plotData, type NotPlotted, type Unplottable } from '../../../src/domain/chart/points';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { ARTICLE, EPOCH } from '../../../src/domain/datasets/sources';
import {
  creditFor, describeFilters, exportFileName, exportSubtitle, listWithMore, notPlottedSummary, sourceLine,
} from '../../../src/domain/export/describe-view';
import { FIELDS } from '../../../src/domain/fields';
import { DEFAULT_FILTERS } from '../../../src/domain/filter';

const extended = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();

describe('export wording', () => {
  it.each([
    ['great-gpu-race', FIELDS.parameters, FIELDS.mmlu, 'png', 'great-gpu-race_mmlu-vs-parameters.png'],
    ['extended', FIELDS.trainingCompute, FIELDS.gsm8kPerB, 'svg', 'extended_gsm8k-per-billion-parameters-vs-training-compute.svg'],
    ['user-1a2b', FIELDS.costTier, FIELDS.avgScore, 'png', 'user-1a2b_average-score-vs-inference-cost.png'],
    ['<script>', FIELDS.mmlu, FIELDS.gsm8k, 'svg', 'script_gsm8k-vs-mmlu.svg'],
  ])('names a chart of %s as %s', (dataset, x, y, ext, name) => {
    expect(exportFileName(dataset, x, y, ext)).toBe(name);
  });

  it('names each filter in force, and none for an unfiltered view', () => {
    expect(describeFilters({ ...DEFAULT_FILTERS, paramMin: 7e9, paramMax: 100e9, tiers: [4, 6], includeNoTier: false }))
      .toEqual(['parameters 7B – 100B', 'undisclosed sizes excluded', 'cost: High, Medium', 'models without a cost tier excluded']);
    expect(describeFilters({ ...DEFAULT_FILTERS, includeUndisclosedSize: true })).toEqual([]);
  });

  it('says in the subtitle what is plotted, under which filters, and the date', () => {
    const base = { plotted: 5, total: 6, switchedOff: 0, x: FIELDS.parameters, y: FIELDS.mmlu, date: '2026-12-05' };
    expect(exportSubtitle({ ...base, filters: DEFAULT_FILTERS }))
      .toBe('5 of 6 models plotted, by MMLU and parameters · no filters · 2026-12-05');
    expect(exportSubtitle({ ...base, plotted: 2, switchedOff: 1, filters: { ...DEFAULT_FILTERS, paramMin: 3e9, paramMax: 15e9, search: 'ge' } }))
      .toBe('2 of 6 models plotted, by MMLU and parameters · filters: parameters 3B – 15B, undisclosed sizes excluded, search "ge" · 1 switched off · 2026-12-05');
  });

  it('credits each source from its own fields', () => {
    expect(creditFor(ARTICLE)).toBe("Blaine Fisher, 'The Great GPU Race', 2025-03-23");
    expect(creditFor(EPOCH)).toBe("Epoch AI, 'Data on Notable AI Models' (CC BY 4.0)");
    expect(creditFor({ title: 'models.csv' })).toBe('models.csv');
    expect(sourceLine([ARTICLE, EPOCH, ARTICLE]))
      .toBe("Source: Blaine Fisher, 'The Great GPU Race', 2025-03-23; Epoch AI, 'Data on Notable AI Models' (CC BY 4.0)");
    expect(sourceLine([])).toBe('Source: user data');
  });

  it('counts the models not plotted by reason and names the first few', () => {
    const { notPlotted } = plotData(extended, FIELDS.parameters, FIELDS.gsm8k);
    expect(notPlottedSummary(notPlotted, FIELDS.parameters, FIELDS.gsm8k)).toBe(
      'Not plotted: 9 models (8 with parameters undisclosed, 3 without GSM8K): Claude 3 Opus, GPT-3.5, Claude 3 Sonnet, and 6 more',
    );
    expect(notPlottedSummary([], FIELDS.parameters, FIELDS.gsm8k)).toBeNull();
  });

  it('orders the reasons as first met, and counts a field on both axes once per reason', () => {
    const item = (name: string, x: Unplottable | null, y: Unplottable | null) => ({ model: { name }, x, y, reason: '' }) as unknown as NotPlotted;
    const items = [item('A', null, 'missing'), item('B', 'undisclosed', 'missing'), item('C', 'missing', null)];
    expect(notPlottedSummary(items, FIELDS.parameters, FIELDS.gsm8k))
      .toBe('Not plotted: 3 models (2 without GSM8K, 1 with parameters undisclosed, 1 without parameters): A, B, C');
    expect(notPlottedSummary(items, FIELDS.mmlu, FIELDS.mmlu, 2)).toBe('Not plotted: 3 models (3 without MMLU, 1 with MMLU undisclosed): A, B, and 1 more');
  });

  it.each([
    [['A', 'B'], ', ', 'A, B'],
    [Array.from({ length: 20 }, (_, i) => `M${i}`), ', ', Array.from({ length: 20 }, (_, i) => `M${i}`).join(', ')],
    [Array.from({ length: 1234 }, (_, i) => `M${i}`), '; ', `${Array.from({ length: 20 }, (_, i) => `M${i}`).join('; ')}; and 1,214 more`],
  ])('lists at most 20 names, then counts the rest (%#)', (items, sep, text) => {
    expect(listWithMore(items, sep)).toBe(text);
  });
});
