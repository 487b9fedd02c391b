// Column definitions for the models table, at module scope so their references stay stable. TanStack sorts by
// each column's value and renders each cell with its component. Each column names its first sort direction:
// text A to Z, numbers highest first.
import {
  columnVisibilityFeature, createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures,
} from '@tanstack/react-table';
import { DERIVED_FIELDS } from '../../domain/explain-value';
import { FIELDS, type FieldKey } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';
import { ComputeCell, ParetoCell, ValueCell } from './cells';
import { RowNotes } from './RowNotes';

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

/** A table row: the model, and whether it is Pareto-optimal on the active chart (undefined when switched off). */
export interface TableRow {
  model: ModelRecord;
  pareto: boolean | undefined;
}

export interface ColumnMeta {
  /** Right-aligned, as numbers are. */
  numeric?: boolean;
  /** Computed here rather than published. */
  derived?: boolean;
}

const helper = createColumnHelper<typeof features, TableRow>();

/** A column of one field, sorted by its parsed value; undisclosed and missing values sort last either way. */
const measuredColumn = (key: FieldKey) => {
  const field = FIELDS[key];
  return helper.accessor((r) => field.get(r.model).value ?? undefined, {
    id: key,
    header: field.label,
    sortUndefined: 'last',
    sortFn: 'basic',
    sortDescFirst: true,
    cell: ({ row }) => <ValueCell field={field} m={field.get(row.original.model)} />,
    meta: { numeric: true, derived: DERIVED_FIELDS.has(key) } satisfies ColumnMeta,
  });
};

export const columns = helper.columns([
  helper.accessor((r) => r.model.name, {
    id: 'name', header: 'Model', sortFn: 'alphanumeric', sortDescFirst: false, enableHiding: false,
    cell: ({ row }) => <RowNotes model={row.original.model} />,
  }),
  helper.accessor((r) => r.model.organization, {
    id: 'organization', header: 'Organization', sortFn: 'alphanumeric', sortDescFirst: false,
  }),
  measuredColumn('parameters'),
  helper.accessor((r) => r.model.trainingCompute.flop.value ?? undefined, {
    id: 'trainingCompute', header: 'Training compute', sortUndefined: 'last', sortFn: 'basic', sortDescFirst: true,
    cell: ({ row }) => <ComputeCell model={row.original.model} />,
  }),
  measuredColumn('mmlu'),
  measuredColumn('gsm8k'),
  measuredColumn('costTier'),
  measuredColumn('mmluPerB'),
  measuredColumn('gsm8kPerB'),
  measuredColumn('avgScore'),
  // The active chart's frontier over the visible models: yes or no, "—" for a model switched off.
  helper.accessor((r) => (r.pareto === undefined ? undefined : r.pareto ? 1 : 0), {
    id: 'pareto', header: 'Pareto-optimal', sortUndefined: 'last', sortFn: 'basic', sortDescFirst: true,
    cell: ({ row }) => <ParetoCell pareto={row.original.pareto} />,
    meta: { derived: true } satisfies ColumnMeta,
  }),
]);
