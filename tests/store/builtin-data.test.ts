import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { resolveDataset } from '../../src/domain/datasets/resolve';
import { useAppStore } from '../../src/store/store';

const state = () => useAppStore.getState();
const extended = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset;
})();
const leaderboardStandIn = { ...extended, id: 'open-llm-leaderboard', label: 'Open LLM Leaderboard v1 (archived 2024)' };

describe('built-in data files in the store', () => {
  it('opens a dataset with what it needs at once, and waits for one whose file is not here, keeping the open data', () => {
    state().requestDataset('extended');
    expect(state().datasetId).toBe('extended');
    expect(state().pendingDatasetId).toBeNull();
    state().requestDataset('open-llm-leaderboard');
    expect(state().datasetId).toBe('extended');
    expect(state().pendingDatasetId).toBe('open-llm-leaderboard');
  });

  it('opens the waiting dataset when its file has loaded, clearing the selection', () => {
    state().select('gpt-4');
    state().requestDataset('open-llm-leaderboard');
    state().fileLoading('open-llm-leaderboard-v1');
    state().fileProgress('open-llm-leaderboard-v1', { received: 100, total: 1000 });
    expect(state().dataFileProgress['open-llm-leaderboard-v1']).toEqual({ received: 100, total: 1000 });
    state().fileLoaded('open-llm-leaderboard-v1', leaderboardStandIn);
    expect(state().datasetId).toBe('open-llm-leaderboard');
    expect(state().pendingDatasetId).toBeNull();
    expect(state().selectedId).toBeNull();
    expect(state().dataFileProgress).toEqual({});
    // Both datasets built on that file now open at once.
    state().requestDataset('leaderboard-and-article');
    expect(state().datasetId).toBe('leaderboard-and-article');
  });

  it('keeps the open data when a file fails, with the reason, until retried or dismissed', () => {
    state().requestDataset('epoch-language');
    state().fileLoading('epoch-notable-language');
    state().fileFailed('epoch-notable-language', 'the server answered 404 Not Found');
    expect(state().datasetId).toBe('great-gpu-race');
    expect(state().pendingDatasetId).toBe('epoch-language');
    expect(state().dataFiles['epoch-notable-language']).toEqual({ status: 'failed', reason: 'the server answered 404 Not Found' });
    state().retryFile('epoch-notable-language');
    expect(state().dataFiles['epoch-notable-language']).toBeUndefined();
    state().dismissPending();
    expect(state().pendingDatasetId).toBeNull();
  });

  it('gives a dataset opened from a link, before its file has come, as waiting for it', () => {
    useAppStore.setState({ datasetId: 'open-llm-leaderboard' });
    const s = state();
    expect(resolveDataset(s.datasetId, s.userDatasets, s.merges, s.dataFiles)).toEqual({ ok: false, problems: [], waiting: ['open-llm-leaderboard-v1'] });
    state().fileLoaded('open-llm-leaderboard-v1', leaderboardStandIn);
    const after = state();
    const load = resolveDataset(after.datasetId, after.userDatasets, after.merges, after.dataFiles);
    expect(load.ok && load.dataset).toBe(leaderboardStandIn);
  });

  it('builds the article-in-context dataset once per loaded leaderboard', () => {
    const files = { 'open-llm-leaderboard-v1': { status: 'loaded' as const, dataset: leaderboardStandIn } };
    const a = loadBuiltInDataset('leaderboard-and-article', files);
    expect(loadBuiltInDataset('leaderboard-and-article', { ...files })).toBe(a);
    expect(a.ok && a.dataset.models.filter((m) => m.highlight)).toHaveLength(6);
  });
});
