import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { ChartsGrid } from '../../../src/features/charts/ChartsGrid';
import { useAppStore } from '../../../src/store/store';

const firstChart = () => screen.getAllByRole('figure')[0]!;
/** "rgb(0, 114, 178)" as "#0072b2". */
const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
const legendColours = () => {
  const swatches = [...firstChart().querySelectorAll<HTMLElement>('.swatch')];
  return new Map(swatches.map((sw) => [sw.closest('button')?.textContent?.trim(), hex(sw.style.borderColor)]));
};

describe('charts grid', () => {
  it('draws a new dataset\'s points, legend and colours together', () => {
    render(<ChartsGrid />);
    const before = legendColours();
    expect(before.size).toBeGreaterThan(3);
    const extended = loadBuiltInDataset('extended');
    if (!extended.ok) throw new Error('dataset');
    // A dataset with new organisations: its colour assignment differs from the article's.
    const models = extended.dataset.models.map((m, i) => ({ ...m, id: `x${i}`, organization: `Lab ${i % 9}` }));
    act(() => useAppStore.getState().applyImport({ fileName: 'labs.csv', models, mode: 'replace' }));
    const after = legendColours();
    expect([...after.keys()]).toEqual(Array.from({ length: 9 }, (_, i) => `Lab ${i}`));
    // Every point is one of the new models, in its organization's legend colour.
    const points = within(firstChart()).getAllByRole('button', { name: / — / });
    expect(points.length).toBeGreaterThan(10);
    for (const point of points) {
      const model = models.find((m) => point.getAttribute('aria-label')!.startsWith(`${m.name} — `))!;
      expect(point.querySelector('path.mark')?.getAttribute('stroke')?.toLowerCase()).toBe(after.get(model.organization));
    }
  });

  it('shows each chart\'s frontier and keeps a chart\'s drawing when only another chart changes', () => {
    render(<ChartsGrid />);
    const second = () => screen.getByRole('figure', { name: 'GSM8K vs MMLU' });
    const marks = second().querySelector('.point-layer');
    act(() => useAppStore.getState().updateChart('c1', { logX: false }));
    expect(second().querySelector('.point-layer')).toBe(marks);
    expect(within(second()).getByTestId('frontier')).toBeInTheDocument();
  });
});
