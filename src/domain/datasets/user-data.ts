// Data the user imported: whole datasets (replace) and rows merged into another dataset (merge).
import type { ModelRecord } from '../model';

export interface UserDataset {
  id: string;
  label: string;
  fileName: string;
  importedAt: string;
  models: ModelRecord[];
}

export interface MergeBatch {
  id: string;
  /** The dataset the rows were added to. */
  target: string;
  fileName: string;
  importedAt: string;
  models: ModelRecord[];
}

export interface UserData {
  userDatasets: UserDataset[];
  merges: MergeBatch[];
}

/** Imported datasets: `user-` and hex digits. Early versions counted (user-1, user-2); ids are now drawn at random. */
export const USER_DATASET_PATTERN = /^user-[0-9a-f]{1,32}$/;
export const MERGE_PATTERN = /^merge-[0-9a-f]{1,32}$/;

/**
 * An id no other tab will draw (a per-tab counter gave two tabs the same `user-1`). getRandomValues, not
 * randomUUID: the latter exists only in secure contexts, and the app may be served over plain http on a LAN.
 */
export function newEntryId(prefix: 'user' | 'merge'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A saved record that could not be read: its name (file name or label if readable, else its storage key) and why. */
export interface DamagedRecord {
  key: string;
  name: string;
  reason: string;
  /** The dataset or merge id, when that much was readable. */
  id?: string;
}

export const entryIds = (data: UserData): string[] => [...data.userDatasets.map((d) => d.id), ...data.merges.map((m) => m.id)];

/** What removing a dataset takes with it: the dataset itself (if imported) and every merge into it. */
export function entriesOf(data: UserData, datasetId: string): UserData {
  return {
    userDatasets: data.userDatasets.filter((d) => d.id === datasetId),
    merges: data.merges.filter((m) => m.target === datasetId),
  };
}

export const rowCount = (data: UserData): number =>
  [...data.userDatasets, ...data.merges].reduce((sum, e) => sum + e.models.length, 0);
