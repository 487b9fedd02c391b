// How the cells of one mapped column are parsed: the field's parser with the column's decimal mark, scale and unit,
// and, while a question about the column is open, a refusal in place of a guess.
import { parseCostTier } from '../cost-tier';
import { fail, type Measured, type ParseResult } from '../measured';
import { parseFlop } from '../parse-compute';
import { parsePercent } from '../parse-percent';
import { parseParameters } from '../parse-parameters';
import type { ColumnReading, Target } from './column-mapping';
import type { ColumnProfile } from './column-profile';
import type { NumericField, RowRules } from './formats/types';

export interface ColumnReader {
  /** The column's index, or -1 when no column holds the field. */
  i: number;
  target: Target;
  field: NumericField | undefined;
  parse: (raw: string) => ParseResult<Measured>;
  /** A score column that mixed fractions and percentages and was set to percent: its values between 0 and 1 are listed. */
  mixedPercent: boolean;
}

const FIELD_OF = new Map<Target, NumericField>([['parameters', 'parameters'], ['trainingComputeFlop', 'flop'], ['mmlu', 'mmlu'], ['gsm8k', 'gsm8k']]);

export function columnReader(target: Target, i: number, readings: readonly ColumnReading[], profiles: readonly ColumnProfile[] | undefined, rules: RowRules): ColumnReader {
  const r = readings[i] ?? { decimal: '.', scale: 'percent', unit: 'count' };
  const decimal = r.decimal ?? '.';
  const read: (raw: string) => ParseResult<Measured> =
    target === 'parameters' ? (raw) => parseParameters(raw, r.unit, { decimal, smallCounts: rules.smallCounts })
    : target === 'trainingComputeFlop' ? (raw) => parseFlop({ raw, decimal })
    : target === 'costTier' ? parseCostTier
    : (raw) => parsePercent(raw, r.scale ?? 'percent', decimal);
  // A question still open (the preview reads rows before it is answered) is never answered by a guess.
  const openDecimal = target !== 'costTier' && r.decimal === null;
  const score = target === 'mmlu' || target === 'gsm8k';
  const openScale = score && r.scale === null;
  const parse = openDecimal || openScale
    ? (raw: string): ParseResult<Measured> => {
      if (openDecimal && /\d[.,]\d/.test(raw)) return fail(`'${raw}': choose this column's decimal mark first`, 'decimal-mark');
      if (openScale && /\d/.test(raw)) return fail(`'${raw}': choose whether this column is percent or fractions first`, 'invalid-field');
      return read(raw);
    }
    : read;
  // Only a score has a scale: a column's answer is kept when it is mapped to another field, and must not follow it there.
  const mixed = score && profiles?.[i]?.scale.guess === null;
  return { i, target, field: FIELD_OF.get(target), parse, mixedPercent: mixed && r.scale === 'percent' };
}
