import { describe, expect, it, vi } from 'vitest';
import { PREFS_KEY, validatePreferences } from '../../src/store/preferences';

describe('validatePreferences', () => {
  it('keeps valid fields and names invalid ones', () => {
    const { valid, ignored } = validatePreferences({ theme: 'dark', datasetId: 'nope', charts: [{ id: 'c1', x: 'mmlu' }] });
    expect(valid).toEqual({ theme: 'dark' });
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toContain('saved datasetId');
    expect(ignored[1]).toContain('saved charts');
  });

  it('refuses saved charts with one field on both axes', () => {
    const chart = { id: 'c1', x: 'mmlu', y: 'mmlu', logX: false, logY: false, showFrontier: true, flipX: false, flipY: false };
    const { valid, ignored } = validatePreferences({ charts: [chart] });
    expect(valid).toEqual({});
    expect(ignored).toEqual(['saved charts (a chart has one field on both axes)']);
  });

  it.each([[42], ['text'], [[1, 2]]])('rejects %j whole', (saved) => {
    expect(validatePreferences(saved)).toEqual({ valid: {}, ignored: ['saved preferences are not an object'] });
  });
});

// Each case loads a fresh copy of the store module, as a page reload would.
async function freshStore() {
  vi.resetModules();
  const mod = await import('../../src/store/store');
  await Promise.resolve();
  return mod.useAppStore;
}

describe('persisted preferences', () => {
  it('restores theme, last dataset and charts across a reload', async () => {
    const first = await freshStore();
    first.getState().setTheme('dark');
    first.getState().setDataset('extended');
    first.getState().updateChart('c1', { logY: true });
    first.getState().setSearch('not a preference');
    const second = await freshStore();
    expect(second.getState().theme).toBe('dark');
    expect(second.getState().datasetId).toBe('extended');
    expect(second.getState().charts[0]?.logY).toBe(true);
    expect(second.getState().filters.search).toBe('');
    expect(second.getState().notices).toEqual([]);
  });

  it('writes preferences when they change, not on every store update (hovering a row is one)', async () => {
    const store = await freshStore();
    store.getState().setTheme('dark');
    const write = vi.spyOn(Storage.prototype, 'setItem');
    store.getState().hover('qwen');
    store.getState().hover(null);
    expect(write).not.toHaveBeenCalled();
    store.getState().setTheme('light');
    expect(write).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem(PREFS_KEY)!).state.theme).toBe('light');
    write.mockRestore();
  });

  it.each([
    ['corrupt JSON', '{"state": {"theme": "da', /not valid JSON/],
    ['a foreign object', '{"hello": "world"}', /not in this app's format/],
    ['an outdated version', JSON.stringify({ state: { theme: 'dark' }, version: 0 }), /version 0/],
    ['a bad field', JSON.stringify({ state: { theme: 'sepia', datasetId: 'extended' }, version: 1 }), /saved theme/],
  ])('falls back to defaults with a notice for %s', async (_label, saved, why) => {
    localStorage.setItem(PREFS_KEY, saved);
    const store = await freshStore();
    await expect.poll(() => store.getState().notices.map((n) => n.text).join()).toMatch(why);
    expect(store.getState().theme).toBe('system');
  });
});
