// What the panels show, derived from store state by memoised pure functions: one filter change filters once, and
// the table and every chart read the very same lists and chart derivations, so they cannot disagree.
import { useDeferredValue } from 'react';
import { fieldsWithValues } from '../domain/chart/default-charts';
import { deriveCharts, type ChartDerivation } from '../domain/chart/derive';
import type { DatasetLoad } from '../domain/datasets';
import { resolveDataset } from '../domain/datasets/resolve';
import { filterModels, visibleModels, type FilterOutcome } from '../domain/filter';
import type { FieldKey } from '../domain/fields';
import type { ModelRecord } from '../domain/model';
import { searchHaystack } from '../domain/search';
import { memoLast, memoLastFrom } from '../lib/memo-last';
import { selectDatasetId, selectFilters, selectHiddenIds } from './selectors';
import { useAppStore } from './store';
import type { ChartSpec } from './view-slice';

const resolve = memoLast(resolveDataset);
const filter = memoLast(filterModels);
/** The text each model is searched by, built once per dataset rather than at every keystroke. */
const haystack = memoLast(searchHaystack);
/** The toggled-off ids as a set, the one every caller shares. */
export const hiddenIdSet = memoLast((ids: readonly string[]): ReadonlySet<string> => new Set(ids));
const visible = memoLast(visibleModels);
/** Once per dataset for every chart's axis menus: at 100,000 models a field with no values is a full scan. */
const withValues = memoLast((models: readonly ModelRecord[]): ReadonlySet<FieldKey> => new Set(fieldsWithValues(models)));

/**
 * Each chart's derivation (points, axes, frontier) for these visible models, by chart id: the chart draws it and
 * the table's Pareto column reads the active chart's. A chart whose data did not change keeps its derivation.
 */
export const chartDerivations: (models: readonly ModelRecord[], charts: readonly ChartSpec[]) => ReadonlyMap<string, ChartDerivation> =
  memoLastFrom((previous: ReadonlyMap<string, ChartDerivation> | undefined, models: readonly ModelRecord[], charts: readonly ChartSpec[]) =>
    deriveCharts(models, charts, previous));

export function useDatasetLoad(): DatasetLoad {
  const id = useAppStore(selectDatasetId);
  const userDatasets = useAppStore((s) => s.userDatasets);
  const merges = useAppStore((s) => s.merges);
  const files = useAppStore((s) => s.dataFiles);
  return resolve(id, userDatasets, merges, files);
}

const NO_MODELS: ModelRecord[] = [];

export function useAllModels(): ModelRecord[] {
  const load = useDatasetLoad();
  return load.ok ? load.dataset.models : NO_MODELS;
}

export function useFilterOutcome(): FilterOutcome {
  const models = useAllModels();
  const filters = useAppStore(selectFilters);
  // Built only once a search needs it: a dataset that is never searched never pays for it.
  return filter(models, filters, filters.search.trim() ? haystack(models) : undefined);
}

export function useHiddenSet(): ReadonlySet<string> {
  return hiddenIdSet(useAppStore(selectHiddenIds));
}

/** Filtered and not toggled off: what every chart, frontier and metric uses. */
export function useVisibleModels(): ModelRecord[] {
  return visible(useFilterOutcome().models, useHiddenSet());
}

/**
 * The fields some model of the open dataset has a value for; null until worked out, in a deferred render after
 * the first paint: it is a full scan for each field no model has, and only the axis menus need it.
 */
export function useFieldsWithValues(): ReadonlySet<FieldKey> | null {
  const models = useDeferredValue(useAllModels(), null);
  return models && withValues(models);
}
