import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFilterOutcome, useModelFlags, useVisibleModels } from '../../src/store/derived';
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

  it("give a row its own model's flags, and re-render it only when one of them changes", () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useModelFlags('qwen');
    });
    expect(result.current).toEqual({ hidden: false, selected: false, hovered: false });
    const { hover, select, toggleModel } = useAppStore.getState();
    // Another model's flags change; this row's do not.
    const before = renders;
    act(() => toggleModel('gemma'));
    act(() => select('gemma'));
    act(() => hover('gemma'));
    expect(renders).toBe(before);
    act(() => toggleModel('qwen'));
    act(() => select('qwen'));
    act(() => hover('qwen'));
    expect(result.current).toEqual({ hidden: true, selected: true, hovered: true });
    expect(renders).toBe(before + 3);
  });
});
