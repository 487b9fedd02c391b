// Named selectors: each returns one value or a stable reference from the store.
import { USER_DATASET_PATTERN } from '../domain/datasets/user-data';
import type { AppState } from './types';

export const selectDatasetId = (s: AppState) => s.datasetId;
export const selectFilters = (s: AppState) => s.filters;
export const selectHiddenIds = (s: AppState) => s.hiddenIds;
export const selectSelectedId = (s: AppState) => s.selectedId;
export const selectHoveredId = (s: AppState) => s.hoveredId;
export const selectCharts = (s: AppState) => s.charts;
export const selectActiveChartId = (s: AppState) => s.activeChartId;
export const selectTheme = (s: AppState) => s.theme;
export const selectChart = (id: string) => (s: AppState) => s.charts.find((c) => c.id === id);
/** The open dataset is one imported earlier, not in memory, and this browser's storage has not answered yet. */
export const selectUserDataPending = (s: AppState) =>
  !s.userDataReady && USER_DATASET_PATTERN.test(s.datasetId) && !s.userDatasets.some((d) => d.id === s.datasetId);
