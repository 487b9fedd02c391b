import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hiddenIdSet, useFilterOutcome, useHiddenSet, useVisibleModels } from '../../src/store/derived';
import { useAppStore } from '../../src/store/store';

describe('derived hooks', () => {
  it('give every caller the very same list, so the table and charts cannot disagree', () => {
    useAppStore.getState().toggleModel('qwen');
    const a = renderHook(() => useVisibleModels());
    const b = renderHook(() => ({ visible: useVisibleModels(), filtered: useFilterOutcome() }));
    expect(b.result.current.visible).toBe(a.result.current);
    expect(a.result.current.map((m) => m.id)).not.toContain('qwen');
    expect(b.result.current.filtered.models.map((m) => m.id)).toContain('qwen');
  });

  it('give the table rows, outside React, the very set of toggled-off ids that components read', () => {
    useAppStore.getState().toggleModel('qwen');
    const { result } = renderHook(() => useHiddenSet());
    expect(hiddenIdSet(useAppStore.getState().hiddenIds)).toBe(result.current);
    expect(result.current.has('qwen')).toBe(true);
  });
});
