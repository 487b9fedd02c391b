// Fetches code that a later step needs once the page is idle (or after 2 s where there is no idle callback),
// so that the step does not wait for it. A failed fetch is left to the step itself, which tries again.
import { useEffect } from 'react';

export function usePrefetchWhenIdle(load: () => Promise<unknown>): void {
  useEffect(() => {
    const prefetch = () => void load().catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(prefetch, { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 2000);
    return () => clearTimeout(timer);
  }, [load]);
}
