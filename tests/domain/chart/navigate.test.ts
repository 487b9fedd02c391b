import { describe, expect, it } from 'vitest';
import { extremePoint, nearestInDirection } from '../../../src/domain/chart/navigate';

// Screen positions, y downwards:
//        b(60,10)
//  a(10,50)   c(60,50)  d(110,52)
//        e(60,90)       f(110,52) (on top of d)
const px = [10, 60, 60, 110, 60, 110];
const py = [50, 10, 50, 52, 90, 52];
const [a, b, c, d, e, f] = [0, 1, 2, 3, 4, 5];

describe('nearestInDirection', () => {
  it.each([
    [a, 'right', c], [c, 'right', d], [c, 'left', a], [c, 'up', b], [c, 'down', e],
    [b, 'down', c], [e, 'up', c], [a, 'left', -1], [b, 'up', -1],
    // d and f share a place: right steps from d to f, left from f back to d.
    [d, 'right', f], [f, 'left', d], [f, 'right', -1],
  ] as const)('from %i, %s goes to %i', (from, dir, to) => {
    expect(nearestInDirection(px, py, from, dir)).toBe(to);
  });

  it('prefers the point straight ahead to a nearer one off to the side', () => {
    // From (0,0) going right: (30,0) is 30 ahead; (20,15) is nearer but 15 across (cost 20 + 30 = 50).
    expect(nearestInDirection([0, 20, 30], [0, 15, 0], 0, 'right')).toBe(2);
  });
});

describe('extremePoint', () => {
  it('finds the leftmost and the rightmost, the higher one on a tie', () => {
    expect(extremePoint(px, py, 'first')).toBe(a);
    expect(extremePoint(px, py, 'last')).toBe(d);
    expect(extremePoint([], [], 'first')).toBe(-1);
  });
});
