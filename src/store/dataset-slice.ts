// Which dataset is open.
import type { StateCreator } from 'zustand';
import { DEFAULT_DATASET_ID } from '../domain/datasets';
import type { AppState } from './types';

export interface DatasetSlice {
  datasetId: string;
  setDataset: (id: string) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  datasetId: DEFAULT_DATASET_ID,
  setDataset: (datasetId) => set({ datasetId, selectedId: null, hoveredId: null }),
});
