// The data files in public/data as the app reads them: they parse, hold the stated counts, and ten rows of each
// match the source files. Expected values are copied by hand from the CSV files, not produced by the code under test.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../../src/domain/datasets/generated/data-files.json' with { type: 'json' };
import type { ModelRecord } from '../../../src/domain/model';
import { builtInModels, shippedDataset, shippedJson, shippedPath } from './shipped';

const GZIP = [0x1f, 0x8b];

describe('the shipped data files', () => {
  it.each(['open-llm-leaderboard-v1', 'epoch-notable-language'] as const)('%s is gzip of a version-1 payload, and its size is the manifest\'s', (id) => {
    const bytes = readFileSync(shippedPath(id));
    expect([bytes[0], bytes[1]]).toEqual(GZIP);
    expect(statSync(shippedPath(id)).size).toBe(manifest.files[id].bytes);
    expect(shippedJson(id)).toMatchObject({ type: 'model-mpg/built-in-data', version: 1, id });
  });

  it('holds the stated counts: 7,169 leaderboard rows as 6,797 models; 392 of Epoch\'s 884 models', () => {
    expect(manifest.files['open-llm-leaderboard-v1']).toMatchObject({ rows: 7169, sourceRows: 7169 });
    expect(manifest.files['epoch-notable-language']).toMatchObject({ rows: 392, sourceRows: 884 });
    expect(shippedDataset('open-llm-leaderboard-v1').models).toHaveLength(6797);
    expect(shippedDataset('epoch-notable-language').models).toHaveLength(392);
    expect(manifest.models).toEqual({ 'open-llm-leaderboard': 6797, 'epoch-language': 392, 'leaderboard-and-article': 6803 });
    expect(builtInModels('leaderboard-and-article').models).toHaveLength(6803);
  });
});

const byName = (models: readonly ModelRecord[]) => new Map(models.map((m) => [m.name, m]));

