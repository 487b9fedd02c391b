// The selected model (click) and the hovered or focused one (linked highlight across table and charts).
import type { StateCreator } from 'zustand';
import type { AppState } from './types';

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  /** Selects a model, or clears the selection when it is already selected (a second click). */
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  /** Counts "Show in table" requests: the table moves focus to the selected model's row at each. */
  tableReveal: number;
  showInTable: (id: string) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  select: (selectedId) => set((s) => ({ selectedId: s.selectedId === selectedId ? null : selectedId })),
  // The same hover again changes nothing: no update reaches the subscribers (leaving rows while scrolling).
  hover: (hoveredId) => set((s) => (s.hoveredId === hoveredId ? s : { hoveredId })),
  tableReveal: 0,
  showInTable: (id) => set((s) => ({ selectedId: id, tableReveal: s.tableReveal + 1 })),
});
