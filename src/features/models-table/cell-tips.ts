// A table cell's styled tooltip, opened while the cell is hovered or focused and closed by Escape (WCAG 1.4.13).
// Built only while open: built for every cell of every mounted row, the tooltips were half of a row's elements.
import { el, tipPairs } from './cell-dom';

export function openTip(cell: HTMLElement): void {
  if (cell.classList.contains('tip-open')) return;
  const tip = el('span', 'tip');
  // The cell's description (aria-describedby) already says it.
  tip.setAttribute('aria-hidden', 'true');
  for (const [label, value] of tipPairs.get(cell) ?? []) {
    if (!value) continue;
    const line = el('span', 'tip-row');
    line.append(el('b', undefined, `${label}:`), ` ${value}`);
    tip.append(line);
  }
  cell.classList.add('tip-open');
  cell.append(tip);
}

export function closeTip(cell: HTMLElement): void {
  if (!cell.classList.contains('tip-open')) return;
  cell.classList.remove('tip-open');
  cell.querySelector(':scope > .tip')?.remove();
}