describe('Open LLM Leaderboard v1: ten rows against hf_open_llm_leaderboard_v1_2024-07.csv', () => {
  const lb = shippedDataset('open-llm-leaderboard-v1');
  const models = byName(lb.models);
  const get = (name: string) => {
    const m = models.get(name);
    if (!m) throw new Error(`${name} is not in the dataset`);
    return m;
  };

  // name, organisation, params_b, MMLU, GSM8K, ARC, average, date, precision kept, entries folded
  it.each([
    ['google/gemma-7b', 'google', 8e9, 66.03, 52.77, 61.09, 64.29, '2024-02-23T16:57:11Z', 'float16', 2],
    ['tiiuae/falcon-180B', 'tiiuae', 179e9, 70.5, 45.94, 69.45, 67.85, '2023-09-15T11:25:37.918274', '8bit', 2],
    ['mistralai/Mixtral-8x7B-v0.1', 'mistralai', 46e9, 71.88, 57.62, 66.38, 68.47, '2024-01-01T02:10:23Z', 'float16', 3],
    ['Weyaxi/Bagel-Hermes-2x34B', 'Weyaxi', 60e9, 77.24, 68.69, 69.8, 75.1, '2024-01-12T20:56:55Z', 'bfloat16', 2],
    ['gpt2', '', null, 25.83, 0.68, 22.01, 28.53, '2023-07-19T17:17:58Z', 'float16', 2],
    ['meta-llama/Llama-2-70b-hf', 'meta-llama', 68e9, 69.83, 54.06, 67.32, 67.87, '2023-10-16T12:48:18Z', 'float16', 0],
    ['Qwen/Qwen-72B', 'Qwen', 72e9, 77.37, 70.43, 65.19, 73.6, '2023-12-07T09:04:29Z', 'bfloat16', 0],
    ['leejaymin/etri-ones-solar', 'leejaymin', null, 63.71, null, 62.63, null, '2024-04-03T01:03:21Z', 'float16', 0],
    ['DopeorNope/LaOT', 'DopeorNope', null, 50.3, null, 55.63, null, '2023-10-16T13:00:29Z', 'float16', 0],
    ['moreh/MoMo-70B-lora-1.8.6-DPO', 'moreh', null, 77.4, 76.8, null, null, null, 'bfloat16', 0],
  ])('%s', (name, org, params, mmlu, gsm8k, arc, average, date, precision, folded) => {
    const m = get(name);
    expect(m.organization).toBe(org);
    expect(m.parameters.value).toBe(params);
    expect(m.mmlu.value).toBe(mmlu);
    expect(m.gsm8k.value).toBe(gsm8k);
    if (arc !== null) expect(m.extra?.arc?.value).toBe(arc);
    if (average !== null) expect(m.extra?.leaderboardAverage?.value).toBe(average);
    expect(m.extra?.submissionDate?.raw ?? null).toBe(date);
    expect(m.attributes?.precision).toBe(precision);
    expect(m.sources[1]).toEqual({ title: `Hugging Face: ${name}`, url: `https://huggingface.co/${name}` });
    expect(m.mmlu.source).toBe(`https://huggingface.co/${name}`);
    if (folded) expect(m.notes[0]).toMatch(new RegExp(`lists this model ${folded} times`));
    else expect(m.notes).toEqual([]);
  });

  it('reads the leaderboard\'s 0 as "not given" and "not run", never as zero', () => {
    expect(get('gpt2').parameters).toMatchObject({ value: null, raw: '0', status: 'missing', note: "size not given (the leaderboard's 0)" });
    expect(get('leejaymin/etri-ones-solar').gsm8k).toMatchObject({ value: null, raw: '0', status: 'missing', note: "not run (the leaderboard's 0)" });
  });

  it('keeps the descriptive columns as published, the 26-character dates read as UTC', () => {
    expect(get('Qwen/Qwen-72B').attributes).toEqual({ modelType: '🟢 pretrained', precision: 'bfloat16', licence: 'other', moe: 'TRUE' });
    expect(get('moreh/MoMo-70B-lora-1.8.6-DPO').attributes).toEqual({ precision: 'bfloat16', moe: 'TRUE' });
    expect(get('tiiuae/falcon-180B').extra?.submissionDate?.value).toBe(Date.UTC(2023, 8, 15, 11, 25, 37, 918));
  });

  it('states the fold rule, the folded rows and the 0 sentinels in its notes', () => {
    const notes = lb.notes!.join('\n');
    expect(notes).toContain("the file's 7,169 rows hold 6,797 models");
    expect(notes).toContain('372 extra rows were folded');
    expect(notes).toContain('float16 or bfloat16 entry first, then the one with the most benchmarks run, then the latest submission');
    expect(notes).toContain('in the whole file, 624 and 582');
    expect(notes).toContain('TRUE for 6,606 of 7,169 rows');
  });

  it('credits its source on the dataset and on every model', () => {
    expect(lb.sources.map((s) => s.title)).toEqual(['Hugging Face Open LLM Leaderboard v1 (archived 2024)']);
    for (const m of lb.models) expect(m.sources[0]?.title).toBe('Hugging Face Open LLM Leaderboard v1 (archived 2024)');
  });
});

