// The dataset a view shows: a built-in or imported dataset, plus any rows merged into it.
import type { Dataset } from '../model';
import { loadBuiltInDataset, type DatasetLoad } from './index';
import type { DataFileStates } from './payload';
import type { MergeBatch, UserDataset } from './user-data';

/** `files` are the built-in data files loaded so far: a built-in dataset built on one waits for it. */
export function resolveDataset(id: string, userDatasets: readonly UserDataset[], merges: readonly MergeBatch[], files: DataFileStates = {}): DatasetLoad {
  const own = userDatasets.find((d) => d.id === id);
  let base: DatasetLoad;
  if (own) {
    base = {
      ok: true,
      dataset: {
        id, label: own.label, models: own.models,
        description: `Imported from ${own.fileName} on ${own.importedAt.slice(0, 10)}.`,
        sources: [{ title: own.fileName, citation: `Imported from ${own.fileName}` }],
      },
    };
  } else {
    base = loadBuiltInDataset(id, files);
    if (!base.ok && /^user-/.test(id)) {
      return { ok: false, problems: [{ row: 0, column: 'Dataset', raw: id, message: 'this imported dataset is not on this device (imported data stays in the browser that imported it)', severity: 'error' }] };
    }
  }
  const added = merges.filter((m) => m.target === id);
  if (!base.ok || added.length === 0) return base;
  const dataset: Dataset = {
    ...base.dataset,
    models: [...base.dataset.models, ...added.flatMap((m) => m.models)],
    sources: [...base.dataset.sources, ...added.map((m) => ({ title: m.fileName, citation: `Imported from ${m.fileName}` }))],
  };
  return { ok: true, dataset };
}
