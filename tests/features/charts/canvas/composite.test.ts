import { describe, expect, it } from 'vitest';
import { compositeSprites, spritePixels, type SpritePixels } from '../../../../src/features/charts/canvas/composite';

/** A size × size sprite's RGBA bytes (not premultiplied), from the pixels that are not transparent. */
function spriteBytes(size: number, pixels: { x: number; y: number; rgba: [number, number, number, number] }[]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(size * size * 4);
  for (const { x, y, rgba } of pixels) data.set(rgba, (y * size + x) * 4);
  return data;
}
const dot = (rgba: [number, number, number, number]) => spritePixels(spriteBytes(1, [{ x: 0, y: 0, rgba }]), 1);
const pixel = (out: Uint8ClampedArray, width: number, x: number, y: number) => [...out.slice((y * width + x) * 4, (y * width + x) * 4 + 4)];

function composite(width: number, height: number, marks: { x: number; y: number; sprite: number }[], sprites: (SpritePixels | null)[]) {
  return compositeSprites(width, height, marks.length, Int32Array.from(marks, (m) => m.x), Int32Array.from(marks, (m) => m.y),
    marks.map((m) => m.sprite), sprites);
}

describe("a sprite's visible pixels", () => {
  it('keeps only pixels that are not transparent, premultiplied, with their offsets', () => {
    const s = spritePixels(spriteBytes(3, [{ x: 2, y: 0, rgba: [255, 0, 0, 255] }, { x: 1, y: 2, rgba: [200, 100, 0, 51] }]), 3);
    expect([...s.offsetX]).toEqual([2, 1]);
    expect([...s.offsetY]).toEqual([0, 2]);
    // 200 × 51 / 255 = 40, 100 × 51 / 255 = 20
    expect([...s.rgba]).toEqual([255, 0, 0, 255, 40, 20, 0, 51]);
  });
});

describe('compositing marks', () => {
  it('puts each sprite with its top-left corner at the mark, leaving the rest transparent', () => {
    const square = spritePixels(spriteBytes(2, [0, 1, 2, 3].map((i) => ({ x: i % 2, y: i >> 1, rgba: [10, 20, 30, 255] }))), 2);
    const out = composite(4, 3, [{ x: 1, y: 1, sprite: 0 }], [square]);
    for (const [x, y] of [[1, 1], [2, 1], [1, 2], [2, 2]]) expect(pixel(out, 4, x!, y!)).toEqual([10, 20, 30, 255]);
    for (const [x, y] of [[0, 0], [3, 0], [0, 1], [3, 2]]) expect(pixel(out, 4, x!, y!)).toEqual([0, 0, 0, 0]);
  });

  it('draws later marks on top: an opaque one hides what is under it', () => {
    const sprites = [dot([255, 0, 0, 255]), dot([0, 0, 255, 255])];
    expect(pixel(composite(1, 1, [{ x: 0, y: 0, sprite: 0 }, { x: 0, y: 0, sprite: 1 }], sprites), 1, 0, 0)).toEqual([0, 0, 255, 255]);
    expect(pixel(composite(1, 1, [{ x: 0, y: 0, sprite: 1 }, { x: 0, y: 0, sprite: 0 }], sprites), 1, 0, 0)).toEqual([255, 0, 0, 255]);
  });

  it('blends a translucent mark over the one under it as the canvas does ("source-over")', () => {
    // Half-opaque red (alpha 128) over opaque blue: red 255 × 128/255 = 128, blue 255 × 127/255 = 127.
    const out = composite(1, 1, [{ x: 0, y: 0, sprite: 1 }, { x: 0, y: 0, sprite: 0 }], [dot([255, 0, 0, 128]), dot([0, 0, 255, 255])]);
    expect(pixel(out, 1, 0, 0)).toEqual([128, 0, 127, 255]);
  });

  it('gives a pixel covered only by translucent marks its colour, not darkened by its transparency', () => {
    // One mark: alpha 51 (20%) keeps its colour. Two: alpha 51 + 51 × 204/255 = 92, colour unchanged.
    const grey = dot([100, 150, 200, 51]);
    expect(pixel(composite(1, 1, [{ x: 0, y: 0, sprite: 0 }], [grey]), 1, 0, 0)).toEqual([100, 150, 200, 51]);
    const twice = pixel(composite(1, 1, [{ x: 0, y: 0, sprite: 0 }, { x: 0, y: 0, sprite: 0 }], [grey]), 1, 0, 0);
    expect(twice[3]).toBe(92);
    for (const [i, c] of twice.slice(0, 3).entries()) expect(Math.abs(c! - [100, 150, 200][i]!)).toBeLessThanOrEqual(3);
  });

  it('clips marks across the edges and skips styles with no sprite', () => {
    const square = spritePixels(spriteBytes(2, [0, 1, 2, 3].map((i) => ({ x: i % 2, y: i >> 1, rgba: [9, 9, 9, 255] }))), 2);
    const out = composite(2, 2, [{ x: -1, y: -1, sprite: 0 }, { x: 1, y: 1, sprite: 0 }, { x: 0, y: 1, sprite: 1 }], [square, null]);
    expect(pixel(out, 2, 0, 0)).toEqual([9, 9, 9, 255]);
    expect(pixel(out, 2, 1, 1)).toEqual([9, 9, 9, 255]);
    expect(pixel(out, 2, 1, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(out, 2, 0, 1)).toEqual([0, 0, 0, 0]);
    expect(out).toHaveLength(2 * 2 * 4);
  });
});
