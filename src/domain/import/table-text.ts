// Reads pasted or uploaded text into a header row and data rows: CSV/TSV/semicolon/pipe via papaparse (sniffed by
// column-count consistency), JSON as an array of objects, an object keyed by model name, or our own export.
import type { ExportFile } from '../export/json';
import type { CellProblem } from '../problems';
import { splitDelimited } from './csv-text';
import { readOwnJson, isOwnJson } from './formats/own-json';
import { jsonToTable } from './json-text';
import { MAX_COLUMNS } from './limits';

export interface RawTable {
  headers: string[];
  rows: string[][];
  /** The file line each row starts on, for delimited text; JSON has none. */
  lines?: number[];
  format: 'csv' | 'tsv' | 'semicolon' | 'pipe' | 'json';
  /** Damage found while splitting the text (unclosed quotes, ragged rows, blank lines); rows with an error here are left out. */
  problems?: CellProblem[];
}

export type TextParse =
  | { ok: true; kind: 'table'; table: RawTable }
  | { ok: true; kind: 'export'; file: ExportFile }
  | { ok: false; reason: string };

const FORMAT_OF: Record<string, RawTable['format']> = { ',': 'csv', '\t': 'tsv', ';': 'semicolon', '|': 'pipe' };

/** A bare JSON value that is not a table: "42", "null", "true", a quoted string. */
const JSON_SCALAR = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|null|true|false|"(?:[^"\\]|\\.)*")$/;

function readJson(trimmed: string): TextParse {
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return { ok: false, reason: `The text looks like JSON but does not parse: ${e instanceof Error ? e.message : 'syntax error'}.` };
  }
  if (isOwnJson(value)) {
    const r = readOwnJson(value);
    return r.ok ? { ok: true, kind: 'export', file: r.file } : { ok: false, reason: `This Model MPG export cannot be read: ${r.reason}` };
  }
  const t = jsonToTable(value);
  if (!t.ok) return t;
  if (t.table.headers.length > MAX_COLUMNS) return { ok: false, reason: `The data has ${t.table.headers.length} fields; at most ${MAX_COLUMNS} are accepted.` };
  return { ok: true, kind: 'table', table: { ...t.table, format: 'json' } };
}

export function parseTableText(text: string): TextParse {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (!trimmed) return { ok: false, reason: 'There is no data: the text is empty.' };
  if (trimmed.startsWith('[') || trimmed.startsWith('{') || JSON_SCALAR.test(trimmed)) return readJson(trimmed);
  const split = splitDelimited(body);
  if (!split.ok) return split;
  const { headers, rows, lines, delimiter, problems } = split.table;
  return { ok: true, kind: 'table', table: { headers, rows, lines, problems, format: FORMAT_OF[delimiter] ?? 'csv' } };
}
