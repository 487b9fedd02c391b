// Every example of issue 22 ("Imports read numbers as the file means them, and every export comes back whole"),
// through the importer as a user meets it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { modelsToCsv } from '../../../src/domain/export/csv';
import { modelsToJson } from '../../../src/domain/export/json';
import { parseTableText } from '../../../src/domain/import/table-text';
import type { ModelRecord } from '../../../src/domain/model';
import { decodeBytes, idsFor, importFile } from './harness';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
const SHARED = join(__dirname, '../../../../shared/datasets');
const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset;
})();

describe('decimal commas', () => {
  const EUROPEAN = fixture('european-semicolon.csv');

  it('a semicolon export from a European spreadsheet imports all 5 rows with their values', () => {
    const r = importFile(EUROPEAN);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.models.map((m) => [m.name, m.parameters.value, m.parameters.status, m.mmlu.value, m.gsm8k.value])).toEqual([
      ['Qwen2.5 72B', 72.7e9, 'reported', 86.1, 91.5],
      ['GPT-4', 1.7e12, 'estimated', 86.4, 92],
      ['Mixtral 8x7B', 46.7e9, 'reported', 70.6, 74.4],
      ['Llama 2 70B', 70e9, 'reported', 68.9, 56.8],
      ['Gemma 7B', 7e9, 'reported', 64.3, 52.8],
    ]);
  });

  it('a column whose only separated numbers are "1,234"-like is asked, not guessed', () => {
    expect(importFile('Model;MMLU\nA;1,234\nB;50').questions).toEqual(['MMLU']);
  });
});

describe('row-level damage stays in its row', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `M${i + 1},${60 + i}`);

  it('an unclosed quote costs its row only, named by data row and file line', () => {
    const lines = ['Model,MMLU', ...rows(6), 'M7,"70', ...rows(9).slice(7)];
    const r = importFile(lines.join('\n'));
    expect(r.ok).toBe(true);
    expect(r.models.map((m) => m.name)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M8', 'M9']);
    expect(r.problems).toEqual([expect.objectContaining({ row: 7, line: 8, kind: 'quote', severity: 'error' })]);
  });

  it('the data row and the file line are both given, and differ after a multi-line cell', () => {
    const r = importFile('Model,MMLU,Note\nA,60,"two\nlines"\nB,61,\nC,8O.1,\n');
    expect(r.problems).toEqual([expect.objectContaining({ row: 3, line: 5, column: 'MMLU' })]);
  });

  it.each([
    ['extra cells', 'Model,MMLU\nA,60\nB,61,surplus\nC,62', 2, 'extra-cells'],
    ['missing cells', 'Model,MMLU,GSM8K\nA,60,50\nB,61\nC,62,52', 2, 'missing-cells'],
  ])('%s are a listed problem for that row', (_label, text, row, kind) => {
    const r = importFile(text);
    expect(r.models.map((m) => m.name)).toEqual(['A', 'C']);
    expect(r.problems).toEqual([expect.objectContaining({ row, kind, severity: 'error' })]);
  });

  it('a blank separator line is listed, not passed over silently', () => {
    const r = importFile('Model,MMLU\nA,60\n\nB,61\n');
    expect(r.models).toHaveLength(2);
    expect(r.problems).toEqual([expect.objectContaining({ line: 3, kind: 'blank-line' })]);
    expect(r.summary).toEqual(['1 blank line skipped']);
  });
});

describe('scale per column, decided once', () => {
  const MIXED = 'Model,MMLU\nA,0.85\nB,85\nC,70\nD,0.9';

  it('a percent column holding 0.85 and 85 is asked before anything is imported', () => {
    const r = importFile(MIXED);
    expect(r.questions).toEqual(['MMLU']);
    expect(r.models).toEqual([]);
  });

  it('once the user says "percent", the rows that disagree are listed', () => {
    const r = importFile(MIXED, { 1: { scale: 'percent' } });
    expect(r.models.map((m) => m.mmlu.value)).toEqual([0.85, 85, 70, 0.9]);
    expect(r.problems.filter((p) => p.kind === 'scale').map((p) => p.row)).toEqual([1, 4]);
  });
});

