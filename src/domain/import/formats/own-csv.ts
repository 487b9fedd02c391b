// Model MPG's own CSV export, recognised by its header and read back without loss: status, raw text, note,
// source and interval of every value, cost tiers, notes and sources. Each row is checked with the same limits as
// the JSON export; columns the app computes (derived_*) or does not know are ignored, and the review says so.
import { CSV_EXTRA_HEADER, CSV_HEADER, DERIVED_PREFIX, EXTRA_PREFIX, MEASURE_PARTS, restoreFormula } from '../../export/csv';
import { modelSchema } from '../../export/json';
import type { Measured, ValueStatus } from '../../measured';
import type { ModelRecord, Source } from '../../model';
import { EXTRA_KEYS, type ExtraValues } from '../../model-extra';
import type { CellProblem } from '../../problems';
import type { ParsedRows } from '../rows-to-models';
import type { RawTable } from '../table-text';
import type { FormatInfo } from './types';

/** The header of exports made before intervals were written, whose notes and sources are joined text. */
const V1_HEADER = CSV_HEADER.filter((h) => !/_range_(?:low|high)$/.test(h));
const KNOWN = new Set([...CSV_HEADER, ...CSV_EXTRA_HEADER]);
const STATUSES = new Set<string>(['reported', 'estimated', 'undisclosed', 'missing']);

export const OWN_CSV_FORMAT: FormatInfo = {
  id: 'model-mpg-csv',
  label: 'Model MPG CSV export',
  summary: 'every column is read as exported: raw text, value, status, note, source and interval; derived and unknown columns are ignored.',
};

export function ownCsvVersion(headers: readonly string[]): 1 | 2 | null {
  const have = new Set(headers);
  if (CSV_HEADER.every((h) => have.has(h))) return 2;
  return V1_HEADER.every((h) => have.has(h)) ? 1 : null;
}

/** A value column as written by the export; a lone comma is a decimal comma (the export writes no thousands separators). */
function number(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(/^[^.]*,[^,]*$/.test(t) ? t.replace(',', '.') : t);
  return Number.isFinite(n) ? n : undefined;
}

/** "parameters.value" → "parameters_value", "trainingCompute.flop.range.0" → "training_compute_flop_range_low". */
function columnOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'extra' && parts[1] && parts[1] in EXTRA_PREFIX) return columnOf([EXTRA_PREFIX[parts[1] as keyof typeof EXTRA_PREFIX], ...parts.slice(2)]);
  const head = parts[0] === 'trainingCompute' ? (parts[1] === 'flop' ? 'training_compute_flop' : 'training_compute_text') : parts[0] ?? 'row';
  const rest = parts.slice(parts[0] === 'trainingCompute' ? 2 : 1);
  if (rest[0] === 'range') return `${head}_range_${rest[1] === '1' ? 'high' : 'low'}`;
  return rest[0] ? `${head}_${rest[0]}` : head;
}

