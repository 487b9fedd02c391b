import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATASETS, buildDataset, loadBuiltInDataset } from '../../../src/domain/datasets';
import { GREAT_GPU_RACE_ROWS } from '../../../src/domain/datasets/great-gpu-race';
import type { ModelRecord } from '../../../src/domain/model';

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

  it('carries Epoch AI compute estimates where Epoch has the model, and none for Mistral 7B', () => {
    expect(models.map((m) => m.trainingCompute.flop.value)).toEqual([2.1e25, 1.64e25, 8.04e23, 1.3e24, 3.07e23, null]);
    for (const name of ['GPT-4', 'Claude 3 Opus', 'Qwen']) {
      expect(byName.get(name)?.trainingCompute.flop).toMatchObject({ status: 'estimated', source: 'Epoch AI, Data on Notable AI Models, CC BY 4.0' });
    }
    expect(byName.get('GPT-4')?.trainingCompute.flop.range).toEqual([8.2e24, 4.4e25]);
  });

  it.each([
    ['DeepSeek', '6 × 67B × 2T tokens', 'arXiv 2401.02954'],
    ['Gemma', '6 × 8.54B × 6T tokens', 'arXiv 2403.08295'],
  ])('labels %s\'s compute as a computed estimate with its inputs, not as Epoch\'s', (name, inputs, paper) => {
    const m = byName.get(name)!;
    expect(m.trainingCompute.flop.status).toBe('estimated');
    expect(m.trainingCompute.flop.source).toBe('computed: 6 × parameters × training tokens');
    expect(m.trainingCompute.flop.note).toContain('Computed estimate (6 × parameters × training tokens)');
    expect(m.trainingCompute.flop.note).toContain(inputs);
    expect(m.trainingCompute.flop.note).toContain(paper);
    expect(m.sources.map((s) => s.title)).not.toContain('Epoch AI');
  });

  it('checks the computed estimates: 6 × 67e9 × 2e12 and 6 × 8.54e9 × 6e12, to three figures', () => {
    expect(Number((6 * 67e9 * 2e12).toPrecision(3))).toBe(byName.get('DeepSeek')!.trainingCompute.flop.value);
    expect(Number((6 * 8.54e9 * 6e12).toPrecision(3))).toBe(byName.get('Gemma')!.trainingCompute.flop.value);
  });

  it('gives release dates only where Epoch AI states them, cited', () => {
    const dates = models.map((m) => m.extra?.releaseDate?.raw ?? null);
    expect(dates).toEqual(['2023-03-15', '2024-03-04', null, '2023-11-30', null, null]);
    expect(byName.get('GPT-4')?.extra?.releaseDate).toMatchObject({ value: Date.UTC(2023, 2, 15), source: 'Epoch AI, Data on Notable AI Models, CC BY 4.0' });
  });

  it('prices GPT-4 and Claude 3 Opus from LiteLLM per million tokens, and no one else', () => {
    expect(models.map((m) => [m.extra?.priceInput?.value ?? null, m.extra?.priceOutput?.value ?? null])).toEqual([
      [30, 60], [15, 75], [null, null], [null, null], [null, null], [null, null],
    ]);
    expect(byName.get('GPT-4')?.extra?.priceInput).toMatchObject({ raw: '3e-05', source: 'LiteLLM model_prices_and_context_window.json (2026-07)' });
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

  it('loads every built-in dataset in the app, and says which file each other one waits for', () => {
    for (const d of BUILT_IN_DATASETS) {
      const result = loadBuiltInDataset(d.id);
      if (d.needs.length === 0) expect(result.ok).toBe(true);
      else expect(result).toEqual({ ok: false, problems: [], waiting: [...d.needs] });
    }
  });
});

describe('Extended: Epoch AI figures added where Epoch has the model', () => {
  const byName = new Map(load('extended').map((m) => [m.name, m]));
  const EPOCH = 'Epoch AI, Data on Notable AI Models, CC BY 4.0';

  // Copied by hand from epoch_notable_ai_models_2024-12.csv: Training compute (FLOP), Confidence, Publication date.
  it.each([
    ['Llama 2 70B', '8.1e+23', 8.1e23, 'reported', '2023-07-18'],
    ['Llama 3 70B Instruct', '7.861e+24', 7.861e24, 'reported', '2024-04-18'],
    ['Llama 3.1 405B Instruct', '3.8e+25', 3.8e25, 'reported', '2024-07-23'],
    ['Qwen2.5 72B', '7.8e+24', 7.8e24, 'reported', '2024-09-19'],
    ['Falcon 180B', '3.76e+24', 3.76e24, 'reported', '2023-09-06'],
    ['GPT-4o (2024-05-13)', '3.810001e+25', 3.810001e25, 'estimated', '2024-05-13'],
    ['Gemini 1.0 Ultra', '5.0000000001e+25', 5.0000000001e25, 'estimated', '2023-12-06'],
    ['Gemini 1.5 Pro (May 2024)', '1.580001e+25', 1.580001e25, 'estimated', null],
  ])('%s: %s FLOP, %s, cited to Epoch', (name, raw, value, status, date) => {
    const m = byName.get(name)!;
    expect(m.trainingCompute.flop).toMatchObject({ raw, value, status, source: EPOCH });
    if (status === 'estimated') expect(m.trainingCompute.flop.note).toContain('Epoch AI confidence: Speculative');
    expect(m.extra?.releaseDate?.raw ?? null).toBe(date);
    expect(m.sources.map((s) => s.title)).toContain('Epoch AI');
  });

  it('adds no compute to rows Epoch lacks, and keeps their sources as they were', () => {
    for (const name of ['Llama 3 8B Instruct', 'Phi-3 mini 4K Instruct', 'DeepSeek-V3', 'GPT-3.5', 'GPT-4 Turbo (2024-04-09)']) {
      const m = byName.get(name)!;
      expect(m.trainingCompute.flop).toMatchObject({ value: null, status: 'missing' });
      expect(m.sources.map((s) => s.title)).not.toContain('Epoch AI');
    }
  });

  it('prices exactly the matched models, blended 3:1 where both prices are known', () => {
    const priced = [...byName.values()].filter((m) => m.extra?.priceInput).map((m) => [m.name, m.extra!.priceInput!.value, m.extra!.priceOutput!.value]);
    expect(priced).toEqual([
      ['GPT-4', 30, 60], ['Claude 3 Opus', 15, 75], ['Claude 3 Haiku', 0.25, 1.25],
      ['GPT-4o (2024-05-13)', 5, 15], ['GPT-4 Turbo (2024-04-09)', 10, 30],
    ]);
  });
});
