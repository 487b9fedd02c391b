import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filter';
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
    state().addChart();
    expect(state().charts).toHaveLength(4);
    for (const c of [...state().charts]) state().removeChart(c.id);
    expect(state().charts).toHaveLength(1);
  });

  it('resets to its initial state', () => {
    state().setSearch('qwen');
    resetStore();
    expect(state().filters.search).toBe('');
  });
});
