// The built-in data files: which are loading (with how far), which are here, which failed and why; and the dataset
// the user chose that waits for one, while the data already open stays open.
import type { StateCreator } from 'zustand';
import { filesNeeded } from '../domain/datasets';
import type { DataFileStates, PayloadId } from '../domain/datasets/payload';
import type { Dataset } from '../domain/model';
import type { AppState } from './types';

export interface FileProgress {
  received: number;
  /** Bytes expected, when the server or the manifest says. */
  total: number | null;
}

export interface BuiltinDataSlice {
  dataFiles: DataFileStates;
  /** Kept apart from dataFiles, so bytes arriving do not count as a change of data. */
  dataFileProgress: Partial<Record<PayloadId, FileProgress>>;
  /** A dataset chosen in the picker whose files are still on their way (or failed); the open one stays until then. */
  pendingDatasetId: string | null;
  /** Opens a dataset now if it has what it needs, else once its files have arrived. */
  requestDataset: (id: string) => void;
  dismissPending: () => void;
  fileLoading: (id: PayloadId) => void;
  fileProgress: (id: PayloadId, progress: FileProgress) => void;
  fileLoaded: (id: PayloadId, dataset: Dataset) => void;
  fileFailed: (id: PayloadId, reason: string) => void;
  /** Forgets a failure, so the file is fetched again. */
  retryFile: (id: PayloadId) => void;
}

const ready = (files: DataFileStates, datasetId: string) => filesNeeded(datasetId).every((f) => files[f]?.status === 'loaded');

function without<T>(map: Partial<Record<PayloadId, T>>, id: PayloadId): Partial<Record<PayloadId, T>> {
  const { [id]: _gone, ...rest } = map;
  return rest;
}

export const createBuiltinDataSlice: StateCreator<AppState, [], [], BuiltinDataSlice> = (set, get) => ({
  dataFiles: {},
  dataFileProgress: {},
  pendingDatasetId: null,
  requestDataset: (id) => {
    if (ready(get().dataFiles, id)) {
      set({ pendingDatasetId: null });
      get().setDataset(id);
    } else set({ pendingDatasetId: id });
  },
  dismissPending: () => set({ pendingDatasetId: null }),
  fileLoading: (id) => set((s) => ({ dataFiles: { ...s.dataFiles, [id]: { status: 'loading' } }, dataFileProgress: { ...s.dataFileProgress, [id]: { received: 0, total: null } } })),
  fileProgress: (id, progress) => set((s) => ({ dataFileProgress: { ...s.dataFileProgress, [id]: progress } })),
  fileLoaded: (id, dataset) => {
    set((s) => ({ dataFiles: { ...s.dataFiles, [id]: { status: 'loaded', dataset } }, dataFileProgress: without(s.dataFileProgress, id) }));
    const { pendingDatasetId, dataFiles, setDataset } = get();
    if (pendingDatasetId && ready(dataFiles, pendingDatasetId)) {
      set({ pendingDatasetId: null });
      setDataset(pendingDatasetId);
    }
  },
  fileFailed: (id, reason) => set((s) => ({ dataFiles: { ...s.dataFiles, [id]: { status: 'failed', reason } }, dataFileProgress: without(s.dataFileProgress, id) })),
  retryFile: (id) => set((s) => ({ dataFiles: without(s.dataFiles, id) })),
});
