import { describe, expect, it, vi } from 'vitest';
import { memoLast } from '../../src/lib/memo-last';

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