describe('bounds and qualifiers keep their meaning', () => {
  it.each([
    ['<1B', 1e9, 'upper bound'],
    ['>100B', 100e9, 'lower bound'],
    ['up to 70B', 70e9, 'upper bound'],
  ])('%s is an estimate with its bound kept in the note, listed as read as a bound', (raw, value, note) => {
    const r = importFile(`Model,Parameters\nA,${raw}`);
    expect(r.models[0]?.parameters).toMatchObject({ value, raw, status: 'estimated', note: expect.stringContaining(note) });
    expect(r.summary).toEqual(['1 Parameters value read as a bound (an estimate, with the bound in its note)']);
  });

  it('7B? is an estimate marked uncertain', () => {
    const r = importFile('Model,Parameters\nA,7B?');
    expect(r.models[0]?.parameters).toMatchObject({ value: 7e9, status: 'estimated', note: expect.stringContaining('uncertain') });
  });

  it.each([
    ['−5B', 'negative'],
    ['7e9B', 'exponent-and-suffix'],
  ])('%s is refused (%s), never read as another number', (raw, kind) => {
    const r = importFile(`Model,Parameters\nA,${raw}\nB,7B`);
    expect(r.models.map((m) => m.name)).toEqual(['B']);
    expect(r.problems).toEqual([expect.objectContaining({ row: 1, kind, severity: 'error' })]);
  });
});

describe('known sentinels are read as what they mean, and said first', () => {
  it('the leaderboard sample: GSM8K = 0 is "not run", never a 0% score, in a summary line', () => {
    const r = importFile(fixture('hf-leaderboard-sample.csv'));
    const notRun = r.models.filter((m) => m.gsm8k.note?.includes('not run'));
    expect(notRun.length).toBeGreaterThan(0);
    expect(notRun.every((m) => m.gsm8k.value === null && m.gsm8k.status === 'missing')).toBe(true);
    expect(r.summary).toContain(`${notRun.length} GSM8K values of 0 read as not run`);
  });

  it.runIf(existsSync(SHARED))('the full leaderboard dump: "582 GSM8K values of 0 read as not run" before any per-row line', () => {
    const r = importFile(readFileSync(join(SHARED, 'hf_open_llm_leaderboard_v1_2024-07.csv'), 'utf8'));
    expect(r.summary).toEqual(['624 parameter counts of 0 read as not given', '582 GSM8K values of 0 read as not run']);
    expect(r.models.filter((m) => m.gsm8k.value === 0)).toEqual([]);
  });
});

describe("Epoch AI's own file keeps its meaning", () => {
  const r = importFile(fixture('epoch-small-networks-sample.csv'));
  const model = (name: string) => r.models.find((m) => m.name === name);

  it.each([
    ['Claude 3 Opus', 'Speculative'],
    ['Swift', 'Likely'],
  ])('%s: Confidence "%s" makes its estimates estimated, with the word in the note', (name, word) => {
    expect(model(name)?.trainingCompute.flop).toMatchObject({ status: 'estimated', note: expect.stringContaining(word) });
  });

  it('small networks are read as the counts they are, row by row', () => {
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model('LeNet-5')?.parameters.value).toBe(60000);
    expect(model('Theseus')?.parameters.value).toBe(40);
  });

  it.runIf(existsSync(SHARED))('the full export: no row refused for its size unit', () => {
    const full = importFile(readFileSync(join(SHARED, 'epoch_notable_ai_models_2024-12.csv'), 'utf8'));
    expect(full.problems.filter((p) => p.kind === 'too-small' || /billions/.test(p.message))).toEqual([]);
    expect(full.models.filter((m) => m.trainingCompute.flop.note?.includes('Speculative')).length).toBeGreaterThan(50);
  });
});

