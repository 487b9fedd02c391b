// Keeps imported data across reloads in IndexedDB (idb-keyval). Models are stored in chunks of a few thousand
// records, one IndexedDB write per chunk, each in its own task: IndexedDB copies a value synchronously on the
// calling thread, and one record of 100,000 models held the page for over a second on save and again on load.
// An index record names each dataset's chunks; chunks are written before the index that points to them, and
// old chunks are deleted after it, so an interrupted save leaves the previous data readable. Chunks hold the
// models packed as columns (domain/model-columns), which IndexedDB copies about five times faster than records;
// chunks saved as plain records by earlier versions are still read.
import { createStore, del, delMany, get, keys, promisifyRequest, set } from 'idb-keyval';
import type { ModelRecord } from '../domain/model';
import { decodeModels, encodeModels, isModelColumns } from '../domain/model-columns';
import type { MergeBatch, UserData, UserDataset } from '../domain/datasets/user-data';

const LEGACY_KEY = 'model-mpg:user-data:v1';
const INDEX_KEY = 'model-mpg:user-data:v2';
const CHUNK_PREFIX = 'model-mpg:user-data:v2:chunk:';
/** Models per IndexedDB record: small enough that copying one takes a few tens of milliseconds. */
export const MODELS_PER_CHUNK = 1000;

type Meta<T> = Omit<T, 'models'> & { chunks: string[]; count: number };
interface SavedIndex {
  version: 2;
  userDatasets: Meta<UserDataset>[];
  merges: Meta<MergeBatch>[];
}

export type SaveResult = { ok: true } | { ok: false; reason: string };
/** legacy: the data was in the first, single-record layout and should be saved again to move it over. */
export type LoadResult = { ok: true; data: UserData | null; legacy?: true } | { ok: false; reason: string };

const available = () => typeof indexedDB !== 'undefined';
/**
 * idb-keyval's default database and store, as a handle of our own (opened on first use) so that many chunks
 * can be read in one transaction; every call here uses it, so the page holds one connection.
 */
const keyval = createStore('keyval-store', 'keyval');
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const describe = (e: unknown, fallback: string) => (e instanceof Error ? e.message : fallback);

/** Where each models array was last written, so a save rewrites only what changed. */
const written = new WeakMap<readonly ModelRecord[], string[]>();

export async function loadUserData(): Promise<LoadResult> {
  if (!available()) return { ok: true, data: null };
  try {
    const index = (await get(INDEX_KEY, keyval)) as SavedIndex | undefined;
    if (!index) return loadLegacy();
    if (index.version !== 2 || !Array.isArray(index.userDatasets) || !Array.isArray(index.merges)) {
      return { ok: false, reason: 'saved imported data is in an unknown format' };
    }
    const userDatasets: UserDataset[] = [];
    for (const meta of index.userDatasets) userDatasets.push(await withModels(meta));
    const merges: MergeBatch[] = [];
    for (const meta of index.merges) merges.push(await withModels(meta));
    return { ok: true, data: { userDatasets, merges } };
  } catch (e) {
    return { ok: false, reason: `saved imported data could not be read (${describe(e, 'storage error')})` };
  }
}

async function withModels<T extends UserDataset | MergeBatch>(meta: Meta<T>): Promise<T> {
  const { chunks, count, ...rest } = meta;
  // All reads in one transaction, so the database works on the next chunk while this one is unpacked; each
  // chunk is unpacked as its own read completes, in its own task.
  const parts = await keyval('readonly', (store) =>
    Promise.all(chunks.map((key) => promisifyRequest(store.get(key)).then((chunk) => unpack(chunk, meta.fileName)))));
  const models = parts.length === 1 ? parts[0]! : parts.flat();
  if (models.length !== count) throw new Error(`"${meta.fileName}" has ${models.length} of its ${count} models`);
  written.set(models, chunks);
  return { ...rest, models } as unknown as T;
}

