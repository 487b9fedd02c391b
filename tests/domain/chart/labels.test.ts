import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLEARANCE, placeLabels, standingCandidates, type Box, type LabelCandidate } from '../../../src/domain/chart/labels';

const area: Box = { x0: 60, y0: 10, x1: 460, y1: 310 };
/** Ten pixels a character, so boxes are easy to work out by hand. */
const measure = (t: string) => t.length * 10;
const c = (id: string, px: number, py: number, rank: LabelCandidate['rank'], text = id): LabelCandidate => ({ id, text, px, py, rank });
const within = (b: Box) => b.x0 >= area.x0 && b.x1 <= area.x1 && b.y0 >= area.y0 && b.y1 <= area.y1;

describe('placeLabels', () => {
  it('puts a label right of its point when there is room', () => {
    const [label] = placeLabels([c('GPT-4', 200, 100, 'other')], area, { measure });
    expect(label).toMatchObject({ anchor: 'start', x: 208, y: 100, box: { x0: 208, x1: 258 } });
  });

  it('never puts a label outside the plot area: near the left edge (the y axis labels) it goes right, near the right edge left', () => {
    const [left] = placeLabels([c('Mistral Small', 62, 100, 'other')], area, { measure });
    expect(left!.anchor).toBe('start');
    const [right] = placeLabels([c('Claude 3 Opus', 455, 100, 'other')], area, { measure });
    expect(right!.anchor).toBe('end');
    expect(within(left!.box) && within(right!.box)).toBe(true);
  });

  it('labels a point in a corner from inside, or not at all', () => {
    const [corner] = placeLabels([c('A long model name', 62, 12, 'other')], area, { measure });
    expect(corner).toMatchObject({ anchor: 'start', y: 12 + 8 + 11.5 * 1.25 / 2 });
    expect(placeLabels([c('A name longer than the plot area is wide', 62, 12, 'other')], area, { measure })).toEqual([]);
  });

  it('places by rank: selected, hovered, frontier, extreme, then the rest, whatever the input order', () => {
    // Five labels on one spot: only one can take each free place, so the order decides who is named.
    const crowd = [c('rest', 200, 100, 'other'), c('ext', 200, 100, 'extreme'), c('front', 200, 100, 'frontier'),
      c('hov', 200, 100, 'hovered'), c('sel', 200, 100, 'selected')];
    const placed = placeLabels(crowd, area, { measure });
    expect(placed.map((p) => p.id).slice(0, 3)).toEqual(['sel', 'hov', 'front']);
    expect(placed[0]!.anchor).toBe('start');
  });

  it('keeps the rest\'s labels clear of other marks, but names a ranked point (selected, frontier…) even among them', () => {
    const marks = [{ px: 200, py: 100 }, { px: 225, py: 100 }, { px: 175, py: 100 }, { px: 200, py: 80 }, { px: 200, py: 120 },
      { px: 220, py: 85 }, { px: 220, py: 115 }, { px: 180, py: 85 }, { px: 180, py: 115 }];
    expect(placeLabels([c('abc', 200, 100, 'other')], area, { measure, marks })).toEqual([]);
    for (const rank of ['selected', 'hovered', 'frontier', 'extreme'] as const) {
      expect(placeLabels([c('abc', 200, 100, rank)], area, { measure, marks })).toMatchObject([{ anchor: 'start', x: 208 }]);
    }
  });

  it('names a highlighted point after the selected and hovered ones, clear of its larger mark, further out if it must', () => {
    const crowd = [c('front', 200, 100, 'frontier'), { ...c('six', 200, 100, 'highlight'), clearance: EMPHASIS_CLEARANCE }, c('sel', 200, 100, 'selected')];
    expect(placeLabels(crowd, area, { measure }).map((p) => p.id).slice(0, 2)).toEqual(['sel', 'six']);
    const [alone] = placeLabels([{ ...c('six', 200, 100, 'highlight'), clearance: EMPHASIS_CLEARANCE }], area, { measure });
    expect(alone).toMatchObject({ anchor: 'start', x: 200 + EMPHASIS_CLEARANCE });
    // All eight spots beside it taken by other labels: a highlighted label moves a line further out, a frontier one is dropped.
    const taken = placeLabels(Array.from({ length: 8 }, (_, i) => c(`s${i}`, 200, 100, 'selected')), area, { measure });
    expect(taken).toHaveLength(8);
    const more = [...Array.from({ length: 8 }, (_, i) => c(`s${i}`, 200, 100, 'selected'))];
    const placed = placeLabels([...more, c('six', 200, 100, 'highlight'), c('front', 200, 100, 'frontier')], area, { measure });
    expect(placed.map((p) => p.id)).toContain('six');
    expect(placed.map((p) => p.id)).not.toContain('front');
  });

  it('never overlaps two labels', () => {
    const many = Array.from({ length: 30 }, (_, i) => c(`Model ${i}`, 100 + (i % 6) * 50, 50 + Math.floor(i / 6) * 20, 'other'));
    const boxes = placeLabels(many, area, { measure }).map((p) => p.box);
    for (const [i, p] of boxes.entries()) {
      for (const q of boxes.slice(i + 1)) expect(p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1).toBe(false);
    }
  });
});

describe('standingCandidates', () => {
  const px = [100, 200, 300, 150];
  const py = [250, 50, 150, 300];
  const name = (i: number) => ({ id: `p${i}`, text: `P${i}` });

  it('offers the frontier, then the extremes (leftmost, rightmost, highest, lowest), then the rest', () => {
    const got = standingCandidates(px, py, [2], name).map((k) => `${k.rank}:${k.id}`);
    expect(got).toEqual(['frontier:p2', 'extreme:p0', 'extreme:p2', 'extreme:p1', 'extreme:p3', 'other:p0', 'other:p1', 'other:p2', 'other:p3']);
  });

  it('offers a highlighted group\'s points first, with their larger marks\' clearance', () => {
    const got = standingCandidates(px, py, [2], name, [3]);
    expect(got[0]).toMatchObject({ id: 'p3', rank: 'highlight', clearance: EMPHASIS_CLEARANCE });
    expect(got.slice(1).every((k) => k.clearance === undefined)).toBe(true);
  });

  it('offers only ranked points for a large set, and at most 40 frontier points spread along it', () => {
    const n = 1000;
    const xs = Array.from({ length: n }, (_, i) => i);
    const frontier = xs.filter((i) => i % 5 === 0);
    const got = standingCandidates(xs, xs, frontier, name);
    expect(got.filter((k) => k.rank === 'other')).toEqual([]);
    expect(got.filter((k) => k.rank === 'frontier').length).toBe(40);
    expect(got.filter((k) => k.rank === 'frontier').at(-1)!.id).toBe('p975');
  });
});
