import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { useAppStore } from '../../../src/store/store';
import { bodyRows, headerButton, importMany, layOutLikeABrowser, ROW_PX, shownNames, table } from './helpers';

const cellOf = (name: string, column: RegExp) => {
  const index = within(table()).getAllByRole('columnheader').findIndex((h) => column.test(h.textContent ?? ''));
  const row = within(table()).getByRole('checkbox', { name: `Show ${name}` }).closest('tr')!;
  return within(row).getAllByRole('cell')[index]!;
};

/** Scrolls the table's own box to "Model i" of importMany's models and answers its row once it is rendered. */
async function scrollToModel(i: number): Promise<HTMLTableRowElement> {
  const scroller = table().parentElement!;
  scroller.scrollTop = ROW_PX * i;
  fireEvent.scroll(scroller);
  return (await screen.findByRole('checkbox', { name: `Show Model ${i}` })).closest('tr')!;
}

describe('the models table on the article data', () => {
  it('lists every model, counted for assistive technology', () => {
    render(<ModelsTable />);
    expect(shownNames()).toEqual(['GPT-4', 'Claude 3 Opus', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small']);
    expect(table()).toHaveAttribute('aria-rowcount', '7');
    expect(bodyRows().map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4', '5', '6', '7']);
  });

  it('sorts by parsed value, highest first, with an undisclosed size last either way', () => {
    render(<ModelsTable />);
    fireEvent.click(headerButton(/^Parameters/));
    expect(within(table()).getByRole('columnheader', { name: /^Parameters/ })).toHaveAttribute('aria-sort', 'descending');
    expect(shownNames()).toEqual(['GPT-4', 'Qwen', 'DeepSeek', 'Gemma', 'Mistral Small', 'Claude 3 Opus']);
    fireEvent.click(headerButton(/^Parameters/));
    expect(shownNames()).toEqual(['Gemma', 'Mistral Small', 'DeepSeek', 'Qwen', 'GPT-4', 'Claude 3 Opus']);
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');
  });

  it('switches a model off from its checkbox: the row stays, unticked, and leaves the frontier', async () => {
    render(<ModelsTable />);
    expect(cellOf('DeepSeek', /^Pareto-optimal/)).toHaveTextContent('Yes');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show DeepSeek' }));
    expect(screen.getByRole('checkbox', { name: 'Show DeepSeek' })).not.toBeChecked();
    expect(useAppStore.getState().hiddenIds).toEqual(['deepseek']);
    await waitFor(() => expect(cellOf('DeepSeek', /^Pareto-optimal/)).toHaveTextContent('—'));
    expect(cellOf('Qwen', /^Pareto-optimal/)).toHaveTextContent('Yes');
  });

  it('names the chart its Pareto column follows, and follows another when it becomes active', async () => {
    render(<ModelsTable />);
    expect(within(table()).getByRole('columnheader', { name: /^Pareto-optimal \(MMLU vs parameters\)/ })).toBeInTheDocument();
    act(() => useAppStore.getState().setActiveChart('c2'));
    await waitFor(() => expect(within(table()).getByRole('columnheader', { name: /^Pareto-optimal \(GSM8K vs MMLU\)/ })).toBeInTheDocument());
  });

  it('highlights the row under the pointer or focus in every chart (through the store), and lets go when it leaves', () => {
    render(<ModelsTable />);
    const qwen = screen.getByRole('checkbox', { name: 'Show Qwen' }).closest('tr')!;
    fireEvent.mouseEnter(qwen);
    expect(useAppStore.getState().hoveredId).toBe('qwen');
    expect(qwen).toHaveClass('row-hovered');
    fireEvent.mouseLeave(qwen);
    expect(useAppStore.getState().hoveredId).toBeNull();
    fireEvent.focus(screen.getByRole('checkbox', { name: 'Show Gemma' }));
    expect(useAppStore.getState().hoveredId).toBe('gemma');
  });

  it('hides and shows a column from the Columns menu; the model name cannot be hidden', () => {
    render(<ModelsTable />);
    const menu = screen.getByRole('group', { name: 'Columns to show' });
    expect(within(menu).queryByRole('checkbox', { name: 'Model' })).toBeNull();
    fireEvent.click(within(menu).getByRole('checkbox', { name: 'Organization' }));
    expect(within(table()).queryByRole('columnheader', { name: /^Organization/ })).toBeNull();
    // The article's data has release dates and (for GPT-4 and Claude 3 Opus) prices, so those columns show too.
    expect(within(bodyRows()[0]!).getAllByRole('cell')).toHaveLength(15);
    fireEvent.click(within(menu).getByRole('checkbox', { name: 'Organization' }));
    expect(within(table()).getByRole('columnheader', { name: /^Organization/ })).toBeInTheDocument();
  });
});

describe('the models table\'s Pareto column and its columns by dataset', () => {
  it('says "—" (cannot be known), not "No", for a model whose size is undisclosed on a chart by size', () => {
    render(<ModelsTable />);
    expect(cellOf('Claude 3 Opus', /^Pareto-optimal/)).toHaveTextContent('—');
    expect(cellOf('Qwen', /^Pareto-optimal/)).toHaveTextContent('No');
  });

  it('shows the columns the open dataset has values for, and keeps a column the user hid hidden across datasets', async () => {
    render(<ModelsTable />);
    const header = (name: RegExp) => within(table()).queryByRole('columnheader', { name });
    // The article: release dates and prices, none of the leaderboard's benchmarks.
    expect(header(/^Release date/)).toBeInTheDocument();
    expect(header(/^Input price/)).toBeInTheDocument();
    expect(header(/^ARC/)).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: 'Columns to show' })).getByRole('checkbox', { name: 'Release date' }));
    expect(header(/^Release date/)).toBeNull();
    act(() => useAppStore.getState().setDataset('extended'));
    await waitFor(() => expect(shownNames()).toHaveLength(27));
    expect(header(/^Release date/)).toBeNull();
    expect(header(/^Input price/)).toBeInTheDocument();
  });
});