function splitV1Sources(text: string): Source[] {
  return text.split(' | ').filter(Boolean).map((s) => {
    const [title = '', ...more] = s.split(' — ');
    const url = more.find((p) => /^https?:\/\//.test(p));
    const licence = more.find((p) => p !== url);
    return { title, ...(url ? { url } : {}), ...(licence ? { licence } : {}) };
  });
}

/** A JSON cell (notes, sources, attributes): the parsed value, or the text itself for the schema to refuse. */
function jsonList(text: string): unknown {
  if (text.trim() === '') return [];
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function readOwnCsv(table: RawTable): ParsedRows {
  const version = ownCsvVersion(table.headers) ?? 2;
  const at = new Map(table.headers.map((h, i) => [h, i] as const));
  const problems: CellProblem[] = [];
  for (const h of table.headers) {
    if (KNOWN.has(h)) continue;
    const derived = h.startsWith(DERIVED_PREFIX);
    problems.push({
      row: 0, column: h, raw: '', severity: 'warning', kind: 'ignored-column',
      message: derived ? 'a derived column, ignored: the app computes it from the values' : 'not a column of the Model MPG CSV format, ignored',
    });
  }
  if (version === 1) {
    problems.push({ row: 0, column: 'notes, sources', raw: '', severity: 'warning', kind: 'ignored-column', message: 'an export from an earlier version: notes and sources are split from their joined text, and values have no intervals' });
  }
  const structural = new Map<number, CellProblem[]>();
  for (const p of table.problems ?? []) if (p.row > 0) structural.set(p.row, [...(structural.get(p.row) ?? []), p]);
  const candidates: ParsedRows['candidates'] = [];
  const firstRowOfId = new Map<string, number>();
  let invalidRows = 0;

  table.rows.forEach((cells, r) => {
    const row = r + 1;
    const line = table.lines?.[r];
    const rowProblems: CellProblem[] = [...(structural.get(row) ?? [])];
    const get = (h: string) => restoreFormula(cells[at.get(h) ?? -1] ?? '');
    const bad = (column: string, raw: string, message: string) =>
      rowProblems.push({ row, ...(line !== undefined ? { line } : {}), column, raw, message, severity: 'error', kind: 'invalid-field' });
    const measured = (prefix: string): Measured => {
      const [raw, valueText, statusText, note, source, low, high] = MEASURE_PARTS.map((part) => get(`${prefix}_${part}`));
      const value = number(valueText!);
      if (value === undefined) bad(`${prefix}_value`, valueText!, `'${valueText}' is not a number`);
      if (!STATUSES.has(statusText!)) bad(`${prefix}_status`, statusText!, `'${statusText}' is not a status (reported, estimated, undisclosed or missing)`);
      const out: Measured = { value: value ?? null, raw: raw!, status: (STATUSES.has(statusText!) ? statusText : 'missing') as ValueStatus };
      if (note) out.note = note;
      if (source) out.source = source;
      if (version === 2 && (low || high)) {
        const lo = number(low!);
        const hi = number(high!);
        if (lo == null || hi == null) bad(`${prefix}_range_${lo == null ? 'low' : 'high'}`, lo == null ? low! : high!, 'an interval needs a low and a high number');
        else out.range = [lo, hi];
      }
      return out;
    };
    // An added value is there when its status is; a file from before these columns has none.
    const extra: ExtraValues = {};
    for (const k of EXTRA_KEYS) if (get(`${EXTRA_PREFIX[k]}_status`) !== '') extra[k] = measured(EXTRA_PREFIX[k]);
    const attributesText = get('attributes');
    const highlight = get('highlight');
    const notesText = get('notes');
    const sourcesText = get('sources');
    const importedFrom = get('imported_from');
    const record = {
      id: get('id'), name: get('name'), organization: get('organization'),
      parameters: measured('parameters'),
      trainingCompute: { text: get('training_compute_text'), flop: measured('training_compute_flop') },
      mmlu: measured('mmlu'), gsm8k: measured('gsm8k'), costTier: measured('costTier'),
      notes: version === 2 ? jsonList(notesText) : notesText.split(' | ').filter(Boolean),
      sources: version === 2 ? jsonList(sourcesText) : splitV1Sources(sourcesText),
      ...(importedFrom ? { importedFrom } : {}),
      ...(Object.keys(extra).length ? { extra } : {}),
      ...(attributesText.trim() ? { attributes: jsonList(attributesText) } : {}),
      ...(highlight ? { highlight } : {}),
    };
    // A splitting warning (trailing empty cells) does not spare a row the limits; only an error already found does.
    const errorFree = () => !rowProblems.some((p) => p.severity === 'error');
    if (errorFree()) {
      const checked = modelSchema.safeParse(record);
      if (!checked.success) for (const issue of checked.error.issues) bad(columnOf(issue.path), '', issue.message);
    }
    const seen = firstRowOfId.get(record.id);
    if (seen !== undefined && errorFree()) {
      rowProblems.push({ row, ...(line !== undefined ? { line } : {}), column: 'id', raw: record.id, severity: 'warning', kind: 'duplicate-id', message: `the id '${record.id}' is also on row ${seen}; this row gets a new one` });
    } else if (seen === undefined) firstRowOfId.set(record.id, row);
    if (!errorFree()) {
      problems.push(...rowProblems.filter((p) => p.severity === 'error'));
      invalidRows++;
    } else {
      problems.push(...rowProblems);
      candidates.push({ row, model: record as ModelRecord });
    }
  });
  return { candidates, problems, totalRows: table.rows.length, invalidRows };
}
