// Reads pasted or uploaded text into a header row and data rows: CSV/TSV/semicolon via papaparse (sniffed by
// column-count consistency), JSON as an array of objects, an object keyed by model name, or our own export.
import Papa from 'papaparse';
import { isOwnExport, parseExportFile, type ExportFile } from '../export/json';
import { MAX_COLUMNS } from './limits';

export interface RawTable {
  headers: string[];
  rows: string[][];
  format: 'csv' | 'tsv' | 'semicolon' | 'json';
}

export type TextParse =
  | { ok: true; kind: 'table'; table: RawTable }
  | { ok: true; kind: 'export'; file: ExportFile }
  | { ok: false; reason: string };

/** Decodes bytes as UTF-8, refusing (rather than garbling) text in another encoding. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8") and try again.' };
  }
}

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function jsonToTable(value: unknown): TextParse {
  if (isOwnExport(value)) {
    const r = parseExportFile(value);
    return r.ok ? { ok: true, kind: 'export', file: r.file } : { ok: false, reason: `This Model MPG export cannot be read: ${r.reason}` };
  }
  let records: Record<string, unknown>[];
  if (Array.isArray(value)) {
    const bad = value.findIndex((v) => typeof v !== 'object' || v === null || Array.isArray(v));
    if (bad >= 0) return { ok: false, reason: `JSON item ${bad + 1} is not an object with named fields.` };
    records = value as Record<string, unknown>[];
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>);
    const bad = entries.find(([, v]) => typeof v !== 'object' || v === null || Array.isArray(v));
    if (bad) return { ok: false, reason: `JSON key "${bad[0]}" does not hold an object; expected an object of models keyed by name.` };
    records = entries.map(([name, v]) => ({ name, ...(v as Record<string, unknown>) }));
  } else {
    return { ok: false, reason: 'The JSON is neither a list of models nor an object of models keyed by name.' };
  }
  const headers = [...new Set(records.flatMap((r) => Object.keys(r)))];
  if (headers.length > MAX_COLUMNS) return { ok: false, reason: `The data has ${headers.length} fields; at most ${MAX_COLUMNS} are accepted.` };
  return { ok: true, kind: 'table', table: { headers, rows: records.map((r) => headers.map((h) => cellText(r[h]))), format: 'json' } };
}

export function parseTableText(text: string): TextParse {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, reason: 'There is no data: the text is empty.' };
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      return { ok: false, reason: `The text looks like JSON but does not parse: ${e instanceof Error ? e.message : 'syntax error'}.` };
    }
    return jsonToTable(value);
  }
  // Read the header row alone first, so a very wide file is refused before the whole file is parsed.
  const head = Papa.parse<string[]>(trimmed, { preview: 1, delimitersToGuess: [',', '\t', ';', '|'] });
  const width = head.data[0]?.length ?? 0;
  if (width > MAX_COLUMNS) return { ok: false, reason: `The file has ${width} columns; at most ${MAX_COLUMNS} are accepted.` };
  const parsed = Papa.parse<string[]>(trimmed, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  const [header, ...rows] = parsed.data;
  if (!header || header.length === 0) return { ok: false, reason: 'No header row was found.' };
  if (header.length > MAX_COLUMNS) return { ok: false, reason: `The file has ${header.length} columns; at most ${MAX_COLUMNS} are accepted.` };
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return { ok: false, reason: `Row ${(fatal.row ?? 0) + 1}: ${fatal.message} (a quoted cell is never closed).` };
  if (rows.length === 0) return { ok: false, reason: 'The file has a header row but no data rows.' };
  const d = parsed.meta.delimiter;
  const format = d === '\t' ? 'tsv' : d === ';' ? 'semicolon' : 'csv';
  const headers = header.map((h, i) => h.trim() || `Column ${i + 1}`);
  return { ok: true, kind: 'table', table: { headers, rows, format } };
}