function unpack(chunk: unknown, fileName: string): ModelRecord[] {
  if (Array.isArray(chunk)) return chunk as ModelRecord[];
  if (!isModelColumns(chunk)) throw new Error(`part of "${fileName}" is missing`);
  const models = decodeModels(chunk);
  if (!models.ok) throw new Error(`part of "${fileName}" could not be read: ${models.reason}`);
  return models.data;
}

/** Data saved by the first version, in one record: read once, rewritten in chunks by the next save. */
async function loadLegacy(): Promise<LoadResult> {
  const saved = (await get(LEGACY_KEY, keyval)) as { version?: number; data?: UserData } | undefined;
  if (!saved) return { ok: true, data: null };
  if (saved.version !== 1 || !saved.data || !Array.isArray(saved.data.userDatasets) || !Array.isArray(saved.data.merges)) {
    return { ok: false, reason: 'saved imported data is in an unknown format' };
  }
  return { ok: true, data: saved.data, legacy: true };
}

/** Bytes the models will take, from a sample: stringifying 100,000 models to measure them took ~700 ms. */
export function estimateBytes(models: readonly ModelRecord[]): number {
  if (models.length === 0) return 0;
  const step = Math.max(1, Math.floor(models.length / 200));
  let sampled = 0;
  let chars = 0;
  for (let i = 0; i < models.length; i += step) {
    chars += JSON.stringify(models[i]).length;
    sampled++;
  }
  return (chars / sampled) * models.length * 2;
}

let saving: Promise<unknown> = Promise.resolve();

/** Saves run one after another: a save deletes chunks no index names, which must not race another's writes. */
export function saveUserData(data: UserData): Promise<SaveResult> {
  const run = saving.then(() => save(data));
  saving = run.catch(() => undefined);
  return run;
}

async function save(data: UserData): Promise<SaveResult> {
  if (!available()) return { ok: false, reason: 'this browser has no IndexedDB, so imported data will not survive a reload' };
  try {
    const entries = [...data.userDatasets, ...data.merges];
    const fresh = entries.filter((e) => !written.has(e.models));
    const needed = fresh.reduce((sum, e) => sum + estimateBytes(e.models), 0);
    const estimate = needed > 0 ? await navigator.storage?.estimate?.() : undefined;
    if (estimate?.quota !== undefined && estimate.usage !== undefined && needed > estimate.quota - estimate.usage) {
      return { ok: false, reason: `imported data needs about ${(needed / 1e6).toFixed(0)} MB but the browser allows ${((estimate.quota - estimate.usage) / 1e6).toFixed(0)} MB more` };
    }
    for (const entry of fresh) written.set(entry.models, await writeChunks(entry.models));
    const meta = <T extends UserDataset | MergeBatch>({ models, ...rest }: T) => ({ ...rest, chunks: written.get(models) ?? [], count: models.length });
    const index: SavedIndex = { version: 2, userDatasets: data.userDatasets.map(meta), merges: data.merges.map(meta) };
    if (entries.length === 0) await del(INDEX_KEY, keyval);
    else await set(INDEX_KEY, index, keyval);
    await removeUnreferenced(new Set(entries.flatMap((e) => written.get(e.models) ?? [])));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `the browser refused to store it (${describe(e, 'quota exceeded')})` };
  }
}

async function writeChunks(models: readonly ModelRecord[]): Promise<string[]> {
  const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const chunkKeys: string[] = [];
  for (let i = 0; i < models.length; i += MODELS_PER_CHUNK) {
    const key = `${CHUNK_PREFIX}${token}:${chunkKeys.length}`;
    await nextTask();
    await set(key, encodeModels(models.slice(i, i + MODELS_PER_CHUNK)), keyval);
    chunkKeys.push(key);
  }
  return chunkKeys;
}

async function removeUnreferenced(referenced: ReadonlySet<string>): Promise<void> {
  const stale = (await keys(keyval)).filter((k) => typeof k === 'string' && (k === LEGACY_KEY || (k.startsWith(CHUNK_PREFIX) && !referenced.has(k))));
  if (stale.length) await delMany(stale, keyval);
}
