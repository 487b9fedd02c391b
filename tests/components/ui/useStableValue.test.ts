import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableValue } from '../../../src/components/ui/useStableValue';

const sameX = (a: { x: number; label: string }, b: { x: number; label: string }) => a.x === b.x;

describe('useStableValue', () => {
  it('keeps the object it has while a new one is equal by the rule, and takes one that is not', () => {
    const first = { x: 1, label: 'a' };
    const { result, rerender } = renderHook(({ v }) => useStableValue(v, sameX), { initialProps: { v: first } });
    expect(result.current).toBe(first);
    rerender({ v: { x: 1, label: 'b' } });
    expect(result.current).toBe(first);
    const changed = { x: 2, label: 'b' };
    rerender({ v: changed });
    expect(result.current).toBe(changed);
    rerender({ v: { x: 2, label: 'c' } });
    expect(result.current).toBe(changed);
  });
});
