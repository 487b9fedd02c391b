// Checks a fetched data file whole before anything is read from it, and hands its rows to the importer's steps.
// Loaded with the file, not with the app's first JavaScript.
import { fail, ok, type ParseResult } from '../measured';
import { PAYLOAD_COLUMNS, PAYLOAD_TYPE, PAYLOAD_VERSION, type DataPayload, type PayloadId } from './payload';

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
