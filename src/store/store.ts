// The one store, built from slices. It holds state only; visible models and metrics are derived elsewhere.
import { create } from 'zustand';
import { createDatasetSlice } from './dataset-slice';
import { createFiltersSlice } from './filters-slice';
import { createSelectionSlice } from './selection-slice';
import type { AppState } from './types';
import { createViewSlice } from './view-slice';
import { createVisibilitySlice } from './visibility-slice';

export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createFiltersSlice(...a),
  ...createVisibilitySlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
}));

/** Back to a fresh store (tests, and the error boundary's "Reset view"). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
