// Loads imported data saved in this browser, saves this tab's changes to it, and follows other tabs' changes
// (told through a BroadcastChannel). Failures become notices and the data already in the page stays. While a
// change is not saved, leaving the page asks first.
import { useEffect, useRef } from 'react';
import { createUserDataStorage, type LoadResult } from '../lib/user-data-storage';
import { useAppStore } from '../store/store';
import { createUserDataSync, type UserDataSync } from './user-data-sync';

const CHANNEL = 'model-mpg:user-data';
const storage = createUserDataStorage();
/**
 * Reading saved data starts as this code loads, not after the first render: at 10,000 models the storage reads
 * then overlap the app's start-up instead of following it. Only the first mount uses it.
 */
let startupLoad: Promise<LoadResult> | null = typeof indexedDB === 'undefined' ? null : storage.load();

/** The longest a save waits for the page to be idle. */
const SAVE_WITHIN_MS = 2000;

/** Once the page is idle: a fresh import's charts and table render before the save's short tasks. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: SAVE_WITHIN_MS });
  else requestAnimationFrame(() => setTimeout(run, 0));
}

export interface UserDataActions {
  removeDamaged: () => void;
  saveAgain: () => void;
}

export function useUserDataPersistence(): UserDataActions {
  const sync = useRef<UserDataSync | null>(null);
  useEffect(() => {
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    const s = createUserDataSync({
      store: useAppStore,
      storage,
      announce: () => channel?.postMessage('changed'),
      schedule: whenIdle,
      firstLoad: startupLoad,
    });
    startupLoad = null;
    channel?.addEventListener('message', () => void s.refresh());
    const warnIfUnsaved = (e: BeforeUnloadEvent) => {
      if (!s.hasUnsaved()) return;
      void s.save();
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warnIfUnsaved);
    void s.start();
    sync.current = s;
    return () => {
      s.stop();
      channel?.close();
      window.removeEventListener('beforeunload', warnIfUnsaved);
    };
  }, []);
  return {
    removeDamaged: () => void sync.current?.removeDamaged(),
    saveAgain: () => void sync.current?.save(),
  };
}
