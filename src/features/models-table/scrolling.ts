// Whether the models table is scrolling, as the table marks it (ModelsTable's markScrolling): rows and cell
// tooltips under a still pointer neither take nor give up the hover while it does.

/** The table's scroller while it is marked as scrolling, from any element inside it; null otherwise. */
export function scrollingTableOf(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>('[data-scrolling]');
}
