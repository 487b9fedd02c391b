// Read-modify-writes of the saved index and the records beside it, each in one IndexedDB transaction, so what is
// written is always computed from what is stored at that moment, never from a copy read earlier.
import type { UseStore } from 'idb-keyval';
import type { DamagedRecord } from '../domain/datasets/user-data';
import type { Damage, ListName } from './user-data-read';
import {
  check, CHUNK_PREFIX, INDEX_KEY, indexSchema, LAST_IMPORT_KEY, LEGACY_KEY, legacySchema,
  type DatasetMeta, type MergeMeta, type SavedIndex, type SavedLastImport,
} from './user-data-schema';

export interface IndexChange {
  add: { userDatasets: DatasetMeta[]; merges: MergeMeta[] };
  remove: string[];
  lastImport?: SavedLastImport | { forget: string } | undefined;
}

const LISTS: readonly ListName[] = ['userDatasets', 'merges'];
const field = (raw: unknown, name: string): unknown => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined);
const idOf = (raw: unknown) => {
  const id = field(raw, 'id');
  return typeof id === 'string' ? id : undefined;
};
/** Chunk keys an entry names; only keys under the chunk prefix, so a damaged entry can never point a delete elsewhere. */
const chunksOf = (raw: unknown): string[] => {
  const chunks = field(raw, 'chunks');
  return Array.isArray(chunks) ? chunks.filter((k): k is string => typeof k === 'string' && k.startsWith(CHUNK_PREFIX)) : [];
};

export function applyToIndex(keyval: UseStore, change: IndexChange): Promise<{ ok: true } | { ok: false; reason: string }> {
  return inTransaction(keyval, (rawIndex, rawLegacy, rawLast, store) => {
    const checked = rawIndex === undefined ? { ok: true as const, data: { version: 2, userDatasets: [], merges: [] } as SavedIndex } : check(indexSchema, rawIndex);
    if (!checked.ok) return { ok: false, reason: 'the saved list of imports is damaged; remove the damaged data to save again' };
    const index = checked.data;
    const removing = new Set(change.remove);
    const stays = (raw: unknown) => !removing.has(idOf(raw) ?? '');
    const present = new Set([...index.userDatasets, ...index.merges].filter(stays).map(idOf));
    const next: SavedIndex = {
      version: 2,
      userDatasets: [...index.userDatasets.filter(stays), ...change.add.userDatasets.filter((m) => !present.has(m.id))],
      merges: [...index.merges.filter(stays), ...change.add.merges.filter((m) => !present.has(m.id))],
    };
    const named = new Set([...next.userDatasets, ...next.merges].flatMap(chunksOf));
    const unnamed = [...index.userDatasets, ...index.merges, ...change.add.userDatasets, ...change.add.merges].flatMap(chunksOf).filter((k) => !named.has(k));
    for (const key of new Set(unnamed)) store.delete(key);
    putOrDelete(store, INDEX_KEY, next.userDatasets.length + next.merges.length ? next : undefined);
    const ids = new Set([...next.userDatasets, ...next.merges].map(idOf));
    updateLastImport(store, rawLast, change.lastImport, ids);
    pruneLegacy(store, rawLegacy, (raw) => stays(raw) && !ids.has(idOf(raw)));
    return { ok: true };
  });
}

function updateLastImport(store: IDBObjectStore, raw: unknown, wanted: IndexChange['lastImport'], ids: ReadonlySet<string | undefined>): void {
  if (wanted && 'version' in wanted) store.put(wanted, LAST_IMPORT_KEY);
  else if (raw !== undefined && ((wanted && idOf(raw) === wanted.forget) || !ids.has(idOf(raw)))) store.delete(LAST_IMPORT_KEY);
}

/** Keeps the first layout's record only while it holds entries the index does not: the rest have moved over or were removed. */
function pruneLegacy(store: IDBObjectStore, raw: unknown, keep: (entry: unknown) => boolean): void {
  if (raw === undefined) return;
  const legacy = check(legacySchema, raw);
  if (!legacy.ok) return; // damaged: kept until the user removes it
  const data = { userDatasets: legacy.data.data.userDatasets.filter(keep), merges: legacy.data.data.merges.filter(keep) };
  if (data.userDatasets.length + data.merges.length === legacy.data.data.userDatasets.length + legacy.data.data.merges.length) return;
  putOrDelete(store, LEGACY_KEY, data.userDatasets.length + data.merges.length ? { ...legacy.data, data } : undefined);
}

/** Removes exactly the damaged records found by a read made under the same lock, and the chunks only they name. */
export function removeDamagedRecords(keyval: UseStore, damaged: readonly Damage[]): Promise<DamagedRecord[]> {
  if (damaged.length === 0) return Promise.resolve([]);
  return inTransaction(keyval, (rawIndex, rawLegacy, _rawLast, store) => {
    const at = (record: string, list: ListName) => new Set(damaged.filter((d) => d.place.record === record && d.place.list === list).map((d) => d.place.position));
    const whole = (record: string) => damaged.some((d) => d.place.record === record && d.place.list === undefined);
    if (whole('index')) store.delete(INDEX_KEY);
    else if (rawIndex !== undefined) {
      const index = rawIndex as SavedIndex;
      const next: SavedIndex = { version: 2, userDatasets: [], merges: [] };
      const dropped: unknown[] = [];
      for (const list of LISTS) {
        const bad = at('index', list);
        index[list].forEach((e, i) => (bad.has(i) ? dropped : next[list]).push(e));
      }
      const named = new Set([...next.userDatasets, ...next.merges].flatMap(chunksOf));
      for (const key of new Set(dropped.flatMap(chunksOf))) if (!named.has(key)) store.delete(key);
      putOrDelete(store, INDEX_KEY, next.userDatasets.length + next.merges.length ? next : undefined);
    }
    if (whole('legacy')) store.delete(LEGACY_KEY);
    else if (rawLegacy !== undefined) {
      const bad = { userDatasets: at('legacy', 'userDatasets'), merges: at('legacy', 'merges') };
      const lists = (rawLegacy as { data: Record<ListName, unknown[]> }).data;
      const keep = new Set(LISTS.flatMap((l) => lists[l].filter((_, i) => !bad[l].has(i))));
      pruneLegacy(store, rawLegacy, (e) => keep.has(e));
    }
    if (whole('last-import')) store.delete(LAST_IMPORT_KEY);
    return damaged.map(({ place: _place, ...d }) => d);
  });
}

function putOrDelete(store: IDBObjectStore, key: string, value: unknown): void {
  if (value === undefined) store.delete(key);
  else store.put(value, key);
}

/** Reads the index, the first layout's record and the last import, then runs `body` in the same transaction. */
function inTransaction<T>(keyval: UseStore, body: (index: unknown, legacy: unknown, lastImport: unknown, store: IDBObjectStore) => T): Promise<T> {
  return keyval('readwrite', (store) => new Promise<T>((resolve, reject) => {
    const tx = store.transaction;
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('the browser aborted the write'));
    const [index, legacy, last] = [INDEX_KEY, LEGACY_KEY, LAST_IMPORT_KEY].map((k) => store.get(k));
    // Requests in one transaction complete in order: when the last has, all have.
    last!.onsuccess = () => {
      try {
        result = body(index!.result, legacy!.result, last!.result, store);
      } catch (e) {
        reject(e);
        tx.abort();
      }
    };
  }));
}
