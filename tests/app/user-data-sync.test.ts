// Two tabs (two stores, each with its own storage connection) sharing one fake IndexedDB, a lock like Web Locks
// and a channel like BroadcastChannel: whatever the interleaving of imports, removals and undos, a dataset that
// nobody removed is never lost, and once everything is delivered both tabs and storage hold the same data.
import 'fake-indexeddb/auto';
import * as fc from 'fast-check';
import { clear } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createUserDataSync, type UserDataSync } from '../../src/app/user-data-sync';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { entryIds, entriesOf } from '../../src/domain/datasets/user-data';
import { createUserDataStorage } from '../../src/lib/user-data-storage';
import { pageLock, type Lock } from '../../src/lib/web-lock';
import { createAppSlices } from '../../src/store/store';
import type { AppState } from '../../src/store/types';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();

interface Tab {
  store: StoreApi<AppState>;
  sync: UserDataSync;
  saveDue: boolean;
}

/** One lock for both tabs, as Web Locks give every tab of an origin. */
const sharedLock = pageLock(true);

function browser(lockFor: (tab: number) => Lock = () => sharedLock) {
  const tabs: Tab[] = [];
  const inflight: Promise<unknown>[] = [];
  const open = async (i: number) => {
    tabs[i]?.sync.stop();
    const store = createStore<AppState>()(createAppSlices);
    const tab: Tab = { store, sync: null as unknown as UserDataSync, saveDue: false };
    tab.sync = createUserDataSync({
      store,
      storage: createUserDataStorage({ lock: lockFor(i) }),
      // Like a BroadcastChannel message: the other tab reads again as soon as it gets to it.
      announce: () => tabs.forEach((t) => {
        if (t !== tab) inflight.push(t.sync.refresh());
      }),
      schedule: () => {
        tab.saveDue = true;
      },
    });
    tabs[i] = tab;
    await tab.sync.start();
  };
  /** The page went idle: the save it scheduled runs. */
  const save = (tab: Tab) => {
    if (!tab.saveDue) return;
    tab.saveDue = false;
    inflight.push(tab.sync.save());
  };
  /** Runs every pending save and read until nothing is left to do. */
  const settle = async () => {
    while (inflight.length || tabs.some((t) => t.saveDue)) {
      tabs.forEach(save);
      await Promise.all(inflight.splice(0));
    }
  };
  return { tabs, open, save, settle };
}

const ids = (s: AppState) => new Set(entryIds(s));

type Op =
  | { kind: 'import'; tab: number; mode: 'merge' | 'replace'; rows: number }
  | { kind: 'remove' | 'open'; tab: number; pick: number }
  | { kind: 'undoImport' | 'undoRemove' | 'save'; tab: number }
  | { kind: 'settle' | 'reload'; tab: number }
  | { kind: 'wait'; tab: number; ticks: number };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('import' as const), tab: fc.nat(1), mode: fc.constantFrom('merge' as const, 'replace' as const), rows: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('remove' as const, 'open' as const), tab: fc.nat(1), pick: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('undoImport' as const, 'undoRemove' as const), tab: fc.nat(1) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save' as const), tab: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('settle' as const, 'reload' as const), tab: fc.nat(1) }) },
  // Lets saves and reads under way progress part of the way, so the next step lands in the middle of them.
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wait' as const), tab: fc.nat(1), ticks: fc.integer({ min: 1, max: 30 }) }) },
);

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('two tabs sharing one browser storage', () => {
  it('keeps both tabs’ imports when they import at the same time', async () => {
    await clear();
    const b = browser();
    await b.open(0);
    await b.open(1);
    for (const [i, tab] of b.tabs.entries()) tab.store.getState().applyImport({ fileName: `tab${i}.csv`, models: article.slice(0, 2), mode: 'replace' });
    b.tabs.forEach(b.save);
    await b.settle();
    const stored = await createUserDataStorage().load();
    if (!stored.ok) throw new Error(stored.reason);
    expect(stored.data.userDatasets.map((d) => d.fileName).sort()).toEqual(['tab0.csv', 'tab1.csv']);
    for (const tab of b.tabs) expect(tab.store.getState().userDatasets.map((d) => d.fileName).sort()).toEqual(['tab0.csv', 'tab1.csv']);
    b.tabs.forEach((t) => t.sync.stop());
  });

  it.each([
    ['with a lock both tabs share (Web Locks)', () => sharedLock],
    ['with only a lock per tab (a browser without Web Locks)', () => pageLock()],
  ])('never loses a dataset nobody removed, whatever the interleaving of import, remove and undo, %s', async (_name, lock) => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 5, maxLength: 40 }), async (ops) => {
        await clear();
        const locks = [lock(), lock()];
        const b = browser((i) => locks[i]!);
        await b.open(0);
        await b.open(1);
        const created = new Set<string>();
        /** What the user asked to take out: a removed dataset with the merges into it, an undone import. */
        const removed = new Set<string>();
        const check = async () => {
          const stored = await createUserDataStorage({ lock: sharedLock }).load();
          if (!stored.ok) throw new Error(stored.reason);
          expect(stored.damaged).toEqual([]);
          const kept = new Set(entryIds(stored.data));
          for (const id of created) if (!removed.has(id)) expect(kept.has(id), `${id} stored`).toBe(true);
          for (const tab of b.tabs) expect(ids(tab.store.getState())).toEqual(kept);
        };
        for (const op of ops) {
          const tab = b.tabs[op.tab]!;
          const s = tab.store.getState();
          const before = ids(s);
          const datasets = ['great-gpu-race', ...s.userDatasets.map((d) => d.id)];
          switch (op.kind) {
            case 'import': s.applyImport({ fileName: `f${created.size}.csv`, models: article.slice(0, op.rows), mode: op.mode }); break;
            case 'remove': {
              const id = datasets[op.pick % datasets.length]!;
              const taken = entryIds(entriesOf(s, id));
              taken.forEach((e) => removed.add(e));
              if (taken.length) s.removeImported(id, id);
              break;
            }
            case 'open': s.setDataset(datasets[op.pick % datasets.length]!); break;
            case 'undoImport': {
              const last = s.lastImport?.id;
              if (last) [last, ...s.merges.filter((m) => m.target === last).map((m) => m.id)].forEach((e) => removed.add(e));
              s.undoImport();
              break;
            }
            case 'undoRemove': s.undoRemove(); break;
            case 'save': b.save(tab); break;
            case 'settle': await b.settle(); await check(); break;
            case 'reload': await b.settle(); await b.open(op.tab); break;
            case 'wait': for (let i = 0; i < op.ticks; i++) await tick(); break;
          }
          if (op.kind === 'import') for (const id of ids(tab.store.getState())) if (!before.has(id)) created.add(id);
        }
        await b.settle();
        await check();
        b.tabs.forEach((t) => t.sync.stop());
      }),
      { numRuns: 100 },
    );
  });
});
