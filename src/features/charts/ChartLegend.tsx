// A chart's legend: every encoding its marks use and nothing else — organisations plotted (colour; a button shows
// or hides all of one's models), cost tiers present (shape), hollow for estimates, the frontier's ring and line,
// whiskers for intervals.
import type { ChartLegend as Legend } from '../../domain/chart/legend';
import { COST_TIERS } from '../../domain/cost-tier';
import { organizationColour } from '../../domain/org-colours';
import { symbolPath, type SymbolKind } from '../../lib/symbols';
import { useAppStore } from '../../store/store';
import { shapeForTier } from './shapes';

/** Organisations listed by name; the rest are counted. */
export const MAX_ORGS = 12;

export interface LegendOrg {
  name: string;
  /** Models of this organisation that pass the filters (switched off or not): what its button toggles. */
  ids: readonly string[];
  /** Whether any of them is shown. */
  shown: boolean;
}

interface Props {
  legend: Legend;
  /** The plotted organisations, then ones switched off that this chart would plot, each with its models. */
  orgs: readonly LegendOrg[];
  frontier: boolean;
  /** The frontier's sense of better: "higher MMLU, lower parameters". */
  frontierNote: string;
}

export function Glyph({ kind, hollow = false, colour = 'currentColor' }: { kind: SymbolKind; hollow?: boolean; colour?: string }) {
  return (
    <svg className="glyph" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={symbolPath(kind, 60)} fill={hollow ? 'none' : colour} stroke={colour} strokeWidth={hollow ? 1.5 : 0.5} />
    </svg>
  );
}

export function ChartLegend({ legend, orgs, frontier, frontierNote }: Props) {
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  const rest = orgs.length - MAX_ORGS;
  return (
    <div className="legend">
      {orgs.length > 0 && (
        <fieldset className="legend-orgs">
          <legend className="sr-only">Colour: organisation. Each button shows or hides all of its models</legend>
          {orgs.slice(0, MAX_ORGS).map(({ name, ids, shown }) => (
            <button
              key={name} type="button" className="legend-item" aria-pressed={shown}
              title={`${shown ? 'Hide' : 'Show'} all ${ids.length} of ${name || 'no organisation'}'s models`}
              onClick={() => setModelsHidden(ids, shown)}
            >
              <span className="swatch" style={{ background: shown ? organizationColour(name) : 'transparent', borderColor: organizationColour(name) }} aria-hidden="true" />
              {name || '(no organisation)'}
            </button>
          ))}
          {rest > 0 && <span className="legend-more">and {rest.toLocaleString('en')} more organisations</span>}
        </fieldset>
      )}
      <ul className="legend-keys" aria-label="How to read the marks">
        {legend.tiers.length > 0 && (
          <li>
            <span className="legend-key-label">Cost tier:</span>
            {legend.tiers.map((t) => (
              <span key={t ?? 'none'} className="legend-key"><Glyph kind={shapeForTier(t)} />{t === null ? 'none given' : COST_TIERS[t]}</span>
            ))}
          </li>
        )}
        {legend.estimates && <li className="legend-key"><Glyph kind="circle" hollow />hollow: estimate</li>}
        {frontier && (
          <li className="legend-key">
            <svg className="glyph glyph-wide" width="30" height="14" viewBox="0 -7 30 14" aria-hidden="true">
              <path className="frontier-line" d="M1,0 H29" fill="none" /><circle className="frontier-ring" cx="15" cy="0" r="5.5" />
            </svg>
            <span>ring and dashed line: Pareto-optimal ({frontierNote} is better)</span>
          </li>
        )}
        {legend.intervals && (
          <li className="legend-key">
            <svg className="glyph glyph-wide" width="22" height="14" viewBox="0 -7 22 14" aria-hidden="true">
              <path d="M2,0 H20 M2,-4 V4 M20,-4 V4" stroke="currentColor" strokeWidth="1.2" fill="none" />
            </svg>
            <span>whiskers: interval of an estimate</span>
          </li>
        )}
      </ul>
    </div>
  );
}
