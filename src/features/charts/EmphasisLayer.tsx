// A highlighted group's points (the article's six among the leaderboard's) drawn once more above every other mark,
// larger and outlined, so they stand out of thousands; an export keeps the layer. The points themselves stay in
// their layer, where the keyboard, hover and assistive technology reach them like any other.
import type { SymbolKind } from '../../lib/symbols';
import { symbolPath } from '../../lib/symbols';

export interface EmphasisMark {
  id: string;
  /** Centre in chart coordinates. */
  px: number;
  py: number;
  colour: string;
  kind: SymbolKind;
  hollow: boolean;
  /** On the frontier: its ring is drawn again, outside the outline that would hide it. */
  onFrontier: boolean;
}

/** A mark's area inside its outline, and the outline's. */
const AREA = 130;
const OUTLINE_AREA = 300;

export function EmphasisMarkShape({ px, py, colour, kind, hollow, onFrontier }: Omit<EmphasisMark, 'id'>) {
  return (
    <g transform={`translate(${px.toFixed(2)}, ${py.toFixed(2)})`}>
      {onFrontier && <circle r={14} className="frontier-ring" />}
      <path d={symbolPath(kind, OUTLINE_AREA)} className="emphasis-outline" />
      <path d={symbolPath(kind, AREA)} fill={hollow ? 'var(--surface)' : colour} stroke={colour} strokeWidth={hollow ? 2.2 : 1} />
    </g>
  );
}

export function EmphasisLayer({ marks }: { marks: readonly EmphasisMark[] }) {
  if (marks.length === 0) return null;
  return (
    <g className="emphasis-layer" aria-hidden="true" pointerEvents="none">
      {marks.map(({ id, ...mark }) => <g key={id} data-emphasis-id={id}><EmphasisMarkShape {...mark} /></g>)}
    </g>
  );
}
