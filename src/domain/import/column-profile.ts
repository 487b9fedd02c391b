// What each column's values say about how to read them: the decimal mark (comma or point, or "ask" when only
// "1,234"-like values occur or the values disagree) and, for scores, percent or fraction (or "ask" when mixed).
import type { DecimalMark } from '../parse-number';
import { readNumber, valueOf } from '../parse-number';
import type { ScoreScale } from '../parse-percent';

/** A value from the file that shows something, with its 1-based data row. */
export interface Example {
  row: number;
  text: string;
}

export interface DecimalProfile {
  /** null: the values do not decide (only "1,234"-like ones) or disagree; the user is asked. */
  guess: DecimalMark | null;
  /** Whether any value has a comma or point in a number at all; if none, the mark does not matter. */
  relevant: boolean;
  point?: Example;
  comma?: Example;
  ambiguous?: Example;
}

export interface ScaleGroup {
  count: number;
  /** The first few rows, for the question shown in the mapping step. */
  examples: Example[];
}

export interface ScaleProfile {
  /** null: the column mixes fractions (0.85) and percentages (85); the user is asked. */
  guess: ScoreScale | null;
  fraction: ScaleGroup;
  percent: ScaleGroup;
}

export interface ColumnProfile {
  decimal: DecimalProfile;
  scale: ScaleProfile;
}

const MAX_EXAMPLES = 6;
/** A cell longer than this is prose, not a number. */
const MAX_NUMBER_LENGTH = 40;

/** Cells that can hold a number start like one: a digit, a mark, or a qualifier word ("about", "up to"). */
const NUMBER_START = /^\s*(?:[\d.,~≈<>≤≥⩽⩾]|about|approx|around|roughly|circa|ca\.|up\s+to|at\s+(?:most|least)|under|below|over|above|less|more|fewer)/i;

/** The first run of digits and separators: "1.234,5" from "~1.234,5B (est.)". */
const NUMERIC_RUN = /\d[\d.,]*\d|\d/;

/** What one value says about the decimal mark: '.' or ',' when it decides, 'either' for "1,234", null for nothing. */
export function decimalEvidence(text: string): DecimalMark | 'either' | null {
  const run = NUMERIC_RUN.exec(text)?.[0];
  if (!run) return null;
  const commas = run.split(',').length - 1;
  const points = run.split('.').length - 1;
  if (commas === 0 && points === 0) return null;
  if (commas && points) return run.lastIndexOf(',') > run.lastIndexOf('.') ? ',' : '.';
  // In scientific notation ("2.1e+25") a lone mark can only be a decimal mark.
  if (/^[eE]/.test(text.slice(text.indexOf(run) + run.length))) return commas ? ',' : '.';
  const mark = commas ? ',' : '.';
  const other: DecimalMark = mark === ',' ? '.' : ',';
  // Two or more of one mark can only separate thousands ("1,234,567").
  if (commas + points > 1) return other;
  const [int = '', frac = ''] = run.split(mark);
  // "1,5", "1,2345", "1234,5", "0,123": not a thousands group.
  if (frac.length !== 3 || int.length > 3 || int === '0') return mark;
  return 'either';
}

const twice = (v: string, mark: DecimalMark) => v.indexOf(mark) !== v.lastIndexOf(mark);

function profileDecimal(values: readonly string[]): DecimalProfile {
  const out: DecimalProfile = { guess: '.', relevant: false };
  values.forEach((v, i) => {
    if (v.length > MAX_NUMBER_LENGTH) return;
    if (out.point && out.comma) return;
    const comma = v.indexOf(',') >= 0;
    const point = v.indexOf('.') >= 0;
    if (!comma && !point) return;
    // Once one mark has shown, only a value that can show the other changes the answer: one holding the other mark, or
    // the known one twice ("1,234,567" shows a decimal point). The rest are skipped unread.
    if (out.point && !comma && !twice(v, '.')) return;
    if (out.comma && !point && !twice(v, ',')) return;
    const e = decimalEvidence(v);
    if (e === null) return;
    out.relevant = true;
    const key = e === '.' ? 'point' : e === ',' ? 'comma' : 'ambiguous';
    out[key] ??= { row: i + 1, text: v };
  });
  out.guess = out.point && out.comma ? null : out.comma ? ',' : out.point ? '.' : out.ambiguous ? null : '.';
  return out;
}

function profileScale(values: readonly string[], decimal: DecimalMark): ScaleProfile {
  const fraction: ScaleGroup = { count: 0, examples: [] };
  const percent: ScaleGroup = { count: 0, examples: [] };
  values.forEach((v, i) => {
    if (v.length > MAX_NUMBER_LENGTH || !NUMBER_START.test(v)) return;
    // Sizes ("7B") and prose are not scores: a value starting with a digit that does not read as one plain
    // number is passed over without the full reader; only qualified values ("~80%") take it.
    const t = v.trim();
    const percentSign = t.endsWith('%');
    const bare = percentSign ? t.slice(0, -1).trim() : t;
    let n = Number(decimal === ',' ? bare.replace(',', '.') : bare);
    let hasPercent = percentSign;
    if (Number.isNaN(n) || bare === '') {
      if (/^[\d.,]/.test(t)) return;
      const r = readNumber(v, decimal);
      if (!r.ok || r.data.hasSuffix) return;
      n = valueOf(r.data);
      hasPercent = r.data.percent;
    }
    const group = hasPercent || n > 1 ? percent : n > 0 && n < 1 ? fraction : null;
    if (!group) return;
    group.count++;
    if (group.examples.length < MAX_EXAMPLES) group.examples.push({ row: i + 1, text: v });
  });
  const guess = fraction.count && percent.count ? null : fraction.count ? 'fraction' : 'percent';
  return { guess, fraction, percent };
}

export function profileColumn(values: readonly string[]): ColumnProfile {
  const decimal = profileDecimal(values);
  return { decimal, scale: profileScale(values, decimal.guess ?? '.') };
}

export function profileColumns(headers: readonly string[], rows: readonly string[][]): ColumnProfile[] {
  return headers.map((_h, c) => profileColumn(rows.map((r) => r[c] ?? '')));
}
