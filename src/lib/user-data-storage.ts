// Keeps imported data across reloads in IndexedDB (idb-keyval), with a size check against the browser's quota.
import { del, get, set } from 'idb-keyval';
import type { UserData } from '../domain/datasets/user-data';

const KEY = 'model-mpg:user-data:v1';

export type SaveResult = { ok: true } | { ok: false; reason: string };

const available = () => typeof indexedDB !== 'undefined';

export async function loadUserData(): Promise<{ ok: true; data: UserData | null } | { ok: false; reason: string }> {
  if (!available()) return { ok: true, data: null };
  try {
    const saved = (await get(KEY)) as { version?: number; data?: UserData } | undefined;
    if (!saved) return { ok: true, data: null };
    if (saved.version !== 1 || !saved.data || !Array.isArray(saved.data.userDatasets) || !Array.isArray(saved.data.merges)) {
      return { ok: false, reason: 'saved imported data is in an unknown format' };
    }
    return { ok: true, data: saved.data };
  } catch (e) {
    return { ok: false, reason: `saved imported data could not be read (${e instanceof Error ? e.message : 'storage error'})` };
  }
}

export async function saveUserData(data: UserData): Promise<SaveResult> {
  if (!available()) return { ok: false, reason: 'this browser has no IndexedDB, so imported data will not survive a reload' };
  try {
    if (data.userDatasets.length === 0 && data.merges.length === 0) {
      await del(KEY);
      return { ok: true };
    }
    const estimate = await navigator.storage?.estimate?.();
    const roughBytes = JSON.stringify(data).length * 2;
    if (estimate?.quota !== undefined && estimate.usage !== undefined && roughBytes > estimate.quota - estimate.usage) {
      return { ok: false, reason: `imported data needs about ${(roughBytes / 1e6).toFixed(0)} MB but the browser allows ${((estimate.quota - estimate.usage) / 1e6).toFixed(0)} MB more` };
    }
    await set(KEY, { version: 1, data });
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `the browser refused to store it (${e instanceof Error ? e.message : 'quota exceeded'})` };
  }
}
