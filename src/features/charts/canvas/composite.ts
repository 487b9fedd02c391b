// Marks blended into one pixel buffer in JavaScript, then put on the canvas once: in software-rendered Chromium a
// drawImage per mark cost several times as much (docs/decisions/0001-canvas-above-500-points.md).

/** A sprite's visible pixels: offsets from its top-left corner, and premultiplied RGBA, four bytes per pixel. */
export interface SpritePixels {
  offsetX: Int16Array;
  offsetY: Int16Array;
  rgba: Uint8Array;
}

/** The visible pixels of a size × size sprite, from its RGBA bytes as a canvas gives them (not premultiplied). */
export function spritePixels(data: Uint8ClampedArray, size: number): SpritePixels {
  const xs: number[] = [];
  const ys: number[] = [];
  const rgba: number[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const a = data[i + 3]!;
      if (a === 0) continue;
      xs.push(x);
      ys.push(y);
      rgba.push(premultiply(data[i]!, a), premultiply(data[i + 1]!, a), premultiply(data[i + 2]!, a), a);
    }
  }
  return { offsetX: Int16Array.from(xs), offsetY: Int16Array.from(ys), rgba: Uint8Array.from(rgba) };
}

const premultiply = (c: number, a: number) => Math.round((c * a) / 255);

/**
 * Blends each sprite, in order (later on top, "source-over"), with its top-left corner at (left[i], top[i]) in a
 * width × height buffer, clipped to it. Answers RGBA bytes that are not premultiplied, as ImageData holds them.
 *
 * The marks are laid from the top one down, each under what is already there: the same picture ("over" is
 * associative), but a pixel that is already opaque is left alone, and at 100,000 marks most pixels are covered many
 * times over.
 */
export function compositeSprites(
  width: number, height: number, count: number,
  left: Int32Array, top: Int32Array, sprite: ArrayLike<number>, sprites: readonly (SpritePixels | null)[],
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(width * height * 4);
  const placed = sprites.map((s) => s && placedSprite(s, width));
  for (let m = count - 1; m >= 0; m--) {
    const s = placed[sprite[m]!];
    if (!s) continue;
    const x0 = left[m]!;
    const y0 = top[m]!;
    const inside = x0 + s.minX >= 0 && y0 + s.minY >= 0 && x0 + s.maxX < width && y0 + s.maxY < height;
    const base = (y0 * width + x0) * 4;
    const { at, rgba } = s;
    for (let p = 0; p < at.length; p++) {
      // A mark across the plot area's edge is clipped pixel by pixel; the rest need no test.
      if (!inside) {
        const x = x0 + s.offsetX[p]!;
        const y = y0 + s.offsetY[p]!;
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
      }
      const d = base + at[p]!;
      const uncovered = 255 - out[d + 3]!;
      if (uncovered === 0) continue;
      const q = p * 4;
      out[d] = out[d]! + under(rgba[q]!, uncovered);
      out[d + 1] = out[d + 1]! + under(rgba[q + 1]!, uncovered);
      out[d + 2] = out[d + 2]! + under(rgba[q + 2]!, uncovered);
      out[d + 3] = out[d + 3]! + under(rgba[q + 3]!, uncovered);
    }
  }
  for (let d = 0; d < out.length; d += 4) {
    const a = out[d + 3]!;
    if (a === 0 || a === 255) continue;
    out[d] = (out[d]! * 255) / a;
    out[d + 1] = (out[d + 1]! * 255) / a;
    out[d + 2] = (out[d + 2]! * 255) / a;
  }
  return out;
}

/** What of a premultiplied channel shows through the uncovered share (0–255) of a pixel, rounded. */
const under = (channel: number, uncovered: number) => ((channel * uncovered + 127) / 255) | 0;

/** A sprite's pixels as byte offsets in a buffer of this width, and the box they span. */
function placedSprite(s: SpritePixels, width: number) {
  const at = new Int32Array(s.offsetX.length);
  for (let p = 0; p < at.length; p++) at[p] = (s.offsetY[p]! * width + s.offsetX[p]!) * 4;
  return {
    ...s, at,
    minX: Math.min(...s.offsetX), maxX: Math.max(...s.offsetX), minY: Math.min(...s.offsetY), maxY: Math.max(...s.offsetY),
  };
}
