// Keeps imported data across reloads in IndexedDB (idb-keyval), shared safely by every tab of the app. Models are
// stored in chunks of a thousand, one write per chunk, each in its own task: IndexedDB copies a value
// synchronously on the calling thread, and one record of 100,000 models held the page for over a second. An index
// record names each dataset's chunks. Every operation holds a lock shared by all tabs (web-lock.ts); a write reads
// the index as stored now and changes only the entries it names, so no tab ever replaces another's imports.
import { createStore, delMany, get, keys, type UseStore } from 'idb-keyval';
import type { DamagedRecord, MergeBatch, UserData, UserDataset } from '../domain/datasets/user-data';
import type { ModelRecord } from '../domain/model';
import { encodeModels } from '../domain/model-columns';
import { readSaved, type Reuse } from './user-data-read';
import { check, CHUNK_PREFIX, INDEX_KEY, indexSchema, type Checked, type SavedLastImport } from './user-data-schema';
import { applyToIndex, removeDamagedRecords, type IndexChange } from './user-data-write';
import { webLock, type Lock } from './web-lock';

export type { SavedLastImport } from './user-data-schema';
/** Models per IndexedDB record: small enough that copying one takes a few tens of milliseconds. */
export const MODELS_PER_CHUNK = 1000;

export type LoadResult =
  | { ok: true; data: UserData; fromLegacy: string[]; damaged: DamagedRecord[]; lastImport: SavedLastImport | null }
  | { ok: false; reason: string };

export interface UserDataChange {
  /** Entries this page holds that may not be stored yet; ones already stored are left as they are. */
  put: UserData;
  /** Ids this page removed, with every merge into a removed dataset. */
  remove: string[];
  /** The last import to remember, or the id of one to forget if it is still the one remembered. */
  lastImport?: SavedLastImport | { forget: string };
}

export interface WriteResult {
  /** Ids now stored, or removed, as asked. */
  saved: string[];
  removed: string[];
  /** What could not be saved, and why; the page keeps it. */
  failed: { entries: { name: string; rows: number }[]; reason: string } | null;
}

export interface UserDataStorage {
  load: (reuse?: Reuse) => Promise<LoadResult>;
  write: (change: UserDataChange) => Promise<WriteResult>;
  removeDamaged: () => Promise<DamagedRecord[]>;
}

const available = () => typeof indexedDB !== 'undefined';
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const describe = (e: unknown) => (e instanceof Error && e.message ? e.message : String(e));
const isQuota = (e: unknown) => e instanceof DOMException && e.name === 'QuotaExceededError';
const entryName = (e: UserDataset | MergeBatch) => ({ name: e.fileName, rows: e.models.length });

/** The app's storage: idb-keyval's default database, with one connection and one lock for every call. */
export function createUserDataStorage(options: { store?: UseStore; lock?: Lock } = {}): UserDataStorage {
  const keyval = options.store ?? createStore('keyval-store', 'keyval');
  const lock = options.lock ?? webLock('model-mpg:user-data');
  return {
    load: (reuse) => lock(async (): Promise<LoadResult> => {
      if (!available()) return { ok: true, data: { userDatasets: [], merges: [] }, fromLegacy: [], damaged: [], lastImport: null };
      try {
        const { data, fromLegacy, damaged, lastImport } = await readSaved(keyval, reuse);
        return { ok: true, data, fromLegacy, damaged: damaged.map(({ place: _place, ...d }) => d), lastImport };
      } catch (e) {
        return { ok: false, reason: `saved imported data could not be read (${describe(e)})` };
      }
    }),
    write: (change) => lock(() => write(keyval, change, lock.acrossTabs)),
    removeDamaged: () => lock(async () => {
      const removed = await removeDamagedRecords(keyval, (await readSaved(keyval)).damaged);
      if (lock.acrossTabs) await sweepChunks(keyval);
      return removed;
    }),
  };
}

