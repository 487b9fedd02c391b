// Parses and validates imported data off the main thread, keeping the parsed rows here between the two steps
// so a 100,000-row file crosses to the page once, as validated models.
import { decodeText } from '../domain/import/decode';
import { checkSize } from '../domain/import/limits';
import { checkRows, prepareTable, type PreparedTable } from '../domain/import/prepare';
import { resolveImport, summarise, type ImportResult, type ParsedRows } from '../domain/import/rows-to-models';
import { parseTableText, type RawTable } from '../domain/import/table-text';
import { columnBuffers, encodeModels } from '../domain/model-columns';
import type { FromWorker, ToWorker } from './import-protocol';

let table: RawTable | null = null;
/** The loaded table's recognised format and column profiles, for the checks that follow. */
let prepared: PreparedTable | null = null;
/** Rows already read with one mapping: choosing "merge" or "replace", or a duplicate policy, only re-resolves names. */
let checked: { key: string; rows: ParsedRows } | null = null;
/** The models of the last validation, kept here until the page takes them. */
let lastModels: ImportResult['models'] | null = null;
const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

async function load(msg: Extract<ToWorker, { type: 'load' }>) {
  table = null;
  prepared = null;
  checked = null;
  lastModels = null;
  let text = msg.text ?? '';
  if (msg.file) {
    const tooBig = checkSize(msg.file.size);
    if (tooBig) return post({ type: 'loaded', ok: false, reason: tooBig });
    post({ type: 'progress', phase: 'reading', done: 0, total: msg.file.size });
    const decoded = decodeText(new Uint8Array(await msg.file.arrayBuffer()));
    if (!decoded.ok) return post({ type: 'loaded', ok: false, reason: decoded.reason });
    text = decoded.text;
  } else {
    const tooBig = checkSize(text.length * 2);
    if (tooBig) return post({ type: 'loaded', ok: false, reason: tooBig });
  }
  post({ type: 'progress', phase: 'parsing', done: 0, total: 1 });
  const parsed = parseTableText(text);
  if (!parsed.ok) return post({ type: 'loaded', ok: false, reason: parsed.reason });
  if (parsed.kind === 'export') return post({ type: 'loaded', ok: true, kind: 'export', file: parsed.file });
  table = parsed.table;
  prepared = prepareTable(table);
  post({
    type: 'loaded', ok: true, kind: 'table',
    table: { headers: table.headers, preview: table.rows.slice(0, 8), rowCount: table.rows.length, format: table.format, ...prepared },
  });
}

function validate(msg: Extract<ToWorker, { type: 'validate' }>) {
  if (!table || !prepared) return post({ type: 'failed', reason: 'There is no parsed file to validate; load it again.' });
  const key = JSON.stringify([msg.mapping, msg.readings, msg.fileName]);
  if (checked?.key !== key) {
    const r = checkRows(table, prepared, { ...msg, onProgress: (done, total) => post({ type: 'progress', phase: 'validating', done, total }) });
    if (!r.ok) return post({ type: 'failed', reason: r.reason });
    checked = { key, rows: r.rows };
  }
  const result = resolveImport(checked.rows, msg);
  lastModels = result.models;
  post({ type: 'validated', result: summarise(result) });
}

/**
 * Sends the validated models in slices, packed as columns: one structured clone of 100,000 records is a
 * multi-second task on the page's main thread, while packed slices of a few thousand each unpack in a few
 * milliseconds. Only on "Import", so changing options in the review step does not ship every model each time.
 */
function take() {
  const models = lastModels;
  if (!models) return post({ type: 'failed', reason: 'There are no checked rows to import; check the file again.' });
  for (let i = 0; i < models.length; i += MODELS_PER_MESSAGE) {
    const packed = encodeModels(models.slice(i, i + MODELS_PER_MESSAGE));
    (self as unknown as Worker).postMessage({ type: 'models', packed } satisfies FromWorker, columnBuffers(packed));
  }
  post({ type: 'taken' });
}

const MODELS_PER_MESSAGE = 5000;

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'reset') {
    table = null;
    prepared = null;
    checked = null;
    lastModels = null;
    return;
  }
  const run = async () => (msg.type === 'load' ? load(msg) : msg.type === 'validate' ? validate(msg) : take());
  run().catch((err: unknown) => post({ type: 'failed', reason: err instanceof Error ? err.message : String(err) }));
};
