// Reads everything saved about imported data and checks each record on its own: one that fails costs only itself,
// and is reported with its name and the reason while the others load. Nothing here deletes anything.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { DamagedRecord, MergeBatch, UserData, UserDataset } from '../domain/datasets/user-data';
import type { ModelRecord } from '../domain/model';
import { decodeModels, isModelColumns } from '../domain/model-columns';
import {
  check, columnsTablesSchema, datasetMetaSchema, describeValue, indexSchema, INDEX_KEY, LAST_IMPORT_KEY, lastImportSchema,
  LEGACY_KEY, legacyDatasetSchema, legacyMergeSchema, legacySchema, mergeMetaSchema, modelRecordSchema,
  type Checked, type SavedIndex, type SavedLastImport,
} from './user-data-schema';

export type ListName = 'userDatasets' | 'merges';
/** Where a damaged record sits, so that removing damaged data removes exactly it: a whole record, or one entry of a list. */
export type Place = { record: 'index' | 'legacy' | 'last-import'; list?: ListName; position?: number };
export interface Damage extends DamagedRecord {
  place: Place;
}

export interface SavedState {
  data: UserData;
  /** Ids of entries read from the first layout: they are saved in the index by the next write. */
  fromLegacy: string[];
  damaged: Damage[];
  lastImport: SavedLastImport | null;
}

/** Entries this page already holds, by id: saved entries never change, so their chunks need not be read again. */
export type Reuse = (id: string) => UserDataset | MergeBatch | undefined;

const LISTS: readonly ListName[] = ['userDatasets', 'merges'];

export async function readSaved(keyval: UseStore, reuse: Reuse = () => undefined): Promise<SavedState> {
  const [rawIndex, rawLegacy, rawLast] = await keyval('readonly', (store) =>
    Promise.all([INDEX_KEY, LEGACY_KEY, LAST_IMPORT_KEY].map((key) => promisifyRequest(store.get(key)))));
  const state: SavedState = { data: { userDatasets: [], merges: [] }, fromLegacy: [], damaged: [], lastImport: null };
  if (rawIndex !== undefined) {
    const index = check(indexSchema, rawIndex);
    if (index.ok) await readIndex(keyval, index.data, state, reuse);
    else state.damaged.push({ key: INDEX_KEY, name: 'the list of saved imports', reason: index.reason, place: { record: 'index' } });
  }
  if (rawLegacy !== undefined) readLegacy(rawLegacy, state);
  if (rawLast !== undefined) {
    const last = check(lastImportSchema, rawLast);
    if (!last.ok) state.damaged.push({ key: LAST_IMPORT_KEY, name: 'the undo of the last import', reason: last.reason, place: { record: 'last-import' } });
    else if (hasEntry(state.data, last.data.id)) state.lastImport = last.data;
  }
  return state;
}

const hasEntry = (data: UserData, id: string) => data.userDatasets.some((d) => d.id === id) || data.merges.some((m) => m.id === id);

/** A damaged record's name: its file name or label if those are text, else where it is stored. */
function nameOf(raw: unknown, key: string): string {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { fileName?: unknown; label?: unknown };
  if (typeof r.fileName === 'string' && r.fileName) return r.fileName;
  if (typeof r.label === 'string' && r.label) return r.label;
  return key;
}

function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function damage(raw: unknown, key: string, reason: string, place: Place): Damage {
  const id = idOf(raw);
  return id === undefined ? { key, name: nameOf(raw, key), reason, place } : { key, name: nameOf(raw, key), reason, place, id };
}