describe('Epoch AI notable language models: ten rows against epoch_notable_ai_models_2024-12.csv', () => {
  const epoch = shippedDataset('epoch-notable-language');
  const models = byName(epoch.models);

  // name, organisation, publication date, parameters, compute, status of the compute (by Confidence), first link
  it.each([
    ['GPT-4', 'OpenAI', '2023-03-15', null, 2.1e25, 'estimated', 'https://arxiv.org/abs/2303.08774'],
    ['Claude 3 Opus', 'Anthropic', '2024-03-04', null, 1.640001e25, 'estimated', null],
    ['GPT-4o mini', 'OpenAI', '2024-07-18', null, 7.360010000000001e24, 'estimated', 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/'],
    ['Llama 3.1-405B', 'Meta AI', '2024-07-23', 405e9, 3.8e25, 'reported', 'https://ai.meta.com/research/publications/the-llama-3-herd-of-models/'],
    ['Llama 2-7B', 'Meta AI', '2023-07-18', 70e9, 8.4e22, 'reported', null],
    ['Qwen-72B', 'Alibaba', '2023-11-30', 72e9, 1.3e24, 'estimated', 'https://huggingface.co/Qwen/Qwen-72B'],
    ['Mixtral 8x7B', 'Mistral AI', '2023-12-11', 46.7e9, null, 'missing', 'https://mistral.ai/news/mixtral-of-experts/'],
    ['Falcon-180B', 'Technology Innovation Institute', '2023-09-06', 180e9, 3.76e24, 'reported', 'https://falconllm.tii.ae/falcon-180b.html'],
    ['Claude 2.1', 'Anthropic', '2023-11-21', null, null, 'missing', 'https://www.anthropic.com/index/claude-2-1'],
    ['BERT-Large', 'Google', '2018-10-11', 340e6, 2.85e20, 'reported', 'https://arxiv.org/abs/1810.04805'],
  ])('%s', (name, org, date, params, flop, status, link) => {
    const m = models.get(name)!;
    expect(m.organization).toBe(org);
    expect(m.extra?.releaseDate).toMatchObject({ raw: date, note: 'publication date (Epoch AI)' });
    expect(m.parameters.value).toBe(params);
    expect(m.trainingCompute.flop.value).toBe(flop);
    expect(m.trainingCompute.flop.status).toBe(status);
    if (link) expect(m.sources[1]?.url).toBe(link);
    expect(m.sources[0]?.title).toBe('Epoch AI, "Data on Notable AI Models" (CC BY 4.0)');
  });

  it('keeps Epoch\'s Confidence word and its notes beside each value', () => {
    expect(models.get('Qwen-72B')!.trainingCompute.flop.note).toBe('Epoch AI confidence: Likely · 72 billion params, 3 trillion tokens\n72b * 3T * 6 = 1.3e24');
    expect(models.get('GPT-3.5 Turbo')!.parameters).toMatchObject({ value: 20e9, status: 'estimated' });
    expect(models.get('GPT-3.5 Turbo')!.parameters.note).toMatch(/^Epoch AI confidence: Speculative · 20B parameters according to Table 1/);
    expect(models.get('Mixtral 8x7B')!.sources.slice(1).map((s) => s.url)).toEqual(['https://mistral.ai/news/mixtral-of-experts/', 'https://arxiv.org/abs/2401.04088']);
  });

  it('prices the matched models per million tokens from LiteLLM, and only them', () => {
    const priced = epoch.models.filter((m) => m.extra?.priceInput).map((m) => [m.name, m.extra!.priceInput!.value, m.extra!.priceOutput!.value]);
    expect(priced).toEqual([['GPT-4o mini', 0.15, 0.6], ['GPT-4o', 5, 15], ['Claude 3 Opus', 15, 75], ['GPT-4', 30, 60], ['GPT-3.5 Turbo', 0.5, 1.5]]);
  });

  it('states what it holds and how Confidence was read', () => {
    expect(epoch.notes![0]).toContain("392 of Epoch AI's 884 notable models");
    expect(epoch.notes![1]).toContain('116 Confident');
  });
});

describe('the leaderboard with the article\'s six highlighted', () => {
  const d = builtInModels('leaderboard-and-article');

  it('adds the article\'s rows, as published, marked as the highlighted group', () => {
    const highlighted = d.models.filter((m) => m.highlight);
    expect(highlighted.map((m) => [m.name, m.mmlu.raw, m.highlight])).toEqual([
      ['GPT-4', '86.4%', 'The Great GPU Race (2025)'], ['Claude 3 Opus', '86.8%', 'The Great GPU Race (2025)'],
      ['DeepSeek', '78.5%', 'The Great GPU Race (2025)'], ['Qwen', '77.3%', 'The Great GPU Race (2025)'],
      ['Gemma', '64.3%', 'The Great GPU Race (2025)'], ['Mistral Small', '62.5%', 'The Great GPU Race (2025)'],
    ]);
    expect(new Set(d.models.map((m) => m.id)).size).toBe(d.models.length);
  });

  it('keeps the leaderboard\'s own entries for the open models its note names', () => {
    const names = new Set(d.models.map((m) => m.name));
    for (const n of ['google/gemma-7b', 'mistralai/Mistral-7B-v0.1', 'Qwen/Qwen-72B', 'deepseek-ai/deepseek-llm-67b-base']) expect(names).toContain(n);
    expect(d.notes![0]).toContain('highlighted');
  });
});
