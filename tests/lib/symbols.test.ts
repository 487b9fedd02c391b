import { describe, expect, it } from 'vitest';
import { symbolPath, type SymbolKind } from '../../src/lib/symbols';

const KINDS: SymbolKind[] = ['circle', 'square', 'triangle', 'triangleDown', 'diamond', 'hexagon', 'plus', 'cross', 'star'];

describe('symbols', () => {
  it.each(KINDS)('%s is a closed path centred on the origin', (kind) => {
    const d = symbolPath(kind, 90);
    expect(d).toMatch(/^M.*Z$/);
    const coords = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of coords) expect(Math.hypot(x!, y!)).toBeLessThan(12);
  });

  it('gives each cost tier a different shape', () => {
    expect(new Set(KINDS.map((k) => symbolPath(k, 90))).size).toBe(KINDS.length);
  });
});
