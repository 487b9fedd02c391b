// The review's first lines: each kind of problem counted per column, in words that agree with the count, errors
// first; the per-row list without what the summary already says; and every problem in a CSV to download.
import { describe, expect, it } from 'vitest';
import { KIND_TEXT, listedProblems, problemsToCsv, summariseProblems } from '../../../src/domain/import/problem-summary';
import type { CellProblem, ProblemKind } from '../../../src/domain/problems';

const problem = (kind: ProblemKind | undefined, column: string, row: number, severity: CellProblem['severity'] = 'error'): CellProblem => ({
  row, column, raw: 'x', severity, message: 'm', ...(kind ? { kind } : {}),
});
const many = (n: number, kind: ProblemKind | undefined, column: string, severity: CellProblem['severity'] = 'error') =>
  Array.from({ length: n }, (_v, i) => problem(kind, column, i + 1, severity));
const texts = (problems: CellProblem[]) => summariseProblems(problems).map((l) => l.text);

describe('summary lines agree with their counts', () => {
  it.each([
    ['not-a-number', 1, 'MMLU', '1 MMLU value that is not a number; its row is left out'],
    ['not-a-number', 2, 'MMLU', '2 MMLU values that are not numbers; their rows are left out'],
    ['negative', 1, 'Params', '1 Params value below zero; its row is left out'],
    ['exponent-and-suffix', 3, 'Params', '3 Params values with both an exponent and a size letter (like 7e9B); their rows are left out'],
    ['unknown-tier', 1, 'Tier', '1 Tier value that is not a cost tier; its row is left out'],
    ['unknown-tier', 2, 'Tier', '2 Tier values that are not cost tiers; their rows are left out'],
    ['invalid-field', 1, 'mmlu_value', '1 value in mmlu_value that does not fit the format; its row is left out'],
    ['invalid-field', 2, 'mmlu_value', '2 values in mmlu_value that do not fit the format; their rows are left out'],
    ['out-of-range', 1, 'MMLU', '1 MMLU value out of range; its row is left out'],
    ['range-text', 2, 'Params', '2 Params values written as a range; their rows are left out'],
    ['decimal-mark', 1, 'MMLU', "1 MMLU value with a separator that is not the column's decimal mark; its row is left out"],
    ['expert-layout', 1, 'Params', '1 Params value naming an expert layout (like 8x7B); its row is left out'],
    ['too-small', 2, 'Parameters', '2 Parameters values too small for a raw count; their rows are left out'],
    ['confidence', 1, 'Parameters', "1 Parameters value read as an estimate from Epoch AI's confidence (Likely, Speculative, Unknown)"],
    ['confidence', 52, 'Training compute (FLOP)', "52 Training compute (FLOP) values read as estimates from Epoch AI's confidence (Likely, Speculative, Unknown)"],
    ['uncertain', 1, 'Params', "1 Params value marked '?' read as an estimate"],
    ['uncertain', 2, 'Params', "2 Params values marked '?' read as estimates"],
    ['scale', 2, 'MMLU', '2 MMLU values between 0 and 1 read as percent, as chosen'],
    ['size-not-given', 1, 'params_b', '1 parameter count of 0 read as not given'],
    ['size-not-given', 624, 'params_b', '624 parameter counts of 0 read as not given'],
    ['zero-size', 2, 'Params', '2 parameter counts of 0 read as missing'],
    ['no-name', 1, 'Model', '1 row without a model name, left out'],
    ['quote', 2, 'Row', '2 rows with a quoted cell that is never closed, left out (reading went on at the next line)'],
    ['missing-cells', 1, 'Row', '1 row with fewer cells than the header, left out'],
    ['duplicate-id', 1234, 'id', "1,234 rows repeating an earlier row's id, given new ids"],
  ] as const)('%s × %d in %s: "%s"', (kind, n, column, text) => {
    expect(texts(many(n, kind, column))).toEqual([text]);
  });

  it('rows with more cells than the header: left out when an error, ignored when the cells were all empty', () => {
    expect(texts(many(2, 'extra-cells', 'Row', 'error'))).toEqual(['2 rows with more cells than the header, left out']);
    expect(texts(many(1, 'extra-cells', 'Row', 'warning'))).toEqual(['1 row with more cells than the header, all empty (ignored)']);
  });

  it('a problem of no known kind is still counted in its column', () => {
    expect(texts(many(2, undefined, 'GSM8K'))).toEqual(['2 GSM8K values with a problem']);
    expect(summariseProblems(many(1, undefined, 'GSM8K'))[0]).toMatchObject({ kind: 'other', count: 1 });
  });
});

