// The legend's organisations (colour): the ones with the most plotted points by name, each a button that shows or
// hides all of its models, then "+ N more organisations", which lists the rest in a box of its own on request: a
// leaderboard's 1,300 organisations never become a wall of buttons.
import { useId, useState } from 'react';
import { namedOrganizations } from '../../domain/chart/legend';
import { organizationColour } from '../../domain/org-colours';
import { useAppStore } from '../../store/store';

/** Organisations listed by name; the rest are counted until the reader asks for them. */
export const MAX_ORGS = 12;

export interface LegendOrg {
  name: string;
  /** Models of this organisation that pass the filters (switched off or not): what its button toggles. */
  ids: readonly string[];
  /** Whether any of them is shown. */
  shown: boolean;
}

function OrganizationButton({ name, ids, shown }: LegendOrg) {
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  const colour = organizationColour(name);
  return (
    <button
      type="button" className="legend-item" aria-pressed={shown}
      title={`${shown ? 'Hide' : 'Show'} all ${ids.length} of ${name || 'no organisation'}'s models`}
      onClick={() => setModelsHidden(ids, shown)}
    >
      <span className="swatch" style={{ background: shown ? colour : 'transparent', borderColor: colour }} aria-hidden="true" />
      {name || '(no organisation)'}
    </button>
  );
}

export function LegendOrganizations({ orgs }: { orgs: readonly LegendOrg[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (orgs.length === 0) return null;
  const { named, more } = namedOrganizations(orgs, MAX_ORGS);
  return (
    <div className="legend-orgs-wrap">
      <fieldset className={`legend-orgs${open ? ' legend-orgs-all' : ''}`} id={id}>
        <legend className="sr-only">Colour: organisation. Each button shows or hides all of its models</legend>
        {(open ? orgs : named).map((o) => <OrganizationButton key={o.name} {...o} />)}
      </fieldset>
      {more > 0 && (
        <button type="button" className="btn-link legend-more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer organisations' : `+ ${more.toLocaleString('en')} more organisations`}
        </button>
      )}
    </div>
  );
}
