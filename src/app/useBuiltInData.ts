// Fetches the built-in data files the open or the chosen dataset needs, once each, whatever asked for it (the
// picker, a link, Back and Forward, saved preferences); a failure is stored with its reason until retried.
import { useEffect, useState } from 'react';
import { filesNeeded } from '../domain/datasets';
import manifest from '../domain/datasets/generated/data-files.json' with { type: 'json' };
import { PAYLOAD_FILES, type PayloadId } from '../domain/datasets/payload';
import { fetchDataFile } from '../lib/fetch-data-file';
import type { AppState } from '../store/types';
import { useAppStore } from '../store/store';

async function load(id: PayloadId): Promise<void> {
  const { fileProgress, fileLoaded, fileFailed } = useAppStore.getState();
  try {
    // The reader brings the importer's rules: it comes with the file, not with the app's first JavaScript.
    const [fetched, reader] = await Promise.all([
      fetchDataFile(`${import.meta.env.BASE_URL}${PAYLOAD_FILES[id]}`, (received, total) => fileProgress(id, { received, total }), manifest.files[id]),
      import('../domain/datasets/from-file'),
    ]);
    if (!fetched.ok) return fileFailed(id, fetched.reason);
    const built = reader.datasetFromFile(id, fetched.value);
    if (built.ok) fileLoaded(id, built.data);
    else fileFailed(id, built.reason);
  } catch (e) {
    fileFailed(id, `the app's reader for this file did not load (${e instanceof Error ? e.message : 'unknown error'}); retry`);
  }
}

function startWhatIsNeeded(s: AppState): void {
  for (const datasetId of [s.datasetId, s.pendingDatasetId]) {
    if (!datasetId) continue;
    for (const file of filesNeeded(datasetId)) {
      if (useAppStore.getState().dataFiles[file]) continue;
      useAppStore.getState().fileLoading(file);
      void load(file);
    }
  }
}

export function useBuiltInData(): void {
  // A link's dataset is known once useUrlSync has applied the link (in its first render): its file is asked for
  // then, not after the first paint; asking twice is harmless (a file already loading is not asked for again).
  useState(() => {
    startWhatIsNeeded(useAppStore.getState());
    return true;
  });
  useEffect(() => {
    startWhatIsNeeded(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.datasetId !== prev.datasetId || s.pendingDatasetId !== prev.pendingDatasetId || s.dataFiles !== prev.dataFiles) startWhatIsNeeded(s);
    });
  }, []);
}
