// Point shapes by inference cost tier, so cost reads without colour; no tier is a plain circle.
import type { SymbolKind } from '../../lib/symbols';

const BY_RANK: SymbolKind[] = ['square', 'triangle', 'triangleDown', 'diamond', 'wye', 'wyeDown', 'cross', 'star'];

export const SHAPE_NAMES: Record<SymbolKind, string> = {
  circle: 'circle', square: 'square', triangle: 'triangle', triangleDown: 'down-triangle', diamond: 'diamond',
  wye: 'three-armed star', wyeDown: 'inverted three-armed star', cross: 'X', star: 'star',
};

export function shapeForTier(rank: number | null): SymbolKind {
  return rank === null ? 'circle' : BY_RANK[rank] ?? 'circle';
}
