// Validates every row of an imported table into ModelRecords: each problem has a row, a file line, a column, the
// raw value and what was expected; rows with an error are left out, warnings are kept beside the values.
import type { Measured, Remark } from '../measured';
import type { ModelRecord, Source } from '../model';
import type { CellProblem } from '../problems';
import type { ColumnProfile } from './column-profile';
import { TARGET_LABELS, type ColumnReading, type Target } from './column-mapping';
import { mappedFormat } from './formats';
import { columnReader, type ColumnReader } from './column-reader';
import type { FormatId, RowRules } from './formats/types';
import { resolveDuplicates } from './resolve-duplicates';
import type { RawTable } from './table-text';

export type DuplicatePolicy = 'first' | 'all';

export interface ImportOptions {
  mapping: Target[];
  /** How each column's values are read (decimal mark, scale, unit), by column index. */
  readings: ColumnReading[];
  /** The column profiles the readings came from: a score column that mixed scales gets each disagreeing row listed. */
  profiles?: readonly ColumnProfile[];
  /** A recognised format whose rules apply (Epoch's confidence, the leaderboard's 0 sentinels). */
  format?: FormatId | null;
  fileName: string;
  duplicates: DuplicatePolicy;
  /** Names and ids already in the dataset a merge adds to. */
  existingNames?: readonly string[];
  existingIds?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

export interface DuplicateGroup {
  name: string;
  rows: number[];
  /** True when the name is already in the dataset being merged into. */
  existing: boolean;
}

export interface ImportResult {
  models: ModelRecord[];
  problems: CellProblem[];
  duplicates: DuplicateGroup[];
  totalRows: number;
  invalidRows: number;
}

/** What the review step shows: the result without the models themselves, which cross to the page only on "Import". */
export type ImportSummary = Omit<ImportResult, 'models'> & { modelCount: number };

export function summarise({ models, ...rest }: ImportResult): ImportSummary {
  return { ...rest, modelCount: models.length };
}

const MISSING: Measured = { value: null, raw: '', status: 'missing' };

export function missingNameColumn(mapping: readonly Target[]): string | null {
  return mapping.includes('name') ? null : 'Choose which column holds the model name.';
}

/** Every row read and checked, before duplicate names are resolved (which depends on where the rows go). */
export interface ParsedRows {
  candidates: { row: number; model: ModelRecord }[];
  problems: CellProblem[];
  totalRows: number;
  invalidRows: number;
}

export function rowsToModels(table: RawTable, o: ImportOptions): ImportResult {
  return resolveImport(parseRows(table, o), o);
}

/** Applies the duplicate policy and the target dataset's names to parsed rows; the parsed rows are not changed. */
export function resolveImport(parsed: ParsedRows, o: ImportOptions): ImportResult {
  const { models, duplicates } = resolveDuplicates(parsed.candidates, o);
  return { models, problems: parsed.problems, duplicates, totalRows: parsed.totalRows, invalidRows: parsed.invalidRows };
}

/** The structural problems of a table (ragged rows, unclosed quotes) by row, and the file-level ones. */
function tableProblems(table: RawTable) {
  const byRow = new Map<number, CellProblem[]>();
  const fileLevel: CellProblem[] = [];
  for (const p of table.problems ?? []) {
    if (p.row <= 0) fileLevel.push(p);
    else byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  }
  return { byRow, fileLevel };
}

type ParseOptions = Pick<ImportOptions, 'mapping' | 'readings' | 'profiles' | 'format' | 'fileName' | 'onProgress'>;

/** Reads and checks every row. The result depends only on the table, mapping, readings, format and file name. */
export function parseRows(table: RawTable, o: ParseOptions): ParsedRows {
  const col = (t: Target) => o.mapping.indexOf(t);
  const idx = { name: col('name'), organization: col('organization'), computeText: col('trainingComputeText'), source: col('source') };
  const rules: RowRules = mappedFormat(o.format)?.rules(table.headers) ?? {};
  const { byRow, fileLevel } = tableProblems(table);
  const problems: CellProblem[] = [...fileLevel];
  const candidates: { row: number; model: ModelRecord }[] = [];
  const total = table.rows.length;
  let invalidRows = 0;
  // One shared source list for rows without a source column: 100,000 copies of it were 100,000 more objects.
  const fileSources: Source[] = [{ title: o.fileName, citation: `Imported from ${o.fileName}` }];
  const reader = (target: Target) => columnReader(target, col(target), o.readings, o.profiles, rules);
  const readers = {
    parameters: reader('parameters'), flop: reader('trainingComputeFlop'), mmlu: reader('mmlu'), gsm8k: reader('gsm8k'), costTier: reader('costTier'),
  };

  for (let r = 0; r < total; r++) {
    if (o.onProgress && r % 2000 === 0) o.onProgress(r, total);
    const cells = table.rows[r] ?? [];
    const rowNo = r + 1;
    const line = table.lines?.[r];
    const at = line === undefined ? { row: rowNo } : { row: rowNo, line };
    const rowProblems: CellProblem[] = byRow.get(rowNo) ?? [];
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      if (rowProblems.some((p) => p.severity === 'error')) {
        invalidRows++;
        continue;
      }
    }
    const ownProblems: CellProblem[] = [];
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const note = (column: string, raw: string, remark: Remark) =>
      ownProblems.push({ ...at, column, raw, message: remark.message, severity: 'warning', kind: remark.kind });
    const cell = ({ i, target, field, parse, mixedPercent }: ColumnReader): Measured => {
      if (i < 0) return MISSING;
      const raw = get(i);
      const column = TARGET_LABELS[target];
      const sentinel = field && rules.sentinel?.(field, raw);
      if (sentinel) {
        note(column, raw, sentinel.remark);
        return { ...sentinel.value };
      }
      const p = parse(raw);
      if (!p.ok) {
        ownProblems.push({ ...at, column, raw, message: p.reason, severity: 'error', ...(p.kind ? { kind: p.kind } : {}) });
        return { value: null, raw, status: 'missing' };
      }
      if (p.remark) note(column, raw, p.remark);
      let value = p.data;
      if (field && rules.adjust) {
        const adjusted = rules.adjust(field, value, cells);
        value = adjusted.value;
        if (adjusted.remark) note(column, raw, adjusted.remark);
      }
      if (value.value === 0 && (target === 'mmlu' || target === 'gsm8k')) {
        note(column, raw, { kind: 'zero-score', message: 'a score of exactly 0 was kept as 0; some leaderboards write 0 for "not run"' });
      } else if (mixedPercent && value.value !== null && value.value > 0 && value.value < 1 && !raw.includes('%')) {
        note(column, raw, { kind: 'scale', message: `'${raw}' read as ${value.value}% (the column is read as percent, as chosen)` });
      }
      return value;
    };

    const name = get(idx.name);
    if (!name) ownProblems.push({ ...at, column: TARGET_LABELS.name, raw: '', message: 'the row has no model name', severity: 'error', kind: 'no-name' });
    const sourceText = get(idx.source);
    const cite = sourceText || o.fileName;
    // The parsers return a fresh value per cell, so the source is set on it rather than copied with annotate():
    // at 100,000 rows that was 500,000 extra objects.
    const withSource = (m: Measured) => {
      if (m !== MISSING && (m.status !== 'missing' || m.raw)) m.source = cite;
      return m;
    };
    const parameters = withSource(cell(readers.parameters));
    const mmlu = withSource(cell(readers.mmlu));
    const gsm8k = withSource(cell(readers.gsm8k));
    const costTier = withSource(cell(readers.costTier));
    const flop = withSource(cell(readers.flop));

    if (ownProblems.some((p) => p.severity === 'error')) {
      // A row left out has only its errors listed: "kept as 0" about a row not kept would mislead.
      problems.push(...ownProblems.filter((p) => p.severity === 'error'));
      invalidRows++;
      continue;
    }
    problems.push(...ownProblems);
    const sources = sourceText
      ? [...fileSources, /^https?:\/\//.test(sourceText) ? { title: sourceText, url: sourceText } : { title: sourceText }]
      : fileSources;
    candidates.push({
      row: rowNo,
      model: {
        id: '', name, organization: idx.organization >= 0 ? get(idx.organization) : (rules.organization?.(name) ?? ''), parameters,
        trainingCompute: { text: get(idx.computeText), flop }, mmlu, gsm8k, costTier,
        notes: [], sources, importedFrom: o.fileName,
      },
    });
  }
  o.onProgress?.(total, total);
  return { candidates, problems: inFileOrder(problems), totalRows: total, invalidRows };
}

/** Problems in the order of the file: blank lines among the rows they sit between, file-level ones first. */
export function inFileOrder(problems: CellProblem[]): CellProblem[] {
  const at = (p: CellProblem) => p.line ?? (p.row > 0 ? p.row : 0);
  return problems.some((p, i) => i > 0 && at(p) < at(problems[i - 1]!)) ? problems.sort((a, b) => at(a) - at(b)) : problems;
}
