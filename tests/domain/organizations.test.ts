import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { groupByOrganization } from '../../src/domain/organizations';

describe('groupByOrganization', () => {
  it('lists each organization once, alphabetically, with its models in order', () => {
    const r = loadBuiltInDataset('great-gpu-race');
    if (!r.ok) throw new Error('built-in dataset failed to load');
    const groups = groupByOrganization(r.dataset.models);
    const orgs = groups.map((g) => g.organization);
    expect(orgs).toEqual([...new Set(r.dataset.models.map((m) => m.organization))].sort((a, b) => a.localeCompare(b)));
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(r.dataset.models.map((m) => m.id).sort());
  });

  it('groups a model credited to several organisations under the first listed', () => {
    const r = loadBuiltInDataset('great-gpu-race');
    if (!r.ok) throw new Error('built-in dataset failed to load');
    const [a, b] = r.dataset.models;
    const groups = groupByOrganization([{ ...a!, organization: 'Google DeepMind,Google' }, { ...b!, organization: 'Google DeepMind' }]);
    expect(groups).toEqual([{ organization: 'Google DeepMind', ids: [a!.id, b!.id] }]);
  });

  it('groups 100,000 models in linear time', () => {
    const models = Array.from({ length: 100_000 }, (_, i) => ({ id: `m${i}`, organization: `Lab ${i % 7}` }));
    const groups = groupByOrganization(models as never);
    expect(groups).toHaveLength(7);
    expect(groups[0]!.ids.slice(0, 2)).toEqual(['m0', 'm7']);
    expect(groups.reduce((n, g) => n + g.ids.length, 0)).toBe(100_000);
  });
});
