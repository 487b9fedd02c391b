// The legend: one button per organization that shows or hides all of its models, pressed while any is shown.
import { useMemo } from 'react';
import type { ModelRecord } from '../../domain/model';
import { useHiddenSet } from '../../store/derived';
import { useAppStore } from '../../store/store';

const MAX_ORGS = 24;

export function OrgLegend({ filtered, colours }: { filtered: readonly ModelRecord[]; colours: ReadonlyMap<string, string> }) {
  const hidden = useHiddenSet();
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  const orgs = useMemo(() => {
    const byOrg = new Map<string, string[]>();
    for (const m of filtered) byOrg.set(m.organization, [...(byOrg.get(m.organization) ?? []), m.id]);
    return [...byOrg.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [filtered]);
  if (orgs.length === 0) return null;
  return (
    <fieldset className="legend">
      <legend className="sr-only">Organizations: toggle all of an organization's models</legend>
      {orgs.slice(0, MAX_ORGS).map(([org, ids]) => {
        const shown = ids.filter((id) => !hidden.has(id)).length;
        return (
          <button
            key={org} type="button" className="legend-item" aria-pressed={shown > 0}
            title={`${shown} of ${ids.length} shown — click to ${shown > 0 ? 'hide' : 'show'} all`}
            onClick={() => setModelsHidden(ids, shown > 0)}
          >
            <span className="swatch" style={{ background: shown > 0 ? colours.get(org) : 'transparent', borderColor: colours.get(org) }} aria-hidden="true" />
            {org || '(no organization)'}
          </button>
        );
      })}
      {orgs.length > MAX_ORGS && <span className="legend-more">+{orgs.length - MAX_ORGS} more organizations</span>}
    </fieldset>
  );
}
