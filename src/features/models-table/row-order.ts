// The table's row order, computed as TanStack's sorted row model computes it, but over plain values: that model
// needs a Row object for every model, and building those for 100,000 models cost ~0.15 s (with its garbage) on
// every load, import and filter change. The table then makes Rows for the rows on screen only.
import type { SortingState } from '@tanstack/react-table';
import type { ModelRecord } from '../../domain/model';
import { columns, features, type TableRow } from './columns';

interface SortKey {
  /** The column's value per model, as its accessor gives it (undefined: no value). */
  values: unknown[];
  /** The same, as the column's sort function compares them (say, lower-cased text). */
  resolved: unknown[];
  compare: (a: unknown, b: unknown) => number;
  desc: boolean;
  undefinedLast: boolean;
  invert: boolean;
}

function sortKey(models: readonly ModelRecord[], paretoOf: (m: ModelRecord) => boolean | undefined, id: string, desc: boolean): SortKey | null {
  const column = columns.find((c) => c.id === id);
  if (!column || !('accessorFn' in column) || !column.accessorFn || column.enableSorting === false) return null;
  const sortFn = typeof column.sortFn === 'string' && column.sortFn in features.sortFns
    ? features.sortFns[column.sortFn as keyof typeof features.sortFns]
    : null;
  // Every column here names a registered sort function; one that does not is not sorted rather than guessed at.
  if (!sortFn) return null;
  const accessor = column.accessorFn;
  const values = models.map((m, i) => accessor({ m, pareto: paretoOf(m) } satisfies TableRow, i));
  const resolve = sortFn.resolveDataValue;
  return {
    values,
    resolved: resolve ? values.map((v) => resolve(v)) : values,
    compare: sortFn.sort as (a: unknown, b: unknown) => number,
    desc,
    undefinedLast: column.sortUndefined === 'last',
    invert: column.invertSorting === true,
  };
}

/**
 * Positions in `models`, in the order the table shows them under `sorting`; null when nothing is sorted (the
 * list's own order). The same rules as TanStack's sorted row model: each sort in turn, a column's undefined
 * values last in either direction, ties in list order.
 */
export function rowOrder(
  models: readonly ModelRecord[],
  paretoOf: (m: ModelRecord) => boolean | undefined,
  sorting: SortingState,
): Uint32Array | null {
  const keys = sorting.flatMap((s) => sortKey(models, paretoOf, s.id, s.desc) ?? []);
  if (keys.length === 0) return null;
  const order = Array.from({ length: models.length }, (_, i) => i);
  order.sort((a, b) => {
    for (const k of keys) {
      if (k.undefinedLast) {
        const noA = k.values[a] === undefined;
        const noB = k.values[b] === undefined;
        if (noA && noB) continue;
        if (noA || noB) return noA ? 1 : -1;
      }
      let c = k.compare(k.resolved[a], k.resolved[b]);
      if (c !== 0) {
        if (k.desc) c = -c;
        if (k.invert) c = -c;
        return c;
      }
    }
    return a - b;
  });
  return Uint32Array.from(order);
}
