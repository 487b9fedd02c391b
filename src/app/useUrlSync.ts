// Keeps the URL and the store in step: a copied link reopens the same view; back and forward move between views.
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/store';
import { encodeStore, patchFromQuery, urlForQuery as urlFor, viewMayDiffer } from '../store/view-sync';

function applyQuery(search: string) {
  const { patch, ignored } = patchFromQuery(search);
  useAppStore.setState(patch);
  if (ignored.length) useAppStore.getState().addNotice(`Ignored from the link: ${ignored.join('; ')}.`);
}

/**
 * Typing in the search box or focusing another chart replaces the history entry instead of adding one per
 * key or click, so Back steps between views the user made, not keystrokes.
 */
const MINOR_KEYS = ['q', 'active'];
function onlyMinorChange(a: string, b: string): boolean {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  for (const key of MINOR_KEYS) {
    pa.delete(key);
    pb.delete(key);
  }
  return pa.toString() === pb.toString();
}

export function useUrlSync(): void {
  // Apply the link before the first render of the panels, so they never paint the default view first.
  useState(() => {
    if (window.location.search) applyQuery(window.location.search);
    return true;
  });

  useEffect(() => {
    let last = encodeStore(useAppStore.getState());
    let restoring = false;
    let due = false;
    window.history.replaceState(null, '', urlFor(last));
    const write = () => {
      if (!due) return;
      due = false;
      const next = encodeStore(useAppStore.getState());
      if (next === last) return;
      const replace = onlyMinorChange(last, next);
      last = next;
      if (replace) window.history.replaceState(null, '', urlFor(next));
      else window.history.pushState(null, '', urlFor(next));
    };
    // The address bar follows once the frame showing a change is drawn: encoding the view and pushState took
    // ~1 ms of each filter click before its paint. Changes within those frames make one history entry.
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (!viewMayDiffer(state, previous)) return; // hovering a row
      if (restoring) {
        // The store is catching up with Back/Forward: the URL is already right, and pushing would drop history.
        last = encodeStore(state);
        return;
      }
      if (due) return;
      due = true;
      requestAnimationFrame(() => setTimeout(write, 0));
      setTimeout(write, 250); // a hidden tab runs no animation frames
    });
    window.addEventListener('pagehide', write);
    const onPopState = () => {
      restoring = true;
      try {
        applyQuery(window.location.search);
      } finally {
        restoring = false;
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      due = false;
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', write);
    };
  }, []);
}
