import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { useAppStore } from '../../../src/store/store';

/** Loads `n` copies of the article's models, named "Model 0", "Model 1", … */
function importMany(n: number, store = useAppStore) {
  const base = loadBuiltInDataset('great-gpu-race');
  if (!base.ok) throw new Error('dataset');
  const models = Array.from({ length: n }, (_, i) => ({ ...base.dataset.models[i % 6]!, id: `m${i}`, name: `Model ${i}` }));
  store.getState().applyImport({ fileName: 'many.csv', models, mode: 'replace' });
}

/** jsdom neither scrolls elements nor lays them out: this one scrolls as a browser would, and is this tall. */
function scrollsLikeABrowser(scroller: HTMLElement, height: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(height);
  scroller.scrollTo = ((o: ScrollToOptions) => {
    scroller.scrollTop = o.top ?? 0;
    fireEvent.scroll(scroller);
  }) as typeof scroller.scrollTo;
}

describe('models table with many rows', () => {
  beforeEach(() => {
    // jsdom has no layout: give the scroll container a size so the virtualizer has a window to fill.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(1200);
  });

  it('renders a window of rows, not all 3,000, and counts them all for assistive tech', async () => {
    importMany(3000);
    render(<ModelsTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    expect(table).toHaveAttribute('aria-rowcount', '3001');
    const rendered = () => within(table).getAllByRole('checkbox', { name: /^Show Model / }).length;
    // The first rows at once; once the virtualizer's code is here, the rows in 600 px (44 px a row) and overscan.
    expect(rendered()).toBeLessThanOrEqual(60);
    await waitFor(() => expect(rendered()).toBeLessThan(40));
    expect(rendered()).toBeGreaterThan(5);
  });

  it('follows the scroll, and brings a row selected elsewhere (a chart\'s point) into the table', async () => {
    importMany(3000);
    render(<ModelsTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const scroller = table.parentElement!;
    await waitFor(() => expect(within(table).getAllByRole('checkbox', { name: /^Show Model / }).length).toBeLessThan(40));
    scroller.scrollTop = 44 * 1000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(within(table).getByRole('checkbox', { name: 'Show Model 1000' })).toBeInTheDocument());
    expect(within(table).queryByRole('checkbox', { name: 'Show Model 0' })).toBeNull();
    scrollsLikeABrowser(scroller, 44 * 3000);
    act(() => useAppStore.getState().select('m2500'));
    await waitFor(() => expect(within(table).getByRole('checkbox', { name: 'Show Model 2500' })).toBeInTheDocument());
  });

  it('shows the first rows of a long table until the virtualizer\'s code arrives, and keeps a selection made meanwhile', async () => {
    // A fresh copy of the app's modules: the virtualizer's code not loaded yet, as in a page just opened.
    vi.resetModules();
    const { ModelsTable: FreshTable } = await import('../../../src/features/models-table/ModelsTable');
    const { useAppStore: freshStore } = await import('../../../src/store/store');
    const { virtualCore } = await import('../../../src/features/models-table/virtual-core');
    importMany(3000, freshStore);
    render(<FreshTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    scrollsLikeABrowser(table.parentElement!, 44 * 3000);
    expect(virtualCore()).toBeNull();
    expect(within(table).getAllByRole('checkbox', { name: /^Show Model / })).toHaveLength(60);
    // The space below the first rows stands for the rest, so the scrollbar tells the table's length.
    expect(table.querySelector<HTMLElement>('tbody tr.spacer:last-child td')?.style.height).toBe(`${(3000 - 60) * 44}px`);
    act(() => freshStore.getState().select('m2500'));
    await waitFor(() => expect(within(table).getByRole('checkbox', { name: 'Show Model 2500' })).toBeInTheDocument());
    expect(virtualCore()).not.toBeNull();
  });

  it('measures the rows it showed before the virtualizer existed, once it does', async () => {
    vi.resetModules();
    const { ModelsTable: FreshTable } = await import('../../../src/features/models-table/ModelsTable');
    const { useAppStore: freshStore } = await import('../../../src/store/store');
    const observed = new Set<Element>();
    vi.spyOn(ResizeObserver.prototype, 'observe').mockImplementation((el) => void observed.add(el));
    importMany(3000, freshStore);
    render(<FreshTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const first = within(table).getByRole('checkbox', { name: 'Show Model 0' }).closest('tr')!;
    await waitFor(() => expect(within(table).getAllByRole('checkbox', { name: /^Show Model / }).length).toBeLessThan(40));
    expect(within(table).getByRole('checkbox', { name: 'Show Model 0' }).closest('tr')).toBe(first); // the same row, kept
    expect(observed.has(first)).toBe(true);
  });

  it('says so, once, when the virtualizer\'s code cannot be loaded, and keeps the first rows', async () => {
    vi.resetModules();
    vi.doMock('../../../src/features/models-table/virtual-core', () => ({
      virtualCore: () => null,
      loadVirtualCore: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    }));
    const { ModelsTable: FreshTable } = await import('../../../src/features/models-table/ModelsTable');
    const { useAppStore: freshStore } = await import('../../../src/store/store');
    importMany(3000, freshStore);
    render(<FreshTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const notices = () => freshStore.getState().notices.map((n) => n.text).filter((t) => t.startsWith('The table shows only'));
    await waitFor(() => expect(notices()).toHaveLength(1));
    expect(notices()[0]).toBe('The table shows only its first 60 rows: the code that shows the rest did not load (Failed to fetch dynamically imported module). Reload the page to try again.');
    fireEvent.click(within(within(table).getByRole('columnheader', { name: /^Model/ })).getByRole('button')); // a render that tries again
    await new Promise((r) => setTimeout(r, 20));
    expect(notices()).toHaveLength(1);
    expect(within(table).getAllByRole('checkbox', { name: /^Show Model / })).toHaveLength(60);
    vi.doUnmock('../../../src/features/models-table/virtual-core');
  });

  it('sorts all 3,000 rows, not just the window, and shows the top of the new order', async () => {
    importMany(3000);
    render(<ModelsTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const header = within(within(table).getByRole('columnheader', { name: /^Model/ })).getByRole('button');
    const firstShown = () => within(table).getAllByRole('checkbox', { name: /^Show Model / })[0]!.getAttribute('aria-label');
    expect(firstShown()).toBe('Show Model 0');
    fireEvent.click(header); // text sorts ascending first: "Model 10" after "Model 9", as numbers
    expect(firstShown()).toBe('Show Model 0');
    fireEvent.click(header);
    expect(firstShown()).toBe('Show Model 2999');
    expect(within(table).getAllByRole('row')[1]).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).getByRole('columnheader', { name: /^Model/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts all rows by the Pareto-optimal column, whose flags come from the active chart', () => {
    importMany(3000);
    render(<ModelsTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const pareto = () => within(table).getAllByRole('row').slice(1, 8).map((r) => r.lastElementChild?.textContent);
    expect(pareto()).toContain('No'); // list order: Claude 3 Opus, second of every six, has no size to plot
    fireEvent.click(within(within(table).getByRole('columnheader', { name: /^Pareto-optimal/ })).getByRole('button'));
    expect(pareto()).toEqual(Array(7).fill('Yes'));
  });

  it('renders every row of a small table', () => {
    render(<ModelsTable />);
    expect(within(screen.getByRole('table', { name: 'Models' })).getAllByRole('checkbox', { name: /^Show / })).toHaveLength(6);
  });

  it('freezes a long table\'s column widths as the browser first laid them out, and sizes them again for new data', async () => {
    let width = 80;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width, height: 20 }) as DOMRect);
    importMany(3000);
    render(<ModelsTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const columns = within(table).getAllByRole('columnheader').length;
    // Left to the browser's layout for its first frame, then frozen at the widths that layout gave.
    expect(table.style.tableLayout).toBe('');
    await waitFor(() => expect(table.style.tableLayout).toBe('fixed'));
    expect(table.querySelectorAll('col')).toHaveLength(columns);
    expect(table.style.width).toBe(`${80 * columns}px`);
    width = 90;
    act(() => importMany(3001));
    // The table follows new data after the next paint.
    await waitFor(() => expect(screen.getByRole('table', { name: 'Models' }).style.width).toBe(`${90 * columns}px`));
  });

  it('leaves a short table to the browser\'s own layout', async () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: 80, height: 20 }) as DOMRect);
    render(<ModelsTable />);
    await new Promise((frame) => requestAnimationFrame(frame));
    const table = screen.getByRole('table', { name: 'Models' });
    expect(table.style.tableLayout).toBe('');
    expect(table.querySelectorAll('col')).toHaveLength(0);
  });
});
