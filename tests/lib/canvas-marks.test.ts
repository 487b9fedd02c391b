import { describe, expect, it } from 'vitest';
import { marksToSvgPaths, translatePolygon, type CanvasMark } from '../../src/lib/canvas-marks';
import { symbolPath, type SymbolKind } from '../../src/lib/symbols';

const KINDS: SymbolKind[] = ['circle', 'square', 'triangle', 'triangleDown', 'diamond', 'wye', 'wyeDown', 'cross', 'star'];

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

describe('canvas marks as SVG', () => {
  it('moves every coordinate pair of a polygon', () => {
    expect(translatePolygon('M-1,-1L1,-1L1,1Z', 10, 20)).toBe('M9.0,19.0L11.0,19.0L11.0,21.0Z');
  });

  it('writes one path per colour, shape and fill, with one subpath per point', () => {
    const marks: CanvasMark[] = [
      { px: 10, py: 10, colour: '#000', kind: 'square', hollow: false },
      { px: 20, py: 20, colour: '#000', kind: 'square', hollow: false },
      { px: 30, py: 30, colour: '#000', kind: 'circle', hollow: true },
    ];
    const paths = marksToSvgPaths(marks, '#fff');
    expect(paths).toHaveLength(2);
    expect(paths[0]![0]!.match(/M/g)).toHaveLength(2);
    expect(paths[1]).toEqual([expect.stringMatching(/^M3\d\.\d,30\.0a/), '#fff', '#000', '1.6']);
  });
});
