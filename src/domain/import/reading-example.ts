// A value from the file as it will be read with a column's settings, in words: the example beside each setting in
// the mapping step ("72,7B" → "72.7B"), and the two readings a question offers ("1,234" → 1.234 or 1,234).
import { formatCount, formatFlop, formatPercent } from '../format';
import type { DecimalMark } from '../parse-number';
import { parseFlop } from '../parse-compute';
import { parseParameters } from '../parse-parameters';
import { parsePercent } from '../parse-percent';
import type { ColumnReading, NumericTarget } from './column-mapping';

/** How `text` reads in a `target` column with `reading`: the value as the app shows it, or why it cannot be read. */
export function readExample(target: NumericTarget, text: string, reading: ColumnReading, decimal: DecimalMark | null = reading.decimal): string {
  const d = decimal ?? '.';
  const r = target === 'parameters' ? parseParameters(text, reading.unit, { decimal: d, smallCounts: true })
    : target === 'trainingComputeFlop' ? parseFlop({ raw: text, decimal: d })
    : parsePercent(text, reading.scale ?? 'percent', d);
  if (!r.ok) return 'not readable';
  const v = r.data.value;
  if (v === null) return r.data.status;
  const shown = target === 'parameters' ? formatCount(v) : target === 'trainingComputeFlop' ? `${formatFlop(v)} FLOP` : formatPercent(v);
  return r.data.status === 'estimated' ? `${shown} (estimated)` : shown;
}
