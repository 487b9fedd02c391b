// JSON as a table: a list of objects, or an object of models keyed by name. Only a record's own fields are read,
// so inherited properties ("constructor") never become cell text.

export interface JsonTable {
  headers: string[];
  rows: string[][];
}

type JsonRead = { ok: true; table: JsonTable } | { ok: false; reason: string };

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a JSON value is, in words, for a message about why it is not a table. */
function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'string') return `a single string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'object') return 'an object';
  return `a single ${typeof value} (${String(value)})`;
}

const EXPECTED = 'expected a list of models ([{"name": …}, …]) or an object of models keyed by name';

export function jsonToTable(value: unknown): JsonRead {
  let records: Record<string, unknown>[];
  if (Array.isArray(value)) {
    if (value.length === 0) return { ok: false, reason: `The JSON is an empty list: there are no models in it.` };
    const bad = value.findIndex((v) => !isRecord(v));
    if (bad >= 0) return { ok: false, reason: `JSON item ${bad + 1} is ${describeJson(value[bad])}, not an object with named fields.` };
    records = value as Record<string, unknown>[];
  } else if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return { ok: false, reason: 'The JSON is an empty object: there are no models in it.' };
    const bad = entries.find(([, v]) => !isRecord(v));
    if (bad) return { ok: false, reason: `JSON key "${bad[0]}" holds ${describeJson(bad[1])}; ${EXPECTED}.` };
    records = entries.map(([name, v]) => ({ name, ...(v as Record<string, unknown>) }));
  } else {
    return { ok: false, reason: `The JSON is ${describeJson(value)}; ${EXPECTED}.` };
  }
  const headers = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { ok: true, table: { headers, rows: records.map((r) => headers.map((h) => cellText(Object.hasOwn(r, h) ? r[h] : undefined))) } };
}
