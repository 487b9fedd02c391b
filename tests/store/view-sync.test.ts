import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { resetStore, useAppStore } from '../../src/store/store';
import type { AppState } from '../../src/store/types';
import { encodeStore, patchFromQuery, viewMayDiffer } from '../../src/store/view-sync';

const actions: Record<string, (s: AppState) => void> = {
  hover: (s) => s.hover('qwen'),
  unhover: (s) => s.hover(null),
  toggleModel: (s) => s.toggleModel('gemma'),
  search: (s) => s.setSearch('q'),
  select: (s) => s.select('deepseek'),
  logX: (s) => s.updateChart('c2', { logX: !s.charts[1]!.logX }),
  activeChart: (s) => s.setActiveChart(s.activeChartId === 'c1' ? 'c2' : 'c1'),
  dataset: (s) => s.setDataset(s.datasetId === 'extended' ? 'great-gpu-race' : 'extended'),
  theme: (s) => s.setTheme(s.theme === 'dark' ? 'light' : 'dark'),
};

describe('viewMayDiffer', () => {
  afterEach(() => resetStore());

  it('never says no when the encoded view changed, over any sequence of actions', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...Object.keys(actions)), { maxLength: 12 }), (names) => {
      resetStore();
      for (const name of names) {
        const before = useAppStore.getState();
        actions[name]!(before);
        const after = useAppStore.getState();
        if (encodeStore(before) !== encodeStore(after)) expect(viewMayDiffer(before, after)).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('says no for hovering, which never reaches the URL', () => {
    const before = useAppStore.getState();
    before.hover('qwen');
    expect(viewMayDiffer(before, useAppStore.getState())).toBe(false);
  });
});

describe('a link to a dataset', () => {
  afterEach(() => resetStore());

  it('without charts opens the dataset on its own default charts', () => {
    const { patch } = patchFromQuery('v=1&d=extended');
    expect(patch.charts?.map((c) => `${c.y} vs ${c.x}`)).toEqual(['mmlu vs parameters', 'gsm8k vs mmlu', 'gsm8k vs parameters']);
  });

  it('is written with its charts, so that it reopens the charts the view had', () => {
    useAppStore.getState().setDataset('extended');
    useAppStore.getState().updateChart('c3', { x: 'costTier' });
    const query = encodeStore(useAppStore.getState());
    expect(query).toMatch(/charts=/);
    expect(patchFromQuery(query).patch.charts).toEqual(useAppStore.getState().charts);
  });
});
