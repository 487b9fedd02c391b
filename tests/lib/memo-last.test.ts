import { describe, expect, it, vi } from 'vitest';
import { memoLast, memoLastFrom } from '../../src/lib/memo-last';

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

describe('memoLastFrom', () => {
  it('hands the previous result to the function, none the first time', () => {
    const seen: (number | undefined)[] = [];
    const m = memoLastFrom((previous: number | undefined, n: number) => {
      seen.push(previous);
      return n * 10;
    });
    expect(m(1)).toBe(10);
    expect(m(1)).toBe(10);
    expect(m(2)).toBe(20);
    expect(seen).toEqual([undefined, 10]);
  });
});
