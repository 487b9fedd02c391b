// The shipped form of a built-in dataset that loads on demand: the source file's own columns, as raw text, for the
// rows the dataset uses. Versioned, and checked whole when it arrives (read-payload.ts).
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
