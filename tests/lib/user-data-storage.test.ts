import 'fake-indexeddb/auto';
import { clear, get, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import type { UserData, UserDataset } from '../../src/domain/datasets/user-data';
import type { ModelRecord } from '../../src/domain/model';
import { isModelColumns, type ModelColumns } from '../../src/domain/model-columns';
import { estimateBytes, loadUserData, MODELS_PER_CHUNK, saveUserData } from '../../src/lib/user-data-storage';

const base = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('built-in dataset failed to load');
  return r.dataset.models;
})();

/** n distinct models, cycling through the real extended set with new ids. */
const models = (n: number, tag: string): ModelRecord[] =>
  Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, id: `${tag}-${i}`, name: `${tag} model ${i}` }));

const dataset = (id: string, n: number): UserDataset => ({
  id, label: `Imported: ${id}.csv`, fileName: `${id}.csv`, importedAt: '2026-11-27T00:00:00.000Z', models: models(n, id),
});

const chunkKeys = async () => (await keys()).filter((k) => String(k).includes(':chunk:')).map(String).sort();

describe('user data storage', () => {
  beforeEach(async () => {
    await clear();
  });

  it('round-trips datasets and merges, models in order, in chunks', async () => {
    const data: UserData = {
      userDatasets: [dataset('user-1', MODELS_PER_CHUNK * 2 + 17)],
      merges: [{ id: 'merge-1', target: 'great-gpu-race', fileName: 'extra.csv', importedAt: '2026-11-27T00:00:00.000Z', models: models(3, 'extra') }],
    };
    expect(await saveUserData(data)).toEqual({ ok: true });
    expect(await chunkKeys()).toHaveLength(4);
    const loaded = await loadUserData();
    expect(loaded).toEqual({ ok: true, data });
  });

  it('rewrites only what changed and deletes the chunks of removed data', async () => {
    const a = dataset('user-1', 10);
    const b = dataset('user-2', 10);
    await saveUserData({ userDatasets: [a], merges: [] });
    const first = await chunkKeys();
    await saveUserData({ userDatasets: [a, b], merges: [] });
    const second = await chunkKeys();
    expect(second).toEqual(expect.arrayContaining(first));
    expect(second).toHaveLength(2);
    await saveUserData({ userDatasets: [b], merges: [] });
    const third = await chunkKeys();
    expect(third).toHaveLength(1);
    expect(third).not.toContain(first[0]);
    await saveUserData({ userDatasets: [], merges: [] });
    expect(await keys()).toEqual([]);
  });

  it('reads data saved in the first layout and moves it to the chunked one on the next save', async () => {
    const data: UserData = { userDatasets: [dataset('user-1', 5)], merges: [] };
    await set('model-mpg:user-data:v1', { version: 1, data });
    const loaded = await loadUserData();
    expect(loaded).toEqual({ ok: true, data, legacy: true });
    if (!loaded.ok || !loaded.data) throw new Error('unreachable');
    await saveUserData(loaded.data);
    expect(await get('model-mpg:user-data:v1')).toBeUndefined();
    const reloaded = await loadUserData();
    expect(reloaded).toEqual({ ok: true, data });
    expect(reloaded.ok && reloaded.legacy).toBeFalsy();
  });

  it('names the file whose saved models are incomplete instead of loading part of it', async () => {
    await saveUserData({ userDatasets: [dataset('user-1', MODELS_PER_CHUNK + 1)], merges: [] });
    const [firstChunk] = await chunkKeys();
    await set(firstChunk!, undefined);
    const loaded = await loadUserData();
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toMatch(/user-1\.csv/);
  });

  it('saves chunks packed as columns and still reads chunks saved as plain records', async () => {
    const data: UserData = { userDatasets: [dataset('user-1', MODELS_PER_CHUNK + 5)], merges: [] };
    await saveUserData(data);
    const [firstChunk, secondChunk] = await chunkKeys();
    expect(isModelColumns(await get(firstChunk!))).toBe(true);
    // An earlier version's chunk: the same models as an array of records.
    await set(secondChunk!, data.userDatasets[0]!.models.slice(MODELS_PER_CHUNK));
    expect(await loadUserData()).toEqual({ ok: true, data });
  });

  it('names the file whose saved chunk is damaged', async () => {
    await saveUserData({ userDatasets: [dataset('user-1', 3)], merges: [] });
    const [chunk] = await chunkKeys();
    const packed = (await get(chunk!)) as ModelColumns;
    await set(chunk!, { ...packed, texts: packed.texts.slice(0, 2) });
    const loaded = await loadUserData();
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toMatch(/part of "user-1\.csv" could not be read: the packed models are damaged/);
  });

  it('rejects an index in an unknown format', async () => {
    await set('model-mpg:user-data:v2', { version: 7 });
    expect(await loadUserData()).toEqual({ ok: false, reason: 'saved imported data is in an unknown format' });
  });

  it('estimates size from a sample, within a few percent of the full serialisation', () => {
    const ms = models(5000, 'x');
    const exact = JSON.stringify(ms).length * 2;
    expect(Math.abs(estimateBytes(ms) - exact) / exact).toBeLessThan(0.05);
    expect(estimateBytes([])).toBe(0);
  });
});
