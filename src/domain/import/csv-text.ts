// Splits delimited text into a header and rows with papaparse, keeping damage in its row: an unclosed quote costs
// its line (reading resumes on the next), ragged rows and blank lines are listed, and every row knows its file line.
import Papa from 'papaparse';
import type { CellProblem } from '../problems';
import { MAX_COLUMNS } from './limits';

export interface DelimitedTable {
  headers: string[];
  rows: string[][];
  /** The file line each row starts on. */
  lines: number[];
  delimiter: string;
  problems: CellProblem[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Line breaks inside a row's cells (multi-line quoted cells), so the next row's file line is known. */
function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) continue;
    n += c.match(LINE_BREAK)?.length ?? 0;
  }
  return n;
}

/** The offset just after `count` more line breaks from `from`, or the end of the text. */
function afterLines(text: string, from: number, count: number): number {
  const re = new RegExp(LINE_BREAK.source, 'g');
  re.lastIndex = from;
  let at = from;
  for (let i = 0; i < count; i++) {
    const m = re.exec(text);
    if (!m) return text.length;
    at = m.index + m[0].length;
  }
  return at;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const preview = (cells: readonly string[], d: string) => {
  const s = cells.join(d);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * Of the delimiters that split the header, and under which most of the first rows have its width (quotes
 * respected), the one giving the most columns; failing that, the most consistent. papaparse's own guess took ";" for a comma file whose notes
 * held semicolons.
 */
export function sniffDelimiter(text: string): { delimiter: string; width: number } {
  const tried = DELIMITERS.map((delimiter) => {
    const rows = Papa.parse<string[]>(text, { preview: 20, delimiter, skipEmptyLines: 'greedy' }).data;
    const width = rows[0]?.length ?? 0;
    const fit = rows.length <= 1 ? 1 : rows.slice(1).filter((r) => r.length === width).length / (rows.length - 1);
    return { delimiter, width, fit };
  });
  const multi = tried.filter((t) => t.width > 1);
  if (multi.length === 0) return { delimiter: ',', width: tried[0]?.width ?? 0 };
  const consistent = multi.filter((t) => t.fit >= 0.8);
  const best = consistent.length
    ? consistent.reduce((a, b) => (b.width > a.width ? b : a))
    : multi.reduce((a, b) => (b.fit > a.fit || (b.fit === a.fit && b.width > a.width) ? b : a));
  return { delimiter: best.delimiter, width: best.width };
}

type Split = { ok: true; table: DelimitedTable } | { ok: false; reason: string };

export function splitDelimited(text: string): Split {
  const { delimiter, width } = sniffDelimiter(text);
  // Checked before the whole file is parsed, so a very wide file is refused at once.
  if (width > MAX_COLUMNS) return { ok: false, reason: `The file has ${width} columns; at most ${MAX_COLUMNS} are accepted.` };
  const read: { cells: string[] | null; line: number; quote?: string }[] = [];
  let offset = 0;
  let line = 1;
  /** The file line `offset` is on. */
  let offsetLine = 1;
  for (;;) {
    const parsed = Papa.parse<string[]>(offset === 0 ? text : text.slice(offset), { delimiter, skipEmptyLines: false });
    const bad = parsed.errors.find((e) => e.type === 'Quotes');
    const upTo = bad?.row ?? parsed.data.length;
    for (let i = 0; i < upTo; i++) {
      const cells = parsed.data[i]!;
      read.push({ cells, line });
      line += 1 + breaksIn(cells);
    }
    if (!bad) break;
    read.push({ cells: null, line, quote: bad.message });
    // The damaged row is its first line only; the lines after it are read again as rows of their own.
    offset = afterLines(text, offset, line - offsetLine + 1);
    line += 1;
    offsetLine = line;
    if (offset >= text.length) break;
  }
  return assemble(read, delimiter);
}

function assemble(read: { cells: string[] | null; line: number; quote?: string }[], delimiter: string): Split {
  while (read.length > 0 && read.at(-1)!.cells !== null && isBlank(read.at(-1)!.cells!)) read.pop();
  let start = 0;
  while (start < read.length && read[start]!.cells !== null && isBlank(read[start]!.cells!)) start++;
  const head = read[start];
  if (!head) return { ok: false, reason: 'There is no data: the text is empty.' };
  if (!head.cells) return { ok: false, reason: `Line ${head.line}: the header row has a quoted cell that is never closed.` };
  const width = head.cells.length;
  if (width > MAX_COLUMNS) return { ok: false, reason: `The file has ${width} columns; at most ${MAX_COLUMNS} are accepted.` };
  const headers = head.cells.map((h, i) => h.trim() || `Column ${i + 1}`);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: CellProblem[] = [];
  const problem = (p: Omit<CellProblem, 'column'>) => problems.push({ column: 'Row', ...p });
  for (let i = start + 1; i < read.length; i++) {
    const { cells, line, quote } = read[i]!;
    const row = rows.length + 1;
    if (cells === null) {
      problem({ row, line, raw: '', severity: 'error', kind: 'quote', message: `a quoted cell is never closed (${quote}); this line was left out and reading went on at the next` });
      rows.push([]);
      lines.push(line);
      continue;
    }
    if (isBlank(cells)) {
      problems.push({ row: 0, line, column: 'Row', raw: '', severity: 'warning', kind: 'blank-line', message: `blank line ${line} skipped` });
      continue;
    }
    if (cells.length > width) {
      const extra = cells.slice(width);
      if (isBlank(extra)) {
        problem({ row, line, raw: preview(cells, delimiter), severity: 'warning', kind: 'extra-cells', message: `${extra.length} empty cells after the last column were ignored` });
        cells.length = width;
      } else {
        problem({ row, line, raw: preview(cells, delimiter), severity: 'error', kind: 'extra-cells', message: `the row has ${cells.length} cells where the header has ${width}; left out, as its values may be in the wrong columns` });
      }
    } else if (cells.length < width) {
      problem({ row, line, raw: preview(cells, delimiter), severity: 'error', kind: 'missing-cells', message: `the row has ${cells.length} cells where the header has ${width}; left out, as its values may be in the wrong columns` });
    }
    rows.push(cells);
    lines.push(line);
  }
  if (rows.length === 0) return { ok: false, reason: 'The file has a header row but no data rows.' };
  return { ok: true, table: { headers, rows, lines, delimiter, problems } };
}
