// The review's first lines: problems counted by kind and column ("582 GSM8K values of 0 read as not run"), so a
// rule that touched many rows is read before the per-row list, and the full list as a CSV file to download.
import { csvCell } from '../export/csv';
import type { CellProblem, ProblemKind } from '../problems';
import { PLAUSIBLE_MIN_FLOP } from '../value-limits';

interface KindText {
  /** The summary line for `n` problems of this kind and severity in `column`. */
  summary: (n: number, column: string, severity: CellProblem['severity']) => string;
  /** Counted in the summary only; the per-row list would repeat one line hundreds of times. Still in the download. */
  summaryOnly?: boolean;
}

const leftOut = (n: number) => (n === 1 ? 'its row is left out' : 'their rows are left out');
const values = (n: number, column: string) => `${n.toLocaleString('en-US')} ${column} value${n === 1 ? '' : 's'}`;
const rows = (n: number) => `${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/** "that is not a number" / "that are not numbers". */
const thatAre = (n: number, one: string, many: string) => (n === 1 ? `that is ${one}` : `that are ${many}`);

export const KIND_TEXT: Record<ProblemKind, KindText> = {
  'not-a-number': { summary: (n, c) => `${values(n, c)} ${thatAre(n, 'not a number', 'not numbers')}; ${leftOut(n)}` },
  negative: { summary: (n, c) => `${values(n, c)} below zero; ${leftOut(n)}` },
  'out-of-range': { summary: (n, c) => `${values(n, c)} out of range; ${leftOut(n)}` },
  'exponent-and-suffix': { summary: (n, c) => `${values(n, c)} with both an exponent and a size letter (like 7e9B); ${leftOut(n)}` },
  'range-text': { summary: (n, c) => `${values(n, c)} written as a range; ${leftOut(n)}` },
  'decimal-mark': { summary: (n, c) => `${values(n, c)} with a separator that is not the column's decimal mark; ${leftOut(n)}` },
  'expert-layout': { summary: (n, c) => `${values(n, c)} naming an expert layout (like 8x7B); ${leftOut(n)}` },
  'too-small': { summary: (n, c) => `${values(n, c)} too small for a raw count; ${leftOut(n)}` },
  'unknown-tier': { summary: (n, c) => `${values(n, c)} ${thatAre(n, 'not a cost tier', 'not cost tiers')}; ${leftOut(n)}` },
  'no-name': { summary: (n) => `${rows(n)} without a model name, left out` },
  'invalid-field': { summary: (n, c) => `${plural(n, 'value')} in ${c} ${n === 1 ? 'that does not fit' : 'that do not fit'} the format; ${leftOut(n)}` },
  bound: { summary: (n, c) => `${values(n, c)} read as a bound (an estimate, with the bound in its note)` },
  uncertain: { summary: (n, c) => `${values(n, c)} marked '?' read as ${n === 1 ? 'an estimate' : 'estimates'}` },
  scale: { summary: (n, c) => `${values(n, c)} between 0 and 1 read as percent, as chosen` },
  'zero-size': { summary: (n) => `${plural(n, 'parameter count')} of 0 read as missing`, summaryOnly: true },
  'zero-score': { summary: (n, c) => `${values(n, c)} of exactly 0 kept as 0 (some leaderboards write 0 for "not run")`, summaryOnly: true },
  'not-run': { summary: (n, c) => `${values(n, c)} of 0 read as not run`, summaryOnly: true },
  'size-not-given': { summary: (n) => `${plural(n, 'parameter count')} of 0 read as not given`, summaryOnly: true },
  confidence: { summary: (n, c) => `${values(n, c)} read as ${n === 1 ? 'an estimate' : 'estimates'} from Epoch AI's confidence (Likely, Speculative, Unknown)`, summaryOnly: true },
  'tiny-flop': { summary: (n, c) => `${values(n, c)} under ${PLAUSIBLE_MIN_FLOP.toLocaleString('en-US')} FLOP, kept: is the column in another unit?` },
  quote: { summary: (n) => `${rows(n)} with a quoted cell that is never closed, left out (reading went on at the next line)` },
  'extra-cells': { summary: (n, _c, severity) => `${rows(n)} with more cells than the header${severity === 'error' ? ', left out' : ', all empty (ignored)'}` },
  'missing-cells': { summary: (n) => `${rows(n)} with fewer cells than the header, left out` },
  'blank-line': { summary: (n) => `${plural(n, 'blank line')} skipped`, summaryOnly: true },
  'ignored-column': { summary: (n, c) => `${n === 1 ? 'Column' : 'Columns'} ${c} ignored` },
  'duplicate-id': { summary: (n) => `${rows(n)} repeating an earlier row's id, given new ids` },
};

export interface SummaryLine {
  kind: ProblemKind | 'other';
  severity: CellProblem['severity'];
  count: number;
  text: string;
}

/** One line per kind and column, errors first, then by count. Ignored columns are named in one line. */
export function summariseProblems(problems: readonly CellProblem[]): SummaryLine[] {
  const groups = new Map<string, { kind: ProblemKind | 'other'; column: string; severity: CellProblem['severity']; count: number }>();
  const ignored: string[] = [];
  for (const p of problems) {
    if (p.kind === 'ignored-column') {
      ignored.push(p.column);
      continue;
    }
    const kind = p.kind ?? 'other';
    const k = `${kind}\u0000${p.column}\u0000${p.severity}`;
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { kind, column: p.column, severity: p.severity, count: 1 });
  }
  const lines: SummaryLine[] = [...groups.values()].map((g) => ({
    kind: g.kind, severity: g.severity, count: g.count,
    text: g.kind === 'other' ? `${values(g.count, g.column)} with a problem` : KIND_TEXT[g.kind].summary(g.count, g.column, g.severity),
  }));
  if (ignored.length) lines.push({ kind: 'ignored-column', severity: 'warning', count: ignored.length, text: KIND_TEXT['ignored-column'].summary(ignored.length, ignored.map((c) => `"${c}"`).join(', '), 'warning') });
  return lines.sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

/** The problems a reader goes through row by row: everything but the kinds the summary already says in full. */
export function listedProblems(problems: readonly CellProblem[]): CellProblem[] {
  return problems.filter((p) => !(p.kind && KIND_TEXT[p.kind].summaryOnly) && p.kind !== 'ignored-column');
}

export const PROBLEMS_CSV_HEADER = ['row', 'line', 'column', 'value', 'severity', 'kind', 'message'];

/** Every problem, for a spreadsheet: data row and file line, column, the value as found, and the message. */
export function problemsToCsv(problems: readonly CellProblem[]): string {
  const lines = [PROBLEMS_CSV_HEADER.join(',')];
  for (const p of problems) {
    lines.push([p.row > 0 ? p.row : '', p.line ?? '', p.column, p.raw, p.severity, p.kind ?? '', p.message].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
