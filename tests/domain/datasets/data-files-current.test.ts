// Where the source files are at hand (../shared/datasets), the shipped data files are exactly what `npm run data`
// builds from them: a newer export dropped in and not rebuilt, or a hand edit, fails here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDataFiles, buildManifest, manifestText, payloadText, pricesText, SOURCE_FILES } from '../../../src/domain/datasets/build-data-files';
import { shippedPath } from './shipped';

const SHARED = join(process.cwd(), '../shared/datasets');
const generated = (name: string) => readFileSync(join(process.cwd(), 'src/domain/datasets/generated', name), 'utf8');

describe.runIf(existsSync(SHARED))('the shipped data files are current with ../shared/datasets', () => {
  const texts = Object.fromEntries(Object.entries(SOURCE_FILES).map(([k, f]) => [k, readFileSync(join(SHARED, f), 'utf8')])) as Record<keyof typeof SOURCE_FILES, string>;
  const built = buildDataFiles(texts);
  if (!built.ok) throw new Error(built.reason);
  const { payloads, prices } = built.data;

  it.each(payloads.map((p) => [p.id, p] as const))('%s holds what the build makes of its source', (id, payload) => {
    expect(gunzipSync(readFileSync(shippedPath(id))).toString('utf8')).toBe(payloadText(payload));
  });

  it('the matched prices are what the price file says', () => {
    expect(generated('litellm-prices.json')).toBe(pricesText(prices));
  });

  it('the manifest has the shipped sizes and the counts the build gives', () => {
    const bytes = Object.fromEntries(payloads.map((p) => [p.id, readFileSync(shippedPath(p.id)).length]));
    const manifest = buildManifest(payloads, bytes);
    if (!manifest.ok) throw new Error(manifest.reason);
    expect(generated('data-files.json')).toBe(manifestText(manifest.data));
  });

  it('the Extended rows\' Epoch figures are the Epoch file\'s', async () => {
    const { EXTENDED_ROWS } = await import('../../../src/domain/datasets/extended-rows');
    const epoch = buildDataFiles(texts);
    if (!epoch.ok) throw new Error(epoch.reason);
    const cols = epoch.data.payloads[1]!.columns;
    const rowOf = (model: string) => cols.Model!.indexOf(model);
    let checked = 0;
    for (const row of EXTENDED_ROWS) {
      const note = row.flop?.note ?? row.released?.note ?? '';
      const model = /"([^"]+)"/.exec(note)?.[1];
      if (!model) continue;
      const r = rowOf(model);
      expect(r, model).toBeGreaterThanOrEqual(0);
      if (row.flop) expect([row.flop.raw, row.flop.confidence], model).toEqual([cols['Training compute (FLOP)']![r], cols.Confidence![r]]);
      if (row.released) expect(row.released.raw, model).toBe(cols['Publication date']![r]);
      checked++;
    }
    expect(checked).toBe(10);
  });
});
