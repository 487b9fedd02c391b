import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rowFlags, useFilterOutcome, useVisibleModels } from '../../src/store/derived';
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

  it("give a table row its own model's flags, as bits", () => {
    const flags = rowFlags(['qwen'], 'gemma', 'gpt-4');
    expect(flags('qwen')).toBe(1); // toggled off
    expect(flags('gemma')).toBe(2); // selected
    expect(flags('gpt-4')).toBe(4); // hovered
    expect(flags('claude-3-opus')).toBe(0);
    expect(rowFlags(['qwen'], 'qwen', 'qwen')('qwen')).toBe(7);
  });
});
