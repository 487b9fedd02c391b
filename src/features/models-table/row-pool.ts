// The models table's body rows, written to the DOM directly rather than rendered by React. A scroll step brings
// a few rows into view: React spent ~200 ms of main-thread time a 30-turn scroll on creating and reconciling
// their cells (10,000 rows), which a plain-DOM table of the same rows did not need, and it dropped frames the
// plain table did not. Rows are kept by model id, so a row that stays on screen is neither rebuilt nor moved.
import type { ModelRecord } from '../../domain/model';
import { el } from './cell-dom';
import type { ColumnMeta, TableRow } from './columns';

/** A row to show: its position in display order (what aria-rowindex and the virtualizer count) and its data. */
export interface RowSlot {
  at: number;
  row: TableRow;
}

/** A model's flags, as bits. */
export const HIDDEN = 1;
export const SELECTED = 2;
export const HOVERED = 4;

export type FlagsOf = (id: string) => number;

interface Mounted {
  tr: HTMLTableRowElement;
  checkbox: HTMLInputElement;
  m: ModelRecord;
  pareto: boolean | undefined;
  at: number;
  flags: number;
}

export class RowPool {
  private readonly mounted = new Map<string, Mounted>();
  private readonly top = spacer();
  private readonly bottom = spacer();

  /** `cells`: each column's cell builder, in column order; the Pareto column is the one whose content follows its flag. */
  constructor(private readonly body: HTMLTableSectionElement, private readonly cells: readonly ColumnMeta[], private readonly paretoColumn: number) {}

  /**
   * Shows these rows, in this order, between spacers of these heights (0: none). Answers the rows it created,
   * and whether it removed any, for the virtualizer to measure and forget.
   */
  render(slots: readonly RowSlot[], padTop: number, padBottom: number, flagsOf: FlagsOf): { created: HTMLTableRowElement[]; removed: boolean } {
    const wanted = new Set<string>();
    for (const slot of slots) wanted.add(slot.row.m.id);
    // Rows that leave go first: then a row that stays is already where it belongs, and is not moved.
    let removed = false;
    for (const [id, r] of this.mounted) {
      if (wanted.has(id)) continue;
      r.tr.remove();
      this.mounted.delete(id);
      removed = true;
    }
    const created: HTMLTableRowElement[] = [];
    // A spacer is in the body only while it has a height (a short table has none), as the rows are counted.
    if (padTop > 0) {
      setHeight(this.top, padTop);
      if (this.body.firstChild !== this.top) this.body.prepend(this.top);
    } else {
      this.top.remove();
    }
    let next: ChildNode | null = this.top.isConnected ? this.top.nextSibling : this.body.firstChild;
    for (const { at, row } of slots) {
      let r = this.mounted.get(row.m.id);
      if (!r) {
        r = this.build(at, row);
        this.mounted.set(row.m.id, r);
        created.push(r.tr);
      } else {
        this.update(r, at, row);
      }
      if (next === r.tr) next = r.tr.nextSibling;
      else this.body.insertBefore(r.tr, next);
    }
    if (padBottom > 0) {
      setHeight(this.bottom, padBottom);
      if (this.body.lastChild !== this.bottom) this.body.append(this.bottom);
    } else {
      this.bottom.remove();
    }
    this.setFlags(flagsOf);
    return { created, removed };
  }

  /** Brings every mounted row's classes and checkbox in line with its model's flags. */
  setFlags(flagsOf: FlagsOf): void {
    for (const [id, r] of this.mounted) {
      const flags = flagsOf(id);
      if (flags !== r.flags) applyFlags(r, flags);
    }
  }

  /** The rows in the body, in no particular order. */
  rows(): HTMLTableRowElement[] {
    return Array.from(this.mounted.values(), (r) => r.tr);
  }

  /** Takes every row out of the body, spacers too. */
  clear(): void {
    for (const r of this.mounted.values()) r.tr.remove();
    this.mounted.clear();
    this.top.remove();
    this.bottom.remove();
  }

  /** One row's flags again, changed or not: a checkbox the user clicked shows the store's answer, whatever it was. */
  syncFlags(id: string, flags: number): void {
    const r = this.mounted.get(id);
    if (r) applyFlags(r, flags);
  }

  /** A new row; its flags are applied with every other row's at the end of render. */
  private build(at: number, row: TableRow): Mounted {
    const tr = el('tr');
    tr.dataset.modelId = row.m.id;
    const toggle = el('td', 'col-toggle');
    const checkbox = el('input');
    checkbox.type = 'checkbox';
    checkbox.setAttribute('aria-label', `Show ${row.m.name}`);
    toggle.append(checkbox);
    tr.append(toggle);
    for (const meta of this.cells) {
      const td = el('td', meta.numeric ? 'num' : undefined);
      td.append(meta.cell(row));
      tr.append(td);
    }
    const r: Mounted = { tr, checkbox, m: row.m, pareto: row.pareto, at: -1, flags: -1 };
    this.place(r, at);
    return r;
  }

  /** A row already on screen: a new position, new data for the same model, or a new Pareto flag. */
  private update(r: Mounted, at: number, row: TableRow): void {
    if (r.at !== at) this.place(r, at);
    if (r.m !== row.m) {
      // The same model in new data (a merge, a re-import): every cell, but the row, its checkbox and focus stay.
      r.m = row.m;
      r.checkbox.setAttribute('aria-label', `Show ${row.m.name}`);
      this.cells.forEach((meta, i) => this.tdOf(r, i).replaceChildren(meta.cell(row)));
    } else if (r.pareto !== row.pareto) {
      this.tdOf(r, this.paretoColumn).replaceChildren(this.cells[this.paretoColumn]!.cell(row));
    }
    r.pareto = row.pareto;
  }

  private place(r: Mounted, at: number): void {
    r.at = at;
    r.tr.dataset.index = String(at);
    r.tr.setAttribute('aria-rowindex', String(at + 2));
  }

  private tdOf(r: Mounted, column: number): Element {
    return r.tr.children[column + 1]!;
  }
}

function applyFlags(r: Mounted, flags: number): void {
  r.flags = flags;
  const classes = [flags & HIDDEN && 'row-hidden', flags & SELECTED && 'row-selected', flags & HOVERED && 'row-hovered'].filter(Boolean).join(' ');
  if (classes) r.tr.className = classes;
  else r.tr.removeAttribute('class');
  r.checkbox.checked = (flags & HIDDEN) === 0;
}

function spacer(): HTMLTableRowElement {
  const tr = el('tr', 'spacer');
  tr.setAttribute('aria-hidden', 'true');
  const td = el('td');
  td.colSpan = 99;
  tr.append(td);
  return tr;
}

function setHeight(tr: HTMLTableRowElement, height: number): void {
  const td = tr.firstElementChild as HTMLElement;
  const next = `${height}px`;
  if (td.style.height !== next) td.style.height = next;
}
