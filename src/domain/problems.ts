// Errors as values with a place: which row, which column, what was found and what was expected.

/** What went wrong, so the review can count problems of one kind in one line before listing them. */
export type ProblemKind =
  | 'not-a-number' | 'negative' | 'out-of-range' | 'exponent-and-suffix' | 'range-text' | 'decimal-mark'
  | 'expert-layout' | 'too-small' | 'unknown-tier' | 'no-name' | 'invalid-field'
  | 'bound' | 'uncertain' | 'scale' | 'zero-size' | 'zero-score' | 'not-run' | 'size-not-given' | 'confidence'
  | 'tiny-flop' | 'quote' | 'extra-cells' | 'missing-cells' | 'blank-line' | 'ignored-column' | 'duplicate-id';

export interface CellProblem {
  /** 1-based data row number (header not counted); 0 for the file or a whole column. */
  row: number;
  /** The file line the row starts on, where the input has lines (CSV, TSV). */
  line?: number;
  column: string;
  raw: string;
  message: string;
  severity: 'error' | 'warning';
  kind?: ProblemKind;
}

/** "row 7 (line 9), MMLU: …": the data row and the file line, which differ after multi-line cells and blank lines. */
export function describeProblem(p: CellProblem): string {
  if (p.row <= 0) return `${p.column}: ${p.message}`;
  return `row ${p.row}${p.line !== undefined ? ` (line ${p.line})` : ''}, ${p.column}: ${p.message}`;
}
