// The selected model (click) and the hovered or focused one (linked highlight across table and charts).
import type { StateCreator } from 'zustand';
import type { AppState } from './types';

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  select: (selectedId) => set((s) => ({ selectedId: s.selectedId === selectedId ? null : selectedId })),
  // The same hover again changes nothing: no update reaches the subscribers (leaving rows while scrolling).
  hover: (hoveredId) => set((s) => (s.hoveredId === hoveredId ? s : { hoveredId })),
});
