import { describe, expect, it } from 'vitest';
import { defaultCharts, fieldsWithValues, prefersLog, proposeChart } from '../../../src/domain/chart/default-charts';
import { plotData } from '../../../src/domain/chart/points';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { FIELDS } from '../../../src/domain/fields';
import type { Measured } from '../../../src/domain/measured';
import type { ModelRecord } from '../../../src/domain/model';

const dataset = (id: string) => {
  const r = loadBuiltInDataset(id);
  if (!r.ok) throw new Error(id);
  return r.dataset.models;
};
const pairs = (charts: { x: string; y: string; logX: boolean }[]) => charts.map((c) => `${c.y} vs ${c.x}${c.logX ? ' (log x)' : ''}`);
const plotted = (models: readonly ModelRecord[], c: { x: keyof typeof FIELDS; y: keyof typeof FIELDS }) =>
  plotData(models, FIELDS[c.x], FIELDS[c.y]).points.length;

const value = (v: number | null): Measured => (v === null ? { value: null, raw: '', status: 'missing' } : { value: v, raw: String(v), status: 'reported' });
const model = (i: number, p: Partial<Record<'parameters' | 'mmlu' | 'gsm8k' | 'costTier' | 'flop', number | null>>): ModelRecord => ({
  id: `m${i}`, name: `M${i}`, organization: 'Lab', parameters: value(p.parameters ?? null), mmlu: value(p.mmlu ?? null),
  gsm8k: value(p.gsm8k ?? null), costTier: value(p.costTier ?? null), trainingCompute: { text: '', flop: value(p.flop ?? null) }, notes: [], sources: [],
});

describe('defaultCharts', () => {
  it('opens the article on MMLU vs parameters (log), GSM8K vs MMLU and MMLU vs inference cost', () => {
    expect(pairs(defaultCharts(dataset('great-gpu-race')))).toEqual(['mmlu vs parameters (log x)', 'gsm8k vs mmlu', 'mmlu vs costTier']);
  });

  it('opens Extended on charts that each plot most of its 27 models (cost tiers are the article\'s six only)', () => {
    const models = dataset('extended');
    const charts = defaultCharts(models);
    expect(pairs(charts)).toEqual(['mmlu vs parameters (log x)', 'gsm8k vs mmlu', 'gsm8k vs parameters (log x)']);
    for (const c of charts) expect(plotted(models, c)).toBeGreaterThanOrEqual(14);
  });

  it('counts coverage past the 32nd model: sizes for models 32–69 of 70 beat compute for models 0–31', () => {
    const models = Array.from({ length: 70 }, (_, i) => model(i, { parameters: i >= 32 ? 1e9 * (1 + i) : null, flop: i < 32 ? 1e20 * (1 + i) : null, mmlu: 50 }));
    expect(defaultCharts(models)[0]).toMatchObject({ x: 'parameters', y: 'mmlu' });
    const flipped = Array.from({ length: 70 }, (_, i) => model(i, { parameters: i < 32 ? 1e9 * (1 + i) : null, flop: i >= 32 ? 1e20 * (1 + i) : null, mmlu: 50 }));
    expect(defaultCharts(flipped)[0]).toMatchObject({ x: 'trainingCompute', y: 'mmlu' });
  });

  it('chooses by coverage: a dataset with sizes for few models but compute for all opens on compute', () => {
    const models = Array.from({ length: 10 }, (_, i) => model(i, { parameters: i < 2 ? 1e9 : null, flop: 1e20 * 10 ** (i / 3), mmlu: 50 + i, gsm8k: 40 + i }));
    const charts = defaultCharts(models);
    expect(pairs(charts)[0]).toBe('mmlu vs trainingCompute (log x)');
    expect(charts.every((c) => plotted(models, c) >= 5)).toBe(true);
  });

  it('gives a linear x axis to a narrow range', () => {
    const models = Array.from({ length: 4 }, (_, i) => model(i, { parameters: (7 + i) * 1e9, mmlu: 50 + i }));
    expect(defaultCharts(models)[0]).toMatchObject({ x: 'parameters', y: 'mmlu', logX: false });
  });

  it('never puts one field on both axes, even for an empty dataset', () => {
    for (const c of defaultCharts([])) expect(c.x).not.toBe(c.y);
  });
});

describe('proposeChart', () => {
  it('proposes the best-covered pair not shown yet', () => {
    const models = dataset('great-gpu-race');
    const shown = defaultCharts(models);
    const next = proposeChart(models, shown);
    expect(shown.some((c) => c.x === next.x && c.y === next.y)).toBe(false);
    expect(`${next.y} vs ${next.x}`).toBe('gsm8k vs costTier');
    const after = proposeChart(models, [...shown, next]);
    expect([after.x, after.y]).not.toEqual([next.x, next.y]);
  });
});

describe('prefersLog', () => {
  it('puts a size spanning three orders of magnitude on a log scale, and one spanning less than 20× on a linear one', () => {
    expect(prefersLog(FIELDS.parameters, [model(1, { parameters: 1e9 }), model(2, { parameters: 1e12 })])).toBe(true);
    expect(prefersLog(FIELDS.parameters, [model(1, { parameters: 7e9 }), model(2, { parameters: 70e9 })])).toBe(false);
  });

  it('never puts a score on a log scale, however wide its values (the leaderboard\'s GSM8K runs from 0.1% to 90%)', () => {
    expect(prefersLog(FIELDS.gsm8k, [model(1, { gsm8k: 0.1 }), model(2, { gsm8k: 90 })])).toBe(false);
    expect(prefersLog(FIELDS.mmlu, [model(1, { mmlu: 1 }), model(2, { mmlu: 99 })])).toBe(false);
  });
});

describe('fieldsWithValues', () => {
  it('lists the fields some model has a value for, in field order', () => {
    const models = [model(1, { parameters: 7e9, mmlu: 60 }), model(2, { gsm8k: 40 })];
    expect(fieldsWithValues(models, ['parameters', 'trainingCompute', 'mmlu', 'gsm8k', 'costTier', 'mmluPerB'])).toEqual(['parameters', 'mmlu', 'gsm8k', 'mmluPerB']);
  });

  it('gives the article no ARC, HellaSwag or leaderboard average, and everything it published', () => {
    const keys = fieldsWithValues(dataset('great-gpu-race'));
    expect(keys).toEqual(expect.arrayContaining(['parameters', 'trainingCompute', 'mmlu', 'gsm8k', 'costTier']));
    for (const k of ['arc', 'hellaswag', 'leaderboardAverage'] as const) expect(keys).not.toContain(k);
  });
});
