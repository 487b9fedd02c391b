// Point labels, placed by the domain's rules (selected, hovered, frontier, extremes, then the rest while they fit;
// inside the plot area, clear of each other and of marks). An export draws the same layer, without a hover.
import { useMemo } from 'react';
import { placeLabels, type Box, type LabelCandidate } from '../../domain/chart/labels';
import { selectHoveredId, selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export interface LabelPoint {
  id: string;
  text: string;
  px: number;
  py: number;
  /** Set for a highlighted group's larger marks (see EMPHASIS_CLEARANCE). */
  clearance?: number;
}

interface Props {
  /** The frontier, extremes and (for a few points) the rest: see standingCandidates. */
  standing: readonly LabelCandidate[];
  /** The plot area in chart pixels. */
  area: Box;
  /** Marks the labels keep clear of; omitted for large sets, whose labels ride on a halo instead. */
  marks?: readonly { px: number; py: number }[];
  /** A point by id, for the selected and hovered labels. */
  find: (id: string) => LabelPoint | undefined;
  /** False in an export: no selection or hover is drawn there. */
  interactive: boolean;
}

export function LabelLayer({ standing, area, marks, find, interactive }: Props) {
  const selectedId = useAppStore(selectSelectedId);
  const hoveredId = useAppStore(selectHoveredId);
  const placed = useMemo(() => {
    const first: LabelCandidate[] = [];
    const focus = [[selectedId, 'selected'], [hoveredId, 'hovered']] as const;
    for (const [id, rank] of interactive ? focus : []) {
      const p = id === null ? undefined : find(id);
      if (p) first.push({ ...p, rank });
    }
    return placeLabels([...first, ...standing], area, { marks });
  }, [interactive, selectedId, hoveredId, find, standing, area, marks]);
  return (
    <g className="label-layer" aria-hidden="true" pointerEvents="none">
      {placed.map((l) => (
        <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central" className={`point-label point-label-${l.rank}`}>
          {l.text}
        </text>
      ))}
    </g>
  );
}