async function readIndex(keyval: UseStore, index: SavedIndex, state: SavedState, reuse: Reuse): Promise<void> {
  const seen = new Set<string>();
  for (const list of LISTS) {
    for (const [position, raw] of index[list].entries()) {
      const key = `${INDEX_KEY} › ${list}[${position}]`;
      const place: Place = { record: 'index', list, position };
      const meta = list === 'userDatasets' ? check(datasetMetaSchema, raw) : check(mergeMetaSchema, raw);
      if (!meta.ok) {
        state.damaged.push(damage(raw, key, meta.reason, place));
        continue;
      }
      const { chunks, count, ...details } = meta.data;
      if (seen.has(details.id)) {
        state.damaged.push(damage(raw, key, `another saved import has the same id (${details.id})`, place));
        continue;
      }
      seen.add(details.id);
      const known = reuse(details.id);
      const models = known ? { ok: true as const, data: known.models } : await readModels(keyval, chunks, count);
      if (!models.ok) state.damaged.push(damage(raw, key, models.reason, place));
      else if (known) (state.data[list] as (UserDataset | MergeBatch)[]).push(known);
      else (state.data[list] as (UserDataset | MergeBatch)[]).push({ ...details, models: models.data } as UserDataset | MergeBatch);
    }
  }
}

async function readModels(keyval: UseStore, chunks: string[], count: number): Promise<Checked<ModelRecord[]>> {
  // All reads in one transaction, so the database works on the next chunk while this one is unpacked.
  const parts = await keyval('readonly', (store) =>
    Promise.all(chunks.map((key, i) => promisifyRequest(store.get(key)).then((chunk) => unpack(chunk, chunks.length > 1 ? `part ${i + 1} of ${chunks.length} of its rows` : 'its rows')))));
  const bad = parts.find((p) => !p.ok);
  if (bad) return bad;
  const models = parts.length === 1 && parts[0]!.ok ? parts[0]!.data : parts.flatMap((p) => (p.ok ? p.data : []));
  if (models.length !== count) return { ok: false, reason: `holds ${models.length.toLocaleString()} of its ${count.toLocaleString()} rows` };
  return { ok: true, data: models };
}

function unpack(chunk: unknown, part: string): Checked<ModelRecord[]> {
  if (chunk === undefined) return { ok: false, reason: `${part}: missing from storage` };
  if (Array.isArray(chunk)) return checkRecords(chunk, part);
  if (!isModelColumns(chunk)) return { ok: false, reason: `${part}: ${describeValue(chunk)}, in no format this app wrote` };
  // The string table is checked with a loop, not a schema: it holds every distinct text of a thousand models.
  if (!Array.isArray(chunk.texts) || !chunk.texts.every((t) => typeof t === 'string')) return { ok: false, reason: `${part}: the packed text table is damaged` };
  const tables = check(columnsTablesSchema, chunk);
  if (!tables.ok) return { ok: false, reason: `${part}: ${tables.reason}` };
  const models = decodeModels(chunk);
  return models.ok ? models : { ok: false, reason: `${part}: ${models.reason}` };
}

/** Models saved as plain records (the first layout, and chunks from before models were packed as columns). */
function checkRecords(records: readonly unknown[], part: string): Checked<ModelRecord[]> {
  const out: ModelRecord[] = [];
  for (const [i, raw] of records.entries()) {
    const r = check(modelRecordSchema, raw);
    if (!r.ok) return { ok: false, reason: `${part}, row ${i + 1}: ${r.reason}` };
    out.push(r.data as ModelRecord);
  }
  return { ok: true, data: out };
}

function readLegacy(raw: unknown, state: SavedState): void {
  const legacy = check(legacySchema, raw);
  if (!legacy.ok) {
    state.damaged.push({ key: LEGACY_KEY, name: 'imported data saved by an early version', reason: legacy.reason, place: { record: 'legacy' } });
    return;
  }
  for (const list of LISTS) {
    for (const [position, entry] of legacy.data.data[list].entries()) {
      const id = idOf(entry);
      if (id !== undefined && hasEntry(state.data, id)) continue; // already moved to the index
      const key = `${LEGACY_KEY} › ${list}[${position}]`;
      const place: Place = { record: 'legacy', list, position };
      const details = list === 'userDatasets' ? check(legacyDatasetSchema, entry) : check(legacyMergeSchema, entry);
      const models = details.ok ? checkRecords(details.data.models, 'its rows') : details;
      if (!details.ok || !models.ok) {
        state.damaged.push(damage(entry, key, models.ok ? 'unreadable' : models.reason, place));
        continue;
      }
      (state.data[list] as (UserDataset | MergeBatch)[]).push({ ...details.data, models: models.data } as UserDataset | MergeBatch);
      state.fromLegacy.push(details.data.id);
    }
  }
}
