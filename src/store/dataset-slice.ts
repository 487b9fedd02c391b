// Which dataset is open.
import type { StateCreator } from 'zustand';
import { DEFAULT_DATASET_ID } from '../domain/datasets';
import { defaultChartsFor } from './default-charts';
import type { AppState } from './types';

export interface DatasetSlice {
  datasetId: string;
  /** Opens a dataset on its default charts (when its models are at hand). */
  setDataset: (id: string) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  datasetId: DEFAULT_DATASET_ID,
  setDataset: (datasetId) => set((s) => ({ datasetId, selectedId: null, hoveredId: null, ...defaultChartsFor(datasetId, s) })),
});
