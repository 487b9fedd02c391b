// A chart's legend: every encoding its marks use and nothing else — organisations plotted (colour; see
// LegendOrganizations), a highlighted group (larger, outlined; its button selects its models one after another),
// cost tiers present (shape), hollow for estimates, the frontier's ring and line with any of its values a fact-check
// disputes, whiskers for intervals.
import type { ChartLegend as Legend, LegendHighlight } from '../../domain/chart/legend';
import { COST_TIERS } from '../../domain/cost-tier';
import { symbolPath, type SymbolKind } from '../../lib/symbols';
import { selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { LegendOrganizations, type LegendOrg } from './LegendOrganizations';
import { shapeForTier } from './shapes';

interface Props {
  legend: Legend;
  /** The plotted organisations, then ones switched off that this chart would plot, each with its models. */
  orgs: readonly LegendOrg[];
  frontier: boolean;
  /** The frontier's sense of better: "higher MMLU, lower parameters". */
  frontierNote: string;
  /** Frontier values a fact-check note disputes, a line each. */
  disputes: readonly string[];
}

export function Glyph({ kind, hollow = false, colour = 'currentColor' }: { kind: SymbolKind; hollow?: boolean; colour?: string }) {
  return (
    <svg className="glyph" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={symbolPath(kind, 60)} fill={hollow ? 'none' : colour} stroke={colour} strokeWidth={hollow ? 1.5 : 0.5} />
    </svg>
  );
}

/** A highlighted group's key; pressing it selects the group's next plotted model, so each can be found among thousands. */
function HighlightKey({ group }: { group: LegendHighlight }) {
  const selectedId = useAppStore(selectSelectedId);
  const select = useAppStore((s) => s.select);
  const next = group.ids[(group.ids.indexOf(selectedId ?? '') + 1) % group.ids.length]!;
  return (
    <li className="legend-key">
      <button
        type="button" className="legend-item legend-highlight" onClick={() => select(next)}
        title={`Select the next of its ${group.ids.length} plotted models`}
      >
        <svg className="glyph" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
          <path d={symbolPath('circle', 180)} className="emphasis-outline" /><path d={symbolPath('circle', 70)} fill="currentColor" />
        </svg>
        larger, outlined: {group.name}
      </button>
    </li>
  );
}

export function ChartLegend({ legend, orgs, frontier, frontierNote, disputes }: Props) {
  return (
    <div className="legend">
      <LegendOrganizations orgs={orgs} />
      <ul className="legend-keys" aria-label="How to read the marks">
        {legend.highlights.map((g) => <HighlightKey key={g.name} group={g} />)}
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
        {frontier && disputes.map((line) => (
          <li key={line} className="legend-key legend-dispute"><span className="dispute-mark" aria-hidden="true">!</span><span>{line}</span></li>
        ))}
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
