// Errors as values with a place: which row, which column, what was found and what was expected.

export interface CellProblem {
  /** 1-based data row number (header not counted). */
  row: number;
  column: string;
  raw: string;
  message: string;
  severity: 'error' | 'warning';
}

export function describeProblem(p: CellProblem): string {
  return `row ${p.row}, ${p.column}: ${p.message}`;
}
