import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { resolveDataset } from '../../src/domain/datasets/resolve';
import { prepareMerge } from '../../src/domain/import/prepare-merge';
import type { ModelRecord } from '../../src/domain/model';
import { useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const mine = (name: string): ModelRecord => ({ ...article[4]!, id: name.toLowerCase(), name, importedFrom: 'mine.csv' });

describe('imports in the store', () => {
  it('merges rows into the current dataset and undo restores the previous state exactly', () => {
    state().setSearch('a');
    state().toggleModel('qwen');
    const before = { ...state() };
    state().applyImport({ fileName: 'mine.csv', models: [mine('Mine')], mode: 'merge' });
    const merged = resolveDataset(state().datasetId, state().userDatasets, state().merges);
    expect(merged.ok && merged.dataset.models.map((m) => m.name).at(-1)).toBe('Mine');
    expect(merged.ok && merged.dataset.sources.at(-1)?.title).toBe('mine.csv');
    state().undoImport();
    for (const key of ['userDatasets', 'merges', 'datasetId', 'filters', 'hiddenIds', 'selectedId', 'charts', 'activeChartId'] as const) {
      expect(state()[key]).toBe(before[key]);
    }
    expect(state().lastImport).toBeNull();
  });

  it('replaces by opening a new dataset, and removing imported data returns to a built-in one', () => {
    state().applyImport({ fileName: 'sweep.csv', models: [mine('A'), mine('B')], mode: 'replace' });
    expect(state().datasetId).toBe('user-1');
    const r = resolveDataset('user-1', state().userDatasets, state().merges);
    expect(r.ok && r.dataset.label).toBe('Imported: sweep.csv');
    state().applyImport({ fileName: 'again.csv', models: [mine('C')], mode: 'replace' });
    expect(state().datasetId).toBe('user-2');
    state().removeImportedData();
    expect(state().datasetId).toBe('great-gpu-race');
    expect(state().userDatasets).toEqual([]);
  });

  it('reports an imported dataset that is not on this device instead of failing silently', () => {
    const r = resolveDataset('user-9', [], []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toContain('not on this device');
  });
});

describe('prepareMerge', () => {
  it('gives colliding ids a suffix and marks rows as imported', () => {
    const out = prepareMerge([article[0]!, mine('New')], article, 'export.json');
    expect(out.map((m) => m.id)).toEqual(['gpt-4-2', 'new']);
    expect(out[0]?.importedFrom).toBe('export.json');
    expect(out[1]?.importedFrom).toBe('mine.csv');
  });
});
