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

export const USER_DATASET_PATTERN = /^user-\d+$/;
