import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlSync } from '../../src/app/useUrlSync';
import { resetStore, useAppStore } from '../../src/store/store';
import { viewUrl } from '../../src/store/view-sync';

const state = () => useAppStore.getState();

describe('useUrlSync', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => resetStore());

  it('follows the store after the change has painted, one history entry for changes made together', async () => {
    const { unmount } = renderHook(() => useUrlSync());
    const entries = window.history.length;
    act(() => {
      state().toggleModel('qwen');
      state().setSearch('a');
    });
    // Not during the change itself: that is the click's time to paint.
    expect(window.location.search).toBe('');
    await vi.waitFor(() => expect(window.location.search).toContain('hide=qwen'));
    expect(window.location.search).toContain('q=a');
    expect(window.history.length).toBe(entries + 1);
    unmount();
  });

  it('a search edit replaces the entry instead of adding one', async () => {
    const { unmount } = renderHook(() => useUrlSync());
    act(() => state().toggleModel('qwen'));
    await vi.waitFor(() => expect(window.location.search).toContain('hide=qwen'));
    const entries = window.history.length;
    act(() => state().setSearch('gem'));
    await vi.waitFor(() => expect(window.location.search).toContain('q=gem'));
    expect(window.history.length).toBe(entries);
    unmount();
  });

  it('Back restores the view and is not undone by a write that was still due', async () => {
    const { unmount } = renderHook(() => useUrlSync());
    act(() => state().toggleModel('qwen'));
    await vi.waitFor(() => expect(window.location.search).toContain('hide=qwen'));
    // The clock is the test's from here: every write that was due runs below, however slow the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    act(() => state().toggleModel('gemma')); // due, not yet written
    window.history.replaceState(null, '', '/?v=1&hide=deepseek');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(state().hiddenIds).toEqual(['deepseek']);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    act(() => vi.runAllTimers());
    vi.useRealTimers();
    expect(window.location.search).toBe('?v=1&hide=deepseek');
    unmount();
  });

  it('the link to copy is the store\'s view at once, before the address bar follows', () => {
    const { unmount } = renderHook(() => useUrlSync());
    act(() => state().setSearch('qwen'));
    expect(window.location.search).toBe('');
    expect(new URL(viewUrl(state())).searchParams.get('q')).toBe('qwen');
    unmount();
  });
});
