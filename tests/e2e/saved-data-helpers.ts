// Shared steps for the saved-data browser tests: importing through the real dialog, and reading or damaging what
// the app saved in IndexedDB directly from the page.
import { expect, type Page } from '@playwright/test';

export const rows = (page: Page) => page.getByRole('table', { name: 'Models' }).locator('tbody tr');
export const datasetSelect = (page: Page) => page.getByRole('combobox', { name: 'Dataset' });
export const INDEX = 'model-mpg:user-data:v2';

/** A small CSV of `n` models whose names start with `tag`. */
export const csv = (tag: string, n: number) =>
  ['Model,Parameters,MMLU', ...Array.from({ length: n }, (_, i) => `${tag} ${i + 1},${7 + i}B,${50 + i}`)].join('\n');

/** Imports a file through the dialog, as a new dataset or merged into the open one, and waits until it is saved. */
export async function importFile(page: Page, fileName: string, n: number, mode: 'replace' | 'merge' = 'replace') {
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Data file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv(fileName, n)) });
  await dialog.getByRole('button', { name: `Check all ${n} rows` }).click();
  if (mode === 'replace') await dialog.getByRole('radio', { name: 'Load as a new dataset' }).check();
  await dialog.getByRole('button', { name: `Import ${n} valid rows` }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => savedFileNames(page)).toContain(fileName);
}

/** The file names the saved index lists, datasets then merges. */
export async function savedFileNames(page: Page): Promise<string[]> {
  const index = (await readKey(page, INDEX)) as { userDatasets?: { fileName?: unknown }[]; merges?: { fileName?: unknown }[] } | undefined;
  return [...(index?.userDatasets ?? []), ...(index?.merges ?? [])].map((e) => String(e?.fileName));
}

export function readKey(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('keyval-store');
      r.onupgradeneeded = () => r.result.createObjectStore('keyval');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const value = await new Promise((resolve, reject) => {
      const r = db.transaction('keyval').objectStore('keyval').get(k);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return value;
  }, key);
}

/**
 * Runs `change` on the saved index inside the page, with a helper to write other keys: it gets the index and
 * `put(key, value)` (value undefined deletes); returning null deletes the index. Written as source text so that
 * it can build values in the page.
 */
export function damage(page: Page, change: string): Promise<void> {
  return page.evaluate(async ({ change: body, indexKey }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('keyval-store');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = () => db.transaction('keyval', 'readwrite').objectStore('keyval');
    const done = (r: IDBRequest) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const get = (key: string) => done(tx().get(key));
    const put = (key: string, value: unknown) => done(value === undefined ? tx().delete(key) : tx().put(value, key));
    const index = await get(indexKey);
    // eslint-disable-next-line no-new-func -- the test's damage, written as text so it runs in the page
    const result: unknown = await new Function('index', 'get', 'put', `return (async () => { ${body} })()`)(index, get, put);
    await put(indexKey, result === null ? undefined : index);
    db.close();
  }, { change, indexKey: INDEX });
}
