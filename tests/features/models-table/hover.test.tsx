import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { resetStore, useAppStore } from '../../../src/store/store';

const row = (name: string) => within(screen.getByRole('table', { name: 'Models' })).getByRole('checkbox', { name: `Show ${name}` }).closest('tr')!;

describe('hovering table rows', () => {
  afterEach(() => {
    vi.useRealTimers();
    resetStore();
  });

  it('highlights the row under the pointer, and not the rows that pass under it while the table scrolls', () => {
    vi.useFakeTimers();
    const { container } = render(<ModelsTable />);
    fireEvent.mouseEnter(row('Qwen'));
    expect(useAppStore.getState().hoveredId).toBe('qwen');
    fireEvent.mouseLeave(row('Qwen'));
    fireEvent.scroll(container.querySelector('.table-scroll')!);
    fireEvent.mouseEnter(row('Gemma'));
    expect(useAppStore.getState().hoveredId).toBeNull();
    act(() => vi.advanceTimersByTime(200)); // the scroll has settled
    fireEvent.mouseEnter(row('Gemma'));
    expect(useAppStore.getState().hoveredId).toBe('gemma');
  });

  it('gives the hover to the row under a still pointer once scrolling stops', () => {
    vi.useFakeTimers();
    const { container } = render(<ModelsTable />);
    fireEvent.scroll(container.querySelector('.table-scroll')!);
    fireEvent.mouseEnter(row('Gemma'));
    expect(useAppStore.getState().hoveredId).toBeNull();
    // jsdom has no pointer: stand in for the browser's :hover.
    const gemma = row('Gemma');
    const querySelector = Element.prototype.querySelector;
    vi.spyOn(Element.prototype, 'querySelector').mockImplementation(function (this: Element, selector: string) {
      return selector.includes(':hover') ? gemma : querySelector.call(this, selector);
    });
    act(() => vi.advanceTimersByTime(200));
    expect(useAppStore.getState().hoveredId).toBe('gemma');
    vi.restoreAllMocks();
  });

  it('keeps the hover while rows scroll away under the pointer, and gives it up when scrolling stops', () => {
    vi.useFakeTimers();
    const { container } = render(<ModelsTable />);
    fireEvent.mouseEnter(row('Qwen'));
    fireEvent.wheel(container.querySelector('.table-scroll')!);
    fireEvent.mouseLeave(row('Qwen'));
    expect(useAppStore.getState().hoveredId).toBe('qwen'); // the charts are not redrawn mid-scroll
    act(() => vi.advanceTimersByTime(200)); // settled, and no row is under the pointer (jsdom has none)
    expect(useAppStore.getState().hoveredId).toBeNull();
  });

  it('hovering the hovered model again updates no subscriber', () => {
    useAppStore.getState().hover('qwen');
    const listener = vi.fn();
    const unsubscribe = useAppStore.subscribe(listener);
    useAppStore.getState().hover('qwen');
    expect(listener).not.toHaveBeenCalled();
    useAppStore.getState().hover(null);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
