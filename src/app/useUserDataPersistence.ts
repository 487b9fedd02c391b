// Loads imported data saved in this browser and saves it again whenever it changes; failures become notices,
// and the data already loaded stays loaded. Saving starts after the next frame, so a fresh import paints before
// the browser copies its models into storage (a few seconds for 100,000 models, in short tasks). While a save
// is pending or running the store says so (the header shows it) and leaving the page asks first.
import { useEffect } from 'react';
import { loadUserData, saveUserData, type LoadResult } from '../lib/user-data-storage';
import { useAppStore } from '../store/store';

/**
 * Reading saved data starts as this code loads, not after the first render: at 10,000 models the storage reads
 * then overlap the app's start-up instead of following it. Only the first mount uses it.
 */
let startupLoad: Promise<LoadResult> | null = typeof indexedDB === 'undefined' ? null : loadUserData();

/** The longest a save waits for the page to be idle. */
const SAVE_WITHIN_MS = 2000;

export function useUserDataPersistence(): void {
  useEffect(() => {
    let ready = false;
    let active = true;
    let scheduled = false;
    let running = 0;
    const { addNotice, setUserDataSaving } = useAppStore.getState();
    const save = () => {
      if (!scheduled) return;
      scheduled = false;
      running++;
      const s = useAppStore.getState();
      void saveUserData({ userDatasets: s.userDatasets, merges: s.merges }).then((r) => {
        running--;
        if (running === 0 && !scheduled) setUserDataSaving(false);
        if (!r.ok) addNotice(`Imported data is loaded but was not saved for next time: ${r.reason}.`);
      });
    };
    const warnIfSaving = (e: BeforeUnloadEvent) => {
      if (!scheduled && running === 0) return;
      save();
      e.preventDefault();
    };
    const saveSoon = () => {
      if (scheduled) return;
      scheduled = true;
      setUserDataSaving(true);
      // Once the page is idle: a fresh import's charts and table render first, without the save's short tasks
      // in between (at 10,000 models those delayed the import's first complete paint by ~0.1 s).
      if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: SAVE_WITHIN_MS });
      else requestAnimationFrame(() => setTimeout(save, 0));
    };
    window.addEventListener('beforeunload', warnIfSaving);
    const load = startupLoad ?? loadUserData();
    startupLoad = null;
    void load.then((r) => {
      if (!active) return;
      const s = useAppStore.getState();
      // Only fill in saved data if nothing was imported in the meantime.
      if (r.ok && r.data && s.userDatasets.length === 0 && s.merges.length === 0) {
        s.hydrateUserData(r.data);
        // Data in the first layout is moved to the chunked one; data already there is left alone.
        if (r.legacy) saveSoon();
      }
      if (!r.ok) addNotice(`Ignored ${r.reason}.`);
      s.markUserDataReady();
      ready = true;
    });
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!ready || (s.userDatasets === prev.userDatasets && s.merges === prev.merges)) return;
      saveSoon();
    });
    return () => {
      active = false;
      window.removeEventListener('beforeunload', warnIfSaving);
      unsubscribe();
    };
  }, []);
}
