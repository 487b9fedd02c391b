// Column definitions for the models table, at module scope so their references stay stable.
import {
  createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures,
} from '@tanstack/react-table';
import { FIELDS, type FieldKey } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';
import { ComputeCell } from './ComputeCell';
import { NameCell } from './NameCell';
import { ValueCell } from './ValueCell';

export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

/** A table row: the model, plus whether it is Pareto-optimal on the active chart (undefined when switched off). */
export interface TableRow {
  m: ModelRecord;
  pareto: boolean | undefined;
}

const helper = createColumnHelper<typeof features, TableRow>();

/** A numeric column sorted by its parsed value; undisclosed and missing values sort last either way. */
const measuredColumn = (key: FieldKey, derived = false) => {
  const field = FIELDS[key];
  return helper.accessor((r) => field.get(r.m).value ?? undefined, {
    id: key,
    header: field.label,
    sortUndefined: 'last',
    sortFn: 'basic',
    meta: { numeric: true, derived },
    cell: (ctx) => <ValueCell field={field} m={field.get(ctx.row.original.m)} />,
  });
};

export const baseColumns = [
  helper.accessor((r) => r.m.name, {
    id: 'name', header: 'Model', sortFn: 'alphanumeric',
    cell: (ctx) => <NameCell model={ctx.row.original.m} />,
  }),
  helper.accessor((r) => r.m.organization, { id: 'organization', header: 'Organization', sortFn: 'alphanumeric' }),
  measuredColumn('parameters'),
  helper.accessor((r) => r.m.trainingCompute.flop.value ?? undefined, {
    id: 'trainingCompute', header: 'Training compute', sortUndefined: 'last', sortFn: 'basic',
    meta: { numeric: false },
    cell: (ctx) => <ComputeCell model={ctx.row.original.m} />,
  }),
  measuredColumn('mmlu'),
  measuredColumn('gsm8k'),
  measuredColumn('costTier'),
  measuredColumn('mmluPerB', true),
  measuredColumn('gsm8kPerB', true),
  measuredColumn('avgScore', true),
];

/** "Pareto-optimal" for the active chart's axes: yes/no over visible models, "—" for models switched off. */
export const paretoColumn = helper.accessor((r) => (r.pareto === undefined ? undefined : r.pareto ? 1 : 0), {
  id: 'pareto',
  header: 'Pareto-optimal',
  sortUndefined: 'last',
  sortFn: 'basic',
  meta: { derived: true },
  cell: (ctx) => {
    const v = ctx.getValue();
    return v === undefined ? <span className="value-none">—</span> : v === 1 ? <span className="pareto-yes">Yes</span> : 'No';
  },
});

export const columns = helper.columns([...baseColumns, paretoColumn]);
