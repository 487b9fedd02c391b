// Rows joining an existing dataset: ids that would collide get a suffix, and every row is marked as imported.
import type { ModelRecord } from '../model';

export function prepareMerge(models: readonly ModelRecord[], existing: readonly ModelRecord[], fileName: string): ModelRecord[] {
  const taken = new Set(existing.map((m) => m.id));
  return models.map((m) => {
    let id = m.id;
    for (let n = 2; taken.has(id); n++) id = `${m.id}-${n}`;
    taken.add(id);
    return { ...m, id, importedFrom: m.importedFrom ?? fileName };
  });
}
