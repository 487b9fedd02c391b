// Builds the shipped data files from the source files (npm run data, and the test that the shipped files are
// current): the columns and rows each built-in dataset uses, as raw text, and the prices the match table names.
import { fail, ok, type ParseResult } from '../measured';
import { parseTableText } from '../import/table-text';
import { describeProblem } from '../problems';
import { buildFromPayload } from './from-file';
import { BUILT_IN_DATASETS, loadBuiltInDataset } from './index';
import { PAYLOAD_COLUMNS, PAYLOAD_TYPE, PAYLOAD_VERSION, type DataFileStates, type DataPayload, type PayloadId } from './payload';
import { PRICE_MATCHES } from './price-matches';
import type { PriceFile, RawPrice } from './prices';

export { PAYLOAD_FILES } from './payload';

export const SOURCE_FILES = {
  leaderboard: 'hf_open_llm_leaderboard_v1_2024-07.csv',
  epoch: 'epoch_notable_ai_models_2024-12.csv',
  litellm: 'litellm_model_prices_filtered_2026-07.json',
} as const;

export type SourceTexts = Record<keyof typeof SOURCE_FILES, string>;

function payloadFrom(id: PayloadId, file: string, text: string, keep: (cell: (header: string) => string) => boolean, selected: string): ParseResult<DataPayload> {
  const parsed = parseTableText(text);
  if (!parsed.ok) return fail(`${file}: ${parsed.reason}`);
  if (parsed.kind !== 'table') return fail(`${file}: not a table`);
  const { headers, rows, problems } = parsed.table;
  const errors = (problems ?? []).filter((p) => p.severity === 'error');
  if (errors.length) return fail(`${file}: row ${errors[0]!.row}: ${errors[0]!.message}`);
  const at = new Map(headers.map((h, i) => [h, i] as const));
  const wanted = PAYLOAD_COLUMNS[id];
  const absent = wanted.filter((h) => !at.has(h));
  if (absent.length) return fail(`${file}: no column ${absent.map((h) => `'${h}'`).join(', ')}`);
  const chosen = rows.filter((r) => keep((h) => r[at.get(h) ?? -1] ?? ''));
  const columns: Record<string, string[]> = {};
  for (const h of wanted) columns[h] = chosen.map((r) => r[at.get(h)!] ?? '');
  return ok({ type: PAYLOAD_TYPE, version: PAYLOAD_VERSION, id, source: { file, rows: rows.length, selected }, rows: chosen.length, columns });
}

export function buildLeaderboardPayload(text: string): ParseResult<DataPayload> {
  return payloadFrom('open-llm-leaderboard-v1', SOURCE_FILES.leaderboard, text, () => true, 'every row');
}

/** Epoch's rows whose Domain lists Language, alone or beside others (multimodal models such as GPT-4 count). */
export const isLanguageDomain = (domain: string) => domain.split(',').some((d) => d.trim().toLowerCase() === 'language');

export function buildEpochPayload(text: string): ParseResult<DataPayload> {
  return payloadFrom('epoch-notable-language', SOURCE_FILES.epoch, text, (cell) => isLanguageDomain(cell('Domain')), 'rows whose Domain includes Language');
}

/** The number a JSON member holds, as the file writes it ("3e-05"), not as a parsed number prints (0.00003). */
function numberText(json: string, from: number, field: string): string | null {
  const m = new RegExp(`"${field}"\\s*:\\s*(-?[0-9][0-9.eE+-]*)`, 'g');
  m.lastIndex = from;
  return m.exec(json)?.[1] ?? null;
}

/** The matched keys' per-token prices, copied as written; a key or price the file lacks is an error, not a gap. */
export function buildPrices(json: string): ParseResult<PriceFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return fail(`${SOURCE_FILES.litellm}: ${e instanceof Error ? e.message : 'not JSON'}`);
  }
  const all = parsed as Record<string, Record<string, unknown> | undefined>;
  const prices: Record<string, RawPrice> = {};
  for (const key of [...new Set(PRICE_MATCHES.map((m) => m.key))].sort()) {
    const entry = all[key];
    const start = json.indexOf(`${JSON.stringify(key)}: {`);
    if (!entry || start < 0) return fail(`${SOURCE_FILES.litellm}: no key '${key}'`);
    const price = {} as RawPrice;
    for (const field of ['input_cost_per_token', 'output_cost_per_token'] as const) {
      const text = numberText(json, start, field);
      if (text === null || typeof entry[field] !== 'number' || Number(text) !== entry[field]) return fail(`${SOURCE_FILES.litellm}: '${key}' has no ${field}`);
      price[field] = text;
    }
    prices[key] = price;
  }
  return ok({ source: SOURCE_FILES.litellm, prices });
}

export interface DataFiles {
  payloads: DataPayload[];
  prices: PriceFile;
}

export function buildDataFiles(texts: SourceTexts): ParseResult<DataFiles> {
  const leaderboard = buildLeaderboardPayload(texts.leaderboard);
  if (!leaderboard.ok) return leaderboard;
  const epoch = buildEpochPayload(texts.epoch);
  if (!epoch.ok) return epoch;
  const prices = buildPrices(texts.litellm);
  if (!prices.ok) return prices;
  return ok({ payloads: [leaderboard.data, epoch.data], prices: prices.data });
}

/** The text written for a payload (before compression) and for the price file: stable, so rebuilding changes nothing. */
export const payloadText = (p: DataPayload) => `${JSON.stringify(p)}\n`;
export const pricesText = (p: PriceFile) => `${JSON.stringify(p, null, 2)}\n`;

/** What the app is told about the data files before it fetches them: each file's size, and each dataset's model count. */
export interface DataManifest {
  /** bytes: the gzip file; jsonBytes: the JSON it holds (what a server that inflates it sends). */
  files: Record<PayloadId, { bytes: number; jsonBytes: number; rows: number; sourceRows: number }>;
  models: Record<string, number>;
}

/** The manifest for these payloads and their compressed sizes; a dataset that does not build is an error. */
export function buildManifest(payloads: readonly DataPayload[], bytes: Readonly<Record<string, number>>): ParseResult<DataManifest> {
  const files = {} as DataManifest['files'];
  for (const p of payloads) files[p.id] = { bytes: bytes[p.id] ?? 0, jsonBytes: new TextEncoder().encode(payloadText(p)).length, rows: p.rows, sourceRows: p.source.rows };
  const states: DataFileStates = {};
  for (const p of payloads) {
    const load = buildFromPayload(p);
    if (!load.ok) return fail(`${p.id} does not build: ${load.problems.slice(0, 3).map(describeProblem).join('; ')}`);
    states[p.id] = { status: 'loaded', dataset: load.dataset };
  }
  const models: Record<string, number> = {};
  for (const d of BUILT_IN_DATASETS) {
    if (d.needs.length === 0) continue;
    const load = loadBuiltInDataset(d.id, states);
    if (!load.ok) return fail(`${d.id} does not build: ${load.problems.slice(0, 3).map(describeProblem).join('; ') || 'a data file is missing'}`);
    models[d.id] = load.dataset.models.length;
  }
  return ok({ files, models });
}

export const manifestText = (m: DataManifest) => `${JSON.stringify(m, null, 2)}\n`;
