// Worked examples for reading rows into models: small tables in, the exact models and problems out, written by hand.
import { describe, expect, it } from 'vitest';
import { inFileOrder, missingNameColumn, parseRows } from '../../../src/domain/import/rows-to-models';
import type { RawTable } from '../../../src/domain/import/table-text';
import type { CellProblem } from '../../../src/domain/problems';
import { importText } from './helpers';

const FULL_HEADER = 'Model,Organization,Parameters,MMLU,GSM8K,Inference Cost,Training compute (FLOP),Training compute (text),Source';

describe('every mapped column lands in its field', () => {
  it('a row with every column filled gives the whole record, each value citing the row\'s source', () => {
    const { result } = importText(`${FULL_HEADER}\nAlpha,Lab A,7B,70,55.5,Low,1e24,about 1e24,https://a.example/paper`, { fileName: 'lab.csv' });
    const src = 'https://a.example/paper';
    expect(result.problems).toEqual([]);
    expect(result.models).toStrictEqual([{
      id: 'alpha', name: 'Alpha', organization: 'Lab A',
      parameters: { value: 7e9, raw: '7B', status: 'reported', source: src },
      trainingCompute: { text: 'about 1e24', flop: { value: 1e24, raw: '1e24', status: 'reported', source: src } },
      mmlu: { value: 70, raw: '70', status: 'reported', source: src },
      gsm8k: { value: 55.5, raw: '55.5', status: 'reported', source: src },
      costTier: { value: 2, raw: 'Low', status: 'reported', source: src },
      notes: [],
      sources: [{ title: 'lab.csv', citation: 'Imported from lab.csv' }, { title: src, url: src }],
      importedFrom: 'lab.csv',
    }]);
  });

  it('empty cells stay missing with no source, a written "n/a" is missing but cites the file, and the lowest tier is no zero score', () => {
    const { result } = importText(`${FULL_HEADER}\nBeta,,70B,n/a,,Lowest,,,`, { fileName: 'lab.csv' });
    expect(result.problems).toEqual([]);
    expect(result.models).toStrictEqual([{
      id: 'beta', name: 'Beta', organization: '',
      parameters: { value: 70e9, raw: '70B', status: 'reported', source: 'lab.csv' },
      trainingCompute: { text: '', flop: { value: null, raw: '', status: 'missing' } },
      mmlu: { value: null, raw: 'n/a', status: 'missing', source: 'lab.csv' },
      gsm8k: { value: null, raw: '', status: 'missing' },
      costTier: { value: 0, raw: 'Lowest', status: 'reported', source: 'lab.csv' },
      notes: [],
      sources: [{ title: 'lab.csv', citation: 'Imported from lab.csv' }],
      importedFrom: 'lab.csv',
    }]);
  });

  it('a table of names and one score leaves the unmapped fields missing (no source), the organisation and compute text empty', () => {
    const { result } = importText('Model,MMLU\nA,70', { fileName: 'one.csv' });
    const none = { value: null, raw: '', status: 'missing' };
    expect(result.models).toStrictEqual([{
      id: 'a', name: 'A', organization: '',
      parameters: none, trainingCompute: { text: '', flop: none },
      mmlu: { value: 70, raw: '70', status: 'reported', source: 'one.csv' },
      gsm8k: none, costTier: none, notes: [],
      sources: [{ title: 'one.csv', citation: 'Imported from one.csv' }],
      importedFrom: 'one.csv',
    }]);
  });

  it('the first column is read like any other, whatever it holds', () => {
    const scoreFirst = importText('MMLU,Model\n70,A').result.models[0];
    expect([scoreFirst?.name, scoreFirst?.mmlu.value]).toEqual(['A', 70]);
    const orgFirst = importText('Organization,Model\nLab,A').result.models[0];
    expect([orgFirst?.name, orgFirst?.organization]).toEqual(['A', 'Lab']);
  });

  it('spaces around a cell are not part of the name, the organisation or the compute text', () => {
    const { result } = importText('Model,Organization,Training compute (text)\n  Alpha  ,  Lab A ,  a lot  ');
    expect(result.models.map((m) => [m.name, m.organization, m.trainingCompute.text])).toEqual([['Alpha', 'Lab A', 'a lot']]);
  });
});

describe('sources', () => {
  it('a source cell is cited by every value of its row; a link becomes a url only when the cell starts with http(s)://', () => {
    const text = 'Model,MMLU,Source\nA,70,https://a.example\nB,71,http://b.example\nC,72,"Table 2, see https://c.example"\nD,73,';
    const { result } = importText(text, { fileName: 'f.csv' });
    const file = { title: 'f.csv', citation: 'Imported from f.csv' };
    expect(result.models.map((m) => [m.name, m.mmlu.source, m.sources])).toEqual([
      ['A', 'https://a.example', [file, { title: 'https://a.example', url: 'https://a.example' }]],
      ['B', 'http://b.example', [file, { title: 'http://b.example', url: 'http://b.example' }]],
      ['C', 'Table 2, see https://c.example', [file, { title: 'Table 2, see https://c.example' }]],
      ['D', 'f.csv', [file]],
    ]);
    expect(result.models[2]?.sources[1]).not.toHaveProperty('url');
  });
});

