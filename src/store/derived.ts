// Hooks that derive what the panels show from store state with pure functions. Each derivation is cached once
// for all callers (not per component), so one filter change filters once, and the table and every chart
// read the very same list and can never disagree.
import type { DatasetLoad } from '../domain/datasets';
import { resolveDataset } from '../domain/datasets/resolve';
import { filterModels, visibleModels, type FilterOutcome } from '../domain/filter';
import type { ModelRecord } from '../domain/model';
import { memoLast } from '../lib/memo-last';
import { selectDatasetId, selectFilters, selectHiddenIds } from './selectors';
import { useAppStore } from './store';

const resolve = memoLast(resolveDataset);
const filter = memoLast(filterModels);
/** The toggled-off ids as a set, the one every caller shares (useHiddenSet in components, the table rows outside React). */
export const hiddenIdSet = memoLast((ids: readonly string[]): ReadonlySet<string> => new Set(ids));
const visible = memoLast(visibleModels);

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
  return filter(models, useAppStore(selectFilters));
}

export function useHiddenSet(): ReadonlySet<string> {
  return hiddenIdSet(useAppStore(selectHiddenIds));
}

/** Filtered and not toggled off: what every chart, frontier and metric uses. */
export function useVisibleModels(): ModelRecord[] {
  return visible(useFilterOutcome().models, useHiddenSet());
}
