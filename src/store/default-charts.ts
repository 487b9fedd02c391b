// The charts a dataset opens on, as a store patch: chosen from the dataset's own models (domain/chart/default-charts).
import { defaultCharts } from '../domain/chart/default-charts';
import { FILE_DATASET_CHARTS } from '../domain/datasets/file-dataset-charts';
import { resolveDataset } from '../domain/datasets/resolve';
import type { ModelRecord } from '../domain/model';
import type { AppState } from './types';
import { chartsOf } from './view-slice';

/** The patch that shows these models' default charts. A dataset that finishes loading later applies it then. */
export function defaultChartsPatch(models: readonly ModelRecord[]): Pick<AppState, 'charts' | 'activeChartId'> {
  return chartsOf(defaultCharts(models));
}

/**
 * The default charts of a dataset by id: chosen from its models, or, for a built-in dataset whose file has not
 * arrived, the ones written out for it; no change when neither is at hand.
 */
export function defaultChartsFor(datasetId: string, s: Pick<AppState, 'userDatasets' | 'merges' | 'dataFiles'>): Partial<AppState> {
  const load = resolveDataset(datasetId, s.userDatasets, s.merges, s.dataFiles);
  if (load.ok) return defaultChartsPatch(load.dataset.models);
  const declared = Object.hasOwn(FILE_DATASET_CHARTS, datasetId) ? FILE_DATASET_CHARTS[datasetId] : undefined;
  return declared ? chartsOf([...declared]) : {};
}
