import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { CSV_HEADER, modelsToCsv, neutraliseFormula, restoreFormula } from '../../../src/domain/export/csv';
import { decimalEvidence, profileColumn } from '../../../src/domain/import/column-profile';
import { sniffDelimiter, splitDelimited } from '../../../src/domain/import/csv-text';
import { decodeText, sniffUtf16 } from '../../../src/domain/import/decode';
import { epochConfidence } from '../../../src/domain/import/formats/epoch';
import { leaderboardSentinel } from '../../../src/domain/import/formats/leaderboard';
import { listedProblems, problemsToCsv, summariseProblems } from '../../../src/domain/import/problem-summary';
import { importText } from './helpers';

describe('the decimal mark a value shows', () => {
  it.each([
    ['86.4', '.'], ['86,4', ','], ['0,123', ','], ['0.123', '.'], ['1234,5', ','], ['1,2345', ','], ['1,234,567', '.'], ['1.234.567', ','],
    ['1.234,5', ','], ['1,234.5', '.'], ['2.1e+25', '.'], ['~1,7T (est.)', ','], ['1,234', 'either'], ['1.234', 'either'], ['72B', null], ['', null],
  ] as const)('%j → %s', (text, mark) => {
    expect(decimalEvidence(text)).toBe(mark);
  });

  it.each([
    [['72,7B', '7B', '86,1'], ','],
    [['72.7B', '1,234.5'], '.'],
    [['1,234', '5,678'], null],
    [['1,5', '2.5'], null],
    [['70', '8'], '.'],
  ])('a column of %j reads with %s (null: ask)', (values, guess) => {
    expect(profileColumn(values).decimal.guess).toBe(guess);
  });

  it('keeps the first deciding value of each kind, with its row, for the question', () => {
    expect(profileColumn(['7B', '1,234', '2.5', '3,25']).decimal).toEqual({
      guess: null, relevant: true, ambiguous: { row: 2, text: '1,234' }, point: { row: 3, text: '2.5' }, comma: { row: 4, text: '3,25' },
    });
  });
});

describe('the scale a score column shows', () => {
  it('counts fractions and percentages with their first rows, and asks when both occur', () => {
    const s = profileColumn(['0.85', '85', '70%', '0', '0.9', '1']).scale;
    expect(s.guess).toBeNull();
    expect(s.fraction).toEqual({ count: 2, examples: [{ row: 1, text: '0.85' }, { row: 5, text: '0.9' }] });
    expect(s.percent.count).toBe(2);
  });
});

describe('splitting delimited text', () => {
  it.each([
    ['id,notes\na,"x; y; z"\nb,"p; q; r"', ','],
    ['Model;Parameters\nA;72,7B\nB;7,3B', ';'],
    ['Model\tMMLU\nA\t1,5\nB\t2,5', '\t'],
    ['Model|MMLU\nA|1\nB|2', '|'],
    ['Model,MMLU\nA,60\nB,61,extra\nC,62', ','],
  ])('picks the delimiter that splits the header as the rows are split: %j', (text, delimiter) => {
    expect(sniffDelimiter(text).delimiter).toBe(delimiter);
  });

  it('resumes after each unclosed quote and counts file lines through multi-line cells', () => {
    const r = splitDelimited('Model,Note\nA,"one\ntwo"\nB,"never closed\nC,ok\nD,"again\nE,fine\n');
    if (!r.ok) throw new Error(r.reason);
    expect(r.table.rows).toEqual([['A', 'one\ntwo'], [], ['C', 'ok'], [], ['E', 'fine']]);
    expect(r.table.lines).toEqual([2, 4, 5, 6, 7]);
    expect(r.table.problems.map((p) => [p.row, p.line, p.kind])).toEqual([[2, 4, 'quote'], [4, 6, 'quote']]);
  });

  it('ignores trailing empty cells with a warning, and blank lines at the ends silently', () => {
    const r = splitDelimited('\n\nModel,MMLU\nA,60,,\nB,61\n\n\n');
    if (!r.ok) throw new Error(r.reason);
    expect(r.table.rows).toEqual([['A', '60'], ['B', '61']]);
    expect(r.table.lines).toEqual([4, 5]);
    expect(r.table.problems).toEqual([expect.objectContaining({ row: 1, kind: 'extra-cells', severity: 'warning' })]);
  });
});

describe('decoding bytes', () => {
  const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
    const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
    if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + 2 * i + (bigEndian ? 1 : 0)] = text.charCodeAt(i);
    return out;
  };
  it.each([false, true])('reads UTF-16 with a byte-order mark (big endian: %s)', (be) => {
    expect(decodeText(utf16('Model,MMLU\nA,70', be, true))).toEqual({ ok: true, text: 'Model,MMLU\nA,70' });
  });
  it.each([[false, 'utf-16le'], [true, 'utf-16be']] as const)('names UTF-16 without one (big endian: %s)', (be, name) => {
    expect(sniffUtf16(utf16('Model,MMLU\nA,70', be, false))).toBe(name);
  });
  it('refuses UTF-8 text holding a NUL', () => {
    const r = decodeText(new TextEncoder().encode('Model\0,MMLU'));
    expect(r.ok).toBe(false);
  });
});

