// npm run data [dir]: rebuilds the built-in data files from the source files (default ../shared/datasets) with the
// app's own domain functions: public/data/*.json.gz, the matched prices, and the manifest of sizes and counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, '../shared/datasets'));
const generated = join(root, 'src/domain/datasets/generated');
const load = async () => (await runnerImport(join(root, 'src/domain/datasets/build-data-files.ts'), { configFile: false, root, logLevel: 'error' })).module;

function fail(reason) {
  console.error(`npm run data: ${reason}`);
  process.exit(1);
}

let build = await load();
const texts = Object.fromEntries(Object.entries(build.SOURCE_FILES).map(([key, name]) => [key, readFileSync(join(dir, name), 'utf8')]));
const files = build.buildDataFiles(texts);
if (!files.ok) fail(files.reason);
writeFileSync(join(generated, 'litellm-prices.json'), build.pricesText(files.data.prices));

const bytes = {};
for (const payload of files.data.payloads) {
  const text = build.payloadText(payload);
  const gz = gzipSync(text, { level: 9 });
  writeFileSync(join(root, 'public', build.PAYLOAD_FILES[payload.id]), gz);
  bytes[payload.id] = gz.length;
  console.log(`public/${build.PAYLOAD_FILES[payload.id]}: ${payload.rows} of ${payload.source.rows} rows, ${text.length} bytes of JSON, ${gz.length} gzipped`);
}
// Counted by the app's own functions, with the prices just written.
build = await load();
const manifest = build.buildManifest(files.data.payloads, bytes);
if (!manifest.ok) fail(manifest.reason);
for (const [id, n] of Object.entries(manifest.data.models)) console.log(`${id}: ${n} models`);
writeFileSync(join(generated, 'data-files.json'), build.manifestText(manifest.data));
