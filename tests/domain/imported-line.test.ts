import { describe, expect, it } from 'vitest';
import { importedLine } from '../../src/domain/imported-line';
import type { ModelRecord } from '../../src/domain/model';

const model = (id: string, importedFrom?: string) => ({ id, name: id, importedFrom }) as unknown as ModelRecord;

describe('importedLine', () => {
  it('counts merged rows by file, beside the dataset\'s own', () => {
    const models = [model('a'), model('b'), model('c', 'mine.csv'), model('d', 'mine.csv'), model('e', 'theirs.json')];
    expect(importedLine(models)).toBe('Plus 3 rows imported from mine.csv, theirs.json, marked "imported".');
    expect(importedLine([model('a'), model('b', 'one.csv')])).toBe('Plus 1 row imported from one.csv, marked "imported".');
  });

  it('names three files and counts the rest', () => {
    const models = [model('own'), ...['1.csv', '2.csv', '3.csv', '4.csv', '5.csv'].map((f) => model(f, f))];
    expect(importedLine(models)).toBe('Plus 5 rows imported from 1.csv, 2.csv, 3.csv and 2 more files, marked "imported".');
  });

  it('says nothing when no row was merged, or when the whole dataset is one import', () => {
    expect(importedLine([model('a'), model('b')])).toBeNull();
    expect(importedLine([model('a', 'mine.csv'), model('b', 'mine.csv')])).toBeNull();
  });
});
