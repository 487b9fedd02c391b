import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { FIELDS, displayValue, type FieldKey } from '../../../src/domain/fields';
import type { ModelRecord } from '../../../src/domain/model';
import { arbModels } from '../arbitraries';
import { chartTitle, plotData, pointLabel } from '../../../src/domain/chart/points';

const models = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();

const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];
const byId = (a: ModelRecord, b: ModelRecord) => a.id.localeCompare(b.id);

describe('plotData', () => {
  it('plots five article models on MMLU vs parameters and names Claude 3 Opus as not plotted, with why', () => {
    const d = plotData(models, FIELDS.parameters, FIELDS.mmlu, true);
    expect(d.points.models.map((m) => m.name)).toEqual(['GPT-4', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small']);
    expect(d.notPlotted.map((n) => `${n.model.name} — ${n.reason}`)).toEqual(['Claude 3 Opus — parameters undisclosed']);
  });

  it('gives each point an accessible label that starts with the model name', () => {
    const d = plotData(models, FIELDS.parameters, FIELDS.mmlu);
    expect(pointLabel(d.points.at(0), FIELDS.parameters, FIELDS.mmlu)).toBe('GPT-4 — parameters ~1.7T (estimated), MMLU 86.4%');
    expect(d.points.at(0).estimated).toBe(true);
    expect(pointLabel(d.points.at(1), FIELDS.parameters, FIELDS.mmlu)).toBe('DeepSeek — parameters 67B, MMLU 78.5%');
  });

  it('keeps each plotted model\'s values in its columns, and builds the same point from them', () => {
    fc.assert(fc.property(arbModels, fc.constantFrom(...FIELD_KEYS), fc.constantFrom(...FIELD_KEYS), fc.boolean(), (ms, xk, yk, log) => {
      const x = FIELDS[xk];
      const y = FIELDS[yk];
      const { points, notPlotted } = plotData(ms, x, y, log, log);
      expect(points.length + notPlotted.length).toBe(ms.length);
      expect([...points.models, ...notPlotted.map((n) => n.model)].sort(byId)).toEqual([...ms].sort(byId));
      for (let i = 0; i < points.length; i++) {
        const m = points.models[i]!;
        const p = points.at(i);
        expect(p).toEqual({ id: m.id, model: m, x: x.get(m).value, y: y.get(m).value, xm: x.get(m), ym: y.get(m), estimated: x.get(m).status === 'estimated' || y.get(m).status === 'estimated' });
        expect(points.id(i)).toBe(m.id);
        expect(points.tier[i]).toBe(m.costTier.value ?? NaN);
        expect(points.estimated[i]).toBe(p.estimated ? 1 : 0);
        expect(points.organization[i]).toBe(m.organization);
        expect(points.ranged.includes(i)).toBe(Boolean(p.xm.range || p.ym.range));
      }
      expect(points.toArray()).toEqual(Array.from({ length: points.length }, (_, i) => points.at(i)));
    }));
  });

  it('finds a point by its model\'s id, and none for a model it did not plot or never saw', () => {
    const d = plotData(models, FIELDS.parameters, FIELDS.mmlu, true);
    const gemma = d.points.models.findIndex((m) => m.name === 'Gemma');
    expect(gemma).toBeGreaterThan(0);
    expect(d.points.indexOfId(d.points.models[gemma]!.id)).toBe(gemma);
    expect(d.points.indexOfId(models.find((m) => m.name === 'Claude 3 Opus')!.id)).toBe(-1); // in the list, not plotted
    expect(d.points.indexOfId('no-such-model')).toBe(-1);
    fc.assert(fc.property(arbModels, fc.constantFrom(...FIELD_KEYS), fc.constantFrom(...FIELD_KEYS), (ms, xk, yk) => {
      const { points, notPlotted } = plotData(ms, FIELDS[xk], FIELDS[yk]);
      // Ids are unique in real lists; where one repeats, the last plotted model with it is found.
      for (const m of ms) {
        const plotted = points.models.findLastIndex((p) => p.id === m.id);
        expect(points.indexOfId(m.id)).toBe(plotted);
        if (plotted < 0) expect(notPlotted.some((n) => n.model.id === m.id)).toBe(true);
      }
    }));
  });

  it('names the chart y-first, as a reader says it', () => {
    expect(chartTitle(FIELDS.parameters, FIELDS.mmlu)).toBe('MMLU vs parameters');
    expect(chartTitle(FIELDS.mmlu, FIELDS.gsm8k)).toBe('GSM8K vs MMLU');
    expect(chartTitle(FIELDS.costTier, FIELDS.mmlu)).toBe('MMLU vs inference cost');
  });
});

describe('displayValue', () => {
  it.each([
    ['~1.7T (est.)', 1.7e12, 'estimated', '~1.7T'],
    ['70', 70e9, 'reported', '70B'],
    ['Undisclosed', null, 'undisclosed', 'Undisclosed'],
    ['', null, 'missing', '—'],
  ] as const)('shows %j as %j', (raw, value, status, shown) => {
    expect(displayValue(FIELDS.parameters, { raw, value, status })).toBe(shown);
  });
});
