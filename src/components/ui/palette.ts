// Colour-blind-safe colours (Okabe–Ito first, then Paul Tol's muted set) assigned to keys in a stable order.

export const PALETTE = [
  '#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8a7a00', '#000000',
  '#332288', '#117733', '#882255', '#44AA99', '#AA4499', '#999933', '#661100', '#6699CC',
] as const;

/** Same key, same colour, for as long as the list of keys is the same. */
export function assignColours(keys: readonly string[]): Map<string, string> {
  const unique = [...new Set(keys)].sort((a, b) => a.localeCompare(b));
  return new Map(unique.map((k, i) => [k, PALETTE[i % PALETTE.length] ?? '#000000']));
}
