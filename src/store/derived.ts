// Hooks that derive what the panels show from store state with memoised pure functions, so the table and
// every chart read the same list and can never disagree.
import { useMemo } from 'react';
import type { DatasetLoad } from '../domain/datasets';
import { resolveDataset } from '../domain/datasets/resolve';
import { filterModels, visibleModels, type FilterOutcome } from '../domain/filter';
import type { ModelRecord } from '../domain/model';
import { selectDatasetId, selectFilters, selectHiddenIds } from './selectors';
import { useAppStore } from './store';

export function useDatasetLoad(): DatasetLoad {
  const id = useAppStore(selectDatasetId);
  const userDatasets = useAppStore((s) => s.userDatasets);
  const merges = useAppStore((s) => s.merges);
  return useMemo(() => resolveDataset(id, userDatasets, merges), [id, userDatasets, merges]);
}

const NO_MODELS: ModelRecord[] = [];

export function useAllModels(): ModelRecord[] {
  const load = useDatasetLoad();
  return load.ok ? load.dataset.models : NO_MODELS;
}

export function useFilterOutcome(): FilterOutcome {
  const models = useAllModels();
  const filters = useAppStore(selectFilters);
  return useMemo(() => filterModels(models, filters), [models, filters]);
}

export function useHiddenSet(): ReadonlySet<string> {
  const hidden = useAppStore(selectHiddenIds);
  return useMemo(() => new Set(hidden), [hidden]);
}

/** Filtered and not toggled off: what every chart, frontier and metric uses. */
export function useVisibleModels(): ModelRecord[] {
  const { models } = useFilterOutcome();
  const hidden = useHiddenSet();
  return useMemo(() => visibleModels(models, hidden), [models, hidden]);
}
