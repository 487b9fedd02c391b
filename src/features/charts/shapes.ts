// Point shapes by inference cost tier, so cost reads without colour; no tier is a plain circle.
import type { SymbolType } from 'recharts';

export interface ShapeSpec {
  type: SymbolType;
  rotate: number;
}

const BY_RANK: ShapeSpec[] = [
  { type: 'square', rotate: 0 },
  { type: 'triangle', rotate: 0 },
  { type: 'triangle', rotate: 180 },
  { type: 'diamond', rotate: 0 },
  { type: 'wye', rotate: 0 },
  { type: 'wye', rotate: 180 },
  { type: 'cross', rotate: 45 },
  { type: 'star', rotate: 0 },
];

export const NO_TIER_SHAPE: ShapeSpec = { type: 'circle', rotate: 0 };

export function shapeForTier(rank: number | null): ShapeSpec {
  return rank === null ? NO_TIER_SHAPE : BY_RANK[rank] ?? NO_TIER_SHAPE;
}
