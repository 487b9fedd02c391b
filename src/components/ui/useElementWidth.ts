// Tracks an element's width with a ResizeObserver. The width is null until measured, so a caller can skip
// drawing at a guessed width (a chart drawn at 560 px and again at 540 costs a whole second render at load).
// Where layout is absent (jsdom) the fallback width is used.
import { useLayoutEffect, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      setWidth((prev) => (w > 0 ? Math.floor(w) : (prev ?? fallback)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