describe('problems name their row, line, column and raw value', () => {
  it('a value that does not read is an error with all of its place; the row is left out and counted', () => {
    const { result } = importText('Model,MMLU\nA,70\nB,8O.1\nC,72');
    expect(result.models.map((m) => m.name)).toEqual(['A', 'C']);
    expect(result.invalidRows).toBe(1);
    expect(result.totalRows).toBe(3);
    expect(result.problems).toStrictEqual([
      { row: 2, line: 3, column: 'MMLU', raw: '8O.1', message: "'8O.1' is not a number", severity: 'error', kind: 'not-a-number' },
    ]);
  });

  it('a row from JSON has no file line, so its problem has no line either', () => {
    const { result } = importText('[{"name":"A","mmlu":"70"},{"name":"B","mmlu":"oops"}]');
    expect(result.models.map((m) => m.name)).toEqual(['A']);
    expect(result.problems).toStrictEqual([
      { row: 2, column: 'MMLU', raw: 'oops', message: "'oops' is not a number", severity: 'error', kind: 'not-a-number' },
    ]);
  });

  it('a row with no name is an error in the name column, even when the cell holds only spaces', () => {
    const { result } = importText('Model,MMLU\n,70\n   ,71\nC,72');
    expect(result.models.map((m) => m.name)).toEqual(['C']);
    expect(result.invalidRows).toBe(2);
    const noName = (row: number, line: number) => ({ row, line, column: 'Model name', raw: '', message: 'the row has no model name', severity: 'error', kind: 'no-name' });
    expect(result.problems).toStrictEqual([noName(1, 2), noName(2, 3)]);
  });

  it('without a name column every row is refused for its missing name, and the mapping step says which column to choose', () => {
    const { mapping, result } = importText('MMLU,GSM8K\n70,50\n71,51');
    expect(missingNameColumn(mapping)).toBe('Choose which column holds the model name.');
    expect(result.models).toEqual([]);
    expect(result.invalidRows).toBe(2);
    expect(result.problems.map((p) => [p.row, p.kind])).toEqual([[1, 'no-name'], [2, 'no-name']]);
  });

  it('a mapping with a name column has nothing to ask', () => {
    expect(missingNameColumn(['mmlu', 'name'])).toBeNull();
  });

  it('a row left out lists only its errors: a "kept as 0" warning about a row not kept would mislead', () => {
    const { result } = importText('Model,MMLU,GSM8K\nA,0,oops\nB,70,50');
    expect(result.models.map((m) => m.name)).toEqual(['B']);
    expect(result.invalidRows).toBe(1);
    expect(result.problems.map((p) => [p.row, p.column, p.severity, p.kind])).toEqual([[1, 'GSM8K', 'error', 'not-a-number']]);
  });

  it('a ragged row is left out on the table\'s word, its cells not read again', () => {
    const { result } = importText('Model,MMLU\nA,70\nB,8O.1,surplus\nC,72');
    expect(result.models.map((m) => m.name)).toEqual(['A', 'C']);
    expect(result.invalidRows).toBe(1);
    expect(result.problems.map((p) => [p.row, p.line, p.kind, p.severity])).toEqual([[2, 3, 'extra-cells', 'error']]);
  });

  it('a row with a table warning (empty trailing cells) is kept, read, and the warning listed', () => {
    const { result } = importText('Model,MMLU\nA,70,,\nB,71');
    expect(result.models.map((m) => [m.name, m.mmlu.value])).toEqual([['A', 70], ['B', 71]]);
    expect(result.invalidRows).toBe(0);
    expect(result.problems.map((p) => [p.row, p.kind, p.severity])).toEqual([[1, 'extra-cells', 'warning']]);
  });
});

