import { renderHook } from '@testing-library/react';
import { useTable, type SortingState } from '@tanstack/react-table';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelRecord } from '../../../src/domain/model';
import { columns, features, type TableRow } from '../../../src/features/models-table/columns';
import { rowOrder } from '../../../src/features/models-table/row-order';
import { arbModel } from '../../domain/arbitraries';

/** What TanStack's own sorted row model gives: the order the table showed before it sorted by itself. */
function tanstackOrder(models: readonly ModelRecord[], pareto: readonly (boolean | undefined)[], sorting: SortingState): string[] {
  const data: TableRow[] = models.map((m, i) => ({ m, pareto: pareto[i] }));
  const { result } = renderHook(() => useTable({ features, columns, data, getRowId: (r) => r.m.id, state: { sorting } }));
  return result.current.getRowModel().rows.map((r) => r.id);
}

// Names with numbers in them (alphanumeric order puts "m 9" before "m 10"), repeated values, missing values.
const arbRows = fc.array(fc.tuple(
  arbModel,
  fc.constantFrom('Model 9', 'model 10', 'Model 10b', 'A', 'b', ''),
  fc.constantFrom<boolean | undefined>(true, false, undefined),
), { maxLength: 30 }).map((rs) => ({
  models: rs.map(([m, name], i) => ({ ...m, name: name || m.name, id: `m${i}` })),
  pareto: rs.map(([, , p]) => p),
}));
const arbSorting: fc.Arbitrary<SortingState> = fc.uniqueArray(
  fc.record({ id: fc.constantFrom(...columns.map((c) => c.id!)), desc: fc.boolean() }),
  { maxLength: 2, selector: (s) => s.id },
);

describe('rowOrder', () => {
  it('orders rows as TanStack\'s sorted row model does, for every column, direction and pair of sorts', () => {
    fc.assert(fc.property(arbRows, arbSorting, ({ models, pareto }, sorting) => {
      const byModel = new Map(models.map((m, i) => [m, pareto[i]]));
      const order = rowOrder(models, (m) => byModel.get(m), sorting);
      const ids = order ? Array.from(order, (i) => models[i]!.id) : models.map((m) => m.id);
      expect(ids).toEqual(tanstackOrder(models, pareto, sorting));
    }), { numRuns: 300 });
  });

  it('leaves the list order alone when nothing is sorted', () => {
    expect(rowOrder([], () => undefined, [])).toBeNull();
  });
});
