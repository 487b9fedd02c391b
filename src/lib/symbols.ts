// Point symbols as SVG path data centred on 0,0: one geometry for the SVG layer, the canvas layer (via Path2D)
// and exports, so a shape looks the same everywhere.

export type SymbolKind = 'circle' | 'square' | 'triangle' | 'triangleDown' | 'diamond' | 'hexagon' | 'plus' | 'cross' | 'star';

const f = (n: number) => Number(n.toFixed(2));

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
}

function rotate(points: [number, number][], deg: number): [number, number][] {
  const r = (deg * Math.PI) / 180;
  return points.map(([x, y]) => [x * Math.cos(r) - y * Math.sin(r), x * Math.sin(r) + y * Math.cos(r)]);
}

/** Path data for a symbol whose area is about `area` square pixels. */
export function symbolPath(kind: SymbolKind, area: number): string {
  const r = Math.sqrt(area / Math.PI);
  switch (kind) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = Math.sqrt(area) / 2;
      return polygon([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'triangle':
    case 'triangleDown': {
      const s = Math.sqrt(area / (Math.sqrt(3) / 4));
      const h = (s * Math.sqrt(3)) / 2;
      const pts: [number, number][] = [[0, (-2 * h) / 3], [s / 2, h / 3], [-s / 2, h / 3]];
      return polygon(kind === 'triangle' ? pts : rotate(pts, 180));
    }
    case 'diamond': {
      const s = Math.sqrt(area / 2);
      return polygon([[0, -s * 1.2], [s * 0.85, 0], [0, s * 1.2], [-s * 0.85, 0]]);
    }
    case 'plus':
    case 'cross': {
      const a = Math.sqrt(area / 5) / 2;
      const pts: [number, number][] = [[-3 * a, -a], [-a, -a], [-a, -3 * a], [a, -3 * a], [a, -a], [3 * a, -a], [3 * a, a], [a, a], [a, 3 * a], [-a, 3 * a], [-a, a], [-3 * a, a]];
      return polygon(kind === 'plus' ? pts : rotate(pts, 45));
    }
    case 'hexagon': {
      const s = Math.sqrt((2 * area) / (3 * Math.sqrt(3)));
      return polygon(Array.from({ length: 6 }, (_, i) => [s * Math.cos((i * Math.PI) / 3), s * Math.sin((i * Math.PI) / 3)] as [number, number]));
    }
    case 'star': {
      const outer = Math.sqrt(area / 1.3);
      const inner = outer * 0.45;
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? outer : inner;
        const a = (i * Math.PI) / 5 - Math.PI / 2;
        pts.push([rr * Math.cos(a), rr * Math.sin(a)]);
      }
      return polygon(pts);
    }
  }
}
