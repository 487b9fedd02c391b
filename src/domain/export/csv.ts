// The data behind a view as CSV: raw values as published beside parsed values, status, notes and sources,
// with cells a spreadsheet would run as formulas neutralised.
import { FIELDS, type FieldKey } from '../fields';
import type { ModelRecord } from '../model';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote to text a spreadsheet would evaluate (OWASP CSV injection guidance). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: wrap in quotes when the cell holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const MEASURED_FIELDS: FieldKey[] = ['parameters', 'mmlu', 'gsm8k', 'costTier'];

export const CSV_HEADER = [
  'id', 'name', 'organization',
  ...MEASURED_FIELDS.flatMap((k) => [`${k}_raw`, `${k}_value`, `${k}_status`, `${k}_note`, `${k}_source`]),
  'training_compute_text', 'training_compute_flop_raw', 'training_compute_flop_value', 'training_compute_flop_status',
  'training_compute_flop_note', 'training_compute_flop_source',
  'notes', 'sources', 'imported_from',
];

export function modelsToCsv(models: readonly ModelRecord[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const m of models) {
    const measured = MEASURED_FIELDS.flatMap((k) => {
      const v = FIELDS[k].get(m);
      return [v.raw, v.value, v.status, v.note, v.source];
    });
    const f = m.trainingCompute.flop;
    const cells = [
      m.id, m.name, m.organization, ...measured,
      m.trainingCompute.text, f.raw, f.value, f.status, f.note, f.source,
      m.notes.join(' | '),
      m.sources.map((s) => [s.title, s.url, s.licence].filter(Boolean).join(' — ')).join(' | '),
      m.importedFrom,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  // CRLF per RFC 4180; a BOM so spreadsheet apps read UTF-8 names correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