describe('formula neutralising is undone exactly', () => {
  it.each(['=1+1', "'=x", "''@y", '-5', 'plain', "'quoted", '\tx', ''])('%j', (text) => {
    expect(restoreFormula(neutraliseFormula(text))).toBe(text);
  });
});

describe('our own CSV', () => {
  const article = (() => {
    const r = loadBuiltInDataset('great-gpu-race');
    if (!r.ok) throw new Error('dataset');
    return r.dataset.models;
  })();

  it('ignores derived and unknown columns, and says which', () => {
    const csv = modelsToCsv(article).replace('highlight\r\n', 'highlight,derived_mmluPerB,colour\r\n');
    const { result } = importText(csv.replace(/\r\n(?=.)/g, (m) => m).split('\r\n').map((l, i) => (i === 0 || !l ? l : `${l},1.23,red`)).join('\r\n'));
    expect(result.models).toStrictEqual(article);
    const ignored = result.problems.filter((p) => p.kind === 'ignored-column');
    expect(ignored.map((p) => [p.column, p.message.startsWith('a derived column')])).toEqual([['derived_mmluPerB', true], ['colour', false]]);
    expect(summariseProblems(result.problems).map((l) => l.text)).toEqual(['Columns "derived_mmluPerB", "colour" ignored']);
  });

  it('reads an export written before intervals, splitting its joined notes and sources', () => {
    const v1 = CSV_HEADER.filter((h) => !h.includes('_range_'));
    const row = ['a', 'Alpha', 'Lab', '7B', '7000000000', 'reported', '', '', '70', '70', 'reported', '', '', '', '', 'missing', '', '', 'High', '6', 'reported', '', '',
      'Big', '2e24', '2e24', 'estimated', 'Speculative', 'Epoch AI', 'first note | second note', 'Paper — https://x.org/p | Card', ''];
    const { result } = importText(`${v1.join(',')}\n${row.join(',')}\n`);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.models[0]).toMatchObject({
      notes: ['first note', 'second note'], sources: [{ title: 'Paper', url: 'https://x.org/p' }, { title: 'Card' }],
      trainingCompute: { text: 'Big', flop: { value: 2e24, status: 'estimated', note: 'Speculative', source: 'Epoch AI' } },
    });
  });

  it('refuses a row whose value breaks a limit, naming its column, and keeps the others', () => {
    const csv = modelsToCsv(article).replace(/,86\.4,reported,/, ',186.4,reported,');
    const { result } = importText(csv);
    expect(result.models).toHaveLength(5);
    expect(result.problems).toEqual([expect.objectContaining({ row: 1, column: 'mmlu_value', severity: 'error', message: 'a score must be at most 100' })]);
  });
});

describe('format rules a build script can reuse', () => {
  it.each([
    ['Confident', { status: 'reported' }], ['Likely', { status: 'estimated', note: 'Epoch AI confidence: Likely' }],
    ['Speculative', { status: 'estimated', note: 'Epoch AI confidence: Speculative' }], ['Unknown', { status: 'estimated', note: 'Epoch AI confidence: Unknown' }],
    ['', null],
  ])('Epoch confidence %j → %j', (word, out) => {
    expect(epochConfidence(word)).toEqual(out);
  });

  it.each([
    ['gsm8k', '0', "not run (the leaderboard's 0)"], ['mmlu', '0.0', "not run (the leaderboard's 0)"], ['arc', '0', "not run (the leaderboard's 0)"],
    ['params_b', '0', "size not given (the leaderboard's 0)"], ['gsm8k', '0.15', null], ['fullname', '0', null], ['gsm8k', '', null],
  ])('leaderboard %s = %j → %j', (column, raw, note) => {
    const m = leaderboardSentinel(column, raw);
    expect(m && m.note).toBe(note);
    if (m) expect(m).toMatchObject({ value: null, status: 'missing', raw });
  });
});

describe('the problem list', () => {
  const { result } = importText('Model,MMLU,GSM8K\nA,0,<5\nB,x,0\n\nC,50,50\n');

  it('summarises by kind and column, errors first', () => {
    expect(summariseProblems(result.problems).map((l) => l.text)).toEqual([
      '1 MMLU value that is not a number; its row is left out',
      '1 MMLU value of exactly 0 kept as 0 (some leaderboards write 0 for "not run")',
      '1 GSM8K value read as a bound (an estimate, with the bound in its note)',
      '1 blank line skipped',
    ]);
  });

  it('lists row by row what the summary does not say in full', () => {
    expect(listedProblems(result.problems).map((p) => p.kind)).toEqual(['bound', 'not-a-number']);
  });

  it('downloads as a CSV with data row and file line, in file order', () => {
    expect(problemsToCsv(result.problems).split('\r\n')).toEqual([
      '\uFEFFrow,line,column,value,severity,kind,message',
      '1,2,MMLU,0,warning,zero-score,"a score of exactly 0 was kept as 0; some leaderboards write 0 for ""not run"""',
      "1,2,GSM8K,<5,warning,bound,\"'<5' read as a bound (at most this value), estimated\"",
      "2,3,MMLU,x,error,not-a-number,'x' is not a number",
      ',4,Row,,warning,blank-line,blank line 4 skipped',
      '',
    ]);
  });
});
