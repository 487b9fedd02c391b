// Loads imported data saved in this browser and saves it again whenever it changes; failures become notices,
// and the data already loaded stays loaded.
import { useEffect } from 'react';
import { loadUserData, saveUserData } from '../lib/user-data-storage';
import { useAppStore } from '../store/store';

export function useUserDataPersistence(): void {
  useEffect(() => {
    let ready = false;
    let active = true;
    const { addNotice } = useAppStore.getState();
    void loadUserData().then((r) => {
      if (!active) return;
      const s = useAppStore.getState();
      // Only fill in saved data if nothing was imported in the meantime.
      if (r.ok && r.data && s.userDatasets.length === 0 && s.merges.length === 0) s.hydrateUserData(r.data);
      if (!r.ok) addNotice(`Ignored ${r.reason}.`);
      s.markUserDataReady();
      ready = true;
    });
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!ready || (s.userDatasets === prev.userDatasets && s.merges === prev.merges)) return;
      void saveUserData({ userDatasets: s.userDatasets, merges: s.merges }).then((r) => {
        if (!r.ok) addNotice(`Imported data is loaded but was not saved for next time: ${r.reason}.`);
      });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
}
