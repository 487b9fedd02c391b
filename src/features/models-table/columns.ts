// Column definitions for the models table, at module scope so their references stay stable. TanStack sorts by
// them and draws the header; `meta.cell` builds a body cell's content (the rows are written to the DOM, see
// row-pool.ts). Each column names its first sort direction, text A to Z and numbers highest first: TanStack
// would guess it from the first rows' values, and it is given no rows.
import {
  createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures,
} from '@tanstack/react-table';
import { FIELDS, type FieldKey } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';
import { computeCell, nameCell, paretoCell, valueCell } from './cell-dom';

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

export interface ColumnMeta {
  /** Right-aligned, as numbers are. */
  numeric?: boolean;
  /** Computed here rather than published. */
  derived?: boolean;
  /** The body cell's content. */
  cell: (r: TableRow) => Node | string;
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
    sortDescFirst: true,
    meta: { numeric: true, derived, cell: (r) => valueCell(field, field.get(r.m), derived) } satisfies ColumnMeta,
  });
};

export const baseColumns = [
  helper.accessor((r) => r.m.name, {
    id: 'name', header: 'Model', sortFn: 'alphanumeric', sortDescFirst: false,
    meta: { cell: (r) => nameCell(r.m) } satisfies ColumnMeta,
  }),
  helper.accessor((r) => r.m.organization, {
    id: 'organization', header: 'Organization', sortFn: 'alphanumeric', sortDescFirst: false,
    meta: { cell: (r) => r.m.organization } satisfies ColumnMeta,
  }),
  measuredColumn('parameters'),
  helper.accessor((r) => r.m.trainingCompute.flop.value ?? undefined, {
    id: 'trainingCompute', header: 'Training compute', sortUndefined: 'last', sortFn: 'basic', sortDescFirst: true,
    meta: { numeric: false, cell: (r) => computeCell(r.m) } satisfies ColumnMeta,
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
  sortDescFirst: true,
  meta: { derived: true, cell: (r) => paretoCell(r.pareto) } satisfies ColumnMeta,
});

export const columns = helper.columns([...baseColumns, paretoColumn]);
