// The app's own CSV export read back: every value, its raw text, status, note, source and interval as written; rows
// the export could not have written refused with the column named; earlier exports (v1) read as they were written.
import { describe, expect, it } from 'vitest';
import { CSV_EXTRA_HEADER, CSV_HEADER } from '../../../../src/domain/export/csv';
import { ownCsvVersion, readOwnCsv } from '../../../../src/domain/import/formats/own-csv';
import type { RawTable } from '../../../../src/domain/import/table-text';
import type { CellProblem } from '../../../../src/domain/problems';

const V1 = CSV_HEADER.filter((h) => !/_range_(?:low|high)$/.test(h));
const MEASURES = ['parameters', 'mmlu', 'gsm8k', 'costTier', 'training_compute_flop'];

/** A row the export would write for Gemma 7B: 7B parameters reported, MMLU 64.3, the rest missing. */
const GEMMA: Record<string, string> = {
  id: 'gemma-7b', name: 'Gemma 7B', organization: 'Google',
  ...Object.fromEntries(MEASURES.map((p) => [`${p}_status`, 'missing'])),
  parameters_raw: '7B', parameters_value: '7000000000', parameters_status: 'reported',
  mmlu_raw: '64.3%', mmlu_value: '64.3', mmlu_status: 'reported',
};

interface TableOptions { headers?: readonly string[]; lines?: number[]; problems?: CellProblem[] }

function ownTable(rows: Record<string, string>[], o: TableOptions = {}): RawTable {
  const headers = [...(o.headers ?? [...CSV_HEADER, ...CSV_EXTRA_HEADER])];
  return { headers, rows: rows.map((r) => headers.map((h) => r[h] ?? '')), format: 'csv', ...(o.lines ? { lines: o.lines } : {}), ...(o.problems ? { problems: o.problems } : {}) };
}

const read = (rows: Record<string, string>[], o?: TableOptions) => readOwnCsv(ownTable(rows, o));
const row = (over: Record<string, string>) => ({ ...GEMMA, ...over });
const errors = (r: ReturnType<typeof read>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.raw, p.message]);

describe('ownCsvVersion', () => {
  it('knows the current header (2), the header before intervals (1), and anything else as not ours', () => {
    expect(ownCsvVersion(CSV_HEADER)).toBe(2);
    expect(ownCsvVersion(V1)).toBe(1);
    expect(ownCsvVersion(V1.slice(1))).toBeNull();
  });
});

describe('values read as exported', () => {
  it('a valid row comes back with its raw text, value and status, and missing values stay null, never 0', () => {
    const r = read([GEMMA]);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ totalRows: 1, invalidRows: 0 });
    const m = r.candidates[0]!.model;
    expect(m.parameters).toEqual({ value: 7e9, raw: '7B', status: 'reported' });
    expect(m.mmlu).toEqual({ value: 64.3, raw: '64.3%', status: 'reported' });
    expect(m.gsm8k).toEqual({ value: null, raw: '', status: 'missing' });
    expect(m.notes).toEqual([]);
    expect(m.sources).toEqual([]);
    expect(m).not.toHaveProperty('attributes');
    expect(m).not.toHaveProperty('extra');
  });

  it.each([
    ['86,4', 86.4], ['1,25', 1.25], [' 64.3 ', 64.3],
  ])('the value %j is %d (a lone comma is a decimal comma)', (text, value) => {
    const r = read([row({ mmlu_value: text })]);
    expect(errors(r)).toEqual([]);
    expect(r.candidates[0]!.model.mmlu.value).toBe(value);
  });

  it('a value of spaces only is no value: an undisclosed size is kept undisclosed, not read as 0', () => {
    const r = read([row({ parameters_raw: 'Undisclosed', parameters_value: '   ', parameters_status: 'undisclosed' })]);
    expect(errors(r)).toEqual([]);
    expect(r.candidates[0]!.model.parameters).toEqual({ value: null, raw: 'Undisclosed', status: 'undisclosed' });
  });

  it('an estimate stays an estimate, with its note, source and interval', () => {
    const r = read([row({
      training_compute_flop_raw: '~2.1e25', training_compute_flop_value: '2.1e+25', training_compute_flop_status: 'estimated',
      training_compute_flop_note: 'Epoch AI confidence: Speculative', training_compute_flop_source: 'Epoch AI',
      training_compute_flop_range_low: '8.2e24', training_compute_flop_range_high: '4.4e25',
    })]);
    expect(r.problems).toEqual([]);
    expect(r.candidates[0]!.model.trainingCompute.flop).toEqual({
      value: 2.1e25, raw: '~2.1e25', status: 'estimated', note: 'Epoch AI confidence: Speculative', source: 'Epoch AI', range: [8.2e24, 4.4e25],
    });
  });

  it('an added value (a price) is read when its status is there, under its own key', () => {
    const r = read([row({ price_input_per_m_raw: '$0.15', price_input_per_m_value: '0.15', price_input_per_m_status: 'reported' })]);
    expect(r.problems).toEqual([]);
    expect(r.candidates[0]!.model.extra).toEqual({ priceInput: { value: 0.15, raw: '$0.15', status: 'reported' } });
  });

  it('notes, sources and attributes are JSON cells; blank ones are empty, and attributes left out', () => {
    const r = read([row({ notes: '  ', sources: ' ', attributes: '  ' })]);
    expect(r.problems).toEqual([]);
    const m = r.candidates[0]!.model;
    expect([m.notes, m.sources, m.attributes]).toEqual([[], [], undefined]);
    const full = read([row({ notes: '["a note"]', sources: '[{"title":"Gemma report","url":"https://ai.google.dev/gemma"}]', attributes: '{"licence":"gemma"}', highlight: 'open', imported_from: 'gemma.csv' })]);
    expect(full.problems).toEqual([]);
    expect(full.candidates[0]!.model).toMatchObject({
      notes: ['a note'], sources: [{ title: 'Gemma report', url: 'https://ai.google.dev/gemma' }], attributes: { licence: 'gemma' }, highlight: 'open', importedFrom: 'gemma.csv',
    });
  });
});