describe('grouping and order', () => {
  it('one line per kind, column and severity, with its count', () => {
    const lines = summariseProblems([...many(2, 'not-a-number', 'MMLU'), ...many(1, 'not-a-number', 'GSM8K'), ...many(3, 'not-run', 'gsm8k', 'warning')]);
    expect(lines.map((l) => [l.kind, l.severity, l.count])).toEqual([
      ['not-a-number', 'error', 2], ['not-a-number', 'error', 1], ['not-run', 'warning', 3],
    ]);
  });

  it('errors come before warnings whatever their counts, and within a severity the larger count first', () => {
    const lines = summariseProblems([...many(5, 'uncertain', 'Params', 'warning'), ...many(1, 'negative', 'Params'), ...many(9, 'scale', 'MMLU', 'warning'), ...many(2, 'not-a-number', 'MMLU')]);
    expect(lines.map((l) => [l.severity, l.count])).toEqual([['error', 2], ['error', 1], ['warning', 9], ['warning', 5]]);
  });

  it('ignored columns are named together in one warning line', () => {
    const ignored = (column: string): CellProblem => ({ row: 0, column, raw: '', severity: 'warning', kind: 'ignored-column', message: 'ignored' });
    expect(summariseProblems([ignored('Notes'), ignored('Licence')])).toEqual([{ kind: 'ignored-column', severity: 'warning', count: 2, text: 'Columns "Notes", "Licence" ignored' }]);
    expect(texts([ignored('Notes')])).toEqual(['Column "Notes" ignored']);
  });
});

describe('listedProblems', () => {
  it('leaves out what the summary says in full (summary-only kinds, ignored columns) and keeps the rest, in order', () => {
    const kept = [problem('not-a-number', 'MMLU', 1), problem(undefined, 'X', 2), problem('duplicate-id', 'id', 3, 'warning')];
    const dropped = [problem('not-run', 'gsm8k', 1, 'warning'), problem('blank-line', 'Row', 0, 'warning'), problem('ignored-column', 'Notes', 0, 'warning')];
    expect(listedProblems([dropped[0]!, kept[0]!, dropped[1]!, kept[1]!, dropped[2]!, kept[2]!])).toEqual(kept);
  });

  it('every summary-only kind is one whose per-row line would repeat the summary', () => {
    const only = (Object.keys(KIND_TEXT) as ProblemKind[]).filter((k) => KIND_TEXT[k].summaryOnly).sort();
    expect(only).toEqual(['blank-line', 'confidence', 'not-run', 'size-not-given', 'zero-score', 'zero-size']);
  });
});

describe('problemsToCsv', () => {
  it('writes every problem with its row and line, the value as found and the message; file-level problems have no row', () => {
    const csv = problemsToCsv([
      { row: 3, line: 5, column: 'MMLU', raw: 'n/a, or "?"', severity: 'error', kind: 'not-a-number', message: "'n/a' is not a number" },
      { row: 0, column: 'Notes', raw: '', severity: 'warning', message: 'ignored' },
    ]);
    expect(csv).toBe('\uFEFFrow,line,column,value,severity,kind,message\r\n3,5,MMLU,"n/a, or ""?""",error,not-a-number,\'n/a\' is not a number\r\n,,Notes,,warning,,ignored\r\n');
  });
});
