// Filter state: parameter range, cost tiers, search.
import type { StateCreator } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '../domain/filter';
import type { AppState } from './types';

export interface FiltersSlice {
  filters: Filters;
  setParamRange: (min: number | null, max: number | null) => void;
  setIncludeUndisclosedSize: (include: boolean) => void;
  /** Ticks or unticks one tier; `present` lists the tiers in the data so "any" can become an explicit set. */
  toggleTier: (rank: number, present: readonly number[]) => void;
  setAnyTier: () => void;
  setIncludeNoTier: (include: boolean) => void;
  setSearch: (search: string) => void;
  resetFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: DEFAULT_FILTERS,
  setParamRange: (paramMin, paramMax) => set((s) => ({ filters: { ...s.filters, paramMin, paramMax } })),
  setIncludeUndisclosedSize: (includeUndisclosedSize) => set((s) => ({ filters: { ...s.filters, includeUndisclosedSize } })),
  toggleTier: (rank, present) =>
    set((s) => {
      const current = s.filters.tiers ?? [...present];
      const next = current.includes(rank) ? current.filter((t) => t !== rank) : [...current, rank].sort((a, b) => a - b);
      const isAll = present.every((t) => next.includes(t));
      return { filters: { ...s.filters, tiers: isAll ? null : next } };
    }),
  setAnyTier: () => set((s) => ({ filters: { ...s.filters, tiers: null, includeNoTier: true } })),
  setIncludeNoTier: (includeNoTier) => set((s) => ({ filters: { ...s.filters, includeNoTier } })),
  setSearch: (search) => set((s) => ({ filters: { ...s.filters, search } })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});
