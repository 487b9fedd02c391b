// Models grouped by organisation, for the legend's show/hide-all buttons: by the organisation a legend lists, the
// first of several ("Google DeepMind,Google" is in Google DeepMind's group).
import type { ModelRecord } from './model';
import { leadOrganization } from './org-colours';

export interface OrganizationGroup {
  organization: string;
  ids: string[];
}

/** One group per (first-listed) organisation, alphabetical, each listing its models' ids in the order given. O(n). */
export function groupByOrganization(models: readonly ModelRecord[]): OrganizationGroup[] {
  const byOrg = new Map<string, string[]>();
  for (const m of models) {
    const org = leadOrganization(m.organization);
    const ids = byOrg.get(org);
    if (ids) ids.push(m.id);
    else byOrg.set(org, [m.id]);
  }
  return [...byOrg.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([organization, ids]) => ({ organization, ids }));
}
