// The charts on the page and how each is drawn, plus the theme.
import type { StateCreator } from 'zustand';
import type { FieldKey } from '../domain/fields';
import type { ChartView } from '../domain/view-state';
import type { AppState } from './types';

/** A chart on the page: its axes and options (the part a link carries) plus a stable id. */
export interface ChartSpec extends ChartView {
  id: string;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Notice {
  id: number;
  text: string;
}

export interface ViewSlice {
  charts: ChartSpec[];
  activeChartId: string;
  theme: Theme;
  /** Messages about saved state or links that were partly ignored; shown until dismissed. */
  notices: Notice[];
  addNotice: (text: string) => void;
  dismissNotice: (id: number) => void;
  /** Adds a chart of this view (the pair "Add chart" proposes); at most MAX_CHARTS. */
  addChart: (view: ChartView) => void;
  removeChart: (id: string) => void;
  /** Changes a chart; an axis set to the other axis's field swaps the two, so X and Y always differ. */
  updateChart: (id: string, patch: Partial<Omit<ChartSpec, 'id'>>) => void;
  setActiveChart: (id: string) => void;
  setTheme: (theme: Theme) => void;
}

const chart = (id: string, x: FieldKey, y: FieldKey, logX = false): ChartSpec => ({
  id, x, y, logX, logY: false, showFrontier: true, flipX: false, flipY: false,
});

export const DEFAULT_CHARTS: ChartSpec[] = [
  chart('c1', 'parameters', 'mmlu', true),
  chart('c2', 'mmlu', 'gsm8k'),
  chart('c3', 'costTier', 'mmlu'),
];

export const MAX_CHARTS = 6;

/** A chart with a patch applied; picking for one axis the other's field swaps them (with their log settings). */
function withAxes(c: ChartSpec, patch: Partial<Omit<ChartSpec, 'id'>>): ChartSpec {
  const next = { ...c, ...patch };
  if (next.x !== next.y) return next;
  return patch.x !== undefined
    ? { ...next, y: c.x, logX: c.logY, logY: c.logX, flipX: c.flipY, flipY: c.flipX }
    : { ...next, x: c.y, logX: c.logY, logY: c.logX, flipX: c.flipY, flipY: c.flipX };
}

/** Charts for a list of views, numbered c1, c2, …, the first one active. */
export function chartsOf(views: readonly ChartView[]): { charts: ChartSpec[]; activeChartId: string } {
  return { charts: views.map((v, i) => ({ ...v, id: `c${i + 1}` })), activeChartId: 'c1' };
}

/** The notices with one more at the end. */
export const noticeAdded = (notices: Notice[], text: string): Notice[] => [...notices, { id: (notices.at(-1)?.id ?? 0) + 1, text }];

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  charts: DEFAULT_CHARTS,
  activeChartId: 'c1',
  theme: 'system',
  notices: [],
  addNotice: (text) => set((s) => ({ notices: noticeAdded(s.notices, text) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  addChart: (view) =>
    set((s) => {
      if (s.charts.length >= MAX_CHARTS) return {};
      const used = new Set(s.charts.map((c) => c.id));
      let n = s.charts.length + 1;
      while (used.has(`c${n}`)) n++;
      return { charts: [...s.charts, { ...view, id: `c${n}` }] };
    }),
  removeChart: (id) =>
    set((s) => {
      if (s.charts.length <= 1) return {};
      const charts = s.charts.filter((c) => c.id !== id);
      const activeChartId = s.activeChartId === id ? (charts[0]?.id ?? '') : s.activeChartId;
      return { charts, activeChartId };
    }),
  updateChart: (id, patch) => set((s) => ({ charts: s.charts.map((c) => (c.id === id ? withAxes(c, patch) : c)) })),
  setActiveChart: (activeChartId) => set({ activeChartId }),
  setTheme: (theme) => set({ theme }),
});
