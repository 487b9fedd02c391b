// Known formats, recognised by their headers: our own CSV (read as exported), and formats read through the column
// mapping with their columns, units and rules preset.
import { EPOCH_FORMAT } from './epoch';
import { LEADERBOARD_FORMAT } from './leaderboard';
import { OWN_CSV_FORMAT, ownCsvVersion } from './own-csv';
import type { FormatId, FormatInfo, MappedFormat } from './types';

export const MAPPED_FORMATS: readonly MappedFormat[] = [EPOCH_FORMAT, LEADERBOARD_FORMAT];

export function detectFormat(headers: readonly string[]): FormatInfo | null {
  if (ownCsvVersion(headers)) return OWN_CSV_FORMAT;
  return MAPPED_FORMATS.find((f) => f.matches(headers)) ?? null;
}

export function mappedFormat(id: FormatId | null | undefined): MappedFormat | undefined {
  return MAPPED_FORMATS.find((f) => f.id === id);
}

/** What the page needs to know about a format, without its functions (which do not cross to the page). */
export const formatInfo = ({ id, label, summary }: FormatInfo): FormatInfo => ({ id, label, summary });
