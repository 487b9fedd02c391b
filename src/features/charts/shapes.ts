// How a point looks: colour by organisation (the same everywhere, from domain/org-colours), shape by inference cost
// tier (so cost reads without colour; no tier is a plain circle), hollow when estimated.
import type { ModelRecord } from '../../domain/model';
import { organizationColour } from '../../domain/org-colours';
import type { SymbolKind } from '../../lib/symbols';

/**
 * One shape per tier, cheapest first. Neighbouring tiers and the article's five (Lowest, Very Low, Medium-Low,
 * Medium, High) differ in outline, not just in rotation, so they stay apart at 8 px.
 */
const BY_RANK: SymbolKind[] = ['triangleDown', 'square', 'hexagon', 'diamond', 'plus', 'triangle', 'cross', 'star'];

export function shapeForTier(rank: number | null): SymbolKind {
  return rank === null ? 'circle' : BY_RANK[rank] ?? 'circle';
}

export function markStyle(model: ModelRecord): { colour: string; kind: SymbolKind } {
  return { colour: organizationColour(model.organization), kind: shapeForTier(model.costTier.value) };
}
