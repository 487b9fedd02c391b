// What a known file format tells the importer: which column is which, how its numbers are written, and the
// format's own rules for a value (a leaderboard's 0 that means "not run", Epoch AI's confidence words).
import type { Measured, Remark } from '../../measured';
import type { ColumnChoice, Target } from '../column-mapping';

export type FormatId = 'model-mpg-csv' | 'epoch-notable-models' | 'open-llm-leaderboard-v1';

/** What the page shows about a recognised format. */
export interface FormatInfo {
  id: FormatId;
  label: string;
  /** One sentence on what the format's rules do, shown in the mapping step. */
  summary: string;
}

export type NumericField = 'parameters' | 'flop' | 'mmlu' | 'gsm8k';

export interface RowRules {
  /** Reads a cell the format gives a meaning of its own; null lets the ordinary parser read it. */
  sentinel?(field: NumericField, raw: string): { value: Measured; remark: Remark } | null;
  /** Adjusts a parsed value with what the rest of its row says. */
  adjust?(field: NumericField, value: Measured, cells: readonly string[]): { value: Measured; remark?: Remark };
  /** Where no column is mapped to the organisation, the format's own way to name it from the model's name. */
  organization?(name: string): string;
  /** Bare parameter counts under 100,000 are real (small networks), not billions written without a unit. */
  smallCounts?: boolean;
}

/** A format read through the ordinary column mapping, with its columns and rules preset. */
export interface MappedFormat extends FormatInfo {
  matches(headers: readonly string[]): boolean;
  mapping(headers: readonly string[]): Target[];
  fixed(headers: readonly string[]): ColumnChoice[];
  rules(headers: readonly string[]): RowRules;
}

/** Index of a header, compared without case or surrounding spaces; -1 when absent. */
export function headerIndex(headers: readonly string[], name: string): number {
  const want = name.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === want);
}

export const hasHeaders = (headers: readonly string[], names: readonly string[]) => names.every((n) => headerIndex(headers, n) >= 0);

/** A mapping with the named headers set and every other column ignored. */
export function mappingOf(headers: readonly string[], byHeader: readonly [string, Target][]): Target[] {
  const out: Target[] = headers.map(() => 'ignore');
  for (const [name, target] of byHeader) {
    const i = headerIndex(headers, name);
    if (i >= 0) out[i] = target;
  }
  return out;
}
