// Column definitions for the models table, at module scope so their references stay stable. TanStack sorts by
// each column's value and renders each cell with its component. Each column names its first sort direction:
// text A to Z, numbers highest first. Which columns show at first depends on the data (column-defaults).
import {
  columnVisibilityFeature, createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures,
} from '@tanstack/react-table';
import type { HasValue } from '../../domain/column-defaults';
import { DERIVED_FIELDS } from '../../domain/explain-value';
import { FIELDS, type FieldKey } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';
import { ATTRIBUTE_KEYS, ATTRIBUTE_LABELS, type AttributeKey } from '../../domain/model-extra';
import { priceLines } from '../../domain/price-summary';
import { ComputeCell, ParetoCell, TextCell, ValueCell } from './cells';
import { RowNotes } from './RowNotes';

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

/** A table row: the model, and whether it is Pareto-optimal on the active chart (undefined: switched off, or not placed). */
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
    cell: key === 'costTier'
      // The tier as the source gives it, and in its tip the price per million tokens where there is one.
      ? ({ row }) => <ValueCell field={field} m={field.get(row.original.model)} more={priceLines(row.original.model)} />
      : ({ row }) => <ValueCell field={field} m={field.get(row.original.model)} />,
    meta: { numeric: true, derived: DERIVED_FIELDS.has(key) } satisfies ColumnMeta,
  });
};

/** A column of descriptive text as the dataset gives it (the leaderboard's type, precision, licence). */
const attributeColumn = (key: AttributeKey) => helper.accessor((r) => r.model.attributes?.[key] || undefined, {
  id: key, header: ATTRIBUTE_LABELS[key], sortUndefined: 'last', sortFn: 'alphanumeric', sortDescFirst: false,
  cell: ({ row }) => <TextCell text={row.original.model.attributes?.[key]} />,
});

/** Fields after the article's, in the order they are listed: dates, prices, the leaderboard's benchmarks. */
const EXTRA_FIELDS = [
  'releaseDate', 'submissionDate', 'priceInput', 'priceOutput', 'priceBlended', 'arc', 'hellaswag', 'truthfulqa', 'winogrande', 'leaderboardAverage',
] as const satisfies readonly FieldKey[];
const ARTICLE_FIELDS = ['parameters', 'mmlu', 'gsm8k', 'costTier', 'mmluPerB', 'gsm8kPerB', 'avgScore'] as const satisfies readonly FieldKey[];

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
  ...EXTRA_FIELDS.map(measuredColumn),
  ...ATTRIBUTE_KEYS.map(attributeColumn),
  // The active chart's frontier over the visible models: yes or no; "—" for a model switched off or not placed.
  helper.accessor((r) => (r.pareto === undefined ? undefined : r.pareto ? 1 : 0), {
    id: 'pareto', header: 'Pareto-optimal', sortUndefined: 'last', sortFn: 'basic', sortDescFirst: true,
    cell: ({ row }) => <ParetoCell pareto={row.original.pareto} />,
    meta: { derived: true } satisfies ColumnMeta,
  }),
]);

const fieldHas = (key: FieldKey): HasValue => (m) => FIELDS[key].get(m).status !== 'missing';

/**
 * The columns whose default visibility follows the data: each data column, shown when some model of the open
 * dataset has a value in it. The model, its organisation and the Pareto flag always show.
 */
export const COLUMNS_WITH_DATA: Readonly<Record<string, HasValue>> = {
  ...Object.fromEntries([...ARTICLE_FIELDS, ...EXTRA_FIELDS].map((k) => [k, fieldHas(k)])),
  trainingCompute: (m) => m.trainingCompute.flop.status !== 'missing' || Boolean(m.trainingCompute.text),
  ...Object.fromEntries(ATTRIBUTE_KEYS.map((k) => [k, (m: ModelRecord) => Boolean(m.attributes?.[k])])),
};
