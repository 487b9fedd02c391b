// Fetches a built-in data file with progress from its byte stream, inflates it if it is gzip (a server that already
// did so sends plain JSON, which is read as is), and parses the JSON; any failure is a reason, never a throw.
export type Fetched = { ok: true; value: unknown } | { ok: false; reason: string };

const GZIP_MAGIC = [0x1f, 0x8b];

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new TextDecoder().decode(bytes);
  const stream = new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** The file's size as stored (gzip) and as JSON, from the manifest, for a total the server does not give. */
export interface ExpectedSize {
  bytes: number;
  jsonBytes: number;
}

/**
 * Progress counts the bytes the body stream yields. A server that sends the .gz file as stored gives its length;
 * one that marks it Content-Encoding: gzip (vite preview does) has the browser inflate it, so the stream yields
 * JSON, measured against the JSON's size.
 */
export async function fetchDataFile(url: string, onProgress: (received: number, total: number | null) => void, expected?: ExpectedSize): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { ok: false, reason: `the download failed (${e instanceof Error ? e.message : 'network error'}); check the connection and retry` };
  }
  if (!response.ok) return { ok: false, reason: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  const length = Number(response.headers.get('Content-Length'));
  const total = response.headers.get('Content-Encoding') ? expected?.jsonBytes ?? null : length > 0 ? length : expected?.bytes ?? null;
  const parts: Uint8Array[] = [];
  let received = 0;
  try {
    const reader = response.body?.getReader();
    if (!reader) {
      const whole = new Uint8Array(await response.arrayBuffer());
      parts.push(whole);
      received = whole.length;
    } else {
      onProgress(0, total);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        received += value.length;
        onProgress(received, total);
      }
    }
  } catch (e) {
    return { ok: false, reason: `the download stopped after ${received} bytes (${e instanceof Error ? e.message : 'network error'}); retry` };
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  let text: string;
  try {
    text = await inflate(bytes);
  } catch {
    return { ok: false, reason: 'the file is damaged: it does not decompress' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, reason: `the file is damaged: ${e instanceof Error ? e.message : 'it is not JSON'}` };
  }
}
