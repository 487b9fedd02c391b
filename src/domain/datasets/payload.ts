// The shipped form of a built-in dataset that loads on demand: the source file's own columns, as raw text, for the
// rows the dataset uses. Versioned and checked whole when it arrives: a damaged file is an error with a place.
import { fail, ok, type ParseResult } from '../measured';
import type { Dataset } from '../model';

export const PAYLOAD_TYPE = 'model-mpg/built-in-data';
export const PAYLOAD_VERSION = 1;

/** The source columns each payload carries, by the source's own header. */
export const PAYLOAD_COLUMNS = {
  'open-llm-leaderboard-v1': [
    'fullname', 'params_b', 'average', 'arc', 'hellaswag', 'mmlu', 'truthfulqa', 'winogrande', 'gsm8k',
    'type', 'precision', 'hub_license', 'moe', 'date', 'url',
  ],
  'epoch-notable-language': [
    'Model', 'Organization', 'Publication date', 'Parameters', 'Parameters notes', 'Training compute (FLOP)',
    'Training compute notes', 'Confidence', 'Domain', 'Reference', 'Link',
  ],
} as const satisfies Record<string, readonly string[]>;

export type PayloadId = keyof typeof PAYLOAD_COLUMNS;
export const PAYLOAD_IDS = Object.keys(PAYLOAD_COLUMNS) as PayloadId[];

/** Where each payload is served from, under the app's base URL. */
export const PAYLOAD_FILES: Record<PayloadId, string> = {
  'open-llm-leaderboard-v1': 'data/open-llm-leaderboard-v1.json.gz',
  'epoch-notable-language': 'data/epoch-notable-language.json.gz',
};

export interface DataPayload {
  type: typeof PAYLOAD_TYPE;
  version: typeof PAYLOAD_VERSION;
  id: PayloadId;
  /** The source file, its row count, and which of its rows are here. */
  source: { file: string; rows: number; selected: string };
  rows: number;
  /** One array per source column, `rows` long, each cell the source's text. */
  columns: Record<string, string[]>;
}

/**
 * What the app knows about a data file: asked for and on its way, here (checked, and read into the dataset it
 * holds), or refused with a reason.
 */
export type DataFileState =
  | { status: 'loading' }
  | { status: 'loaded'; dataset: Dataset }
  | { status: 'failed'; reason: string };

export type DataFileStates = Partial<Record<PayloadId, DataFileState>>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a parsed file against the payload it should be: type, version, id, and every column whole. */
export function parsePayload(value: unknown, expected: PayloadId): ParseResult<DataPayload> {
  if (!isRecord(value) || value.type !== PAYLOAD_TYPE) return fail('the file is not a Model MPG built-in data file');
  if (value.version !== PAYLOAD_VERSION) return fail(`the file is version ${String(value.version)}; this app reads version ${PAYLOAD_VERSION}`);
  if (value.id !== expected) return fail(`the file holds '${String(value.id)}', not '${expected}'`);
  const { rows, source, columns } = value;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 1) return fail('the file gives no row count');
  if (!isRecord(source) || typeof source.file !== 'string' || typeof source.rows !== 'number' || typeof source.selected !== 'string') {
    return fail('the file does not say which source it came from');
  }
  if (!isRecord(columns)) return fail('the file has no columns');
  for (const name of PAYLOAD_COLUMNS[expected]) {
    const column = columns[name];
    if (!Array.isArray(column)) return fail(`column '${name}' is missing`);
    if (column.length !== rows) return fail(`column '${name}' has ${column.length} values where the file has ${rows} rows`);
    const bad = column.findIndex((c) => typeof c !== 'string');
    if (bad >= 0) return fail(`column '${name}', row ${bad + 1}: expected text, found ${JSON.stringify(column[bad])}`);
  }
  return ok(value as unknown as DataPayload);
}

/** The payload's rows as a table in its column order, for the importer's steps. */
export function payloadRows(p: DataPayload, headers: readonly string[], rows: readonly number[]): string[][] {
  const cols = headers.map((h) => p.columns[h]!);
  return rows.map((r) => cols.map((c) => c[r]!));
}
