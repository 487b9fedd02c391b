// Imported data, how its saving in this browser stands, and the one-step undo of the last import and of the last
// removal. Undo takes out or puts back exactly the entries concerned, so imports another tab made meanwhile stay.
import type { StateCreator } from 'zustand';
import { DEFAULT_DATASET_ID } from '../domain/datasets';
import { entriesOf, entryIds, newEntryId, rowCount, type DamagedRecord, type MergeBatch, type UserData, type UserDataset } from '../domain/datasets/user-data';
import type { ModelRecord } from '../domain/model';
import { defaultChartsPatch } from './default-charts';
import type { AppState } from './types';
import { datasetFallback, reinsert, viewSnapshot, withoutIds, type ViewSnapshot } from './user-data-view';
import { patchFromQuery } from './view-sync';

export interface ImportBatch {
  fileName: string;
  models: ModelRecord[];
  mode: 'merge' | 'replace';
}

export interface LastImport {
  /** The dataset or merge the import made. */
  id: string;
  fileName: string;
  count: number;
  mode: 'merge' | 'replace';
  before: ViewSnapshot;
}

export interface LastRemoval {
  label: string;
  rows: number;
  userDatasets: { entry: UserDataset; position: number }[];
  merges: { entry: MergeBatch; position: number }[];
  before: Pick<ViewSnapshot, 'datasetId' | 'hiddenIds' | 'selectedId'>;
}

/** The last import as saved with the data: its view before, as a link's query. */
export interface SavedImport {
  id: string;
  fileName: string;
  count: number;
  mode: 'merge' | 'replace';
  before: string;
}

export interface UserDataSlice extends UserData {
  /** False until saved imports have been read from this browser's storage (or found absent). */
  userDataReady: boolean;
  /** True while imported data is being written to this browser's storage (a reload then would lose it). */
  userDataSaving: boolean;
  setUserDataSaving: (saving: boolean) => void;
  /** Why the last save failed, until one succeeds: the header then says "Not saved in this browser". */
  userDataUnsaved: string | null;
  setUserDataUnsaved: (reason: string | null) => void;
  /** Saved records that could not be read: shown by name, and removed only when the user asks. */
  damagedRecords: DamagedRecord[];
  lastImport: LastImport | null;
  /** Why the undo of the last import will not outlast this page (it could not be saved), or null. */
  undoNotKept: string | null;
  setUndoNotKept: (reason: string | null) => void;
  lastRemoval: LastRemoval | null;
  applyImport: (batch: ImportBatch) => void;
  undoImport: () => void;
  /** Removes an imported dataset, or the rows imported into a built-in one, keeping them for "Undo remove". */
  removeImported: (datasetId: string, label: string) => void;
  undoRemove: () => void;
  /** This browser's saved data as the page should now hold it, and the records that could not be read. */
  hydrateUserData: (data: UserData, damaged?: DamagedRecord[]) => void;
  /** "Undo import" for an import saved before this page opened. */
  restoreLastImport: (saved: SavedImport) => void;
}

const positioned = <T extends { id: string }>(list: T[], take: readonly T[]) =>
  take.map((entry) => ({ entry, position: list.findIndex((e) => e.id === entry.id) }));

export const createUserDataSlice: StateCreator<AppState, [], [], UserDataSlice> = (set) => ({
  userDatasets: [],
  merges: [],
  userDataReady: false,
  userDataSaving: false,
  setUserDataSaving: (saving) => set({ userDataSaving: saving }),
  userDataUnsaved: null,
  setUserDataUnsaved: (reason) => set({ userDataUnsaved: reason }),
  damagedRecords: [],
  lastImport: null,
  undoNotKept: null,
  setUndoNotKept: (reason) => set({ undoNotKept: reason }),
  lastRemoval: null,
  applyImport: ({ fileName, models, mode }) =>
    set((s) => {
      const before = viewSnapshot(s);
      const importedAt = new Date().toISOString();
      const id = newEntryId(mode === 'replace' ? 'user' : 'merge');
      const lastImport: LastImport = { id, fileName, count: models.length, mode, before };
      if (mode === 'replace') {
        const ds: UserDataset = { id, label: `Imported: ${fileName}`, fileName, importedAt, models };
        return { userDatasets: [...s.userDatasets, ds], datasetId: id, hiddenIds: [], selectedId: null, lastImport, undoNotKept: null, ...defaultChartsPatch(models) };
      }
      const batch: MergeBatch = { id, target: s.datasetId, fileName, importedAt, models };
      return { merges: [...s.merges, batch], lastImport, undoNotKept: null };
    }),
  undoImport: () =>
    set((s) => {
      if (!s.lastImport) return {};
      const rest = withoutIds(s, new Set([s.lastImport.id]));
      return datasetFallback(s, { ...rest, ...s.lastImport.before, lastImport: null, undoNotKept: null });
    }),
  removeImported: (datasetId, label) =>
    set((s) => {
      const removed = entriesOf(s, datasetId);
      const ids = new Set(entryIds(removed));
      if (ids.size === 0) return {};
      const own = removed.userDatasets.length > 0;
      const lastRemoval: LastRemoval = {
        label, rows: rowCount(removed),
        userDatasets: positioned(s.userDatasets, removed.userDatasets), merges: positioned(s.merges, removed.merges),
        before: { datasetId: s.datasetId, hiddenIds: s.hiddenIds, selectedId: s.selectedId },
      };
      const view = own && s.datasetId === datasetId ? { datasetId: DEFAULT_DATASET_ID, hiddenIds: [] } : {};
      const lastImport = s.lastImport && ids.has(s.lastImport.id) ? null : s.lastImport;
      return { ...withoutIds(s, ids), ...view, selectedId: null, hoveredId: null, lastRemoval, lastImport };
    }),
  undoRemove: () =>
    set((s) => {
      const r = s.lastRemoval;
      if (!r) return {};
      const next = { userDatasets: reinsert(s.userDatasets, r.userDatasets), merges: reinsert(s.merges, r.merges), ...r.before, lastRemoval: null };
      return datasetFallback(s, next);
    }),
  hydrateUserData: (data, damaged) =>
    set((s) => {
      const ids = new Set(entryIds(data));
      const lastImport = s.lastImport && !ids.has(s.lastImport.id) ? null : s.lastImport;
      return datasetFallback(s, { ...data, userDataReady: true, lastImport, damagedRecords: damaged ?? s.damagedRecords });
    }),
  restoreLastImport: ({ id, fileName, count, mode, before }) =>
    set((s) => {
      if (s.lastImport || !entryIds(s).includes(id)) return {};
      const { patch } = patchFromQuery(before);
      return { lastImport: { id, fileName, count, mode, before: { ...viewSnapshot(s), ...patch } } };
    }),
});
