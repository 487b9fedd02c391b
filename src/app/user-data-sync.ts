// Keeps one tab's imported data and this browser's storage in step. The tab writes what it changed (entries it
// added, ids it removed), never its whole list; what other tabs wrote is read back and folded in (mergeStored).
// Reads and writes of one tab run one after another; the storage's lock orders them between tabs.
import type { StoreApi } from 'zustand';
import { mergeStored } from '../domain/datasets/merge-stored';
import { entryIds, type UserData } from '../domain/datasets/user-data';
import type { LoadResult, SavedLastImport, UserDataChange, UserDataStorage, WriteResult } from '../lib/user-data-storage';
import type { AppState } from '../store/types';
import { encodeStore } from '../store/view-sync';

export interface SyncDeps {
  store: StoreApi<AppState>;
  storage: UserDataStorage;
  /** Tells the other tabs that stored data changed. */
  announce: () => void;
  /** Runs a save soon (the app: once the page is idle, so a fresh import paints first). */
  schedule: (save: () => void) => void;
  /** A first read already under way (the app starts it as its code loads, to overlap start-up). */
  firstLoad?: Promise<LoadResult> | null;
}

export interface UserDataSync {
  /** Reads saved data for the first time, then follows the store's changes. */
  start: () => Promise<void>;
  /** Another tab changed stored data: read it again. */
  refresh: () => Promise<void>;
  /** Writes whatever this tab changed that storage does not have yet. */
  save: () => Promise<void>;
  removeDamaged: () => Promise<void>;
  /** A change of this tab's is not stored yet (a save pending, running or failed). */
  hasUnsaved: () => boolean;
  stop: () => void;
}

export function createUserDataSync({ store, storage, announce, schedule, firstLoad }: SyncDeps): UserDataSync {
  /** Ids this tab last saw stored: the base its own additions and removals are counted from. */
  let known = new Set<string>();
  /** The id of the last import as stored, so that a new one is written and an undone one forgotten. */
  let storedImport: string | null = null;
  let queue: Promise<void> = Promise.resolve();
  let ready = false;
  let scheduled = false;
  let stopped = false;
  let unsubscribe = () => {};
  const state = () => store.getState();
  const run = (task: () => Promise<void>) => (queue = queue.then(task).catch((e: unknown) => console.error('saved data:', e)));
  const notice = (text: string) => {
    if (!state().notices.some((n) => n.text === text)) state().addNotice(text);
  };

  const change = (): UserDataChange => {
    const s = state();
    const here = new Set(entryIds(s));
    const put: UserData = { userDatasets: s.userDatasets.filter((d) => !known.has(d.id)), merges: s.merges.filter((m) => !known.has(m.id)) };
    const out: UserDataChange = { put, remove: [...known].filter((id) => !here.has(id)) };
    if (s.lastImport && s.lastImport.id !== storedImport) out.lastImport = savedImport(s.lastImport);
    else if (!s.lastImport && storedImport) out.lastImport = { forget: storedImport };
    return out;
  };
  const isEmpty = (c: UserDataChange) => c.put.userDatasets.length + c.put.merges.length + c.remove.length === 0 && !c.lastImport;

  const read = async (first: boolean) => {
    const s = state();
    const have = new Map([...s.userDatasets, ...s.merges].map((e) => [e.id, e] as const));
    const r = first && firstLoad ? await firstLoad : await storage.load((id) => have.get(id));
    if (stopped) return;
    if (!r.ok) {
      notice(`Ignored ${r.reason}.`);
      if (first) state().hydrateUserData({ userDatasets: state().userDatasets, merges: state().merges });
      return;
    }
    const now = state();
    const merged = mergeStored({ userDatasets: now.userDatasets, merges: now.merges }, known, r.data);
    const legacy = new Set(r.fromLegacy);
    known = new Set(entryIds(r.data).filter((id) => !legacy.has(id)));
    if (first) storedImport = r.lastImport?.id ?? null;
    now.hydrateUserData(merged, r.damaged);
    if (first && r.lastImport) state().restoreLastImport(r.lastImport);
  };

  const write = async () => {
    scheduled = false;
    const c = change();
    if (stopped || isEmpty(c)) return;
    const r = await storage.write(c);
    for (const id of r.saved) known.add(id);
    for (const id of r.removed) known.delete(id);
    const lastImport = c.lastImport;
    if (lastImport && (r.saved.includes('id' in lastImport ? lastImport.id : '') || 'forget' in lastImport)) storedImport = 'id' in lastImport ? lastImport.id : null;
    report(r, c);
    if (r.saved.length || r.removed.length) announce();
  };

  const report = (r: WriteResult, c: UserDataChange) => {
    const s = state();
    if (!r.failed) {
      s.setUserDataUnsaved(null);
      return;
    }
    const what = r.failed.entries.map((e) => `“${e.name}” (${e.rows.toLocaleString()} rows)`);
    const subject = what.length ? `${what.join(', ')} ${what.length === 1 ? 'was' : 'were'}` : 'Your latest change was';
    notice(`${subject} not saved in this browser: ${r.failed.reason}. It stays open in this page; remove a dataset or free space, then save again.`);
    s.setUserDataUnsaved(r.failed.reason);
    if (c.lastImport && 'id' in c.lastImport && !r.saved.includes(c.lastImport.id)) s.setUndoNotKept(r.failed.reason);
  };

  const requestSave = () => {
    if (scheduled) return;
    scheduled = true;
    state().setUserDataSaving(true);
    schedule(() => void sync.save());
  };

  const sync: UserDataSync = {
    start: () => {
      unsubscribe = store.subscribe((s, prev) => {
        if (ready && (s.userDatasets !== prev.userDatasets || s.merges !== prev.merges || s.lastImport !== prev.lastImport)) requestSave();
      });
      return run(async () => {
        await read(true);
        ready = true;
        if (!isEmpty(change())) requestSave();
      });
    },
    refresh: () => run(() => read(false)),
    save: () => run(write).then(() => {
      if (!scheduled) state().setUserDataSaving(false);
    }),
    removeDamaged: () => run(async () => {
      const removed = await storage.removeDamaged();
      if (removed.length) announce();
      notice(removed.length
        ? `Removed ${removed.length === 1 ? 'the damaged record' : `${removed.length} damaged records`}: ${removed.map((d) => `“${d.name}”`).join(', ')}.`
        : 'No damaged records were left to remove.');
      await read(false);
    }),
    hasUnsaved: () => scheduled || (ready && !isEmpty(change())),
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
  return sync;
}

/** The last import as stored beside the data: the view before it as a link's query, which is validated when read. */
const savedImport = (i: NonNullable<AppState['lastImport']>): SavedLastImport => ({
  version: 2, id: i.id, fileName: i.fileName, count: i.count, mode: i.mode, before: encodeStore(i.before),
});
