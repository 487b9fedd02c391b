// The legend: one button per organization that shows or hides all of its models, pressed while any is shown.
import type { OrganizationGroup } from '../../domain/organizations';
import { memoLast } from '../../lib/memo-last';
import { useHiddenSet } from '../../store/derived';
import { useAppStore } from '../../store/store';

const MAX_ORGS = 24;

/** How many of each listed organization's models are shown: counted once for every chart's legend, and not at
 * all while nothing is hidden (at 100,000 models each legend's count cost ~30 ms). */
const shownCounts = memoLast((orgs: readonly OrganizationGroup[], hidden: ReadonlySet<string>): number[] =>
  orgs.slice(0, MAX_ORGS).map(({ ids }) => {
    if (hidden.size === 0) return ids.length;
    let shown = 0;
    for (const id of ids) if (!hidden.has(id)) shown++;
    return shown;
  }));

interface Props {
  /** The filtered models (hidden ones included) by organization, grouped once for every chart. */
  orgs: readonly OrganizationGroup[];
  colours: ReadonlyMap<string, string>;
}

export function OrgLegend({ orgs, colours }: Props) {
  const hidden = useHiddenSet();
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  if (orgs.length === 0) return null;
  const counts = shownCounts(orgs, hidden);
  return (
    <fieldset className="legend">
      <legend className="sr-only">Organizations: toggle all of an organization's models</legend>
      {orgs.slice(0, MAX_ORGS).map(({ organization: org, ids }, i) => {
        const shown = counts[i]!;
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
