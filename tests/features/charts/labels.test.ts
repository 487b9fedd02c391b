import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/features/charts/labels';

describe('placeLabels', () => {
  it('places labels right of their points when there is room', () => {
    const placed = placeLabels([{ id: 'a', text: 'GPT-4', px: 100, py: 100, priority: 1 }], 500);
    expect(placed).toEqual([expect.objectContaining({ id: 'a', anchor: 'start' })]);
  });

  it('drops the lower-priority label of two that would overlap, keeping the selected one', () => {
    const placed = placeLabels([
      { id: 'low', text: 'Mistral Small', px: 100, py: 100, priority: 1 },
      { id: 'sel', text: 'Gemma', px: 100, py: 101, priority: 1000 },
      { id: 'mid', text: 'Other', px: 100, py: 102, priority: 5 },
    ], 120);
    expect(placed[0]?.id).toBe('sel');
    expect(placed.map((p) => p.id)).not.toContain('low');
  });

  it('moves a label left when the right edge is too close', () => {
    const placed = placeLabels([{ id: 'a', text: 'Claude 3 Opus', px: 490, py: 100, priority: 1 }], 500);
    expect(placed[0]?.anchor).toBe('end');
  });
});