describe('the damage a table brings with it', () => {
  const problem = (row: number, severity: CellProblem['severity'], message: string, line?: number): CellProblem =>
    ({ row, ...(line === undefined ? {} : { line }), column: 'Row', raw: '', message, severity });
  const twoRows = (problems: CellProblem[]): RawTable => ({ headers: ['Model', 'MMLU'], rows: [['A', '70'], ['B', '71']], lines: [2, 3], format: 'csv', problems });
  const read = (t: RawTable) => parseRows(t, { mapping: ['name', 'mmlu'], readings: [], fileName: 'f.csv' });

  it('a file-level problem (row 0) is listed first and costs no row', () => {
    const fileLevel = problem(0, 'warning', 'the file says something');
    const r = read(twoRows([fileLevel]));
    expect(r.problems).toEqual([fileLevel]);
    expect(r.candidates.map((c) => c.model.name)).toEqual(['A', 'B']);
    expect(r.invalidRows).toBe(0);
  });

  it('every problem the table lists for one row is kept, and one error among them leaves the row out', () => {
    const warning = problem(1, 'warning', 'a warning', 2);
    const error = problem(1, 'error', 'an error', 2);
    const r = read(twoRows([warning, error]));
    expect(r.problems).toEqual([warning, error]);
    expect(r.candidates.map((c) => c.row)).toEqual([2]);
    expect(r.invalidRows).toBe(1);
  });

  it('cells a row does not have are read as empty', () => {
    const t: RawTable = { headers: ['Model', 'MMLU'], rows: [['A']], format: 'json' };
    const r = read(t);
    expect(r.problems).toEqual([]);
    expect(r.candidates.map((c) => [c.model.name, c.model.mmlu])).toStrictEqual([['A', { value: null, raw: '', status: 'missing' }]]);
  });
});

describe('zero scores and mixed scales are said, row by row', () => {
  it('an MMLU or GSM8K of exactly 0 is kept as 0 with a warning; a cost tier of rank 0 is not a score', () => {
    const { result } = importText('Model,MMLU,GSM8K,Inference Cost\nA,0,0,Lowest\nB,0%,12,Low\nC,0.0,50,Low');
    expect(result.models.map((m) => [m.name, m.mmlu.value, m.gsm8k.value])).toEqual([['A', 0, 0], ['B', 0, 12], ['C', 0, 50]]);
    const message = 'a score of exactly 0 was kept as 0; some leaderboards write 0 for "not run"';
    const zero = (row: number, column: string, raw: string) => ({ row, line: row + 1, column, raw, message, severity: 'warning', kind: 'zero-score' });
    expect(result.problems).toStrictEqual([zero(1, 'MMLU', '0'), zero(1, 'GSM8K', '0'), zero(2, 'MMLU', '0%'), zero(3, 'MMLU', '0.0')]);
  });

  it('in a column that mixed 0.85 and 85, read as percent, each bare value between 0 and 1 is listed', () => {
    // 1 is not a fraction (the column's profile does not count it as one), and 0.5% says its scale itself.
    const { result } = importText('Model,MMLU\nA,0.85\nB,85\nC,1\nD,0.5%\nE,0.07', { choices: [{}, { scale: 'percent' }] });
    expect(result.models.map((m) => m.mmlu.value)).toEqual([0.85, 85, 1, 0.5, 0.07]);
    const scale = (row: number, raw: string) => ({
      row, line: row + 1, column: 'MMLU', raw, message: `'${raw}' read as ${raw}% (the column is read as percent, as chosen)`, severity: 'warning', kind: 'scale',
    });
    expect(result.problems).toStrictEqual([scale(1, '0.85'), scale(5, '0.07')]);
  });

  it('a column of fractions the user reads as percent did not mix scales: its rows are not listed one by one', () => {
    const { result } = importText('Model,GSM8K\nA,0.5\nB,0.7', { choices: [{}, { scale: 'percent' }] });
    expect(result.models.map((m) => m.gsm8k.value)).toEqual([0.5, 0.7]);
    expect(result.problems).toEqual([]);
  });

  it('a column answered "percent" as MMLU and then mapped to training compute does not call its FLOP counts percentages', () => {
    // The mapping step keeps a column's answers when the column is mapped to another field.
    const { mapping, result } = importText('Model,Training compute (FLOP)\nA,0.5\nB,85', { choices: [{}, { scale: 'percent' }] });
    expect(mapping).toEqual(['name', 'trainingComputeFlop']);
    expect(result.models.map((m) => m.trainingCompute.flop.value)).toEqual([0.5, 85]);
    // They are questioned as FLOP counts, not as percentages.
    expect(result.problems.map((p) => p.kind)).toEqual(['tiny-flop', 'tiny-flop']);
  });
});

