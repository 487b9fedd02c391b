// Runs text through the importer's steps the way the worker does, for the import tests.
import { applyChoices, type ColumnChoice } from '../../../src/domain/import/column-mapping';
import { checkRows, prepareTable } from '../../../src/domain/import/prepare';
import { resolveImport, type DuplicatePolicy } from '../../../src/domain/import/rows-to-models';
import { parseTableText, type RawTable } from '../../../src/domain/import/table-text';

export function table(text: string): RawTable {
  const r = parseTableText(text);
  if (!r.ok || r.kind !== 'table') throw new Error(r.ok ? 'not a table' : r.reason);
  return r.table;
}

export interface ImportTextOptions {
  fileName?: string;
  duplicates?: DuplicatePolicy;
  /** Answers per column index, as the user gives them in the mapping step. */
  choices?: ColumnChoice[];
}

export function importText(text: string, o: ImportTextOptions = {}) {
  const t = table(text);
  const prepared = prepareTable(t);
  const readings = applyChoices(prepared.readings, o.choices ?? []);
  const fileName = o.fileName ?? 'data.csv';
  const checked = checkRows(t, prepared, { mapping: prepared.mapping, readings, fileName });
  if (!checked.ok) throw new Error(checked.reason);
  const result = resolveImport(checked.rows, { mapping: prepared.mapping, readings, fileName, duplicates: o.duplicates ?? 'all' });
  return { table: t, prepared, mapping: prepared.mapping, readings, result };
}
