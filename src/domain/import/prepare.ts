// The two steps of an import after the text is split into a table, shared by the worker and by scripts and tests:
// recognise the format and profile the columns (what the mapping step shows), then read every row.
import { defaultReadings, guessMapping, openQuestions, type ColumnReading, type Target } from './column-mapping';
import { profileColumns, type ColumnProfile } from './column-profile';
import { detectFormat, formatInfo, mappedFormat } from './formats';
import { readOwnCsv } from './formats/own-csv';
import type { FormatInfo } from './formats/types';
import { parseRows, type ImportOptions, type ParsedRows } from './rows-to-models';
import type { RawTable } from './table-text';

export interface PreparedTable {
  known: FormatInfo | null;
  mapping: Target[];
  profiles: ColumnProfile[];
  readings: ColumnReading[];
}

export function prepareTable(table: RawTable): PreparedTable {
  const known = detectFormat(table.headers);
  const preset = mappedFormat(known?.id);
  const fixed = preset?.fixed(table.headers) ?? [];
  // What a format fixes is decided, not asked: the leaderboard's 0.15% GSM8K is a percentage however it looks.
  const profiles = profileColumns(table.headers, table.rows).map((p, i) => {
    const f = fixed[i];
    if (!f) return p;
    return {
      decimal: f.decimal ? { ...p.decimal, guess: f.decimal } : p.decimal,
      scale: f.scale ? { ...p.scale, guess: f.scale } : p.scale,
    };
  });
  return {
    known: known && formatInfo(known),
    mapping: preset ? preset.mapping(table.headers) : guessMapping(table.headers),
    profiles,
    readings: defaultReadings(table.headers, table.rows, profiles, fixed),
  };
}

type CheckOptions = Pick<ImportOptions, 'mapping' | 'readings' | 'fileName' | 'onProgress'>;

/** Reads every row: our own CSV as exported, anything else through the mapping; refused while a question is open. */
export function checkRows(table: RawTable, prepared: Pick<PreparedTable, 'known' | 'profiles'>, o: CheckOptions): { ok: true; rows: ParsedRows } | { ok: false; reason: string } {
  if (prepared.known?.id === 'model-mpg-csv') return { ok: true, rows: readOwnCsv(table) };
  if (openQuestions(o.mapping, o.readings, prepared.profiles).length > 0) {
    return { ok: false, reason: 'Some columns can be read two ways; choose how in the mapping step first.' };
  }
  return { ok: true, rows: parseRows(table, { ...o, profiles: prepared.profiles, format: prepared.known?.id ?? null }) };
}
