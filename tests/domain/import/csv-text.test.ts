import { describe, expect, it } from 'vitest';
import { sniffDelimiter, splitDelimited } from '../../../src/domain/import/csv-text';

const split = (text: string) => {
  const r = splitDelimited(text);
  if (!r.ok) throw new Error(r.reason);
  return r.table;
};

describe('choosing the delimiter', () => {
  it('reads one column as comma-separated, with its width', () => {
    expect(sniffDelimiter('Model\nA\nB')).toEqual({ delimiter: ',', width: 1 });
    expect(sniffDelimiter('')).toEqual({ delimiter: ',', width: 0 });
  });

  it('takes the widest of the delimiters that split a header-only file', () => {
    expect(sniffDelimiter('Model,Notes;x;y')).toEqual({ delimiter: ';', width: 3 });
  });

  it('prefers the comma when two delimiters split the file into as many columns', () => {
    expect(sniffDelimiter('Model,Note;x\nA,1;2\nB,3;4')).toEqual({ delimiter: ',', width: 2 });
  });

  it('ignores a delimiter that splits the header but not the rows', () => {
    expect(sniffDelimiter('Model,Note (a; b; c)\nA,x\nB,y')).toEqual({ delimiter: ',', width: 2 });
    expect(sniffDelimiter('Model,Note (a; b; c)\nA,x; y; z\nB,y')).toEqual({ delimiter: ',', width: 2 });
  });

  // A semicolon file with decimal commas, a comma in a header, one short row and blank lines: the semicolon fits 4 of
  // its 5 rows (enough) and gives more columns than the comma, which fits all 5.
  const semicolons = 'Model;MMLU;Size (B, total)\nA;70,1;7\n\nB;71,2;8\n\n\nC;72,3;9\nD;73,4;10\nE;74,5\n';

  it('takes the widest delimiter that fits at least 4 rows in 5, blank lines not counted', () => {
    expect(sniffDelimiter(semicolons)).toEqual({ delimiter: ';', width: 3 });
    const t = split(semicolons);
    expect(t.headers).toEqual(['Model', 'MMLU', 'Size (B, total)']);
    expect(t.rows.slice(0, 2)).toEqual([['A', '70,1', '7'], ['B', '71,2', '8']]);
    expect(t.problems.filter((p) => p.severity === 'error')).toEqual([{
      row: 5, line: 9, column: 'Row', raw: 'E;74,5', severity: 'error', kind: 'missing-cells',
      message: 'the row has 2 cells where the header has 3; left out, as its values may be in the wrong columns',
    }]);
  });

  it('when no delimiter fits 4 rows in 5, takes the one that fits most', () => {
    expect(sniffDelimiter('Model;MMLU;Size (B, total)\nA;70,1;7\nB;71\nC;72,3;9\nD;73;8')).toEqual({ delimiter: ';', width: 3 });
    expect(sniffDelimiter('Model,Note;x;y\nA,a;b;c\nB,b\nC,c;d\nD;d;e')).toEqual({ delimiter: ',', width: 2 });
  });

  it('when no delimiter fits 4 rows in 5 and two fit as many, takes the one giving more columns, then the comma', () => {
    expect(sniffDelimiter('Model,MMLU,Note;x\nA,1,a;b\nB,2\nC,3,c\nD;d')).toEqual({ delimiter: ',', width: 3 });
    expect(sniffDelimiter('Model,Note;x;y\nA,a;b;c\nB,b\nC;c;d\nD')).toEqual({ delimiter: ';', width: 3 });
    expect(sniffDelimiter('Model,Note;x\nA,a;b\nB,b\nC;c\nD')).toEqual({ delimiter: ',', width: 2 });
  });
});

