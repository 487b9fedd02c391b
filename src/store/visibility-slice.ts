// Models the user has toggled off: they stay in the table but leave every chart, frontier and metric.
import type { StateCreator } from 'zustand';
import type { AppState } from './types';

export interface VisibilitySlice {
  /** Sorted ids, so equal sets compare equal and serialise the same way. */
  hiddenIds: string[];
  toggleModel: (id: string) => void;
  setModelsHidden: (ids: readonly string[], hidden: boolean) => void;
  showAll: () => void;
}

export const createVisibilitySlice: StateCreator<AppState, [], [], VisibilitySlice> = (set) => ({
  hiddenIds: [],
  toggleModel: (id) =>
    set((s) => ({
      hiddenIds: s.hiddenIds.includes(id) ? s.hiddenIds.filter((h) => h !== id) : [...s.hiddenIds, id].sort(),
    })),
  setModelsHidden: (ids, hidden) =>
    set((s) => {
      const next = new Set(s.hiddenIds);
      for (const id of ids) {
        if (hidden) next.add(id);
        else next.delete(id);
      }
      return { hiddenIds: [...next].sort() };
    }),
  showAll: () => set({ hiddenIds: [] }),
});
