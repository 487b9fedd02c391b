// What a dataset's description adds when the user's rows were merged into it: the description speaks only of
// the dataset's own rows ("values exactly as published"), so the merged ones are counted and named beside it.
import type { ModelRecord } from './model';

/** "Plus 3 rows imported from mine.csv" when rows were merged into a dataset that describes only its own. */
export function importedLine(models: readonly ModelRecord[]): string | null {
  const files = new Map<string, number>();
  for (const m of models) if (m.importedFrom) files.set(m.importedFrom, (files.get(m.importedFrom) ?? 0) + 1);
  const total = [...files.values()].reduce((a, b) => a + b, 0);
  if (total === 0 || total === models.length) return null; // nothing merged, or a dataset that is all one import
  const from = [...files.keys()].slice(0, 3).join(', ') + (files.size > 3 ? ` and ${files.size - 3} more files` : '');
  return `Plus ${total.toLocaleString('en')} ${total === 1 ? 'row' : 'rows'} imported from ${from}, marked "imported".`;
}
