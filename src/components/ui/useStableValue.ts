// Keeps the previous value while a new one is equal to it by the caller's rule, so memoised work downstream
// (keyed by identity) is not redone for a change that does not concern it.
import { useState } from 'react';

export function useStableValue<T>(value: T, equal: (kept: T, next: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (Object.is(kept, value) || equal(kept, value)) return kept;
  // Adjusting state while rendering: React re-renders this component at once, before anything is committed.
  setKept(value);
  return value;
}
