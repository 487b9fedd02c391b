import 'fake-indexeddb/auto';
import { clear, get, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import type { MergeBatch, UserData, UserDataset } from '../../src/domain/datasets/user-data';
import type { ModelRecord } from '../../src/domain/model';
import { isModelColumns, type ModelColumns } from '../../src/domain/model-columns';
import { createUserDataStorage, estimateBytes, MODELS_PER_CHUNK, type LoadResult } from '../../src/lib/user-data-storage';

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
const merge = (id: string, n: number): MergeBatch => ({ id, target: 'great-gpu-race', fileName: `${id}.csv`, importedAt: '2026-11-27T00:00:00.000Z', models: models(n, id) });
const none: UserData = { userDatasets: [], merges: [] };
const put = (data: Partial<UserData>) => ({ put: { ...none, ...data }, remove: [] });

const chunkKeys = async () => (await keys()).filter((k) => String(k).includes(':chunk:')).map(String).sort();
const INDEX = 'model-mpg:user-data:v2';
const loaded = (r: LoadResult) => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('user data storage', () => {
  let storage = createUserDataStorage();
  beforeEach(async () => {
    await clear();
    storage = createUserDataStorage();
  });

  it('round-trips datasets and merges, models in order, in chunks', async () => {
    const data: UserData = { userDatasets: [dataset('user-1', MODELS_PER_CHUNK * 2 + 17)], merges: [merge('merge-1', 3)] };
    const r = await storage.write({ put: data, remove: [] });
    expect(r).toEqual({ saved: ['user-1', 'merge-1'], removed: [], failed: null });
    expect(await chunkKeys()).toHaveLength(4);
    expect(loaded(await storage.load())).toEqual({ ok: true, data, fromLegacy: [], damaged: [], lastImport: null });
  });

  it('writes only entries not stored yet, and deletes exactly the chunks of removed ones', async () => {
    const a = dataset('user-a', 10);
    const b = dataset('user-b', 10);
    await storage.write(put({ userDatasets: [a] }));
    const first = await chunkKeys();
    await storage.write(put({ userDatasets: [a, b] }));
    const second = await chunkKeys();
    expect(second).toEqual(expect.arrayContaining(first));
    expect(second).toHaveLength(2);
    await storage.write({ put: none, remove: ['user-a'] });
    const third = await chunkKeys();
    expect(third).toHaveLength(1);
    expect(third).not.toContain(first[0]);
    await storage.write({ put: none, remove: ['user-b'] });
    expect(await keys()).toEqual([]);
  });

  it('merges into what is stored now: a write never drops entries another tab saved meanwhile', async () => {
    const other = createUserDataStorage();
    await storage.write(put({ userDatasets: [dataset('user-a', 3)] }));
    await other.write(put({ userDatasets: [dataset('user-b', 4)] }));
    await storage.write({ put: none, remove: ['user-a'] });
    expect(loaded(await other.load()).data.userDatasets.map((d) => d.id)).toEqual(['user-b']);
  });

  it('reads data saved in the first layout and moves it to the index on the next write', async () => {
    const data: UserData = { userDatasets: [dataset('user-1', 5)], merges: [] };
    await set('model-mpg:user-data:v1', { version: 1, data });
    const r = loaded(await storage.load());
    expect(r.data).toEqual(data);
    expect(r.fromLegacy).toEqual(['user-1']);
    await storage.write({ put: r.data, remove: [] });
    expect(await get('model-mpg:user-data:v1')).toBeUndefined();
    const again = loaded(await storage.load());
    expect(again.data).toEqual(data);
    expect(again.fromLegacy).toEqual([]);
  });

  it('saves chunks packed as columns and still reads chunks saved as plain records', async () => {
    const data: UserData = { userDatasets: [dataset('user-1', MODELS_PER_CHUNK + 5)], merges: [] };
    await storage.write({ put: data, remove: [] });
    const [firstChunk, secondChunk] = await chunkKeys();
    expect(isModelColumns(await get(firstChunk!))).toBe(true);
    // An earlier version's chunk: the same models as an array of records.
    await set(secondChunk!, data.userDatasets[0]!.models.slice(MODELS_PER_CHUNK));
    expect(loaded(await storage.load()).data).toEqual(data);
  });

  it('remembers the last import only while its data is stored, and forgets it only if it is still the one remembered', async () => {
    const record = { version: 2 as const, id: 'user-a', fileName: 'a.csv', count: 3, mode: 'replace' as const, before: 'q=x' };
    await storage.write({ ...put({ userDatasets: [dataset('user-a', 3)] }), lastImport: record });
    expect(loaded(await storage.load()).lastImport).toEqual(record);
    await storage.write({ put: none, remove: [], lastImport: { forget: 'user-0e' } });
    expect(loaded(await storage.load()).lastImport).toEqual(record);
    await storage.write({ put: none, remove: ['user-a'] });
    expect(await get('model-mpg:user-data:v2:last-import')).toBeUndefined();
  });

  it('names what was not saved when the browser is out of room, keeps what fit, and leaves no chunks behind', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: async () => ({ quota: 100_000, usage: 0 }) } });
    const small = dataset('user-5a11', 2);
    const big = dataset('user-b16', 2000);
    const r = await storage.write(put({ userDatasets: [small, big] }));
    vi.unstubAllGlobals();
    expect(r.saved).toEqual(['user-5a11']);
    expect(r.failed?.entries).toEqual([{ name: 'user-b16.csv', rows: 2000 }]);
    expect(r.failed?.reason).toMatch(/allows this site about 0 MB more/);
    expect(loaded(await storage.load()).data.userDatasets.map((d) => d.id)).toEqual(['user-5a11']);
    expect(await chunkKeys()).toHaveLength(1);
  });

  it('reports a QuotaExceededError from IndexedDB as storage full, naming the dataset', async () => {
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (String(key).includes(':chunk:')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, value, key);
    });
    const r = await storage.write(put({ userDatasets: [dataset('user-a', 3)] }));
    expect(r.failed).toEqual({ entries: [{ name: 'user-a.csv', rows: 3 }], reason: "this site's storage in the browser is full" });
    expect(r.saved).toEqual([]);
  });

  it('estimates size from a sample, within a few percent of the full serialisation', () => {
    const ms = models(5000, 'x');
    const exact = JSON.stringify(ms).length * 2;
    expect(Math.abs(estimateBytes(ms) - exact) / exact).toBeLessThan(0.05);
    expect(estimateBytes([])).toBe(0);
  });

  describe('a damaged record costs only itself', () => {
    const good = [dataset('user-a', 3), dataset('user-b', MODELS_PER_CHUNK + 2)];
    const damageOne = async (damage: (index: { userDatasets: Record<string, unknown>[] }) => Promise<void> | void) => {
      await storage.write({ put: { userDatasets: [...good, dataset('user-c', 4)], merges: [merge('merge-1', 2)] }, remove: [] });
      const index = (await get(INDEX)) as { userDatasets: Record<string, unknown>[] };
      await damage(index);
      await set(INDEX, index);
    };
    const chunkOfC = (index: { userDatasets: Record<string, unknown>[] }) => (index.userDatasets[2]!.chunks as string[])[0]!;

    it.each([
      ['a label that is not text', (i: { userDatasets: Record<string, unknown>[] }) => { i.userDatasets[2]!.label = { x: 1 }; }, /^label should be text, found an object$/],
      ['a date that is a number', (i: { userDatasets: Record<string, unknown>[] }) => { i.userDatasets[2]!.importedAt = 42; }, /^importedAt should be text, found 42$/],
      ['a missing chunk', async (i: { userDatasets: Record<string, unknown>[] }) => { await set(chunkOfC(i), undefined); }, /^its rows: missing from storage$/],
      ['garbage bytes for a chunk', async (i: { userDatasets: Record<string, unknown>[] }) => { await set(chunkOfC(i), new Uint8Array([7, 1, 255, 3])); }, /^its rows: binary data, in no format this app wrote$/],
      ['an old-format chunk with a bad record', async (i: { userDatasets: Record<string, unknown>[] }) => {
        await set(chunkOfC(i), [...models(3, 'c'), { ...models(1, 'c')[0], mmlu: { value: '70', raw: '70', status: 'reported' } }]);
      }, /^its rows, row 4: mmlu\.value should be a number, found "70"$/],
      ['a packed chunk whose text table holds a number', async (i: { userDatasets: Record<string, unknown>[] }) => {
        const packed = (await get(chunkOfC(i))) as ModelColumns;
        await set(chunkOfC(i), { ...packed, texts: [...packed.texts.slice(0, -1), 5] });
      }, /^its rows: the packed text table is damaged$/],
    ])('%s', async (_name, damage, reason) => {
      await damageOne(damage);
      const r = loaded(await storage.load());
      expect(r.data.userDatasets).toEqual(good);
      expect(r.data.merges.map((m) => m.id)).toEqual(['merge-1']);
      expect(r.damaged).toHaveLength(1);
      expect(r.damaged[0]).toMatchObject({ name: 'user-c.csv', id: 'user-c', key: `${INDEX} › userDatasets[2]` });
      expect(r.damaged[0]!.reason).toMatch(reason);
      // Writing keeps the damaged record as it is; only "Remove damaged data" deletes it.
      await storage.write(put({ userDatasets: [dataset('user-d', 1)] }));
      const after = loaded(await storage.load());
      expect(after.data.userDatasets.map((d) => d.id)).toEqual(['user-a', 'user-b', 'user-d']);
      expect(after.damaged.map((d) => d.id)).toEqual(['user-c']);
      expect((await storage.removeDamaged()).map((d) => d.name)).toEqual(['user-c.csv']);
      const cleaned = loaded(await storage.load());
      expect(cleaned.damaged).toEqual([]);
      expect(cleaned.data.userDatasets.map((d) => d.id)).toEqual(['user-a', 'user-b', 'user-d']);
      expect(await chunkKeys()).toHaveLength(1 + 2 + 1 + 1);
    });

    it('names an entry by its key when neither its file name nor its label is readable', async () => {
      await damageOne((i) => {
        i.userDatasets[2] = 'garbage' as unknown as Record<string, unknown>;
      });
      const r = loaded(await storage.load());
      expect(r.damaged).toEqual([{ key: `${INDEX} › userDatasets[2]`, name: `${INDEX} › userDatasets[2]`, reason: 'the record should be an object, found "garbage"' }]);
      expect(r.data.userDatasets).toEqual(good);
    });

    it('reports a damaged first-layout entry and loads the rest of it', async () => {
      const bad = { ...dataset('user-2', 1), label: null };
      await set('model-mpg:user-data:v1', { version: 1, data: { userDatasets: [dataset('user-1', 2), bad], merges: [] } });
      const r = loaded(await storage.load());
      expect(r.data.userDatasets.map((d) => d.id)).toEqual(['user-1']);
      expect(r.damaged).toMatchObject([{ name: 'user-2.csv', reason: 'label should be text, found null' }]);
      // Moving the readable entry over keeps the damaged one where it was.
      await storage.write({ put: r.data, remove: [] });
      expect(loaded(await storage.load()).damaged).toMatchObject([{ name: 'user-2.csv' }]);
      await storage.removeDamaged();
      expect(await get('model-mpg:user-data:v1')).toBeUndefined();
      expect(loaded(await storage.load()).data.userDatasets.map((d) => d.id)).toEqual(['user-1']);
    });

    it('refuses to write over an index that is damaged as a whole, and reports it', async () => {
      await set(INDEX, 'not an index');
      const r = loaded(await storage.load());
      expect(r.damaged).toMatchObject([{ key: INDEX, name: 'the list of saved imports' }]);
      const w = await storage.write(put({ userDatasets: [dataset('user-a', 1)] }));
      expect(w.failed?.reason).toMatch(/damaged/);
      expect(await get(INDEX)).toBe('not an index');
      await storage.removeDamaged();
      expect((await storage.write(put({ userDatasets: [dataset('user-a', 1)] }))).failed).toBeNull();
    });
  });
});
