// A lagging copy of a value, like useDeferredValue, but the lagging render starts only after the browser has
// painted the frame with the new value. useDeferredValue starts its render in the very next task: on a
// 2-core machine that render (the charts, ~40 ms at six models) then competes with raster and compositing
// for the frame that shows the click, and the click's paint arrived 50–70 ms late.
import { startTransition, useEffect, useState } from 'react';

/** Lagging updates waiting for the same painted frame; all of them are applied in one transition. */
interface Batch {
  runs: Set<() => void>;
  /** The first of its two frames has begun: later updates wait for a batch of their own. */
  started: boolean;
  frame: number;
}
let open: Batch | null = null;

/**
 * Calls `run` once the next frame is on screen. A task posted from the first rAF runs right after that frame's
 * commit, while the compositor is still rastering it, and on 2 cores the lagging render then delayed the frame
 * by a vsync; by the second rAF the frame has been drawn. Every update scheduled for the same frame is applied
 * in one transition: separate ones (the charts', the table's) rendered and committed one after the other, and
 * at 10,000 models the table then appeared ~0.1 s after the charts.
 */
export function afterNextPaint(run: () => void): () => void {
  if (!open || open.started) {
    const batch: Batch = { runs: new Set(), started: false, frame: 0 };
    open = batch;
    batch.frame = requestAnimationFrame(() => {
      batch.started = true;
      requestAnimationFrame(() => setTimeout(() => flush(batch), 0));
    });
  }
  const batch = open;
  batch.runs.add(run);
  return () => {
    batch.runs.delete(run);
    // Every update in a batch that has not started was cancelled (unmounted, overtaken): drop the batch, so no
    // later update joins one whose frame may never come.
    if (batch.runs.size === 0 && !batch.started && open === batch) {
      cancelAnimationFrame(batch.frame);
      open = null;
    }
  };
}

function flush(batch: Batch): void {
  if (batch.runs.size === 0) return;
  startTransition(() => {
    for (const run of batch.runs) run();
  });
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
    return afterNextPaint(() => setState((s) => ({ shown: value, key: s.key })));
  }, [shown, value]);
  return shown;
}
