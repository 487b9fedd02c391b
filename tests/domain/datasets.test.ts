import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATASETS, buildDataset, loadBuiltInDataset } from '../../src/domain/datasets';
import { GREAT_GPU_RACE_ROWS } from '../../src/domain/datasets/great-gpu-race';
import type { ModelRecord } from '../../src/domain/model';

function load(id: string): ModelRecord[] {
  const r = loadBuiltInDataset(id);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset.models;
}

describe('The Great GPU Race (2025)', () => {
  const models = load('great-gpu-race');
  const byName = new Map(models.map((m) => [m.name, m]));

  it('holds the article\'s six rows with the raw strings exactly as published', () => {
    expect(models.map((m) => [m.name, m.parameters.raw, m.trainingCompute.text, m.mmlu.raw, m.gsm8k.raw, m.costTier.raw])).toEqual([
      ['GPT-4', '~1.7T (est.)', 'Enormous (undisclosed)', '86.4%', '92.0%', 'High'],
      ['Claude 3 Opus', 'Undisclosed', 'Very Large', '86.8%', '94.2%', 'High'],
      ['DeepSeek', '67B', '~40% less than comparable models', '78.5%', '84.8%', 'Medium'],
      ['Qwen', '72B', '~50% less than earlier gen models', '77.3%', '83.2%', 'Medium- Low'],
      ['Gemma', '7B', '~60% less than comparable models', '64.3%', '52.8%', 'Very Low'],
      ['Mistral Small', '7B', 'Industry-leading efficiency', '62.5%', '52.2%', 'Lowest'],
    ]);
  });

  it('parses the values without inventing any', () => {
    expect(byName.get('GPT-4')?.parameters).toMatchObject({ value: 1.7e12, status: 'estimated' });
    expect(byName.get('Claude 3 Opus')?.parameters).toMatchObject({ value: null, status: 'undisclosed' });
    expect(byName.get('Qwen')?.costTier).toMatchObject({ value: 3, raw: 'Medium- Low' });
    expect(models.map((m) => m.organization)).toEqual(['OpenAI', 'Anthropic', 'DeepSeek', 'Alibaba (Qwen)', 'Google', 'Mistral AI']);
  });

  it('carries Epoch AI compute estimates as estimated FLOP values, and none for Mistral 7B', () => {
    expect(models.map((m) => m.trainingCompute.flop.value)).toEqual([2.1e25, 1.64e25, 8.04e23, 1.3e24, 3.07e23, null]);
    for (const m of models.slice(0, 5)) {
      expect(m.trainingCompute.flop.status).toBe('estimated');
      expect(m.trainingCompute.flop.source).toBe('Epoch AI, Data on Notable AI Models, CC BY 4.0');
    }
    expect(byName.get('GPT-4')?.trainingCompute.flop.range).toEqual([8.2e24, 4.4e25]);
  });

  it('shows fact-check notes beside the published values instead of applying them', () => {
    const claude = byName.get('Claude 3 Opus')!;
    expect(claude.gsm8k.value).toBe(94.2);
    expect(claude.gsm8k.note).toContain('95.0%');
    const mistral = byName.get('Mistral Small')!;
    expect(mistral.notes.join(' ')).toContain('Mistral 7B');
    expect(mistral.mmlu.note).toContain('60.1%');
  });

  it('cites the article on every cell', () => {
    for (const m of models) expect(m.mmlu.source).toContain('The Great GPU Race');
  });
});

describe('Extended (27 models)', () => {
  const models = load('extended');

  it('has the six article rows plus the 21 rows of extended_models.csv', () => {
    expect(models).toHaveLength(27);
    expect(models.slice(0, 6).map((m) => m.name)).toEqual(GREAT_GPU_RACE_ROWS.map((r) => r.name));
    expect(new Set(models.map((m) => m.id)).size).toBe(27);
  });

  it('keeps every extended value with its source and leaves cost tier missing', () => {
    for (const m of models.slice(6)) {
      expect(m.costTier).toMatchObject({ value: null, status: 'missing' });
      expect(m.sources.length).toBeGreaterThan(0);
      expect(m.sources[0]?.url).toMatch(/^https:\/\//);
    }
  });

  it('reads params_b as billions and undisclosed sizes as undisclosed', () => {
    const byName = new Map(models.map((m) => [m.name, m]));
    expect(byName.get('Mixtral 8x7B')?.parameters).toMatchObject({ value: 46.7e9, note: expect.stringContaining('12.9B active') });
    expect(byName.get('GPT-3.5')?.parameters).toMatchObject({ value: null, status: 'undisclosed' });
    expect(byName.get('Gemini 1.5 Pro (May 2024)')?.parameters).toMatchObject({ status: 'undisclosed', note: 'MoE' });
    expect(byName.get('GPT-4o (2024-05-13)')?.gsm8k).toMatchObject({ value: null, status: 'missing' });
  });
});

describe('dataset validation', () => {
  it('rejects a dataset with a bad cell, naming the row and column', () => {
    const bad = { ...GREAT_GPU_RACE_ROWS[0]!, mmlu: '8O.1' };
    const r = buildDataset({ id: 't', label: 't', description: '', sources: [] }, [GREAT_GPU_RACE_ROWS[1]!, bad]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ row: 2, column: 'MMLU', raw: '8O.1', message: "'8O.1' is not a number" })]);
  });

  it('returns an error value, not a throw, for an unknown dataset id', () => {
    expect(loadBuiltInDataset('nope').ok).toBe(false);
  });

  it('lists every built-in dataset as valid', () => {
    for (const d of BUILT_IN_DATASETS) expect(loadBuiltInDataset(d.id).ok).toBe(true);
  });
});
