// Rows joining an existing dataset keep every existing model as it is: colliding ids get a suffix, and each row
// says which file it came from.
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { prepareMerge } from '../../../src/domain/import/prepare-merge';
import type { ModelRecord } from '../../../src/domain/model';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const mine = (name: string, importedFrom?: string): ModelRecord => ({ ...article[4]!, id: name.toLowerCase(), name, importedFrom });

describe('prepareMerge', () => {
  it('gives colliding ids a suffix, keeps the others, and marks rows not yet marked with the file', () => {
    const out = prepareMerge([article[0]!, mine('New', 'mine.csv'), mine('Other')], article, 'export.json');
    expect(out.map((m) => m.id)).toEqual(['gpt-4-2', 'new', 'other']);
    expect(out.map((m) => m.importedFrom)).toEqual(['export.json', 'mine.csv', 'export.json']);
    // Everything else is the row as read.
    expect(out[0]).toEqual({ ...article[0]!, id: 'gpt-4-2', importedFrom: 'export.json' });
  });

  it('gives two rows colliding with each other different ids', () => {
    const out = prepareMerge([mine('Twin'), mine('Twin')], [], 'f.csv');
    expect(new Set(out.map((m) => m.id)).size).toBe(2);
    expect(out[0]!.id).toBe('twin');
  });

  it('leaves the existing models untouched', () => {
    const before = structuredClone(article);
    prepareMerge([article[1]!], article, 'f.csv');
    expect(article).toEqual(before);
  });
});
