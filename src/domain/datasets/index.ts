// The built-in datasets, validated when loaded: a row that does not parse is reported, never half-loaded.
import type { Dataset } from '../model';
import type { CellProblem } from '../problems';
import { buildRecord, uniqueIds } from './build-record';
import { EXTENDED_ROWS } from './extended-rows';
import { GREAT_GPU_RACE_ROWS } from './great-gpu-race';
import type { RawModelRow } from './raw-row';
import { ARTICLE, EPOCH } from './sources';

export type DatasetLoad = { ok: true; dataset: Dataset } | { ok: false; problems: CellProblem[] };

export function buildDataset(meta: Omit<Dataset, 'models'>, rows: readonly RawModelRow[]): DatasetLoad {
  const ids = uniqueIds(rows.map((r) => r.name));
  const problems: CellProblem[] = [];
  const models = [];
  for (const [i, row] of rows.entries()) {
    const built = buildRecord(row, i + 1, ids[i]);
    if (built.ok) models.push(built.record);
    else problems.push(...built.problems);
  }
  return problems.length ? { ok: false, problems } : { ok: true, dataset: { ...meta, models } };
}

const EXTENDED_SOURCE = {
  title: 'model cards and technical reports',
  citation: 'extended_models.csv: 21 models compiled from their model cards and technical reports, each row cited',
};

export const BUILT_IN_DATASETS = [
  {
    id: 'great-gpu-race',
    label: 'The Great GPU Race (2025)',
    description: 'The six-model table from "The Great GPU Race: How AI Companies Are Competing for Efficiency" (2025-03-23), values exactly as published.',
    sources: [ARTICLE, EPOCH],
    rows: GREAT_GPU_RACE_ROWS,
  },
  {
    id: 'extended',
    label: 'Extended (27 models)',
    description: 'The article\'s six models plus 21 more, each value from its primary source.',
    sources: [ARTICLE, EPOCH, EXTENDED_SOURCE],
    rows: [...GREAT_GPU_RACE_ROWS, ...EXTENDED_ROWS],
  },
] as const;

export type BuiltInDatasetId = (typeof BUILT_IN_DATASETS)[number]['id'];
export const DEFAULT_DATASET_ID: BuiltInDatasetId = 'great-gpu-race';

const cache = new Map<string, DatasetLoad>();

/** Loads (and memoises) a built-in dataset by id; unknown ids are an error value, not a throw. */
export function loadBuiltInDataset(id: string): DatasetLoad {
  const cached = cache.get(id);
  if (cached) return cached;
  const entry = BUILT_IN_DATASETS.find((d) => d.id === id);
  if (!entry) return { ok: false, problems: [{ row: 0, column: 'Dataset', raw: id, message: `no built-in dataset is called '${id}'`, severity: 'error' }] };
  const { rows, ...meta } = entry;
  const load = buildDataset({ ...meta, sources: [...meta.sources] }, rows);
  cache.set(id, load);
  return load;
}

export function isBuiltInDatasetId(id: string): id is BuiltInDatasetId {
  return BUILT_IN_DATASETS.some((d) => d.id === id);
}
