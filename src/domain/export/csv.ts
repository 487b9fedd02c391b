// The data behind a view as CSV: raw values as published beside parsed values, status, note, source and interval,
// notes and sources as JSON lists, with cells a spreadsheet would run as formulas neutralised. The importer reads
// this file back without loss (domain/import/formats/own-csv).
import { DERIVED_FIELDS } from '../explain-value';
import { FIELDS } from '../fields';
import type { Measured } from '../measured';
import type { ModelRecord } from '../model';
import { EXTRA_KEYS, type ExtraKey } from '../model-extra';

/** Text a spreadsheet would evaluate, and text that already starts with the quotes added to such text. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes a quote to text a spreadsheet would evaluate (OWASP CSV injection guidance). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula exactly: the one quote it added comes off, and nothing else is touched. */
export function restoreFormula(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** RFC 4180 quoting: wrap in quotes when the cell holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The measured fields in file order, with the prefix of their columns. */
export const CSV_MEASURES = [
  ['parameters', 'parameters'], ['mmlu', 'mmlu'], ['gsm8k', 'gsm8k'], ['costTier', 'costTier'], ['flop', 'training_compute_flop'],
] as const;
export type CsvMeasure = (typeof CSV_MEASURES)[number][0];

export const MEASURE_PARTS = ['raw', 'value', 'status', 'note', 'source', 'range_low', 'range_high'] as const;

/** Columns a later export adds for what the app computes (efficiency metrics, the Pareto flag): ignored on import. */
export const DERIVED_PREFIX = 'derived_';

export const CSV_HEADER = [
  'id', 'name', 'organization',
  ...CSV_MEASURES.slice(0, 4).flatMap(([, p]) => MEASURE_PARTS.map((part) => `${p}_${part}`)),
  'training_compute_text',
  ...MEASURE_PARTS.map((part) => `training_compute_flop_${part}`),
  'notes', 'sources', 'imported_from',
];

/**
 * Columns for what some datasets add (dates, prices, more benchmarks, descriptions, a highlighted group), after the
 * base columns. A file without them is still our CSV; a value a model does not have is written as empty cells.
 */
export const EXTRA_PREFIX: Record<ExtraKey, string> = {
  releaseDate: 'release_date', submissionDate: 'submission_date', priceInput: 'price_input_per_m', priceOutput: 'price_output_per_m',
  arc: 'arc', hellaswag: 'hellaswag', truthfulqa: 'truthfulqa', winogrande: 'winogrande', leaderboardAverage: 'leaderboard_average',
};
export const CSV_EXTRA_HEADER = [...EXTRA_KEYS.flatMap((k) => MEASURE_PARTS.map((part) => `${EXTRA_PREFIX[k]}_${part}`)), 'attributes', 'highlight'];

export const measureOf = (m: ModelRecord, k: CsvMeasure): Measured => (k === 'flop' ? m.trainingCompute.flop : m[k]);

const NO_MEASURE = MEASURE_PARTS.map(() => undefined);

function measureCells(v: Measured): (string | number | undefined)[] {
  return [v.raw, v.value ?? undefined, v.status, v.note, v.source, v.range?.[0], v.range?.[1]];
}

/** A chart's Pareto flag for the file: the chart it belongs to ("mmlu-vs-parameters") and each model's flag. */
export interface ParetoColumn {
  chart: string;
  /** True or false where the chart decided; undefined for a model it did not consider (switched off). */
  flag: (id: string) => boolean | undefined;
}

const DERIVED_METRICS = [...DERIVED_FIELDS].map((k) => FIELDS[k]);

/** What the app computes, added to an export: the metrics always, and the Pareto flag of one chart. */
export interface DerivedColumns {
  pareto?: ParetoColumn;
}

/** The derived columns' names: each computed metric's value and status, then the Pareto flag. */
export function derivedHeader({ pareto }: DerivedColumns = {}): string[] {
  return [
    ...DERIVED_METRICS.flatMap((f) => [`${DERIVED_PREFIX}${f.key}_value`, `${DERIVED_PREFIX}${f.key}_status`]),
    ...(pareto ? [`${DERIVED_PREFIX}pareto_optimal_${pareto.chart.replace(/[^a-z0-9]+/gi, '_')}`] : []),
  ];
}

function derivedCells(m: ModelRecord, { pareto }: DerivedColumns): (string | number | undefined)[] {
  const flag = pareto?.flag(m.id);
  return [
    ...DERIVED_METRICS.flatMap((f) => {
      const v = f.get(m);
      return [v.value ?? undefined, v.status];
    }),
    ...(pareto ? [flag === undefined ? undefined : flag ? 'yes' : 'no'] : []),
  ];
}

/** The models as CSV; with `derived`, the metrics the app computes (and a chart's Pareto flag) follow as derived_* columns. */
export function modelsToCsv(models: readonly ModelRecord[], derived?: DerivedColumns): string {
  const lines = [[...CSV_HEADER, ...CSV_EXTRA_HEADER, ...(derived ? derivedHeader(derived) : [])].join(',')];
  for (const m of models) {
    const cells = [
      m.id, m.name, m.organization,
      ...CSV_MEASURES.slice(0, 4).flatMap(([k]) => measureCells(measureOf(m, k))),
      m.trainingCompute.text, ...measureCells(m.trainingCompute.flop),
      m.notes.length ? JSON.stringify(m.notes) : '',
      m.sources.length ? JSON.stringify(m.sources) : '',
      m.importedFrom,
      ...EXTRA_KEYS.flatMap((k) => { const v = m.extra?.[k]; return v ? measureCells(v) : NO_MEASURE; }),
      m.attributes ? JSON.stringify(m.attributes) : '', m.highlight,
      ...(derived ? derivedCells(m, derived) : []),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  // CRLF per RFC 4180; a BOM so spreadsheet apps read UTF-8 names correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
