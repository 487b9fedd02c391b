// Converts between the store and the shareable ViewState (URL), so the app shell stays thin.
import { DEFAULT_DATASET_ID, isBuiltInDatasetId } from '../domain/datasets';
import { USER_DATASET_PATTERN } from '../domain/datasets/user-data';
import { DEFAULT_FILTERS } from '../domain/filter';
import { decodeViewState, encodeViewState, type ViewState } from '../domain/view-state';
import type { AppState } from './types';
import { defaultChartsFor } from './default-charts';
import { DEFAULT_CHARTS, type ChartSpec } from './view-slice';

/** The part of the store a view is made of. */
type ViewFields = Pick<AppState, 'datasetId' | 'filters' | 'hiddenIds' | 'selectedId' | 'charts' | 'activeChartId'>;

export function viewOf(s: ViewFields): ViewState {
  return {
    datasetId: s.datasetId,
    filters: s.filters,
    hiddenIds: s.hiddenIds,
    selectedId: s.selectedId,
    charts: s.charts.map(({ id: _id, ...c }) => c),
    activeChart: Math.max(0, s.charts.findIndex((c) => c.id === s.activeChartId)),
  };
}

/** Whether two store states can differ in their view (what viewOf reads): hover and the like cannot. */
export function viewMayDiffer(a: AppState, b: AppState): boolean {
  return a.datasetId !== b.datasetId || a.filters !== b.filters || a.hiddenIds !== b.hiddenIds
    || a.selectedId !== b.selectedId || a.charts !== b.charts || a.activeChartId !== b.activeChartId;
}

/**
 * The view as a query. The built-in data's default charts are left out; any other dataset's charts are always
 * written, since a link that names a dataset without charts opens on that dataset's own defaults.
 */
export function encodeStore(s: ViewFields): string {
  return encodeViewState(viewOf(s), { datasetId: DEFAULT_DATASET_ID, charts: s.datasetId === DEFAULT_DATASET_ID ? DEFAULT_CHARTS : [] });
}

/** This page's URL with `query` as its search part. */
export const urlForQuery = (query: string) => `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;

/** The link to the view the store holds (the address bar follows it a frame or two later). */
export const viewUrl = (s: AppState) => new URL(urlForQuery(encodeStore(s)), window.location.href).href;

/**
 * The store patch a query string asks for. The URL carries everything that differs from the defaults,
 * so settings it does not mention go back to their defaults: back and forward restore a view exactly.
 */
export function patchFromQuery(search: string) {
  const { view, ignored } = decodeViewState(search, (id) => isBuiltInDatasetId(id) || USER_DATASET_PATTERN.test(id));
  const datasetId = view.datasetId ?? DEFAULT_DATASET_ID;
  // A link without charts opens its dataset on that dataset's defaults (built-in data: chosen from its models).
  const defaults = datasetId === DEFAULT_DATASET_ID ? undefined : defaultChartsFor(datasetId, { userDatasets: [], merges: [], dataFiles: {} }).charts;
  const charts: ChartSpec[] = view.charts
    ? view.charts.map((c, i) => ({ ...c, id: `c${i + 1}` }))
    : defaults ?? DEFAULT_CHARTS;
  const activeChartId = charts[view.activeChart ?? 0]?.id ?? charts[0]?.id ?? 'c1';
  const patch: Partial<AppState> = {
    datasetId,
    filters: { ...DEFAULT_FILTERS, ...view.filters },
    hiddenIds: view.hiddenIds ?? [],
    selectedId: view.selectedId ?? null,
    charts,
    activeChartId,
  };
  return { patch, ignored };
}
