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

const helper = createColumnHelper<typeof features, ModelRecord>();

/** A numeric column sorted by its parsed value; undisclosed and missing values sort last either way. */
const measuredColumn = (key: FieldKey, derived = false) => {
  const field = FIELDS[key];
  return helper.accessor((m) => field.get(m).value ?? undefined, {
    id: key,
    header: field.label,
    sortUndefined: 'last',
    sortFn: 'basic',
    meta: { numeric: true, derived },
    cell: (ctx) => <ValueCell field={field} m={field.get(ctx.row.original)} />,
  });
};

export const columns = helper.columns([
  helper.accessor('name', {
    id: 'name', header: 'Model', sortFn: 'alphanumeric',
    cell: (ctx) => <NameCell model={ctx.row.original} />,
  }),
  helper.accessor('organization', { id: 'organization', header: 'Organization', sortFn: 'alphanumeric' }),
  measuredColumn('parameters'),
  helper.accessor((m) => m.trainingCompute.flop.value ?? undefined, {
    id: 'trainingCompute', header: 'Training compute', sortUndefined: 'last', sortFn: 'basic',
    meta: { numeric: false },
    cell: (ctx) => <ComputeCell model={ctx.row.original} />,
  }),
  measuredColumn('mmlu'),
  measuredColumn('gsm8k'),
  measuredColumn('costTier'),
  measuredColumn('mmluPerB', true),
  measuredColumn('gsm8kPerB', true),
  measuredColumn('avgScore', true),
]);
