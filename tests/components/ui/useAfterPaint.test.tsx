import { act, render, renderHook, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../../src/components/ui/useAfterPaint';

describe('useAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  const frame = () => act(() => vi.advanceTimersByTime(16));

  it('starts with the value and takes a new one only after the next frame has been drawn', () => {
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'a' } });
    expect(result.current).toBe('a');
    rerender({ v: 'b' });
    expect(result.current).toBe('a');
    frame(); // the frame that shows the click
    expect(result.current).toBe('a');
    frame(); // the next one: the lagging render may start now
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe('b');
  });

  it('skips values that were overtaken before they were shown', () => {
    const seen: string[] = [];
    const { rerender } = renderHook(({ v }) => {
      const shown = useAfterPaint(v);
      seen.push(shown);
      return shown;
    }, { initialProps: { v: 'a' } });
    rerender({ v: 'b' });
    rerender({ v: 'c' });
    act(() => vi.advanceTimersByTime(100));
    expect(seen.at(-1)).toBe('c');
    expect(seen).not.toContain('b');
  });

  it('shows every lagging value changed in one commit in one later commit', () => {
    // Two panels lag the same value, as the charts and the table do.
    const shown = new Map<string, string>();
    function Panel({ name, v }: { name: string; v: string }) {
      shown.set(name, useAfterPaint(v));
      return null;
    }
    const commits: string[] = [];
    const tree = (v: string) => (
      <Profiler id="panels" onRender={() => commits.push(`${shown.get('charts')} ${shown.get('table')}`)}>
        <Panel name="charts" v={v} />
        <Panel name="table" v={v} />
      </Profiler>
    );
    const { rerender } = render(tree('a'));
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    rerender(tree('b'));
    act(() => vi.advanceTimersByTime(100));
    // One wait of two frames for both, ending in one transition (a wait each let the browser run their
    // renders and commits apart).
    expect(frames).toHaveBeenCalledTimes(2);
    // The commit of the change itself, then one commit showing it in both; never one panel without the other.
    expect(commits).toEqual(['a a', 'a a', 'b b']);
  });

  it('does not hold a later update behind a wait whose every update was dropped', async () => {
    const first = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'a' } });
    first.rerender({ v: 'b' });
    first.unmount(); // before its frame: the wait it started is abandoned (its frame never comes here)
    vi.useRealTimers();
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'x' } });
    rerender({ v: 'y' });
    await waitFor(() => expect(result.current).toBe('y'));
  });

  it('keeps a function value as a value', () => {
    const f = () => 1;
    const g = () => 2;
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: f } });
    rerender({ v: g });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(g);
  });

  it('shows a new value at once when the reset key changes', () => {
    const { result, rerender } = renderHook(({ v, k }) => useAfterPaint(v, k), { initialProps: { v: 'empty', k: true } });
    rerender({ v: 'loaded', k: false });
    expect(result.current).toBe('loaded');
    // And lags again after that.
    rerender({ v: 'filtered', k: false });
    expect(result.current).toBe('loaded');
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('filtered');
  });
});
