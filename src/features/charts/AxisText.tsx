// Axis tick labels and titles as plain SVG <text>: Recharts' <Text> splits and measures every label in the DOM,
// for wrapping we do ourselves (a category label may take two lines, from domain/chart/tick-labels).
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { usePlotArea } from 'recharts';

/** Recharts' own "capHeight" offsets, so labels sit where its <Text> put them. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

type TickProps = XAxisTickContentProps | YAxisTickContentProps;

export function AxisTick(props: TickProps) {
  const { x, y, textAnchor, verticalAnchor, payload, tickFormatter, className, index } = props;
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} className={className}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}

/** A tick whose label is given as lines (a category wrapped or abbreviated to its room), one under the other. */
export function linesTick(lines: (value: number) => string[]) {
  return function LinesTick({ x, y, textAnchor, verticalAnchor, payload, className }: TickProps) {
    const parts = lines(Number(payload.value));
    return (
      <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} className={className}>
        {parts.map((line, i) => <tspan key={i} x={x} dy={i === 0 ? 0 : '1.1em'}>{line}</tspan>)}
      </text>
    );
  };
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
