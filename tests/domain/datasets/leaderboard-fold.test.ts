import { describe, expect, it } from 'vitest';
import { buildLeaderboard, foldLeaderboard } from '../../../src/domain/datasets/leaderboard';
import { PAYLOAD_COLUMNS, type DataPayload } from '../../../src/domain/datasets/payload';

type Row = Partial<Record<(typeof PAYLOAD_COLUMNS)['open-llm-leaderboard-v1'][number], string>>;

/** A leaderboard payload from a few rows; unset scores are 50, dates empty. */
function payload(rows: Row[]): DataPayload {
  const columns: Record<string, string[]> = {};
  for (const h of PAYLOAD_COLUMNS['open-llm-leaderboard-v1']) {
    columns[h] = rows.map((r) => r[h] ?? (['average', 'arc', 'hellaswag', 'mmlu', 'truthfulqa', 'winogrande', 'gsm8k'].includes(h) ? '50' : h === 'params_b' ? '7' : h === 'url' ? `https://huggingface.co/${r.fullname}` : ''));
  }
  return { type: 'model-mpg/built-in-data', version: 1, id: 'open-llm-leaderboard-v1', source: { file: 't.csv', rows: rows.length, selected: 'every row' }, rows: rows.length, columns };
}

const META = { id: 'open-llm-leaderboard', label: 'L', description: '', sources: [] };

describe('folding the leaderboard to one row per model', () => {
  it.each([
    ['a 16-bit entry over a quantised one, whatever its scores', [{ precision: '4bit', gsm8k: '60' }, { precision: 'bfloat16', gsm8k: '0' }], 1],
    ['float16 and bfloat16 alike: then the one with more benchmarks run', [{ precision: 'float16', gsm8k: '0' }, { precision: 'bfloat16' }], 1],
    ['then the latest submission', [{ precision: 'float16', date: '2024-02-23T16:57:11Z' }, { precision: 'bfloat16', date: '2024-02-21T10:38:12Z' }], 0],
    ['a row with no date is older than any dated row', [{ precision: 'float16' }, { precision: 'float16', date: '2023-01-01T00:00:00Z' }], 1],
    ['then the first in the file', [{ precision: '8bit', mmlu: '70.5' }, { precision: '4bit', mmlu: '69.59' }], 0],
  ])('keeps %s', (_what, entries, kept) => {
    const p = payload(entries.map((e) => ({ fullname: 'org/model', ...e })));
    expect(foldLeaderboard(p)).toEqual({ kept: [kept], groups: new Map([[kept, [0, 1]]]) });
  });

  it('treats repo ids that differ only in case as one model, and names both spellings', () => {
    const p = payload([{ fullname: 'Weyaxi/Bagel-Hermes-2x34B', precision: 'bfloat16', date: '2024-01-12T20:56:55Z' }, { fullname: 'Weyaxi/Bagel-Hermes-2x34b', precision: 'bfloat16' }, { fullname: 'other/one' }]);
    const load = buildLeaderboard(p, META);
    if (!load.ok) throw new Error('load');
    expect(load.dataset.models.map((m) => m.name)).toEqual(['Weyaxi/Bagel-Hermes-2x34B', 'other/one']);
    expect(load.dataset.models[0]!.notes[0]).toContain('Weyaxi/Bagel-Hermes-2x34b bfloat16 of no date');
    expect(load.dataset.notes![0]).toContain("the file's 3 rows hold 2 models. 1 models appear more than once");
  });

  it('refuses the whole file when a row does not read, naming it', () => {
    const load = buildLeaderboard(payload([{ fullname: 'a/b' }, { fullname: 'c/d', arc: 'lots' }]), META);
    expect(load.ok).toBe(false);
    if (!load.ok) expect(load.problems).toEqual([expect.objectContaining({ row: 2, column: 'arc', raw: 'lots' })]);
  });

  it('reads a 0 score in any benchmark column as not run, and a missing date as no date', () => {
    const load = buildLeaderboard(payload([{ fullname: 'a/b', arc: '0', params_b: '0' }]), META);
    if (!load.ok) throw new Error('load');
    const [m] = load.dataset.models;
    expect(m!.extra?.arc).toMatchObject({ value: null, status: 'missing', note: "not run (the leaderboard's 0)" });
    expect(m!.parameters).toMatchObject({ value: null, status: 'missing' });
    expect(m!.extra?.submissionDate).toBeUndefined();
  });
});
