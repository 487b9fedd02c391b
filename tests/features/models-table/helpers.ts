// Shared set-up for the models table's tests: many models, and a jsdom that lays out like a browser enough for the
// virtualizer to have a window to fill.
import { fireEvent, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { useAppStore } from '../../../src/store/store';

export const ROW_PX = 35;
export const VIEW_PX = 600;

/** Loads `n` copies of the article's models, named "Model 0", "Model 1", … */
export function importMany(n: number): void {
  const base = loadBuiltInDataset('great-gpu-race');
  if (!base.ok) throw new Error('dataset');
  const models = Array.from({ length: n }, (_, i) => ({ ...base.dataset.models[i % 6]!, id: `m${i}`, name: `Model ${i}` }));
  useAppStore.getState().applyImport({ fileName: 'many.csv', models, mode: 'replace' });
}

/**
 * jsdom has no layout: the virtualizer renders no rows. The scroller gets a 600 px window and rows a height of
 * 35 px (offsetHeight is what the virtualizer measures a row by), and scrollTo moves scrollTop as a browser would.
 */
export function layOutLikeABrowser(): void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(VIEW_PX);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'TR' ? ROW_PX : VIEW_PX;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(1200);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.querySelectorAll('tr').length > 0 ? 100_000 * ROW_PX : VIEW_PX;
  });
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, o?: ScrollToOptions | number) {
    this.scrollTop = typeof o === 'object' ? (o.top ?? this.scrollTop) : this.scrollTop;
    fireEvent.scroll(this);
  } as typeof HTMLElement.prototype.scrollTo;
}

export const table = () => screen.getByRole('table', { name: 'Models' });
/** The body rows a user (or a screen reader) finds, in order. */
export const bodyRows = () => within(table()).getAllByRole('row').slice(1);
export const shownNames = () => within(table()).getAllByRole('checkbox', { name: /^Show / }).map((c) => c.getAttribute('aria-label')!.slice(5));
export const headerButton = (name: RegExp) => within(within(table()).getByRole('columnheader', { name })).getByRole('button');