describe('the models table with many rows', () => {
  beforeEach(layOutLikeABrowser);

  it('renders a window of rows, not all 3,000, and counts them all for assistive technology', async () => {
    importMany(3000);
    render(<ModelsTable />);
    expect(table()).toHaveAttribute('aria-rowcount', '3001');
    await waitFor(() => expect(shownNames().length).toBeGreaterThan(0));
    const shown = shownNames().length;
    expect(shown).toBeGreaterThan(600 / ROW_PX);
    expect(shown).toBeLessThan(60);
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');
  });

  it('follows the scroll, each row keeping its place in the count', async () => {
    importMany(3000);
    render(<ModelsTable />);
    const row = await scrollToModel(1000);
    expect(screen.queryByRole('checkbox', { name: 'Show Model 0' })).toBeNull();
    expect(row).toHaveAttribute('aria-rowindex', '1002');
  });

  it('does not take rows passing under a still pointer while it scrolls as the hovered model', async () => {
    importMany(3000);
    render(<ModelsTable />);
    const row = await scrollToModel(1000);
    // Still scrolling when the row passes under the pointer, however long finding the row took: the scroll ends
    // only after a pause, and this step and the next run without one.
    const scroller = table().parentElement!;
    scroller.scrollTop += ROW_PX;
    fireEvent.scroll(scroller);
    fireEvent.mouseEnter(row);
    expect(useAppStore.getState().hoveredId).toBeNull();
    // Once the scroll has stopped, pointing at a row is a choice again.
    await waitFor(() => {
      fireEvent.mouseEnter(screen.getByRole('checkbox', { name: 'Show Model 1000' }).closest('tr')!);
      expect(useAppStore.getState().hoveredId).toBe('m1000');
    });
  });

  it('brings a row selected elsewhere (a chart\'s point) into view', async () => {
    importMany(3000);
    render(<ModelsTable />);
    act(() => useAppStore.getState().select('m2500'));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Show Model 2500' }).closest('tr')).toHaveClass('row-selected'));
  });

  it('sorts all 3,000 rows, not just the window, and shows the top of the new order', () => {
    importMany(3000);
    render(<ModelsTable />);
    fireEvent.click(headerButton(/^Model/)); // text sorts A to Z first: "Model 10" after "Model 9", as numbers
    expect(shownNames()[0]).toBe('Model 0');
    fireEvent.click(headerButton(/^Model/));
    expect(shownNames()[0]).toBe('Model 2999');
    expect(within(table()).getByRole('columnheader', { name: /^Model/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts all rows by the Pareto-optimal column, whose flags come from the active chart', () => {
    importMany(3000);
    render(<ModelsTable />);
    const paretoShown = () => bodyRows().slice(0, 7).map((r) => r.lastElementChild?.textContent);
    expect(paretoShown()).toContain('No'); // Claude 3 Opus, second of every six, has no size to plot
    fireEvent.click(headerButton(/^Pareto-optimal/));
    expect(paretoShown()).toEqual(Array(7).fill('Yes'));
  });
});
