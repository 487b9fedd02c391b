// One point's symbol in SVG: filled when reported, hollow when estimated, larger when selected or highlighted.
import type { SymbolKind } from '../../lib/symbols';
import { symbolPath } from '../../lib/symbols';

export interface MarkProps {
  /** Centre in chart coordinates. */
  px: number;
  py: number;
  colour: string;
  kind: SymbolKind;
  hollow: boolean;
  active: boolean;
}

export function Mark({ px, py, colour, kind, hollow, active }: MarkProps) {
  return (
    <path
      d={symbolPath(kind, active ? 150 : 90)} transform={`translate(${px.toFixed(2)}, ${py.toFixed(2)})`}
      fill={hollow ? 'var(--surface)' : colour} stroke={colour} strokeWidth={hollow ? 2 : 1}
      className={hollow ? 'mark mark-estimated' : 'mark'}
    />
  );
}
