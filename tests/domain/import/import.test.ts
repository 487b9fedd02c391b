import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { modelsToJson } from '../../../src/domain/export/json';
import { guessMapping, guessParameterUnit } from '../../../src/domain/import/column-mapping';
import { profileColumn } from '../../../src/domain/import/column-profile';
import { prepareTable } from '../../../src/domain/import/prepare';
import { parseRows, resolveImport, rowsToModels, summarise, type DuplicatePolicy } from '../../../src/domain/import/rows-to-models';
import { decodeText as decodeUtf8 } from '../../../src/domain/import/decode';
import { parseTableText } from '../../../src/domain/import/table-text';
import { importText as importWith, table } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
const SHARED = join(__dirname, '../../../../shared/datasets');

const importText = (text: string, fileName = 'data.csv', duplicates: DuplicatePolicy = 'all') => importWith(text, { fileName, duplicates });

describe('parseTableText', () => {
  it.each([
    ['comma', 'Model,MMLU\nA,70\nB,71', 'csv'],
    ['semicolon', 'Model;MMLU\nA;70,5\nB;71', 'semicolon'],
    ['tab', 'Model\tMMLU\nA\t70\nB\t71', 'tsv'],
    ['CRLF and BOM', '\uFEFFModel,MMLU\r\nA,70\r\nB,71\r\n', 'csv'],
  ])('reads %s', (_l, text, format) => {
    const t = table(text);
    expect(t.format).toBe(format);
    expect(t.headers).toEqual(['Model', 'MMLU']);
    expect(t.rows[0]?.[0]).toBe('A');
  });

  it('keeps commas and line breaks inside quoted cells', () => {
    const t = table('Model,Organization\n"A","The University of Hong Kong,ByteDance"\n"B","line one\nline two"');
    expect(t.rows).toEqual([['A', 'The University of Hong Kong,ByteDance'], ['B', 'line one\nline two']]);
  });

  it.each([
    ['[{"name":"A","mmlu":70},{"name":"B","gsm8k":"55%"}]', [['A', '70', ''], ['B', '', '55%']]],
    ['{"A":{"mmlu":70},"B":{"mmlu":71}}', [['A', '70'], ['B', '71']]],
  ])('reads JSON %s', (text, rows) => {
    expect(table(text).rows).toEqual(rows);
  });

  it('recognises its own export', () => {
    const r = loadBuiltInDataset('great-gpu-race');
    if (!r.ok) throw new Error('dataset');
    const parsed = parseTableText(modelsToJson(r.dataset, r.dataset.models));
    expect(parsed.ok && parsed.kind).toBe('export');
  });

  it.each([
    ['', 'empty'],
    ['{"a": 1', 'does not parse'],
    ['[1,2]', 'item 1 is a single number (1), not an object'],
    ['Model,MMLU', 'no data rows'],
    ['Model,"MMLU\nA,1', 'never closed'],
  ])('explains why %j cannot be read', (text, reason) => {
    const r = parseTableText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('refuses a file with more than 500 columns', () => {
    const header = Array.from({ length: 501 }, (_, i) => `c${i}`).join(',');
    const r = parseTableText(`${header}\n${'1,'.repeat(500)}1`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('The file has 501 columns; at most 500 are accepted.');
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const decoded = decodeUtf8(bytes);
      if (decoded.ok) expect(() => parseTableText(decoded.text)).not.toThrow();
    }), { numRuns: 300 });
  });

  it('refuses text that is not UTF-8', () => {
    const latin1 = new Uint8Array([0x4d, 0x6f, 0x64, 0xe9, 0x6c, 0x65]);
    const r = decodeUtf8(latin1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('not UTF-8');
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFModèle'))).toEqual({ ok: true, text: 'Modèle' });
  });
});

describe('column mapping', () => {
  it.each([
    [['Model', 'Parameters', 'MMLU', 'GSM8K', 'Inference Cost', 'Organization'], ['name', 'parameters', 'mmlu', 'gsm8k', 'costTier', 'organization']],
    [['fullname', 'params_b', 'mmlu', 'gsm8k', 'org'], ['name', 'parameters', 'mmlu', 'gsm8k', 'organization']],
    [['name', '#Params (B)', 'MMLU (5-shot)', 'cost_tier'], ['name', 'parameters', 'mmlu', 'costTier']],
    [['Model', 'Training compute (FLOP)', 'param_count'], ['name', 'trainingComputeFlop', 'parameters']],
    [['model', 'fullname'], ['name', 'ignore']],
  ])('%j → %j', (headers, expected) => {
    expect(guessMapping(headers)).toEqual(expected);
  });

  it('guesses units from the data', () => {
    expect(guessParameterUnit('Parameters', ['70000000000.0', '7e9'])).toBe('count');
    expect(guessParameterUnit('size', ['70', '8', '405'])).toBe('billions');
    expect(guessParameterUnit('params_b', ['0', '0'])).toBe('billions');
    const scale = (values: string[]) => profileColumn(values).scale.guess;
    expect(scale(['0.868', '0.64'])).toBe('fraction');
    expect(scale(['86.8', '64'])).toBe('percent');
    expect(scale(['86.8%', '0.5%'])).toBe('percent');
  });
});

describe('rowsToModels', () => {
  it('lists problems by row and column with the raw value, and keeps the valid rows', () => {
    const { result } = importText('Model,MMLU,Parameters\nA,70,7B\nB,8O.1,7B\n,60,1B\nC,61,8x7B');
    expect(result.models.map((m) => m.name)).toEqual(['A']);
    expect(result.invalidRows).toBe(3);
    expect(result.problems.map((p) => `row ${p.row}, ${p.column}: ${p.message}`)).toEqual([
      "row 2, MMLU: '8O.1' is not a number",
      'row 3, Model name: the row has no model name',
      "row 4, Parameters: '8x7B' names an expert layout (like 8x7B), not a total parameter count",
    ]);
  });

  it('reads a parameter count of 0 as missing, with a warning', () => {
    const { result } = importText('name,params_b\nA,0\nB,7');
    expect(result.models[0]?.parameters).toMatchObject({ value: null, status: 'missing' });
    expect(result.problems).toEqual([expect.objectContaining({ row: 1, severity: 'warning', message: 'a parameter count of 0 was read as missing' })]);
  });

  it('marks imported rows with the file name as their source', () => {
    const { result } = importText('Model,MMLU\nA,70', 'mine.csv');
    expect(result.models[0]).toMatchObject({ importedFrom: 'mine.csv', sources: [{ title: 'mine.csv' }], mmlu: { source: 'mine.csv' } });
  });

  it.each<[DuplicatePolicy, string[]]>([
    ['first', ['A', 'B']],
    ['all', ['A', 'B', 'a (2)']],
  ])('reports duplicate names and applies "%s"', (policy, names) => {
    const { result } = importText('Model,MMLU\nA,70\nB,71\na,72', 'x.csv', policy);
    expect(result.duplicates).toEqual([{ name: 'A', rows: [1, 3], existing: false }]);
    expect(result.models.map((m) => m.name)).toEqual(names);
    expect(new Set(result.models.map((m) => m.id)).size).toBe(result.models.length);
  });

  it('never throws on arbitrary text, and never turns a missing value into 0', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      const parsed = parseTableText(text);
      if (!parsed.ok || parsed.kind !== 'table') return;
      const { mapping, readings } = prepareTable(parsed.table);
      const r = rowsToModels(parsed.table, { mapping, readings, fileName: 'f', duplicates: 'all' });
      for (const m of r.models) for (const v of [m.parameters, m.mmlu, m.gsm8k]) if (v.status === 'missing' || v.status === 'undisclosed') expect(v.value).toBeNull();
    }), { numRuns: 300 });
  });
});

