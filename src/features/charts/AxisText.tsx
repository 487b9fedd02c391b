// Axis tick labels and titles as plain SVG <text>: Recharts' <Text> splits and measures every label in the DOM,
// for wrapping we never use.
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { usePlotArea } from 'recharts';

/** Recharts' own "capHeight" offsets, so labels sit where its <Text> put them. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

export function AxisTick(props: XAxisTickContentProps | YAxisTickContentProps) {
  const { x, y, textAnchor, verticalAnchor, payload, tickFormatter, className, index } = props;
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} className={className}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}

interface AxisTitlesProps {
  x: string;
  y: string;
  /** Height of the x axis band under the plot, and left edge of the y axis band. */
  xAxisHeight: number;
  left: number;
}

/** Axis titles centred on the plot area: the x title below the tick labels, the y title rotated beside them. */
export function AxisTitles({ x, y, xAxisHeight, left }: AxisTitlesProps) {
  const area = usePlotArea();
  if (!area) return null;
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  return (
    <g className="axis-titles">
      <text className="axis-title" x={cx} y={area.y + area.height + xAxisHeight} dy="0.71em" textAnchor="middle">{x}</text>
      <text className="axis-title" transform={`translate(${left} ${cy}) rotate(-90)`} dy="0.71em" textAnchor="middle">{y}</text>
    </g>
  );
}