describe('the header', () => {
  it('trims header names and names an empty one by its position', () => {
    expect(split(' Model ,,MMLU\nA,7,60').headers).toEqual(['Model', 'Column 2', 'MMLU']);
  });

  it('refuses text with nothing in it', () => {
    expect(splitDelimited('')).toEqual({ ok: false, reason: 'There is no data: the text is empty.' });
    expect(splitDelimited('\n \n ,\n')).toEqual({ ok: false, reason: 'There is no data: the text is empty.' });
  });

  it('refuses a header with an unclosed quote, naming its line', () => {
    expect(splitDelimited('\nModel,"Note\nA,1')).toEqual({ ok: false, reason: 'Line 2: the header row has a quoted cell that is never closed.' });
  });

  it('refuses a header with no rows under it', () => {
    expect(splitDelimited('Model,MMLU\n\n')).toEqual({ ok: false, reason: 'The file has a header row but no data rows.' });
  });

  it('accepts 500 columns and refuses 501, saying how many', () => {
    const wide = (n: number) => `${Array.from({ length: n }, (_, i) => `c${i}`).join(',')}\n${Array(n).fill('1').join(',')}`;
    expect(split(wide(500)).headers).toHaveLength(500);
    expect(splitDelimited(wide(501))).toEqual({ ok: false, reason: 'The file has 501 columns; at most 500 are accepted.' });
  });
});

describe('damage stays in its row, named by row and file line', () => {
  it('leaves out a row with an unclosed quote, with the reason, and reads on', () => {
    const t = split('Model,Note\nA,"never closed\nB,ok');
    expect(t.rows).toEqual([[], ['B', 'ok']]);
    expect(t.lines).toEqual([2, 3]);
    expect(t.problems).toEqual([{
      row: 1, line: 2, column: 'Row', raw: '', severity: 'error', kind: 'quote',
      message: 'a quoted cell is never closed (Quoted field unterminated); this line was left out and reading went on at the next',
    }]);
  });

  it('skips a blank line inside the data with a warning naming the line, spaces and empty cells included', () => {
    const t = split('Model,MMLU\nA,60\n  ,  \nB,61');
    expect(t.rows).toEqual([['A', '60'], ['B', '61']]);
    expect(t.lines).toEqual([2, 4]);
    expect(t.problems).toEqual([{ row: 0, line: 3, column: 'Row', raw: '', severity: 'warning', kind: 'blank-line', message: 'blank line 3 skipped' }]);
  });

  it('drops empty cells past the last column with a warning, and shows the row as written', () => {
    const t = split('Model;MMLU\nA;60;;');
    expect(t.rows).toEqual([['A', '60']]);
    expect(t.problems).toEqual([{ row: 1, line: 2, column: 'Row', raw: 'A;60;;', severity: 'warning', kind: 'extra-cells', message: '2 empty cells after the last column were ignored' }]);
  });

  it('refuses a row with more values than the header, as its values may be shifted', () => {
    expect(split('Model,MMLU\nA,60,61').problems).toEqual([{
      row: 1, line: 2, column: 'Row', raw: 'A,60,61', severity: 'error', kind: 'extra-cells',
      message: 'the row has 3 cells where the header has 2; left out, as its values may be in the wrong columns',
    }]);
  });

  it('shows a long row cut to 80 characters, and one of exactly 80 whole', () => {
    const long = `A,1,${'x'.repeat(100)}`;
    expect(split(`Model,MMLU\n${long}`).problems[0]!.raw).toBe(`${long.slice(0, 79)}…`);
    const eighty = `A,1,${'x'.repeat(76)}`;
    expect(eighty).toHaveLength(80);
    expect(split(`Model,MMLU\n${eighty}`).problems[0]!.raw).toBe(eighty);
  });
});

describe('file lines through multi-line cells', () => {
  it.each([
    ['a cell that starts with a line break', 'Model,Note\nA,"\nx"\nB,1,2', 4],
    ['a cell with a CR line break', 'Model,Note\nA,"x\ry"\nB,1,2', 4],
    ['a cell that starts with a CR', 'Model,Note\nA,"\rx"\nB,1,2', 4],
    ['a CRLF file with a CRLF in a cell', 'Model,Note\r\nA,"x\r\ny\r\nz"\r\nB,1,2', 5],
  ])('counts %s', (_, text, line) => {
    expect(split(text).problems.map((p) => p.line)).toEqual([line]);
  });
});