describe('real files', () => {
  it('imports the Epoch sample: multi-line cells, scientific notation, raw counts', () => {
    const { mapping, result } = importText(fixture('epoch-sample.csv'), 'epoch.csv');
    expect(mapping.slice(0, 3)).toEqual(['name', 'ignore', 'organization']);
    expect(result.totalRows).toBe(40);
    const llama = result.models.find((m) => m.name === 'Llama 3.3')!;
    expect(llama.parameters).toMatchObject({ value: 70e9, raw: '70000000000.0' });
    expect(llama.trainingCompute.flop).toMatchObject({ value: 6.8649768e24, raw: '6.8649768e+24' });
  });

  it('imports the HF sample as the leaderboard format: its 0s read as not given / not run, duplicates across precisions reported', () => {
    const { prepared, result } = importText(fixture('hf-leaderboard-sample.csv'), 'hf.csv');
    expect(prepared.known?.id).toBe('open-llm-leaderboard-v1');
    expect(result.invalidRows).toBe(0);
    expect(result.problems.filter((p) => p.kind === 'size-not-given')).toHaveLength(5);
    expect(result.problems.some((p) => p.column === 'GSM8K' && p.kind === 'not-run')).toBe(true);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.duplicates.map((d) => d.name)).toContain('google/gemma-7b');
    const gemmas = result.models.filter((m) => m.name.startsWith('google/gemma-7b'));
    expect(gemmas.map((m) => m.gsm8k.value).sort()).toEqual([50.87, 52.77]);
    // No organisation column: the repository's owner names it, as in the built-in copy of the file.
    expect(gemmas.map((m) => m.organization)).toEqual(['google', 'google']);
    expect(result.models.find((m) => m.name === 'SF-Foundation/Ein-70B-v2')?.organization).toBe('SF-Foundation');
  });

  it('imports extended_models.csv with params in billions', () => {
    const { result } = importText(fixture('extended_models.csv'), 'extended_models.csv');
    expect(result.models).toHaveLength(21);
    expect(result.models[0]?.parameters.value).toBe(70e9);
    expect(result.problems).toEqual([]);
  });

  describe.runIf(existsSync(SHARED))('full files from ../shared/datasets', () => {
    it('imports all 884 Epoch rows', () => {
      const { result } = importText(readFileSync(join(SHARED, 'epoch_notable_ai_models_2024-12.csv'), 'utf8'));
      expect(result.totalRows).toBe(884);
      expect(result.models.length + result.invalidRows).toBe(884);
      expect(result.models.length).toBeGreaterThan(800);
    });

    it('imports all 7,169 HF rows with 624 sizes of 0 read as not given and 582 GSM8K of 0 as not run', () => {
      const { result } = importText(readFileSync(join(SHARED, 'hf_open_llm_leaderboard_v1_2024-07.csv'), 'utf8'));
      expect(result.totalRows).toBe(7169);
      expect(result.invalidRows).toBe(0);
      expect(result.problems.filter((p) => p.kind === 'size-not-given')).toHaveLength(624);
      expect(result.problems.filter((p) => p.kind === 'not-run' && p.column === 'GSM8K')).toHaveLength(582);
      expect(result.duplicates.length).toBeGreaterThanOrEqual(349);
    });
  });
});

