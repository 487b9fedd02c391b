// Fetches the code a later step needs once the page is idle, so the step does not wait for it: the one use of
// requestIdleCallback in the app's features (docs/decisions/0004-prefetch-when-idle.md). It schedules a download,
// never a render; rendering is scheduled by React alone. A failed fetch is left to the step, which tries again.
import { useEffect } from 'react';

/** Where there is no idle callback, the fetch starts this long after mount. */
const FALLBACK_DELAY_MS = 2000;

export function usePrefetchWhenIdle(load: () => Promise<unknown>): void {
  useEffect(() => {
    const prefetch = () => void load().catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(prefetch, { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, FALLBACK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [load]);
}
