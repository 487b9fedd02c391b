// The built-in datasets, validated when loaded: a row that does not parse is reported, never half-loaded. The
// article's and the extended table are in the app; the larger ones arrive as data files (payload.ts, read by
// from-file.ts), and the datasets built on them are taken from there.
import type { Dataset, Source } from '../model';
import type { CellProblem } from '../problems';
import { buildRecord, uniqueIds } from './build-record';
import { EXTENDED_ROWS } from './extended-rows';
import { GREAT_GPU_RACE_ROWS } from './great-gpu-race';
import { withArticleHighlighted } from './in-context';
import type { DataFileStates, PayloadId } from './payload';
import { LITELLM, withPrices } from './prices';
import type { RawModelRow } from './raw-row';
import { ARTICLE, EPOCH, EPOCH_DATASET, LEADERBOARD } from './sources';

/** A dataset, or why not: its problems, or (with `waiting`) the data files it still needs. */
export type DatasetLoad = { ok: true; dataset: Dataset } | { ok: false; problems: CellProblem[]; waiting?: PayloadId[] };

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

interface BuiltInEntry {
  id: string;
  label: string;
  description: string;
  sources: readonly Source[];
  /** The data files it is built from; none for the datasets in the app. */
  needs: readonly PayloadId[];
}

export const BUILT_IN_DATASETS = [
  {
    id: 'great-gpu-race',
    label: 'The Great GPU Race (2025)',
    description: 'The six-model table from "The Great GPU Race: How AI Companies Are Competing for Efficiency" (2025-03-23), values exactly as published.',
    sources: [ARTICLE, EPOCH, LITELLM],
    needs: [],
  },
  {
    id: 'extended',
    label: 'Extended (27 models)',
    description: 'The article\'s six models plus 21 more, each value from its primary source.',
    sources: [ARTICLE, EPOCH, EXTENDED_SOURCE, LITELLM],
    needs: [],
  },
  {
    id: 'open-llm-leaderboard',
    label: 'Open LLM Leaderboard v1 (archived 2024)',
    description: 'Every model on Hugging Face\'s Open LLM Leaderboard v1 when it was archived in 2024: size, six benchmarks and their average, one row per model.',
    sources: [LEADERBOARD],
    needs: ['open-llm-leaderboard-v1'],
  },
  {
    id: 'epoch-language',
    label: 'Epoch AI notable language models (Dec 2024)',
    description: 'The language models in Epoch AI\'s "Data on Notable AI Models" (December 2024): size, training compute and publication date, with Epoch\'s confidence.',
    sources: [EPOCH_DATASET, LITELLM],
    needs: ['epoch-notable-language'],
  },
  {
    id: 'leaderboard-and-article',
    label: 'Leaderboard + the article\'s six',
    description: 'The Open LLM Leaderboard v1 with the six models of "The Great GPU Race" highlighted among them, the article\'s values as published.',
    sources: [LEADERBOARD, ARTICLE, EPOCH, LITELLM],
    needs: ['open-llm-leaderboard-v1'],
  },
] as const satisfies readonly BuiltInEntry[];

export type BuiltInDatasetId = (typeof BUILT_IN_DATASETS)[number]['id'];
export const DEFAULT_DATASET_ID: BuiltInDatasetId = 'great-gpu-race';

type Entry = (typeof BUILT_IN_DATASETS)[number];
const metaOf = ({ id, label, description, sources }: Entry) => ({ id, label, description, sources: [...sources] });

function buildInline(entry: Entry): DatasetLoad {
  const rows = entry.id === 'great-gpu-race' ? GREAT_GPU_RACE_ROWS : [...GREAT_GPU_RACE_ROWS, ...EXTENDED_ROWS];
  const load = buildDataset(metaOf(entry), rows);
  if (!load.ok) return load;
  const { models } = load.dataset;
  const article = withPrices(models.slice(0, GREAT_GPU_RACE_ROWS.length), 'article');
  const extended = withPrices(models.slice(GREAT_GPU_RACE_ROWS.length), 'extended');
  return { ok: true, dataset: { ...load.dataset, models: [...article, ...extended] } };
}

const inlineCache = new Map<string, DatasetLoad>();
/** The article's six among the leaderboard's models, once per leaderboard dataset (a loaded file's, which never changes). */
const inContext = new WeakMap<Dataset, DatasetLoad>();

/** The dataset built on loaded files: the file's own, or the leaderboard with the article's six highlighted. */
function fromFiles(entry: Entry, files: Dataset[]): DatasetLoad {
  const [file] = files;
  if (!file) return { ok: false, problems: [] };
  if (entry.id !== 'leaderboard-and-article') return { ok: true, dataset: file };
  let load = inContext.get(file);
  if (!load) {
    const article = loadBuiltInDataset('great-gpu-race');
    load = article.ok ? withArticleHighlighted(file, article.dataset, metaOf(entry)) : article;
    inContext.set(file, load);
  }
  return load;
}

/**
 * A built-in dataset by id, from the data files loaded so far; unknown ids are an error value, not a throw, and a
 * dataset whose files have not arrived says which it is waiting for.
 */
export function loadBuiltInDataset(id: string, files: DataFileStates = {}): DatasetLoad {
  const entry = BUILT_IN_DATASETS.find((d) => d.id === id);
  if (!entry) return { ok: false, problems: [{ row: 0, column: 'Dataset', raw: id, message: `no built-in dataset is called '${id}'`, severity: 'error' }] };
  if (entry.needs.length === 0) {
    let load = inlineCache.get(id);
    if (!load) inlineCache.set(id, (load = buildInline(entry)));
    return load;
  }
  const loaded: Dataset[] = [];
  for (const need of entry.needs) {
    const state = files[need];
    if (state?.status === 'loaded') loaded.push(state.dataset);
  }
  if (loaded.length < entry.needs.length) return { ok: false, problems: [], waiting: entry.needs.filter((n) => files[n]?.status !== 'loaded') };
  return fromFiles(entry, loaded);
}

export function isBuiltInDatasetId(id: string): id is BuiltInDatasetId {
  return BUILT_IN_DATASETS.some((d) => d.id === id);
}

/** The data files a built-in dataset is built from (none for the datasets in the app, or an unknown id). */
export function filesNeeded(id: string): readonly PayloadId[] {
  return BUILT_IN_DATASETS.find((d) => d.id === id)?.needs ?? [];
}
