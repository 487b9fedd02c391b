import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { FIELDS, displayValue } from '../../src/domain/fields';
import { chartTitle, plotData, pointLabel } from '../../src/domain/plot';

const models = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();

describe('plotData', () => {
  it('plots five article models on MMLU vs parameters and names Claude 3 Opus as not plotted, with why', () => {
    const d = plotData(models, FIELDS.parameters, FIELDS.mmlu, true);
    expect(d.points.map((p) => p.model.name)).toEqual(['GPT-4', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small']);
    expect(d.notPlotted.map((n) => `${n.model.name} — ${n.reason}`)).toEqual(['Claude 3 Opus — parameters undisclosed']);
  });

  it('gives each point an accessible label that starts with the model name', () => {
    const d = plotData(models, FIELDS.parameters, FIELDS.mmlu);
    expect(pointLabel(d.points[0]!, FIELDS.parameters, FIELDS.mmlu)).toBe('GPT-4 — parameters ~1.7T (estimated), MMLU 86.4%');
    expect(d.points[0]?.estimated).toBe(true);
    expect(pointLabel(d.points[1]!, FIELDS.parameters, FIELDS.mmlu)).toBe('DeepSeek — parameters 67B, MMLU 78.5%');
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