describe('rows the export could not have written are refused, naming the column', () => {
  it.each([
    [{ mmlu_value: 'sixty' }, 'mmlu_value', 'sixty', "'sixty' is not a number"],
    [{ gsm8k_status: 'guessed' }, 'gsm8k_status', 'guessed', "'guessed' is not a status (reported, estimated, undisclosed or missing)"],
    [{ mmlu_range_low: '60' }, 'mmlu_range_high', '', 'an interval needs a low and a high number'],
    [{ mmlu_range_high: '70' }, 'mmlu_range_low', '', 'an interval needs a low and a high number'],
    [{ mmlu_range_low: 'x', mmlu_range_high: '70' }, 'mmlu_range_low', 'x', 'an interval needs a low and a high number'],
    [{ notes: 'not json' }, 'notes', '', expect.any(String)],
  ])('%j: %s', (over, column, raw, message) => {
    const r = read([row(over)], { lines: [2] });
    expect(r.problems.map((p) => [p.row, p.line, p.column, p.raw, p.message, p.severity, p.kind])).toEqual([[1, 2, column, raw, message, 'error', 'invalid-field']]);
    expect(r).toMatchObject({ candidates: [], invalidRows: 1, totalRows: 1 });
  });

  it.each([
    [{ name: ' ' }, 'name'],
    [{ parameters_value: '-7' }, 'parameters_value'],
    [{ mmlu_value: '' }, 'mmlu'],
    [{ training_compute_flop_value: '-1', training_compute_flop_status: 'reported', training_compute_flop_raw: '-1' }, 'training_compute_flop_value'],
    [{ training_compute_flop_value: '1e24', training_compute_flop_status: 'reported', training_compute_flop_raw: '1e24', training_compute_flop_range_low: '5e24', training_compute_flop_range_high: '2e24' }, 'training_compute_flop_range_low'],
    [{ mmlu_range_low: '60', mmlu_range_high: '140' }, 'mmlu_range_high'],
    [{ price_input_per_m_value: '-1', price_input_per_m_status: 'reported' }, 'price_input_per_m_value'],
    [{ arc_value: '120', arc_status: 'reported' }, 'arc_value'],
  ])('the limits every import applies: %j refused at %s', (over, column) => {
    const r = read([row(over)]);
    expect(r.problems.map((p) => p.column)).toEqual([column]);
    expect(r.problems[0]).toMatchObject({ row: 1, severity: 'error', kind: 'invalid-field' });
    expect(r.problems[0]).not.toHaveProperty('line');
    expect(r.invalidRows).toBe(1);
  });

  it('a refused row does not stop the next; each is counted once', () => {
    const r = read([row({ mmlu_value: 'x', gsm8k_status: '?' }), row({ id: 'b' }), row({ id: 'c', mmlu_value: 'y' })]);
    expect(r.candidates.map((c) => [c.row, c.model.id])).toEqual([[2, 'b']]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([[1, 'mmlu_value'], [1, 'gsm8k_status'], [3, 'mmlu_value']]);
    expect(r.invalidRows).toBe(2);
  });
});

describe('problems the splitter found stay with their rows', () => {
  const warning: CellProblem = { row: 1, line: 2, column: 'Row', raw: 'a,b,,', severity: 'warning', kind: 'extra-cells', message: '2 empty cells after the last column were ignored' };

  it("a row's splitting warning is kept and the row imported", () => {
    const r = read([GEMMA], { problems: [warning], lines: [2] });
    expect(r.problems).toEqual([warning]);
    expect(r.candidates).toHaveLength(1);
  });

  it('a row with a splitting warning is still checked against the limits, and only its errors are reported', () => {
    const r = read([row({ mmlu_value: '', mmlu_status: 'reported' })], { problems: [warning], lines: [2] });
    expect(r.problems.map((p) => [p.row, p.line, p.column, p.severity])).toEqual([[1, 2, 'mmlu', 'error']]);
    expect(r).toMatchObject({ candidates: [], invalidRows: 1 });
  });

  it('file-level problems (row 0) are not pinned on a row', () => {
    const blank: CellProblem = { row: 0, line: 3, column: 'Row', raw: '', severity: 'warning', kind: 'blank-line', message: 'blank line 3 skipped' };
    const r = read([GEMMA], { problems: [blank] });
    expect(r.problems).toEqual([]);
    expect(r.candidates).toHaveLength(1);
  });

  it('two warnings on one row are both kept', () => {
    const second = { ...warning, message: 'another' };
    expect(read([GEMMA], { problems: [warning, second] }).problems).toEqual([warning, second]);
  });
});

describe('duplicate ids', () => {
  it('a repeated id is a warning naming the first row that has it, and both rows are imported', () => {
    const r = read([GEMMA, row({ name: 'Gemma 7B (bf16)' }), row({ name: 'Gemma 7B (fp16)' })], { lines: [2, 3, 5] });
    expect(r.problems.map((p) => [p.row, p.line, p.column, p.raw, p.severity, p.kind, p.message])).toEqual([
      [2, 3, 'id', 'gemma-7b', 'warning', 'duplicate-id', "the id 'gemma-7b' is also on row 1; this row gets a new one"],
      [3, 5, 'id', 'gemma-7b', 'warning', 'duplicate-id', "the id 'gemma-7b' is also on row 1; this row gets a new one"],
    ]);
    expect(r.candidates.map((c) => c.row)).toEqual([1, 2, 3]);
  });

  it('a refused row with a repeated id gets only its error, and later rows still name the first row', () => {
    const r = read([GEMMA, row({ mmlu_value: 'x' }), row({ name: 'Gemma 7B (fp16)' })]);
    expect(r.problems.map((p) => [p.row, p.kind, p.message])).toEqual([
      [2, 'invalid-field', "'x' is not a number"],
      [3, 'duplicate-id', "the id 'gemma-7b' is also on row 1; this row gets a new one"],
    ]);
    expect(r.problems[1]).not.toHaveProperty('line');
  });
});

describe('columns the app does not read', () => {
  it('derived and unknown columns are warned about by name, and ignored', () => {
    const headers = [...CSV_HEADER, 'derived_mmluPerB_value', 'my column'];
    const r = read([{ ...GEMMA, derived_mmluPerB_value: '9.19', 'my column': 'x' }], { headers });
    expect(r.problems).toEqual([
      { row: 0, column: 'derived_mmluPerB_value', raw: '', severity: 'warning', kind: 'ignored-column', message: 'a derived column, ignored: the app computes it from the values' },
      { row: 0, column: 'my column', raw: '', severity: 'warning', kind: 'ignored-column', message: 'not a column of the Model MPG CSV format, ignored' },
    ]);
    expect(r.candidates).toHaveLength(1);
  });
});

describe('an export from before intervals (v1)', () => {
  const v1 = (over: Record<string, string>) => read([row(over)], { headers: V1 });

  it('says once that notes and sources were split from joined text', () => {
    expect(v1({}).problems).toEqual([{
      row: 0, column: 'notes, sources', raw: '', severity: 'warning', kind: 'ignored-column',
      message: 'an export from an earlier version: notes and sources are split from their joined text, and values have no intervals',
    }]);
  });

  it('splits notes on " | " and leaves no empty note', () => {
    expect(v1({ notes: 'first | second' }).candidates[0]!.model.notes).toEqual(['first', 'second']);
    expect(v1({ notes: '' }).candidates[0]!.model.notes).toEqual([]);
  });

  it('splits each source into its title, its link (http or https, at the start) and its licence', () => {
    const m = v1({ sources: 'Gemma report — https://ai.google.dev/gemma — CC BY 4.0 | Old page — http://example.org/x | Notes — see https://example.org | Bare' }).candidates[0]!.model;
    expect(m.sources).toEqual([
      { title: 'Gemma report', url: 'https://ai.google.dev/gemma', licence: 'CC BY 4.0' },
      { title: 'Old page', url: 'http://example.org/x' },
      { title: 'Notes', licence: 'see https://example.org' },
      { title: 'Bare' },
    ]);
    expect(v1({ sources: '' }).candidates[0]!.model.sources).toEqual([]);
  });
});
