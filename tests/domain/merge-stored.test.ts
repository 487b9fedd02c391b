import { describe, expect, it } from 'vitest';
import { mergeStored } from '../../src/domain/datasets/merge-stored';
import type { UserData, UserDataset } from '../../src/domain/datasets/user-data';

const ds = (id: string): UserDataset => ({ id, label: id, fileName: `${id}.csv`, importedAt: '', models: [] });
const data = (...ids: string[]): UserData => ({ userDatasets: ids.map(ds), merges: [] });
const idsOf = (d: UserData) => d.userDatasets.map((e) => e.id);

describe('mergeStored', () => {
  it.each([
    ['keeps this tab’s unsaved import', ['user-a'], [], [], ['user-a']],
    ['takes in an import made in another tab', [], [], ['user-b'], ['user-b']],
    ['drops what another tab removed', ['user-a'], ['user-a'], [], []],
    ['keeps out what this tab removed and has not saved yet', [], ['user-a'], ['user-a'], []],
    ['does all of it at once', ['user-a', 'user-c'], ['user-a', 'user-d'], ['user-d', 'user-b'], ['user-c', 'user-b']],
  ])('%s', (_name, local, known, stored, expected) => {
    expect(idsOf(mergeStored(data(...local), new Set(known), data(...stored)))).toEqual(expected);
  });

  it('returns the same lists when nothing changed, so nothing re-renders or saves', () => {
    const local = data('user-a');
    const out = mergeStored(local, new Set(['user-a']), data('user-a'));
    expect(out.userDatasets).toBe(local.userDatasets);
    expect(out.merges).toBe(local.merges);
  });
});
