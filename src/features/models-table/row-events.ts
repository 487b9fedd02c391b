// What the pointer, focus and keyboard do to the table's rows, listened for once on the table body rather than
// on each row (rows are built outside React, see row-pool.ts). `mouseenter` and `mouseleave` do not bubble:
// listening in the capture phase sees them for every row and cell, with the meaning they have on each.
import { closeTip, openTip } from './cell-tips';
import { scrollingTableOf } from './scrolling';

export interface RowActions {
  hover(id: string | null): void;
  toggle(id: string): void;
}

const rowOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('tr[data-model-id]') : null);
const tipOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.has-tip') : null);

/** Listens on `body` until the answer is called. */
export function listenToRows(body: HTMLElement, actions: RowActions): () => void {
  const onEnter = (e: Event) => {
    const target = e.target as Element;
    // Rows pass under a still pointer while the table scrolls: highlighting each in every chart on the way
    // cost ~3 ms a frame at 100,000 models, and they open no tooltip. The row under the pointer takes the hover
    // when scrolling stops (ModelsTable).
    if (scrollingTableOf(target)) return;
    if (target.matches('tr[data-model-id]')) actions.hover((target as HTMLElement).dataset.modelId!);
    else if (target.classList.contains('has-tip')) openTip(target as HTMLElement);
  };
  const onLeave = (e: Event) => {
    const target = e.target as Element;
    if (target.classList.contains('has-tip')) closeTip(target as HTMLElement);
    if (!target.matches('tr[data-model-id]')) return;
    // Nor does leaving a row clear the charts' highlight mid-scroll: the table settles it when scrolling stops.
    const scrolling = scrollingTableOf(target);
    if (scrolling) scrolling.dataset.hoverLeft = '';
    else actions.hover(null);
  };
  const onFocusIn = (e: FocusEvent) => {
    const row = rowOf(e.target);
    if (row) actions.hover(row.dataset.modelId!);
    const tip = tipOf(e.target);
    if (tip) openTip(tip);
  };
  const onFocusOut = (e: FocusEvent) => {
    if (rowOf(e.target)) actions.hover(null);
    const tip = tipOf(e.target);
    if (tip) closeTip(tip);
  };
  // Dismissible without moving the pointer or focus (WCAG 1.4.13).
  const onKeyDown = (e: KeyboardEvent) => {
    const tip = e.key === 'Escape' ? (e.target as Element).closest<HTMLElement>('.tip-open') : null;
    if (!tip) return;
    e.stopPropagation();
    closeTip(tip);
  };
  const onChange = (e: Event) => {
    const target = e.target as Element;
    const row = target.matches('input[type="checkbox"]') ? rowOf(target) : null;
    if (row) actions.toggle(row.dataset.modelId!);
  };
  const listeners: [string, EventListener, boolean][] = [
    ['mouseenter', onEnter, true],
    ['mouseleave', onLeave, true],
    ['focusin', onFocusIn as EventListener, false],
    ['focusout', onFocusOut as EventListener, false],
    ['keydown', onKeyDown as EventListener, false],
    ['change', onChange, false],
  ];
  for (const [type, listener, capture] of listeners) body.addEventListener(type, listener, capture);
  return () => {
    for (const [type, listener, capture] of listeners) body.removeEventListener(type, listener, capture);
  };
}
