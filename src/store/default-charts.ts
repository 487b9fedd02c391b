// The charts a dataset opens on, as a store patch: chosen from the dataset's own models (domain/chart/default-charts).
import { defaultCharts } from '../domain/chart/default-charts';
import { resolveDataset } from '../domain/datasets/resolve';
import type { ModelRecord } from '../domain/model';
import type { AppState } from './types';
import { chartsOf } from './view-slice';

/** The patch that shows these models' default charts. A dataset that finishes loading later applies it then. */
export function defaultChartsPatch(models: readonly ModelRecord[]): Pick<AppState, 'charts' | 'activeChartId'> {
  return chartsOf(defaultCharts(models));
}

/** The default charts of a dataset by id, or no change when its models are not at hand. */
export function defaultChartsFor(datasetId: string, s: Pick<AppState, 'userDatasets' | 'merges'>): Partial<AppState> {
  const load = resolveDataset(datasetId, s.userDatasets, s.merges);
  return load.ok ? defaultChartsPatch(load.dataset.models) : {};
}
