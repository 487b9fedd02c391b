// A lagging copy of a value, like useDeferredValue, but the lagging render starts only after the browser has
// painted the frame with the new value. useDeferredValue starts its render in the very next task: on a
// 2-core machine that render (the charts, ~40 ms at six models) then competes with raster and compositing
// for the frame that shows the click, and the click's paint arrived 50–70 ms late.
import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `run` once the next frame is on screen. A task posted from the first rAF runs right after that frame's
 * commit, while the compositor is still rastering it, and on 2 cores the lagging render then delayed the frame
 * by a vsync; by the second rAF the frame has been drawn.
 */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Returns a lagging copy of `value`: a change shows here once the frame that shows the change elsewhere has been
 * drawn (about two frames later), in an interruptible (transition) render. Pass a stable reference (memoise objects), or every render schedules another update.
 * When `resetKey` changes, the new value shows at once (say, data that has just finished loading).
 */
export function useAfterPaint<T>(value: T, resetKey?: unknown): T {
  const [state, setState] = useState({ shown: value, key: resetKey });
  const stale = !Object.is(state.key, resetKey);
  // Adjusting state while rendering: React re-renders this component at once, before anything is committed.
  if (stale) setState({ shown: value, key: resetKey });
  const shown = stale ? value : state.shown;
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    return afterNextPaint(() => startTransition(() => setState((s) => ({ shown: value, key: s.key }))));
  }, [shown, value]);
  return shown;
}
