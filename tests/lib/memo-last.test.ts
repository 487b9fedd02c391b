import { describe, expect, it, vi } from 'vitest';
import { memoLast, memoPerObject } from '../../src/lib/memo-last';

describe('memoLast', () => {
  it('returns the cached result for the same arguments and recomputes for new ones', () => {
    const fn = vi.fn((a: object, n: number) => ({ a, n }));
    const m = memoLast(fn);
    const key = {};
    const first = m(key, 1);
    expect(m(key, 1)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(m({}, 1)).not.toBe(first);
    expect(m(key, 2)).toEqual({ a: key, n: 2 });
    expect(fn).toHaveBeenCalledTimes(3);
  });
});

describe('memoPerObject', () => {
  it('computes once per object, each object its own result', () => {
    const fn = vi.fn((xs: number[]) => xs.length);
    const m = memoPerObject(fn);
    const a = [1, 2];
    const b = [3];
    expect(m(a)).toBe(2);
    expect(m(a)).toBe(2);
    expect(m(b)).toBe(1);
    expect(m(a)).toBe(2);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
