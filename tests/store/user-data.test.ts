import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { resolveDataset } from '../../src/domain/datasets/resolve';
import { USER_DATASET_PATTERN } from '../../src/domain/datasets/user-data';
import type { ModelRecord } from '../../src/domain/model';
import { resetView, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const mine = (name: string): ModelRecord => ({ ...article[4]!, id: name.toLowerCase(), name, importedFrom: 'mine.csv' });

describe('imports in the store', () => {
  it('merges rows into the current dataset and undo restores the previous view exactly', () => {
    state().setSearch('a');
    state().toggleModel('qwen');
    const before = { ...state() };
    state().applyImport({ fileName: 'mine.csv', models: [mine('Mine')], mode: 'merge' });
    const merged = resolveDataset(state().datasetId, state().userDatasets, state().merges);
    expect(merged.ok && merged.dataset.models.map((m) => m.name).at(-1)).toBe('Mine');
    expect(merged.ok && merged.dataset.sources.at(-1)?.title).toBe('mine.csv');
    state().undoImport();
    for (const key of ['datasetId', 'filters', 'hiddenIds', 'selectedId', 'charts', 'activeChartId'] as const) {
      expect(state()[key]).toBe(before[key]);
    }
    expect(state().merges).toEqual([]);
    expect(state().lastImport).toBeNull();
  });

  it('gives each new dataset a random id that no other tab will draw, and keeps reading counted ones', () => {
    state().applyImport({ fileName: 'sweep.csv', models: [mine('A'), mine('B')], mode: 'replace' });
    const first = state().datasetId;
    state().applyImport({ fileName: 'again.csv', models: [mine('C')], mode: 'replace' });
    expect(state().datasetId).not.toBe(first);
    expect(state().userDatasets.map((d) => d.id)).toEqual([first, state().datasetId]);
    for (const id of [first, state().datasetId, 'user-1', 'user-12']) expect(id).toMatch(USER_DATASET_PATTERN);
    expect(first).toMatch(/^user-[0-9a-f]{10}$/);
  });

  it('undoing an import takes out only that import: data that arrived from another tab meanwhile stays', () => {
    state().applyImport({ fileName: 'mine.csv', models: [mine('A')], mode: 'replace' });
    const other = { id: 'user-0ther', label: 'Imported: other.csv', fileName: 'other.csv', importedAt: '2026-01-01', models: [mine('B')] };
    state().hydrateUserData({ userDatasets: [...state().userDatasets, other], merges: [] });
    state().undoImport();
    expect(state().userDatasets).toEqual([other]);
    expect(state().datasetId).toBe('great-gpu-race');
  });

  it('removes one dataset with the rows merged into it, and undo puts them back where they were', () => {
    state().applyImport({ fileName: 'a.csv', models: [mine('A')], mode: 'replace' });
    const a = state().datasetId;
    state().applyImport({ fileName: 'extra.csv', models: [mine('X')], mode: 'merge' });
    state().applyImport({ fileName: 'b.csv', models: [mine('B'), mine('C')], mode: 'replace' });
    state().setDataset(a);
    state().removeImported(a, '“Imported: a.csv”');
    expect(state().userDatasets.map((d) => d.fileName)).toEqual(['b.csv']);
    expect(state().merges).toEqual([]);
    expect(state().datasetId).toBe('great-gpu-race');
    expect(state().lastRemoval).toMatchObject({ label: '“Imported: a.csv”', rows: 2 });
    state().undoRemove();
    expect(state().userDatasets.map((d) => d.fileName)).toEqual(['a.csv', 'b.csv']);
    expect(state().merges.map((m) => m.fileName)).toEqual(['extra.csv']);
    expect(state().datasetId).toBe(a);
    expect(state().lastRemoval).toBeNull();
  });

  it('opens the built-in data, with a notice, when the open dataset is not in this browser once saved data is read', () => {
    useAppStore.setState({ datasetId: 'user-9' });
    state().hydrateUserData({ userDatasets: [], merges: [] });
    expect(state().datasetId).toBe('great-gpu-race');
    expect(state().notices.at(-1)?.text).toMatch(/imported dataset \(user-9\) that is not saved in this browser/);
  });

  it('names a damaged dataset when it was the open one', () => {
    useAppStore.setState({ datasetId: 'user-9' });
    state().hydrateUserData({ userDatasets: [], merges: [] }, [{ key: 'k', name: 'bad.csv', reason: 'label should be text', id: 'user-9' }]);
    expect(state().notices.at(-1)?.text).toMatch(/“bad\.csv”, could not be read/);
    expect(state().damagedRecords).toHaveLength(1);
  });

  it('resets the view without touching imported data, and says so', () => {
    state().applyImport({ fileName: 'a.csv', models: [mine('A')], mode: 'replace' });
    state().setSearch('x');
    const data = state().userDatasets;
    resetView();
    expect(state().datasetId).toBe('great-gpu-race');
    expect(state().filters.search).toBe('');
    expect(state().userDatasets).toBe(data);
    expect(state().notices.at(-1)?.text).toMatch(/^The view was reset.*Imported data was not changed\.$/);
  });

  it('restores "Undo import" saved before a reload, with the view before it from its query', () => {
    useAppStore.setState({ userDatasets: [{ id: 'user-a', label: 'Imported: a.csv', fileName: 'a.csv', importedAt: '', models: [mine('A')] }], datasetId: 'user-a' });
    state().restoreLastImport({ id: 'user-a', fileName: 'a.csv', count: 1, mode: 'replace', before: 'd=extended&q=gem&v=1' });
    state().undoImport();
    expect(state().userDatasets).toEqual([]);
    expect(state().datasetId).toBe('extended');
    expect(state().filters.search).toBe('gem');
  });

  it('reports an imported dataset that is not on this device instead of failing silently', () => {
    const r = resolveDataset('user-9', [], []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toContain('not on this device');
  });
});
