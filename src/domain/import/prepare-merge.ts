// Rows joining an existing dataset: ids that would collide get a suffix, and every row is marked as imported.
import { idAllocator, type ModelRecord } from '../model';

export function prepareMerge(models: readonly ModelRecord[], existing: readonly ModelRecord[], fileName: string): ModelRecord[] {
  const allocate = idAllocator(existing.map((m) => m.id));
  return models.map((m) => ({ ...m, id: allocate(m.id), importedFrom: m.importedFrom ?? fileName }));
}
