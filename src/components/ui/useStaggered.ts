// Copies of a value for several panels that take a change one after another, a painted frame apart: panels
// that each do heavy work when their data changes then do it in frames of their own.
import { useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from './useAfterPaint';

/**
 * `count` copies of `value`. The first is `value` itself; each later one takes a change once the copy before it
 * has taken it and that frame has been drawn (see afterNextPaint), in an interruptible render. A copy added
 * later (count grows) shows `value` at once. When `resetKey` changes, and whenever `staggered` is false, every
 * copy shows `value` at once.
 */
export function useStaggered<T>(value: T, count: number, { resetKey, staggered = true }: { resetKey?: unknown; staggered?: boolean } = {}): readonly T[] {
  // What copies 1, 2, … show; the first copy is always `value`.
  const [state, setState] = useState(() => ({ later: copiesOf(value, count - 1), key: resetKey }));
  const stale = !Object.is(state.key, resetKey);
  let later = state.later;
  if (stale || (!staggered && later.some((l) => !Object.is(l, value)))) later = copiesOf(value, count - 1);
  else if (later.length < count - 1) later = [...later, ...copiesOf(value, count - 1 - later.length)];
  // Adjusting state while rendering: React re-renders this component at once, before anything is committed.
  if (later !== state.later) setState({ later, key: resetKey });
  const copies = useMemo(() => Array.from({ length: count }, (_, k) => (k === 0 ? value : later[k - 1]!)), [value, later, count]);
  useEffect(() => {
    // The first copy that has not yet taken what the one before it shows takes it next.
    const k = copies.findIndex((c, i) => i > 0 && !Object.is(c, copies[i - 1]));
    if (k < 0) return undefined;
    const next = copies[k - 1]!;
    return afterNextPaint(() => setState((s) => {
      const l = [...s.later];
      l[k - 1] = next;
      return { later: l, key: s.key };
    }));
  }, [copies]);
  return copies;
}

function copiesOf<T>(value: T, n: number): T[] {
  return Array.from({ length: Math.max(0, n) }, () => value);
}
