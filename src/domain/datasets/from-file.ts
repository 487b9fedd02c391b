// Reads a fetched data file into the dataset it holds: checked whole, then built by the importer's own rules. Kept
// out of the app's first JavaScript (it brings the importer): the page loads it with the file.
import { fail, ok, type ParseResult } from '../measured';
import type { Dataset } from '../model';
import { describeProblem } from '../problems';
import { buildEpochLanguage } from './epoch-language';
import { BUILT_IN_DATASETS, type DatasetLoad } from './index';
import { buildLeaderboard } from './leaderboard';
import type { DataPayload, PayloadId } from './payload';
import { parsePayload } from './read-payload';

const metaOf = (id: string) => {
  const entry = BUILT_IN_DATASETS.find((d) => d.id === id)!;
  return { id: entry.id, label: entry.label, description: entry.description, sources: [...entry.sources] };
};

/** The dataset a checked payload holds; a row that does not read is an error, never a gap. */
export function buildFromPayload(p: DataPayload): DatasetLoad {
  return p.id === 'open-llm-leaderboard-v1' ? buildLeaderboard(p, metaOf('open-llm-leaderboard')) : buildEpochLanguage(p, metaOf('epoch-language'));
}

const SHOW_PROBLEMS = 3;

/** A parsed data file as the dataset it holds, or why it cannot be read: the file is used whole or not at all. */
export function datasetFromFile(id: PayloadId, value: unknown): ParseResult<Dataset> {
  const payload = parsePayload(value, id);
  if (!payload.ok) return payload;
  const load = buildFromPayload(payload.data);
  if (load.ok) return ok(load.dataset);
  const listed = load.problems.slice(0, SHOW_PROBLEMS).map(describeProblem).join('; ');
  const more = load.problems.length - SHOW_PROBLEMS;
  return fail(`the file has rows that do not read: ${listed}${more > 0 ? `; and ${more} more` : ''}`);
}