describe("a known format's rules", () => {
  it('the leaderboard\'s 0s are read as "not given" and "not run", and its repository owner names the organisation', () => {
    const { prepared, result } = importText('fullname,params_b,mmlu,gsm8k\norg-a/one,0,60,0\ntwo,7,0,50', { fileName: 'hf.csv' });
    expect(prepared.known?.id).toBe('open-llm-leaderboard-v1');
    const [one, two] = result.models;
    expect(one?.organization).toBe('org-a');
    expect(two?.organization).toBe('');
    expect(one?.parameters).toStrictEqual({ value: null, raw: '0', status: 'missing', note: "size not given (the leaderboard's 0)", source: 'hf.csv' });
    expect(one?.gsm8k).toStrictEqual({ value: null, raw: '0', status: 'missing', note: "not run (the leaderboard's 0)", source: 'hf.csv' });
    expect(two?.mmlu).toStrictEqual({ value: null, raw: '0', status: 'missing', note: "not run (the leaderboard's 0)", source: 'hf.csv' });
    expect(two?.parameters).toStrictEqual({ value: 7e9, raw: '7', status: 'reported', source: 'hf.csv' });
    const warn = (row: number, column: string, kind: string, message: string) => ({ row, line: row + 1, column, raw: '0', message, severity: 'warning', kind });
    expect(result.problems).toStrictEqual([
      warn(1, 'Parameters', 'size-not-given', 'a params_b of 0 read as "size not given"'),
      warn(1, 'GSM8K', 'not-run', 'a score of 0 read as "not run"'),
      warn(2, 'MMLU', 'not-run', 'a score of 0 read as "not run"'),
    ]);
  });

  it("Epoch AI's Confidence makes a size and a compute estimates, said once per value; \"Confident\" changes nothing", () => {
    const text = 'Model,Organization,Parameters,Training compute (FLOP),Confidence\nA,Lab,1000000,1e20,Likely\nB,Lab,2000,3e18,Confident';
    const { prepared, result } = importText(text, { fileName: 'epoch.csv' });
    expect(prepared.known?.id).toBe('epoch-notable-models');
    const [a, b] = result.models;
    const note = 'Epoch AI confidence: Likely';
    expect(a?.parameters).toStrictEqual({ value: 1e6, raw: '1000000', status: 'estimated', note, source: 'epoch.csv' });
    expect(a?.trainingCompute.flop).toStrictEqual({ value: 1e20, raw: '1e20', status: 'estimated', note, source: 'epoch.csv' });
    expect(b?.parameters).toStrictEqual({ value: 2000, raw: '2000', status: 'reported', source: 'epoch.csv' });
    expect(b?.trainingCompute.flop).toStrictEqual({ value: 3e18, raw: '3e18', status: 'reported', source: 'epoch.csv' });
    const message = 'read as an estimate: Epoch AI\'s confidence is "Likely"';
    expect(result.problems).toStrictEqual([
      { row: 1, line: 2, column: 'Parameters', raw: '1000000', message, severity: 'warning', kind: 'confidence' },
      { row: 1, line: 2, column: 'Training compute (FLOP)', raw: '1e20', message, severity: 'warning', kind: 'confidence' },
    ]);
  });
});

describe('problems in the order of the file', () => {
  it('a blank line is listed between the rows it sits between', () => {
    const { result } = importText('Model,MMLU\nA,0\n\nB,0\n');
    expect(result.problems.map((p) => [p.line, p.kind])).toEqual([[2, 'zero-score'], [3, 'blank-line'], [4, 'zero-score']]);
  });

  const at = (row: number, line?: number): CellProblem => ({ row, ...(line === undefined ? {} : { line }), column: 'c', raw: '', message: `${row}`, severity: 'warning' });

  it.each([
    ['by line', [at(3, 9), at(0, 4), at(1, 2), at(2, 5)], ['1', '0', '2', '3']],
    ['by row where there are no lines, the file-level ones first', [at(2), at(0), at(1)], ['0', '1', '2']],
    ['when only two are, the wrong way round', [at(2, 5), at(1, 2)], ['1', '2']],
    ['as given when already in order', [at(0), at(1, 2), at(1, 2), at(2, 3)], ['0', '1', '1', '2']],
  ])('sorts %s', (_label, problems, rows) => {
    expect(inFileOrder(problems).map((p) => p.message)).toEqual(rows);
  });
});

describe('progress', () => {
  const rows = (n: number): RawTable => ({ headers: ['Model'], rows: Array.from({ length: n }, (_, i) => [`M${i}`]), format: 'json' });
  const progressOf = (n: number) => {
    const calls: [number, number][] = [];
    parseRows(rows(n), { mapping: ['name'], readings: [], fileName: 'f', onProgress: (done, total) => calls.push([done, total]) });
    return calls;
  };

  it('a small table reports its start and its end', () => {
    expect(progressOf(3)).toEqual([[0, 3], [3, 3]]);
  });

  it('a long table reports from 0 to all rows, never backwards, a few times along the way and not once per row', () => {
    const calls = progressOf(5000);
    expect(calls[0]).toEqual([0, 5000]);
    expect(calls.at(-1)).toEqual([5000, 5000]);
    expect(calls.every(([done, total], i) => total === 5000 && done >= (calls[i - 1]?.[0] ?? 0))).toBe(true);
    expect(calls.filter(([done]) => done > 0 && done < 5000).length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(50);
  });
});