describe('checking rows once, resolving duplicates per choice', () => {
  const text = 'Model,Organization,MMLU\nAlpha,Lab,70\nalpha,Lab,71\nGPT-4,Lab,80\n';
  const t = table(text);
  const { mapping, readings } = prepareTable(t);
  const base = { mapping, readings, fileName: 'f.csv' };

  it('gives the same result as checking from scratch, for every policy and target', () => {
    const parsed = parseRows(t, base);
    for (const duplicates of ['first', 'all'] as const) {
      for (const existing of [[], ['GPT-4']]) {
        const o = { ...base, duplicates, existingNames: existing, existingIds: existing.map((n) => n.toLowerCase()) };
        expect(resolveImport(parsed, o)).toEqual(rowsToModels(t, o));
      }
    }
  });

  it('leaves the parsed rows untouched, so they can be resolved again', () => {
    const parsed = parseRows(t, base);
    const before = structuredClone(parsed);
    resolveImport(parsed, { ...base, duplicates: 'all', existingNames: ['Alpha'] });
    expect(parsed).toEqual(before);
    expect(resolveImport(parsed, { ...base, duplicates: 'all' }).models.map((m) => m.name)).toEqual(['Alpha', 'alpha (2)', 'GPT-4']);
  });
});

describe('summarise', () => {
  it('keeps everything the review shows and replaces the models by their count', () => {
    const { result } = importText('Model,MMLU\nA,70\nB,oops\nC,80\n');
    const summary = summarise(result);
    expect(summary).not.toHaveProperty('models');
    expect(summary).toEqual({
      problems: result.problems, duplicates: result.duplicates, totalRows: 3, invalidRows: 1, modelCount: 2,
    });
  });
});

