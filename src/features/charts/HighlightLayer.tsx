// The hovered and selected points drawn again on top, with a halo. It is the only part of a chart that hover
// re-renders: the point layers (and the Recharts selectors they call) stay put while the pointer moves.
import type { PlotPoint } from '../../domain/chart/points';
import type { SymbolKind } from '../../lib/symbols';
import { selectHoveredId, selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { Mark } from './Mark';

export interface HighlightMark {
  p: PlotPoint;
  /** Position in chart coordinates. */
  px: number;
  py: number;
  colour: string;
  kind: SymbolKind;
  hollow: boolean;
}

export function HighlightLayer({ find }: { find: (id: string) => HighlightMark | undefined }) {
  const selectedId = useAppStore(selectSelectedId);
  const hoveredId = useAppStore(selectHoveredId);
  const marks = [...new Set([hoveredId, selectedId])]
    .flatMap((id) => (id === null ? [] : [find(id)]))
    .filter((d): d is HighlightMark => d !== undefined);
  return (
    <g className="highlight-layer" aria-hidden="true" pointerEvents="none">
      {marks.map(({ p, px, py, colour, kind, hollow }) => (
        <g key={p.id} data-model-id={p.id} className={p.id === selectedId ? 'point-selected' : 'point-active'}>
          <circle cx={px} cy={py} r={11} className="point-halo" />
          <Mark px={px} py={py} colour={colour} kind={kind} hollow={hollow} active />
        </g>
      ))}
    </g>
  );
}
