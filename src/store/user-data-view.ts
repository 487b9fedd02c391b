// How imported data changes the view: the snapshot an undo returns to, and the move to the built-in data when the
// open dataset is not (or no longer) in this browser, said in a notice instead of an empty page.
import { DEFAULT_DATASET_ID } from '../domain/datasets';
import { USER_DATASET_PATTERN, type UserData } from '../domain/datasets/user-data';
import type { AppState } from './types';
import { noticeAdded } from './view-slice';

export type ViewSnapshot = Pick<AppState, 'datasetId' | 'filters' | 'hiddenIds' | 'selectedId' | 'charts' | 'activeChartId'>;

export const viewSnapshot = (s: ViewSnapshot): ViewSnapshot => ({
  datasetId: s.datasetId, filters: s.filters, hiddenIds: s.hiddenIds, selectedId: s.selectedId, charts: s.charts, activeChartId: s.activeChartId,
});

/**
 * The patch that opens the built-in data if, once this browser's saved data is known, the open dataset is an
 * imported one that is not here: a link from another browser, a dataset removed in another tab, or a damaged one.
 */
export function datasetFallback(s: AppState, next: Partial<AppState>): Partial<AppState> {
  const after = { ...s, ...next };
  const id = after.datasetId;
  if (!after.userDataReady || !USER_DATASET_PATTERN.test(id) || after.userDatasets.some((d) => d.id === id)) return next;
  const damaged = after.damagedRecords.find((d) => d.id === id);
  const removed = s.userDatasets.find((d) => d.id === id);
  const text = damaged
    ? `The dataset this page was showing, “${damaged.name}”, could not be read (see below); showing the built-in data instead.`
    : removed
      ? `“${removed.label}” was removed in another tab; showing the built-in data instead.`
      : `This page named an imported dataset (${id}) that is not saved in this browser: imported data stays in the browser that imported it. Showing the built-in data instead.`;
  return { ...next, datasetId: DEFAULT_DATASET_ID, selectedId: null, hoveredId: null, hiddenIds: [], notices: noticeAdded(after.notices, text) };
}

/** Puts removed entries back where they were in their lists; ones already back (from another tab) are skipped. */
export function reinsert<T extends { id: string }>(list: T[], removed: readonly { entry: T; position: number }[]): T[] {
  const out = [...list];
  for (const { entry, position } of [...removed].sort((a, b) => a.position - b.position)) {
    if (!out.some((e) => e.id === entry.id)) out.splice(Math.min(position, out.length), 0, entry);
  }
  return out;
}

export const withoutIds = (data: UserData, ids: ReadonlySet<string>): UserData => ({
  userDatasets: data.userDatasets.filter((d) => !ids.has(d.id)),
  merges: data.merges.filter((m) => !ids.has(m.id) && !ids.has(m.target)),
});
