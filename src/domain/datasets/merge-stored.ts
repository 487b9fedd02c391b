// Folds what this browser's storage holds now into one tab's lists of imported data, so that tabs see each
// other's imports and removals without ever dropping a change of their own that is not saved yet.
import type { UserData } from './user-data';

interface Entry {
  id: string;
}

/**
 * `known` is what this tab last saw stored. An entry of this tab's that is not in `known` is its own unsaved
 * import and stays; one that is known but no longer stored was removed elsewhere and goes. A stored entry that is
 * neither known nor here was added elsewhere and comes in; one that is known but not here is this tab's own
 * unsaved removal and stays out. Unchanged lists come back as the same arrays.
 */
export function mergeStored(local: UserData, known: ReadonlySet<string>, stored: UserData): UserData {
  return {
    userDatasets: mergeList(local.userDatasets, known, stored.userDatasets),
    merges: mergeList(local.merges, known, stored.merges),
  };
}

function mergeList<T extends Entry>(local: T[], known: ReadonlySet<string>, stored: readonly T[]): T[] {
  const storedIds = new Set(stored.map((e) => e.id));
  const localIds = new Set(local.map((e) => e.id));
  const kept = local.filter((e) => !known.has(e.id) || storedIds.has(e.id));
  const added = stored.filter((e) => !known.has(e.id) && !localIds.has(e.id));
  return kept.length === local.length && added.length === 0 ? local : [...kept, ...added];
}
