// Imported data and the one-step undo of the last import. Undo restores the whole previous view exactly.
import type { StateCreator } from 'zustand';
import { DEFAULT_DATASET_ID } from '../domain/datasets';
import type { ModelRecord } from '../domain/model';
import type { MergeBatch, UserData, UserDataset } from '../domain/datasets/user-data';
import type { AppState } from './types';

type Snapshot = Pick<AppState, 'userDatasets' | 'merges' | 'datasetId' | 'filters' | 'hiddenIds' | 'selectedId' | 'charts' | 'activeChartId'>;

export interface ImportBatch {
  fileName: string;
  models: ModelRecord[];
  mode: 'merge' | 'replace';
}

export interface UserDataSlice extends UserData {
  /** False until saved imports have been read from this browser's storage (or found absent). */
  userDataReady: boolean;
  markUserDataReady: () => void;
  /** True while imported data is being written to this browser's storage (a reload then would lose it). */
  userDataSaving: boolean;
  setUserDataSaving: (saving: boolean) => void;
  lastImport: { fileName: string; count: number; mode: 'merge' | 'replace'; before: Snapshot } | null;
  applyImport: (batch: ImportBatch) => void;
  undoImport: () => void;
  removeImportedData: () => void;
  hydrateUserData: (data: UserData) => void;
}

const snapshot = (s: AppState): Snapshot => ({
  userDatasets: s.userDatasets, merges: s.merges, datasetId: s.datasetId, filters: s.filters,
  hiddenIds: s.hiddenIds, selectedId: s.selectedId, charts: s.charts, activeChartId: s.activeChartId,
});

const nextNumber = (ids: readonly string[]) => Math.max(0, ...ids.map((id) => Number(id.replace(/\D+/g, '')) || 0)) + 1;

export const createUserDataSlice: StateCreator<AppState, [], [], UserDataSlice> = (set) => ({
  userDatasets: [],
  merges: [],
  userDataReady: false,
  markUserDataReady: () => set({ userDataReady: true }),
  userDataSaving: false,
  setUserDataSaving: (saving) => set({ userDataSaving: saving }),
  lastImport: null,
  applyImport: ({ fileName, models, mode }) =>
    set((s) => {
      const before = snapshot(s);
      const importedAt = new Date().toISOString();
      const lastImport = { fileName, count: models.length, mode, before };
      if (mode === 'replace') {
        const id = `user-${nextNumber(s.userDatasets.map((d) => d.id))}`;
        const ds: UserDataset = { id, label: `Imported: ${fileName}`, fileName, importedAt, models };
        return { userDatasets: [...s.userDatasets, ds], datasetId: id, hiddenIds: [], selectedId: null, lastImport };
      }
      const batch: MergeBatch = { id: `merge-${nextNumber(s.merges.map((m) => m.id))}`, target: s.datasetId, fileName, importedAt, models };
      return { merges: [...s.merges, batch], lastImport };
    }),
  undoImport: () => set((s) => (s.lastImport ? { ...s.lastImport.before, lastImport: null } : {})),
  removeImportedData: () =>
    set((s) => ({
      userDatasets: [], merges: [], lastImport: null,
      datasetId: s.userDatasets.some((d) => d.id === s.datasetId) ? DEFAULT_DATASET_ID : s.datasetId,
      selectedId: null,
    })),
  hydrateUserData: ({ userDatasets, merges }) => set({ userDatasets, merges, userDataReady: true }),
});