describe('our own CSV comes back whole', () => {
  const r = importFile(modelsToCsv(article.models));

  it('every value as exported, and no problem reported', () => {
    expect(r.problems).toEqual([]);
    expect(r.models).toStrictEqual(article.models);
  });

  it.each([
    ['training-compute estimates stay estimated', (i: number) => r.models[i]?.trainingCompute.flop.status, 'estimated'],
    ['cost tiers are kept', (i: number) => r.models[i]?.costTier.raw, 'High'],
    ["GPT-4's interval is kept", (i: number) => r.models[i]?.trainingCompute.flop.range, [8.2e24, 4.4e25]],
    ['notes are kept', (i: number) => r.models[i]?.parameters.note?.slice(0, 15), 'Not disclosed b'],
    ['per-value sources are kept', (i: number) => r.models[i]?.trainingCompute.flop.source?.slice(0, 8), 'Epoch AI'],
  ])('%s', (_label, get, expected) => {
    expect(get(0)).toEqual(expected);
  });

  it('undisclosed sizes stay undisclosed, also where no text was published', () => {
    const extended = loadBuiltInDataset('extended');
    if (!extended.ok) throw new Error('dataset');
    const back = importFile(modelsToCsv(extended.dataset.models)).models.find((m) => m.name === 'GPT-3.5');
    expect(back?.parameters).toMatchObject({ raw: '', status: 'undisclosed', value: null });
  });
});

describe('our own JSON is validated like any other input', () => {
  /** The export as plain JSON data, changed the way a hand edit or another tool might. */
  type Edit = (ms: ModelRecord[]) => void;
  const json = (change: Edit) => {
    const file = JSON.parse(modelsToJson(article, article.models)) as { models: ModelRecord[] };
    change(file.models);
    return JSON.stringify(file);
  };
  it.each([
    ['MMLU −50', (ms) => { ms[0]!.mmlu.value = -50; }, 'model 1 “GPT-4”, MMLU value'],
    ['MMLU 1e308', (ms) => { ms[0]!.mmlu.value = 1e308; }, 'model 1 “GPT-4”, MMLU value'],
    ['cost tier 99', (ms) => { ms[2]!.costTier.value = 99; }, 'model 3 “DeepSeek”, Inference cost value'],
    ['parameters −5e9', (ms) => { ms[2]!.parameters.value = -5e9; }, 'model 3 “DeepSeek”, Parameters value'],
    ['two models with one id', (ms) => { ms[3]!.id = ms[2]!.id; }, 'model 4 “Qwen”, id'],
  ] as [string, Edit, string][])('%s is refused, naming the model and the field', (_label, change, where) => {
    const r = importFile(json(change));
    expect(r.ok).toBe(false);
    expect(r.reason).toContain(where);
  });
});

describe('ids, prototype keys, JSON shapes and encodings', () => {
  it('names with no Latin letters keep their own ids', () => {
    const ids = idsFor(['模型', 'Модель', 'نموذج', '🔥🔥', '模型']);
    expect(ids.slice(0, 3)).toEqual(['模型', 'модель', 'نموذج']);
    expect(ids[3]).toMatch(/^model-[0-9a-z]+$/);
    expect(ids[4]).toBe('模型-2');
  });

  it('a counter never hands out an id a later name takes as its own ("a", "a", "a-2")', () => {
    expect(new Set(idsFor(['a', 'a', 'a-2'])).size).toBe(3);
  });

  it('inherited object properties never appear as cell text', () => {
    const r = parseTableText('[{"name":"A","constructor":"x"},{"name":"B"}]');
    expect(r.ok && r.kind === 'table' && r.table.rows[1]).toEqual(['B', '']);
  });

  it.each([
    ['42', 'a single number (42)'],
    ['null', 'null'],
    ['[]', 'empty list'],
  ])('JSON %s is refused with a message saying what it is', (text, words) => {
    const r = importFile(text);
    expect(r.ok).toBe(false);
    expect(r.reason).toContain(words);
    expect(r.reason).not.toContain('header row');
  });

  it('UTF-16 without a byte-order mark is named, not read as text full of NULs', () => {
    const text = 'Model,MMLU\nA,70\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[2 * i] = text.charCodeAt(i);
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    expect(r.reason).toContain('UTF-16LE');
  });
});
