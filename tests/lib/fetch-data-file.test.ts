import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataFile } from '../../src/lib/fetch-data-file';

const json = JSON.stringify({ type: 'model-mpg/built-in-data', rows: 2 });

/** A response whose body arrives in chunks of `chunk` bytes. */
function respond(bytes: Uint8Array, headers: Record<string, string> = {}, status = 200, chunk = 16) {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
      c.close();
    },
  });
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found', headers })));
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataFile', () => {
  it('inflates gzip, parses the JSON and reports progress against Content-Length', async () => {
    const gz = gzipSync(json);
    respond(gz, { 'Content-Length': String(gz.length) });
    const seen: [number, number | null][] = [];
    expect(await fetchDataFile('/d.json.gz', (r, t) => seen.push([r, t]))).toEqual({ ok: true, value: JSON.parse(json) });
    expect(seen[0]).toEqual([0, gz.length]);
    expect(seen.at(-1)).toEqual([gz.length, gz.length]);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('reads a body the server inflated (Content-Encoding, as vite preview sends .gz) as JSON, against the JSON\'s size', async () => {
    respond(new TextEncoder().encode(json), { 'Content-Encoding': 'gzip', 'Content-Length': '10' });
    const seen: [number, number | null][] = [];
    expect(await fetchDataFile('/d.json.gz', (r, t) => seen.push([r, t]), { bytes: 10, jsonBytes: json.length })).toEqual({ ok: true, value: JSON.parse(json) });
    expect(seen.at(-1)).toEqual([json.length, json.length]);
  });

  it('uses the manifest\'s size when the server sends no length, and claims none without one', async () => {
    respond(gzipSync(json));
    const totals = new Set<number | null>();
    await fetchDataFile('/d.json.gz', (_r, t) => totals.add(t), { bytes: 1234, jsonBytes: 5678 });
    expect([...totals]).toEqual([1234]);
    respond(gzipSync(json));
    totals.clear();
    await fetchDataFile('/d.json.gz', (_r, t) => totals.add(t));
    expect([...totals]).toEqual([null]);
  });

  it.each([
    ['an HTTP error', () => respond(new Uint8Array(), {}, 404), 'the server answered 404 Not Found'],
    ['a damaged gzip', () => respond(Uint8Array.from([0x1f, 0x8b, 1, 2, 3])), 'the file is damaged: it does not decompress'],
    ['text that is not JSON', () => respond(new TextEncoder().encode('{"a":')), /^the file is damaged: /],
    ['no network', () => vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); })), 'the download failed (Failed to fetch); check the connection and retry'],
  ])('returns a reason for %s, never a throw', async (_what, arrange, reason) => {
    arrange();
    const r = await fetchDataFile('/d.json.gz', () => {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
