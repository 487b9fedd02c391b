import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filter';
import { DEFAULT_CHARTS } from '../../src/store/view-slice';
import { resetStore, useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();

describe('app store', () => {
  it('opens on the article dataset with no filters and three default charts', () => {
    expect(state().datasetId).toBe('great-gpu-race');
    expect(state().filters).toEqual(DEFAULT_FILTERS);
    expect(state().charts.map((c) => `${c.y} vs ${c.x}`)).toEqual(['mmlu vs parameters', 'gsm8k vs mmlu', 'mmlu vs costTier']);
  });

  it('switches datasets and clears the selection', () => {
    state().select('gpt-4');
    state().setDataset('extended');
    expect(state().datasetId).toBe('extended');
    expect(state().selectedId).toBeNull();
  });

  it('toggles models and keeps hidden ids sorted and unique', () => {
    state().toggleModel('qwen');
    state().toggleModel('gemma');
    state().setModelsHidden(['gemma', 'deepseek'], true);
    expect(state().hiddenIds).toEqual(['deepseek', 'gemma', 'qwen']);
    state().toggleModel('gemma');
    expect(state().hiddenIds).toEqual(['deepseek', 'qwen']);
    state().showAll();
    expect(state().hiddenIds).toEqual([]);
  });

  it('turns "any tier" into an explicit set when a tier is unticked, and back when all are ticked', () => {
    const present = [0, 1, 3, 4, 6];
    state().toggleTier(6, present);
    expect(state().filters.tiers).toEqual([0, 1, 3, 4]);
    state().toggleTier(6, present);
    expect(state().filters.tiers).toBeNull();
  });

  it('selecting the selected model again clears the selection', () => {
    state().select('gemma');
    state().select('gemma');
    expect(state().selectedId).toBeNull();
  });

  it('adds and removes charts but always keeps one', () => {
    state().addChart({ ...state().charts[0]!, x: 'gsm8k', y: 'avgScore' });
    expect(state().charts).toHaveLength(4);
    expect(state().charts[3]).toMatchObject({ id: 'c4', x: 'gsm8k', y: 'avgScore' });
    for (const c of [...state().charts]) state().removeChart(c.id);
    expect(state().charts).toHaveLength(1);
  });

  it('never lets a chart have one field on both axes: picking the other axis\'s field swaps them', () => {
    state().updateChart('c1', { x: 'mmlu' });
    expect(state().charts[0]).toMatchObject({ x: 'mmlu', y: 'parameters', logX: false, logY: true });
    state().updateChart('c1', { y: 'mmlu' });
    expect(state().charts[0]).toMatchObject({ x: 'parameters', y: 'mmlu', logX: true, logY: false });
  });

  it('opens a dataset on its own default charts, and the article on the ones the app starts with', () => {
    state().setDataset('extended');
    expect(state().charts.map((c) => `${c.y} vs ${c.x}`)).toEqual(['mmlu vs parameters', 'gsm8k vs mmlu', 'gsm8k vs parameters']);
    state().setDataset('great-gpu-race');
    expect(state().charts).toEqual(DEFAULT_CHARTS);
  });

  it('"Show in table" selects the model and counts a new request each time', () => {
    state().showInTable('qwen');
    state().showInTable('qwen');
    expect(state()).toMatchObject({ selectedId: 'qwen', tableReveal: 2 });
  });

  it('resets to its initial state', () => {
    state().setSearch('qwen');
    resetStore();
    expect(state().filters.search).toBe('');
  });
});
