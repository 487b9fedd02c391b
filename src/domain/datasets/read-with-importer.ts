// Reads a built-in dataset's rows through the importer's own steps (format recognised by its headers, the format's
// columns, units and rules), so built-in and imported data follow one set of rules.
import type { ModelRecord } from '../model';
import { checkRows, prepareTable } from '../import/prepare';
import type { FormatId } from '../import/formats/types';
import type { CellProblem } from '../problems';

export type ImporterRead = { ok: true; rows: { row: number; model: ModelRecord }[]; warnings: CellProblem[] } | { ok: false; problems: CellProblem[] };

/** Every row read and checked as an import of `fileName` in the given format would be; any error refuses the whole table. */
export function readWithImporter(headers: string[], rows: string[][], format: FormatId, fileName: string): ImporterRead {
  const table = { headers, rows, format: 'csv' as const };
  const prepared = prepareTable(table);
  if (prepared.known?.id !== format) {
    return { ok: false, problems: [{ row: 0, column: 'Format', raw: fileName, message: `the columns are not read as ${format}`, severity: 'error' }] };
  }
  const checked = checkRows(table, prepared, { mapping: prepared.mapping, readings: prepared.readings, fileName });
  if (!checked.ok) return { ok: false, problems: [{ row: 0, column: 'Format', raw: fileName, message: checked.reason, severity: 'error' }] };
  const errors = checked.rows.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { ok: false, problems: errors };
  return { ok: true, rows: checked.rows.candidates, warnings: checked.rows.problems };
}

/** How many warnings of each kind each column had: "not-run" in GSM8K 582 times. */
export function countWarnings(warnings: readonly CellProblem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of warnings) {
    const key = `${w.kind ?? 'other'}:${w.column}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
