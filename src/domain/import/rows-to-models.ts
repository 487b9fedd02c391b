// Validates every row of an imported table into ModelRecords: each problem has a row, a column, the raw value
// and what was expected; rows with an error are left out, warnings are kept beside the values.
import { parseCostTier } from '../cost-tier';
import type { Measured, ParseResult } from '../measured';
import { slugify, type ModelRecord, type Source } from '../model';
import { parseFlop } from '../parse-compute';
import { parsePercent } from '../parse-percent';
import { parseParameters } from '../parse-parameters';
import type { CellProblem } from '../problems';
import { TARGET_LABELS, type Target, type Units } from './column-mapping';
import type { RawTable } from './table-text';

export type DuplicatePolicy = 'first' | 'all';

export interface ImportOptions {
  mapping: Target[];
  units: Units;
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

/** Reads and checks every row. The result depends only on the table, mapping, units and file name. */
export function parseRows(table: RawTable, o: Pick<ImportOptions, 'mapping' | 'units' | 'fileName' | 'onProgress'>): ParsedRows {
  const col = (t: Target) => o.mapping.indexOf(t);
  const idx = {
    name: col('name'), organization: col('organization'), parameters: col('parameters'), flop: col('trainingComputeFlop'),
    computeText: col('trainingComputeText'), mmlu: col('mmlu'), gsm8k: col('gsm8k'), costTier: col('costTier'), source: col('source'),
  };
  const problems: CellProblem[] = [];
  const candidates: { row: number; model: ModelRecord }[] = [];
  const total = table.rows.length;
  const zeroScores = { mmlu: 0, gsm8k: 0 };
  let invalidRows = 0;
  // One shared source list for rows without a source column: 100,000 copies of it were 100,000 more objects.
  const fileSources: Source[] = [{ title: o.fileName, citation: `Imported from ${o.fileName}` }];

  for (let r = 0; r < total; r++) {
    if (o.onProgress && r % 2000 === 0) o.onProgress(r, total);
    const cells = table.rows[r] ?? [];
    const rowNo = r + 1;
    const rowProblems: CellProblem[] = [];
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const cell = (target: Target, i: number, parse: (raw: string) => ParseResult<Measured>): Measured => {
      if (i < 0) return MISSING;
      const raw = get(i);
      const p = parse(raw);
      if (p.ok) {
        if (p.data.note?.includes('count of 0')) {
          rowProblems.push({ row: rowNo, column: TARGET_LABELS[target], raw, message: 'a parameter count of 0 was read as missing', severity: 'warning' });
        }
        return p.data;
      }
      rowProblems.push({ row: rowNo, column: TARGET_LABELS[target], raw, message: p.reason, severity: 'error' });
      return { value: null, raw, status: 'missing' };
    };

    const name = get(idx.name);
    if (!name) rowProblems.push({ row: rowNo, column: TARGET_LABELS.name, raw: '', message: 'the row has no model name', severity: 'error' });
    const sourceText = get(idx.source);
    const cite = sourceText || o.fileName;
    // The parsers return a fresh value per cell, so the source is set on it rather than copied with annotate():
    // at 100,000 rows that was 500,000 extra objects.
    const withSource = (m: Measured) => {
      if (m.status !== 'missing' || m.raw) m.source = cite;
      return m;
    };
    const parameters = withSource(cell('parameters', idx.parameters, (raw) => parseParameters(raw, o.units.parameters)));
    const mmlu = withSource(cell('mmlu', idx.mmlu, (raw) => parsePercent(raw, o.units.mmlu)));
    const gsm8k = withSource(cell('gsm8k', idx.gsm8k, (raw) => parsePercent(raw, o.units.gsm8k)));
    const costTier = withSource(cell('costTier', idx.costTier, parseCostTier));
    const flop = withSource(cell('trainingComputeFlop', idx.flop, (raw) => parseFlop({ raw })));
    if (mmlu.value === 0) zeroScores.mmlu++;
    if (gsm8k.value === 0) zeroScores.gsm8k++;

    problems.push(...rowProblems);
    if (rowProblems.some((p) => p.severity === 'error')) {
      invalidRows++;
      continue;
    }
    const sources = sourceText
      ? [...fileSources, /^https?:\/\//.test(sourceText) ? { title: sourceText, url: sourceText } : { title: sourceText }]
      : fileSources;
    candidates.push({
      row: rowNo,
      model: {
        id: '', name, organization: get(idx.organization), parameters,
        trainingCompute: { text: get(idx.computeText), flop }, mmlu, gsm8k, costTier,
        notes: [], sources, importedFrom: o.fileName,
      },
    });
  }
  o.onProgress?.(total, total);

  for (const key of ['mmlu', 'gsm8k'] as const) {
    if (zeroScores[key] > 0) {
      problems.push({
        row: 0, column: TARGET_LABELS[key], raw: '0',
        message: `${zeroScores[key]} rows score exactly 0, which some leaderboards use for "not evaluated"; they are kept as 0`,
        severity: 'warning',
      });
    }
  }
  return { candidates, problems, totalRows: total, invalidRows };
}

const key = (name: string) => name.trim().toLowerCase();

/**
 * Reports repeated names (in the file, or already in the dataset) and applies the chosen policy. Each name's
 * key is computed once, and a name seen once keeps only its row number (no list per name): at 100,000 rows
 * this step made 300,000 short-lived objects.
 */
function resolveDuplicates(candidates: readonly { row: number; model: ModelRecord }[], o: ImportOptions) {
  const existing = new Set((o.existingNames ?? []).map(key));
  const keys = candidates.map(({ model }) => key(model.name));
  /** Index of the first candidate with each key; for repeated keys, every candidate index. */
  const byKey = new Map<string, number | number[]>();
  keys.forEach((k, i) => {
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, i);
    else if (typeof seen === 'number') byKey.set(k, [seen, i]);
    else seen.push(i);
  });
  const duplicates: DuplicateGroup[] = [];
  for (const [k, seen] of byKey) {
    if (typeof seen === 'number' && !existing.has(k)) continue;
    const at = typeof seen === 'number' ? [seen] : seen;
    duplicates.push({ name: candidates[at[0]!]!.model.name, rows: at.map((i) => candidates[i]!.row), existing: existing.has(k) });
  }
  const takenIds = new Set(o.existingIds ?? []);
  const uniqueId = (name: string) => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
    takenIds.add(id);
    return id;
  };
  const models: ModelRecord[] = [];
  const kept = new Map<string, number>();
  candidates.forEach(({ model }, i) => {
    const k = keys[i]!;
    // A name that appears once, and not in the dataset, needs no count.
    const unique = typeof byKey.get(k) === 'number' && !existing.has(k);
    const n = unique ? 1 : (kept.get(k) ?? (existing.has(k) ? 1 : 0)) + 1;
    if (!unique) kept.set(k, n);
    if (n > 1 && o.duplicates === 'first') return;
    const name = n > 1 ? `${model.name} (${n})` : model.name;
    models.push({ ...model, name, id: uniqueId(name) });
  });
  return { models, duplicates };
}
