// A table cell's content, written straight to the DOM: each model's name with its notes and sources, a value as
// published with its "est." badge, note and source, training compute, the Pareto flag. Rows are built here and
// not by React (see row-pool.ts), so what a cell shows and explains is all in this file.
import { displayValue, FIELDS, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';
import type { ModelRecord } from '../../domain/model';

/** What a cell explains, as label–value pairs ("Published", "38.4B"); pairs without a value are left out. */
export type TipPairs = readonly (readonly [string, string | undefined])[];

/** "Published: 38.4B. Status: reported. Source: s.csv." from label–value pairs, leaving out the empty ones. */
export function describePairs(pairs: TipPairs): string {
  return pairs.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}${/[.!?]$/.test(v!) ? '' : '.'}`).join(' ');
}

/** Each explained cell's pairs, read when its tooltip opens (see cell-tips.ts). */
export const tipPairs = new WeakMap<Element, TipPairs>();

let tipIds = 0;

/** An element with a class and text, the way every cell part here is made. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A cell with something to explain: a plain-text description that is always there for assistive technology,
 * and a styled tooltip built only while the cell is hovered or focused (cell-tips.ts). A button when the cell
 * has something keyboard users should reach (a note, an estimate), so that tabbing stays short.
 */
function explained(focusable: boolean, className: string, pairs: TipPairs, children: readonly (Node | string)[]): HTMLElement {
  const id = `cell-tip-${++tipIds}`;
  const wrap = focusable ? el('button', `has-tip tip-trigger${className}`) : el('span', `has-tip${className}`);
  if (focusable) (wrap as HTMLButtonElement).type = 'button';
  wrap.setAttribute('aria-describedby', id);
  wrap.append(...children);
  const description = el('span', undefined, describePairs(pairs));
  description.setAttribute('role', 'tooltip');
  description.id = id;
  description.hidden = true;
  wrap.append(description);
  tipPairs.set(wrap, pairs);
  return wrap;
}

function estimateBadge(): HTMLElement {
  const badge = el('span', 'badge badge-est', 'est.');
  badge.setAttribute('aria-label', 'estimated');
  return badge;
}

function noteMark(): HTMLElement {
  const mark = el('span', 'note-mark', '*');
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

export function nameCell(model: ModelRecord): HTMLElement {
  const sources = model.sources.map((s) => s.title).join('; ') || 'none given';
  const children: (Node | string)[] = [el('span', 'model-name', model.name)];
  if (model.notes.length > 0) children.push(noteMark());
  if (model.importedFrom) children.push(el('span', 'badge badge-imported', 'imported'));
  return explained(model.notes.length > 0, ' name-cell', [...model.notes.map((n) => ['Note', n] as const), ['Sources', sources]], children);
}

/**
 * A value as published, with an "est." badge for estimates and its note and source on hover or focus. A derived
 * metric (MMLU per B params) was computed here, not published: its explanation says so, and how.
 */
export function valueCell(field: FieldDef, m: Measured, derived = false): Node | string {
  const shown = displayValue(field, m);
  const estimated = m.status === 'estimated';
  // A value is a bare text node: a span around each was a sixth of a row's elements.
  const children: (Node | string)[] = [m.value === null ? el('span', 'value-none', shown) : shown];
  if (estimated) children.push(estimateBadge());
  if (m.note) children.push(noteMark());
  if (!(m.note || m.source || estimated || m.status === 'undisclosed')) return children.length === 1 ? children[0]! : fragment(children);
  const pairs: TipPairs = derived ? derivedPairs(shown, m) : [['Published', m.raw || '(empty)'], ['Status', m.status], ['Note', m.note], ['Source', m.source]];
  return explained(Boolean(m.note || estimated), '', pairs, children);
}

/** "Computed: 1.7. Inputs: reported. How: computed from …", or "Not computed: needs …" when an input has no value. */
function derivedPairs(shown: string, m: Measured): TipPairs {
  if (m.value === null) return [['Not computed', m.source], ['Note', m.note]];
  const inputs = m.status === 'estimated' ? 'one or more estimated' : 'reported';
  return [['Computed', shown], ['Inputs', inputs], ['Note', m.note], ['How', m.source]];
}

/** Training compute as the source described it, with the numeric FLOP estimate (and who made it) beside it. */
export function computeCell(model: ModelRecord): HTMLElement {
  const { text, flop } = model.trainingCompute;
  const cell = el('span', 'compute-cell');
  if (text) cell.append(el('span', 'compute-text', text));
  if (flop.value !== null) {
    const value = el('span', 'compute-flop');
    value.append(valueCell(FIELDS.trainingCompute, flop), ' FLOP');
    cell.append(value);
  } else if (!text) {
    cell.append(el('span', 'value-none', '—'));
  }
  return cell;
}

/** "Yes" / "No" over visible models; "—" for a model switched off, which is on no frontier. */
export function paretoCell(pareto: boolean | undefined): Node | string {
  return pareto === undefined ? el('span', 'value-none', '—') : pareto ? el('span', 'pareto-yes', 'Yes') : 'No';
}

function fragment(children: readonly (Node | string)[]): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(...children);
  return f;
}
