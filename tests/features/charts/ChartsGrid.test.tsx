import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { ChartsGrid } from '../../../src/features/charts/ChartsGrid';
import { LAB_COLOURS, organizationColour } from '../../../src/domain/org-colours';
import { useAppStore } from '../../../src/store/store';

const firstChart = () => screen.getAllByRole('figure')[0]!;
/** "rgb(0, 114, 178)" as "#0072b2". */
const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
const legendColours = () => {
  const swatches = [...firstChart().querySelectorAll<HTMLElement>('.swatch')];
  return new Map(swatches.map((sw) => [sw.closest('button')?.textContent?.trim(), hex(sw.style.borderColor)]));
};

describe('charts grid', () => {
  it('gives a newly picked axis field the scale that suits it, and a swap keeps each field\'s scale', async () => {
    const user = userEvent.setup();
    render(<ChartsGrid />);
    const chart = () => useAppStore.getState().charts.find((c) => c.id === 'c1')!;
    expect(chart()).toMatchObject({ x: 'parameters', y: 'mmlu', logX: true });
    // Parameters (log) → GSM8K: a percentage, so linear.
    await user.selectOptions(within(firstChart()).getByRole('combobox', { name: 'X axis' }), 'gsm8k');
    expect(chart()).toMatchObject({ x: 'gsm8k', logX: false });
    // Back to parameters: 7B to ~1.7T spans far more than 20×, so log again.
    await user.selectOptions(within(firstChart()).getByRole('combobox', { name: 'X axis' }), 'parameters');
    expect(chart()).toMatchObject({ x: 'parameters', logX: true });
    // Y set to parameters: the axes swap, and the log scale goes with the field.
    await user.selectOptions(within(firstChart()).getByRole('combobox', { name: 'Y axis' }), 'parameters');
    expect(chart()).toMatchObject({ x: 'mmlu', y: 'parameters', logX: false, logY: true });
  });

  it('offers the fields this dataset has no values for apart, under a heading that says so', () => {
    render(<ChartsGrid />);
    const select = within(firstChart()).getByRole('combobox', { name: 'X axis' });
    const group = within(select).getByRole('group', { name: 'No values in this dataset' });
    expect(within(group).getByRole('option', { name: 'ARC' })).toBeInTheDocument();
    expect(within(group).queryByRole('option', { name: 'MMLU' })).toBeNull();
  });

  it('colours an organisation by its name alone: the same before and after an import, in legend and marks', () => {
    render(<ChartsGrid />);
    const before = legendColours();
    expect(before.get('OpenAI')).toBe(LAB_COLOURS.openai);
    const extended = loadBuiltInDataset('extended');
    if (!extended.ok) throw new Error('dataset');
    // Merged rows from a new lab, and one more OpenAI model: nobody's colour moves.
    const models = extended.dataset.models.slice(6, 12).map((m, i) => ({ ...m, id: `x${i}`, organization: i === 0 ? 'OpenAI' : `Lab ${i}` }));
    act(() => useAppStore.getState().applyImport({ fileName: 'labs.csv', models, mode: 'merge' }));
    const after = legendColours();
    for (const [org, colour] of before) expect(after.get(org)).toBe(colour);
    for (let i = 1; i < 6; i++) if (after.has(`Lab ${i}`)) expect(after.get(`Lab ${i}`)).toBe(organizationColour(`Lab ${i}`));
    // Every point is in its organisation's legend colour.
    const article = loadBuiltInDataset('great-gpu-race');
    if (!article.ok) throw new Error('dataset');
    const everyone = [...article.dataset.models, ...models];
    const points = within(firstChart()).getAllByRole('option', { name: / — / });
    expect(points.length).toBeGreaterThan(8);
    for (const point of points) {
      const model = everyone.find((m) => point.getAttribute('aria-label')!.startsWith(`${m.name} — `))!;
      expect(point.querySelector('path.mark')?.getAttribute('stroke')?.toLowerCase()).toBe(organizationColour(model.organization));
    }
  });

  it('lists in the legend only organisations with a plotted point, and every encoding the marks use', () => {
    render(<ChartsGrid />);
    const legend = within(firstChart()).getByRole('group', { name: /Colour: organisation/ });
    expect(within(legend).queryByRole('button', { name: /Anthropic/ })).toBeNull();
    expect(within(legend).getAllByRole('button')).toHaveLength(5);
    const keys = within(firstChart()).getByRole('list', { name: 'How to read the marks' });
    expect(keys).toHaveTextContent(/Cost tier:.*Lowest.*Very Low.*Medium-Low.*Medium.*High/);
    expect(keys).toHaveTextContent('hollow: estimate');
    expect(keys).toHaveTextContent('Pareto-optimal (higher MMLU, lower parameters is better)');
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
