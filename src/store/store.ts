// The one store, built from slices, with preferences persisted. It holds state only; visible models and
// metrics are derived elsewhere.
import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createBuiltinDataSlice } from './builtin-data-slice';
import { createDatasetSlice } from './dataset-slice';
import { createFiltersSlice } from './filters-slice';
import { mergePreferences, partializePreferences, PREFS_KEY, PREFS_VERSION } from './preferences';
import { createSelectionSlice } from './selection-slice';
import { createUserDataSlice } from './user-data-slice';
import type { AppState } from './types';
import { createViewSlice, DEFAULT_CHARTS, noticeAdded } from './view-slice';
import { createVisibilitySlice } from './visibility-slice';

/** localStorage that reports unreadable or foreign saved state as an error with a plain reason, and tolerates no storage. */
const safeStorage = createJSONStorage(() => ({
  getItem: (key: string) => {
    const text = globalThis.localStorage?.getItem(key) ?? null;
    if (text === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error('saved preferences are not valid JSON');
    }
    // persist ignores an envelope without a numeric version silently; say so instead.
    const envelope = parsed as { state?: unknown; version?: unknown } | null;
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.version !== 'number' || typeof envelope.state !== 'object') {
      throw new Error("saved preferences are not in this app's format");
    }
    return text;
  },
  setItem: (key: string, value: string) => {
    // persist writes after every store update, hover included: unchanged preferences are not written again, since
    // a read is far cheaper than a write and moving the pointer over the table hovers a new row every frame.
    try {
      if (globalThis.localStorage?.getItem(key) === value) return;
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Storage full or blocked: preferences simply do not persist this time.
    }
  },
  removeItem: (key: string) => globalThis.localStorage?.removeItem(key),
}));

/** Every slice, combined: the app's store adds persisted preferences; tests build plain stores from it. */
export const createAppSlices: StateCreator<AppState> = (...a) => ({
  ...createDatasetSlice(...a),
  ...createFiltersSlice(...a),
  ...createVisibilitySlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
  ...createUserDataSlice(...a),
  ...createBuiltinDataSlice(...a),
});

export const useAppStore = create<AppState>()(
  persist(
    createAppSlices,
    {
      name: PREFS_KEY,
      version: PREFS_VERSION,
      storage: safeStorage,
      partialize: partializePreferences,
      merge: (saved, current) => mergePreferences(saved, current),
      migrate: (_saved, version) => {
        throw new Error(`saved preferences are from version ${version}; this app reads version ${PREFS_VERSION}`);
      },
      onRehydrateStorage: () => (_state, error) => {
        if (!error) return;
        // Runs while the store is being created: defer until it exists.
        const reason = error instanceof Error ? error.message : 'saved preferences could not be read';
        queueMicrotask(() => useAppStore.getState().addNotice(`Ignored ${reason} — defaults used instead.`));
      },
    },
  ),
);

/**
 * Back to a fresh store, for tests only: it empties the imported data in the page too, and the next save would
 * then delete it from the browser. A crashed panel's "Reset view" is resetView.
 */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}

/** The default view: built-in data, no filters, nothing hidden or selected, the default charts. Imported data stays. */
export function resetView(): void {
  const initial = useAppStore.getInitialState();
  useAppStore.setState((s) => ({
    datasetId: initial.datasetId, filters: initial.filters, hiddenIds: initial.hiddenIds, selectedId: null, hoveredId: null,
    charts: initial.charts, activeChartId: initial.activeChartId,
    notices: noticeAdded(s.notices, 'The view was reset: the built-in data, no filters, nothing switched off or selected, the default charts. Imported data was not changed.'),
  }));
}

/** Forgets the saved preferences (theme, last dataset, charts) and uses the defaults; imported data is not touched. */
export function clearSavedSettings(): void {
  useAppStore.persist.clearStorage();
  const initial = useAppStore.getInitialState();
  useAppStore.setState({ theme: initial.theme, datasetId: initial.datasetId, charts: DEFAULT_CHARTS, activeChartId: initial.activeChartId, selectedId: null, hoveredId: null });
}

