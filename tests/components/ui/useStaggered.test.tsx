import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStaggered } from '../../../src/components/ui/useStaggered';

describe('useStaggered', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  /** Two frames and the task after them: one copy's wait (see useAfterPaint). */
  const paint = () => {
    act(() => vi.advanceTimersByTime(32));
    act(() => vi.runOnlyPendingTimers());
  };

  it('gives the first copy a change at once and each later copy one wait after the copy before it', () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(({ v }) => {
      const copies = useStaggered(v, 3);
      seen.push(copies.join(''));
      return copies;
    }, { initialProps: { v: 'a' } });
    expect(result.current).toEqual(['a', 'a', 'a']);
    rerender({ v: 'b' });
    expect(result.current).toEqual(['b', 'a', 'a']);
    paint();
    expect(result.current).toEqual(['b', 'b', 'a']);
    paint();
    expect(result.current).toEqual(['b', 'b', 'b']);
    // Never a later copy ahead of an earlier one, and never two taking it in one render.
    expect(seen).not.toContain('bab');
    expect(seen).not.toContain('aab');
    expect(seen.filter((s) => s === 'bba')).not.toHaveLength(0);
  });

  it('catches up with a value that changed again meanwhile', () => {
    const { result, rerender } = renderHook(({ v }) => useStaggered(v, 2), { initialProps: { v: 'a' } });
    rerender({ v: 'b' });
    rerender({ v: 'c' });
    paint();
    paint();
    expect(result.current).toEqual(['c', 'c']);
  });

  it('shows the value at once in a copy added later, which lags from then on', () => {
    const { result, rerender } = renderHook(({ v, n }) => useStaggered(v, n), { initialProps: { v: 'a', n: 1 } });
    rerender({ v: 'b', n: 2 });
    expect(result.current).toEqual(['b', 'b']);
    rerender({ v: 'c', n: 2 });
    expect(result.current).toEqual(['c', 'b']);
    paint();
    expect(result.current).toEqual(['c', 'c']);
  });

  it('shows a change in every copy at once while not staggered, and staggers again from there', () => {
    const { result, rerender } = renderHook(({ v, s }) => useStaggered(v, 3, { staggered: s }), { initialProps: { v: 'a', s: false } });
    rerender({ v: 'b', s: false });
    expect(result.current).toEqual(['b', 'b', 'b']);
    rerender({ v: 'c', s: true });
    expect(result.current).toEqual(['c', 'b', 'b']);
    paint();
    paint();
    expect(result.current).toEqual(['c', 'c', 'c']);
  });

  it('shows a new value in every copy at once when the reset key changes', () => {
    const { result, rerender } = renderHook(({ v, k }) => useStaggered(v, 3, { resetKey: k }), { initialProps: { v: 'empty', k: true } });
    rerender({ v: 'loaded', k: false });
    expect(result.current).toEqual(['loaded', 'loaded', 'loaded']);
  });
});