async function write(keyval: UseStore, change: UserDataChange, sweep: boolean): Promise<WriteResult> {
  const puts = [...change.put.userDatasets, ...change.put.merges];
  const failAll = (reason: string): WriteResult => ({ saved: [], removed: [], failed: puts.length ? { entries: puts.map(entryName), reason } : { entries: [], reason } });
  if (!available()) return failAll('this browser has no IndexedDB, so imported data cannot be kept after the page closes');
  const chunksOf = new Map<string, string[]>();
  const notSaved: { name: string; rows: number }[] = [];
  let reason = '';
  try {
    const ids = await storedIds(keyval);
    if (!ids.ok) return failAll(ids.reason);
    const stored = new Set(ids.data);
    const fresh = puts.filter((e) => !stored.has(e.id));
    const room = await spaceLeft();
    let needed = 0;
    for (const entry of fresh) {
      needed += estimateBytes(entry.models);
      const problem = room !== null && needed > room ? `the browser allows this site about ${mb(room)} MB more` : null;
      const written = problem ? { ok: false as const, reason: problem } : await writeChunks(keyval, entry.models);
      if (written.ok) chunksOf.set(entry.id, written.keys);
      else {
        notSaved.push(entryName(entry));
        reason = written.reason;
      }
    }
    const indexChange: IndexChange = {
      add: {
        userDatasets: change.put.userDatasets.filter((d) => chunksOf.has(d.id)).map((d) => meta(d, chunksOf)),
        merges: change.put.merges.filter((m) => chunksOf.has(m.id)).map((m) => meta(m, chunksOf)),
      },
      remove: change.remove,
      lastImport: change.lastImport,
    };
    const outcome = await applyToIndex(keyval, indexChange);
    if (!outcome.ok) {
      await delMany([...chunksOf.values()].flat(), keyval);
      return failAll(outcome.reason);
    }
    if (sweep) await sweepChunks(keyval);
    const already = puts.filter((e) => stored.has(e.id)).map((e) => e.id);
    return { saved: [...already, ...chunksOf.keys()], removed: change.remove, failed: notSaved.length ? { entries: notSaved, reason } : null };
  } catch (e) {
    await delMany([...chunksOf.values()].flat(), keyval).catch(() => undefined);
    return failAll(isQuota(e) ? "this site's storage in the browser is full" : `the browser refused to store it (${describe(e)})`);
  }
}

const meta = <T extends UserDataset | MergeBatch>({ models, ...rest }: T, chunksOf: Map<string, string[]>) =>
  ({ ...rest, chunks: chunksOf.get(rest.id) ?? [], count: models.length });

/** Ids in the index as stored now; a damaged index refuses writes, so that nothing overwrites what it held. */
async function storedIds(keyval: UseStore): Promise<Checked<string[]>> {
  const raw: unknown = await get(INDEX_KEY, keyval);
  if (raw === undefined) return { ok: true, data: [] };
  const index = check(indexSchema, raw);
  if (!index.ok) return { ok: false, reason: 'the saved list of imports is damaged; remove the damaged data to save again' };
  const ids = [...index.data.userDatasets, ...index.data.merges].map((e) => (typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined));
  return { ok: true, data: ids.filter((id): id is string => typeof id === 'string') };
}

async function spaceLeft(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
}
const mb = (bytes: number) => Math.max(0, bytes / 1e6).toFixed(0);

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

async function writeChunks(keyval: UseStore, models: readonly ModelRecord[]): Promise<{ ok: true; keys: string[] } | { ok: false; reason: string }> {
  const token = crypto.getRandomValues(new Uint32Array(2)).join('-');
  const chunkKeys: string[] = [];
  try {
    for (let i = 0; i < models.length; i += MODELS_PER_CHUNK) {
      const key = `${CHUNK_PREFIX}${token}:${chunkKeys.length}`;
      await nextTask();
      await keyval('readwrite', (store) => {
        store.put(encodeModels(models.slice(i, i + MODELS_PER_CHUNK)), key);
        return new Promise<void>((resolve, reject) => {
          store.transaction.oncomplete = () => resolve();
          store.transaction.onerror = store.transaction.onabort = () => reject(store.transaction.error);
        });
      });
      chunkKeys.push(key);
    }
    return { ok: true, keys: chunkKeys };
  } catch (e) {
    await delMany(chunkKeys, keyval).catch(() => undefined);
    if (!isQuota(e)) throw e;
    return { ok: false, reason: "this site's storage in the browser is full" };
  }
}

/**
 * Deletes chunks no index entry names (left by a save cut short), unless an entry is too damaged to say which it
 * names. Only under a lock all tabs share: another tab may be writing chunks its index does not name yet.
 */
async function sweepChunks(keyval: UseStore): Promise<void> {
  const index = (await get(INDEX_KEY, keyval)) as { userDatasets?: unknown; merges?: unknown } | undefined;
  const entries = index ? [index.userDatasets, index.merges] : [[], []];
  if (!entries.every(Array.isArray)) return;
  const named = new Set<string>();
  for (const e of (entries as unknown[][]).flat()) {
    const chunks = typeof e === 'object' && e !== null ? (e as { chunks?: unknown }).chunks : undefined;
    if (!Array.isArray(chunks) || !chunks.every((k) => typeof k === 'string')) return;
    for (const k of chunks as string[]) named.add(k);
  }
  const stale = (await keys(keyval)).filter((k): k is string => typeof k === 'string' && k.startsWith(CHUNK_PREFIX) && !named.has(k));
  if (stale.length) await delMany(stale, keyval);
}
