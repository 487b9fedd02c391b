import { beforeEach, describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import type { ModelRecord } from '../../../src/domain/model';
import { columns, type ColumnMeta } from '../../../src/features/models-table/columns';
import { HIDDEN, HOVERED, RowPool, SELECTED, type RowSlot } from '../../../src/features/models-table/row-pool';

const CELLS = columns.map((c) => c.meta as ColumnMeta);
const PARETO = columns.findIndex((c) => c.id === 'pareto');
const loaded = loadBuiltInDataset('great-gpu-race');
if (!loaded.ok) throw new Error('dataset');
const MODELS = loaded.dataset.models;

const slots = (models: readonly ModelRecord[], from = 0, pareto?: (m: ModelRecord) => boolean | undefined): RowSlot[] =>
  models.map((m, k) => ({ at: from + k, row: { m, pareto: pareto ? pareto(m) : false } }));
const noFlags = () => 0;
const ids = (body: HTMLElement) => [...body.querySelectorAll<HTMLElement>('tr[data-model-id]')].map((tr) => tr.dataset.modelId);

describe('RowPool', () => {
  let body: HTMLTableSectionElement;
  let pool: RowPool;
  beforeEach(() => {
    document.body.innerHTML = '<table><tbody></tbody></table>';
    body = document.querySelector('tbody')!;
    pool = new RowPool(body, CELLS, PARETO);
  });

  it('writes the rows in order between two spacers, each row counted for assistive technology', () => {
    pool.render(slots(MODELS.slice(0, 3), 10), 440, 0, noFlags);
    expect(ids(body)).toEqual(MODELS.slice(0, 3).map((m) => m.id));
    const [top, ...rest] = [...body.children] as HTMLTableRowElement[];
    expect(top!.className).toBe('spacer');
    expect((top!.firstElementChild as HTMLElement).style.height).toBe('440px');
    expect(rest).toHaveLength(3); // no space below, no spacer there
    expect(rest[0]!.getAttribute('aria-rowindex')).toBe('12'); // position 10, after the header row
    expect(rest[0]!.children).toHaveLength(CELLS.length + 1);
    expect(rest[0]!.querySelector('input')).toHaveAccessibleName(`Show ${MODELS[0]!.name}`);
    pool.render(slots(MODELS.slice(0, 3)), 0, 88, noFlags);
    expect([...body.children].map((tr) => tr.className)).toEqual(['', '', '', 'spacer']);
  });

  it('keeps a row that stays in view as it is: not rebuilt, not moved', () => {
    pool.render(slots(MODELS.slice(0, 4)), 0, 0, noFlags);
    const staying = [...body.querySelectorAll('tr[data-model-id]')].slice(1);
    const removedNodes: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removedNodes.push(...r.removedNodes)));
    observer.observe(body, { childList: true });
    // One step down: the first row leaves, a new one comes in at the end.
    const { created, removed } = pool.render(slots(MODELS.slice(1, 5), 1), 44, 0, noFlags);
    const changes = observer.takeRecords();
    changes.forEach((r) => removedNodes.push(...r.removedNodes));
    observer.disconnect();
    expect(ids(body)).toEqual(MODELS.slice(1, 5).map((m) => m.id));
    expect([...body.querySelectorAll('tr[data-model-id]')].slice(0, 3)).toEqual(staying);
    expect(removedNodes.filter((n) => staying.includes(n as Element))).toEqual([]);
    expect(created.map((tr) => tr.dataset.modelId)).toEqual([MODELS[4]!.id]);
    expect(removed).toBe(true);
  });

  it('rewrites only the Pareto cell when that flag changes, and the focused checkbox keeps focus', () => {
    pool.render(slots(MODELS.slice(0, 2)), 0, 0, noFlags);
    const row = body.querySelector<HTMLElement>('tr[data-model-id]')!;
    const nameCell = row.children[1];
    const checkbox = row.querySelector('input')!;
    checkbox.focus();
    pool.render(slots(MODELS.slice(0, 2), 0, () => true), 0, 0, noFlags);
    expect(body.querySelector('tr[data-model-id]')).toBe(row);
    expect(row.children[1]).toBe(nameCell);
    expect(row.children[PARETO + 1]).toHaveTextContent('Yes');
    expect(document.activeElement).toBe(checkbox);
  });

  it('moves a row to its new place when the order changes, keeping the same element', () => {
    pool.render(slots(MODELS.slice(0, 3)), 0, 0, noFlags);
    const first = body.querySelector('tr[data-model-id]');
    pool.render(slots([...MODELS.slice(0, 3)].reverse()), 0, 0, noFlags);
    expect(ids(body)).toEqual(MODELS.slice(0, 3).map((m) => m.id).reverse());
    expect(body.querySelector(`tr[data-model-id="${MODELS[0]!.id}"]`)).toBe(first);
    expect(first!.getAttribute('aria-rowindex')).toBe('4');
  });

  it('shows each model\'s flags: toggled off, selected, hovered', () => {
    const [a, b, c] = MODELS;
    const flags = new Map([[a!.id, HIDDEN], [b!.id, SELECTED | HOVERED]]);
    pool.render(slots([a!, b!, c!]), 0, 0, (id) => flags.get(id) ?? 0);
    const row = (m: ModelRecord) => body.querySelector<HTMLTableRowElement>(`tr[data-model-id="${m.id}"]`)!;
    expect(row(a!).className).toBe('row-hidden');
    expect(row(a!).querySelector('input')!.checked).toBe(false);
    expect(row(b!).className).toBe('row-selected row-hovered');
    expect(row(c!).hasAttribute('class')).toBe(false);
    expect(row(c!).querySelector('input')!.checked).toBe(true);
    flags.clear();
    pool.setFlags(() => 0);
    expect(row(a!).hasAttribute('class')).toBe(false);
    expect(row(a!).querySelector('input')!.checked).toBe(true);
  });

  it('writes a hostile model name as text', () => {
    const name = '<img src=x onerror="window.__pwned=1">';
    pool.render(slots([{ ...MODELS[0]!, id: 'hostile', name }]), 0, 0, noFlags);
    const row = body.querySelector('tr[data-model-id="hostile"]')!;
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('.model-name')!.textContent).toBe(name);
    expect(row.querySelector('input')).toHaveAccessibleName(`Show ${name}`);
  });
});
