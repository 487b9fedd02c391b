// How a point looks: colour by organization, shape by inference cost tier (so cost reads without colour; no
// tier is a plain circle), hollow when estimated.
import type { ModelRecord } from '../../domain/model';
import type { SymbolKind } from '../../lib/symbols';

const BY_RANK: SymbolKind[] = ['square', 'triangle', 'triangleDown', 'diamond', 'wye', 'wyeDown', 'cross', 'star'];

export const SHAPE_NAMES: Record<SymbolKind, string> = {
  circle: 'circle', square: 'square', triangle: 'triangle', triangleDown: 'down-triangle', diamond: 'diamond',
  wye: 'three-armed star', wyeDown: 'inverted three-armed star', cross: 'X', star: 'star',
};

export function shapeForTier(rank: number | null): SymbolKind {
  return rank === null ? 'circle' : BY_RANK[rank] ?? 'circle';
}

/** Colour for an organization missing from the palette map (should not happen; never invisible). */
export const FALLBACK_COLOUR = '#555555';

export function colourFor(organization: string, colours: ReadonlyMap<string, string>): string {
  return colours.get(organization) ?? FALLBACK_COLOUR;
}

export function markStyle(model: ModelRecord, colours: ReadonlyMap<string, string>): { colour: string; kind: SymbolKind } {
  return { colour: colourFor(model.organization, colours), kind: shapeForTier(model.costTier.value) };
}
