// The legend: one button per organization that shows or hides all of its models, pressed while any is shown.
import type { OrganizationGroup } from '../../domain/organizations';
import { useAppStore } from '../../store/store';

/** Organizations listed by name; the rest are counted. */
export const MAX_ORGS = 24;

/** How many of each listed organization's models are shown: counted once for every chart's legend. */
export function shownCounts(orgs: readonly OrganizationGroup[], hidden: ReadonlySet<string>): number[] {
  return orgs.slice(0, MAX_ORGS).map(({ ids }) => {
    if (hidden.size === 0) return ids.length;
    let shown = 0;
    for (const id of ids) if (!hidden.has(id)) shown++;
    return shown;
  });
}

interface Props {
  /** The filtered models (hidden ones included) by organization, grouped once for every chart. */
  orgs: readonly OrganizationGroup[];
  shownCounts: readonly number[];
  colours: ReadonlyMap<string, string>;
}

export function OrgLegend({ orgs, shownCounts: counts, colours }: Props) {
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  if (orgs.length === 0) return null;
  return (
    <fieldset className="legend">
      <legend className="sr-only">Organizations: toggle all of an organization's models</legend>
      {orgs.slice(0, MAX_ORGS).map(({ organization: org, ids }, i) => {
        const shown = counts[i] ?? 0;
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
