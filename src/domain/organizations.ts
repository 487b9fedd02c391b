// Models grouped by organization, for the legend's show/hide-all buttons.
import type { ModelRecord } from './model';

export interface OrganizationGroup {
  organization: string;
  ids: string[];
}

/** One group per organization, alphabetical, each listing its models' ids in the order given. O(n). */
export function groupByOrganization(models: readonly ModelRecord[]): OrganizationGroup[] {
  const byOrg = new Map<string, string[]>();
  for (const m of models) {
    const ids = byOrg.get(m.organization);
    if (ids) ids.push(m.id);
    else byOrg.set(m.organization, [m.id]);
  }
  return [...byOrg.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([organization, ids]) => ({ organization, ids }));
}
