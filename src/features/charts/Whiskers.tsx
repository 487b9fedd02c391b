// An estimate's interval drawn as whiskers with end caps, along either axis, in the mark's colour.

interface Props {
  /** The mark's centre, and the interval's ends in chart pixels on each axis that has one. */
  px: number;
  py: number;
  x?: readonly [number, number];
  y?: readonly [number, number];
  colour: string;
}

const CAP = 4;

export function Whiskers({ px, py, x, y, colour }: Props) {
  const ok = (r?: readonly [number, number]): r is readonly [number, number] => r !== undefined && r.every(Number.isFinite);
  if (!ok(x) && !ok(y)) return null;
  return (
    <g className="error-bar" stroke={colour} strokeWidth={1.2} aria-hidden="true">
      {ok(x) && (
        <>
          <line x1={x[0]} x2={x[1]} y1={py} y2={py} />
          <line x1={x[0]} x2={x[0]} y1={py - CAP} y2={py + CAP} />
          <line x1={x[1]} x2={x[1]} y1={py - CAP} y2={py + CAP} />
        </>
      )}
      {ok(y) && (
        <>
          <line x1={px} x2={px} y1={y[0]} y2={y[1]} />
          <line x1={px - CAP} x2={px + CAP} y1={y[0]} y2={y[0]} />
          <line x1={px - CAP} x2={px + CAP} y1={y[1]} y2={y[1]} />
        </>
      )}
    </g>
  );
}
