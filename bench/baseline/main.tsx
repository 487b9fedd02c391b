// The benchmark's baseline: one plain Recharts <Scatter> of the same synthetic points, animation off, with a
// filter button, so the app's canvas layer is compared against what Recharts alone does.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { rng } from '../synthetic.mjs';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 1000);
const r = rng(Number(params.get('seed') ?? 42));
const points = Array.from({ length: n }, () => {
  const logB = -1 + r() * 4.3;
  return { x: 10 ** logB, y: Math.min(95, Math.max(20, 30 + 14 * (logB + 1) + (r() - 0.5) * 20)) };
});

function Baseline() {
  const [min, setMin] = useState(0);
  const data = useMemo(() => points.filter((p) => p.y >= min), [min]);
  return (
    <>
      <button type="button" onClick={() => setMin(min === 0 ? 50 : 0)}>Filter</button>
      <output data-count={data.length}>{data.length}</output>
      <ScatterChart width={560} height={340}>
        <XAxis type="number" dataKey="x" scale="log" domain={['auto', 'auto']} />
        <YAxis type="number" dataKey="y" />
        <Scatter data={data} isAnimationActive={false} fill="#0072B2" />
      </ScatterChart>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
