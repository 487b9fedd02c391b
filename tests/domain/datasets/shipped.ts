// The data files as shipped in public/data, read the way the app reads them (gunzip, JSON, datasetFromFile).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { datasetFromFile } from '../../../src/domain/datasets/from-file';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { PAYLOAD_FILES, type DataFileStates, type PayloadId } from '../../../src/domain/datasets/payload';
import type { Dataset } from '../../../src/domain/model';

export const shippedPath = (id: PayloadId) => join(dirname(fileURLToPath(import.meta.url)), '../../../public', PAYLOAD_FILES[id]);

export function shippedJson(id: PayloadId): unknown {
  return JSON.parse(gunzipSync(readFileSync(shippedPath(id))).toString('utf8'));
}

const read = new Map<PayloadId, Dataset>();

/** The dataset a shipped file holds, read once per test file. */
export function shippedDataset(id: PayloadId): Dataset {
  let d = read.get(id);
  if (!d) {
    const r = datasetFromFile(id, shippedJson(id));
    if (!r.ok) throw new Error(`${id}: ${r.reason}`);
    read.set(id, (d = r.data));
  }
  return d;
}

/** Every data file loaded, as the store would hold them. */
export const allFiles = (): DataFileStates => ({
  'open-llm-leaderboard-v1': { status: 'loaded', dataset: shippedDataset('open-llm-leaderboard-v1') },
  'epoch-notable-language': { status: 'loaded', dataset: shippedDataset('epoch-notable-language') },
});

/** Any built-in dataset, file datasets from the shipped files. */
export function builtInModels(id: string) {
  const r = loadBuiltInDataset(id, allFiles());
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.dataset;
}
