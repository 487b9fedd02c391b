// A small "est." marker for values that are estimates rather than reported figures.
export function EstimateBadge() {
  return <span className="badge badge-est" aria-label="estimated">est.</span>;
}
