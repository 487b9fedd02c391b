import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { ChartsGrid } from '../../../src/features/charts/ChartsGrid';
import { useAppStore } from '../../../src/store/store';

const legendColours = () => {
  const swatches = [...screen.getAllByRole('figure')[0]!.querySelectorAll<HTMLElement>('.swatch')];
  return new Map(swatches.map((sw) => [sw.closest('button')?.textContent?.trim(), sw.style.borderColor]));
};

describe('charts grid', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps points, legend and colours of one dataset together until the next one is drawn', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    render(<ChartsGrid />);
    const before = legendColours();
    expect(before.size).toBeGreaterThan(3);
    const extended = loadBuiltInDataset('extended');
    if (!extended.ok) throw new Error('dataset');
    // A dataset with new organisations: its colour assignment differs from the article's.
    const models = extended.dataset.models.map((m, i) => ({ ...m, id: `x${i}`, organization: `Lab ${i % 9}` }));
    act(() => useAppStore.getState().applyImport({ fileName: 'labs.csv', models, mode: 'replace' }));
    // Until the charts redraw, the old legend keeps its old colours.
    expect(legendColours()).toEqual(before);
    act(() => vi.advanceTimersByTime(100));
    expect([...legendColours().keys()].every((k) => k?.startsWith('Lab '))).toBe(true);
  });
});
