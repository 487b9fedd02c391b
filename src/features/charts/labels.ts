// Chooses which point labels to draw so none overlap, in priority order (selected first).

export interface LabelCandidate {
  id: string;
  text: string;
  px: number;
  py: number;
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  anchor: 'start' | 'end' | 'middle';
  lx: number;
  ly: number;
}

const CHAR_WIDTH = 6.4;
const HEIGHT = 13;

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Greedy placement: right of the point if it fits, else left, above or below; dropped if all collide. */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, obstacles: readonly { px: number; py: number }[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = obstacles.map((o) => ({ x0: o.px - 5, y0: o.py - 5, x1: o.px + 5, y1: o.py + 5 }));
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of ordered) {
    const w = c.text.length * CHAR_WIDTH;
    const options: PlacedLabel[] = [
      { ...c, anchor: 'start', lx: c.px + 9, ly: c.py + 4 },
      { ...c, anchor: 'end', lx: c.px - 9, ly: c.py + 4 },
      { ...c, anchor: 'middle', lx: c.px, ly: c.py - 10 },
      { ...c, anchor: 'middle', lx: c.px, ly: c.py + 19 },
    ];
    for (const o of options) {
      const x0 = o.anchor === 'start' ? o.lx : o.anchor === 'end' ? o.lx - w : o.lx - w / 2;
      const box: Box = { x0, y0: o.ly - HEIGHT + 2, x1: x0 + w, y1: o.ly + 3 };
      if (box.x0 < 0 || box.x1 > width) continue;
      const own = (b: Box) => Math.abs((b.x0 + b.x1) / 2 - c.px) < 1 && Math.abs((b.y0 + b.y1) / 2 - c.py) < 1;
      if (boxes.some((b) => !own(b) && overlaps(b, box))) continue;
      boxes.push(box);
      placed.push(o);
      break;
    }
  }
  return placed;
}
