// The import boundaries lint claims to enforce, checked by running oxlint with the project's config on files
// written for the purpose, in a copy of the source layout: each forbidden import must fail, each allowed one pass.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const oxlint = join(root, 'node_modules/.bin/oxlint');
const sandbox = mkdtempSync(join(tmpdir(), 'model-mpg-lint-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

let probes = 0;

/** Lints one file at `path` (relative to the sandbox's root) that imports `from`; answers oxlint's exit code and output. */
function lintImport(path: string, from: string): { code: number | null; out: string } {
  const dir = join(sandbox, `probe-${++probes}`);
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(join(root, '.oxlintrc.json'), join(dir, '.oxlintrc.json'));
  writeFileSync(file, `import { thing } from '${from}';\nexport const used = thing;\n`);
  const r = spawnSync(oxlint, ['-c', '.oxlintrc.json', '--deny-warnings', path], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('import boundaries', () => {
  it.each([
    ['a feature importing a sibling feature by a relative path', 'src/features/table/Rows.tsx', '../charts/ScatterPanel'],
    ['a feature importing another feature through src', 'src/features/table/Rows.tsx', '../../features/charts/ScatterPanel'],
    ['a feature importing another feature by a root path', 'src/features/table/Rows.tsx', 'src/features/charts/ScatterPanel'],
    ['a feature importing another feature by an alias', 'src/features/table/Rows.tsx', '@/features/charts/ScatterPanel'],
    ['a feature subfolder importing another feature', 'src/features/charts/canvas/draw.ts', '../../table/Rows'],
    ['a feature importing the app shell', 'src/features/table/Rows.tsx', '../../app/App'],
    ['a UI primitive importing the domain', 'src/components/ui/Tip.tsx', '../../domain/fields'],
    ['a UI primitive importing the store', 'src/components/ui/Tip.tsx', '../../store/store'],
    ['a UI primitive importing a feature', 'src/components/ui/Tip.tsx', '../../features/charts/shapes'],
    ['the domain importing React', 'src/domain/chart/points.ts', 'react'],
    ['the domain importing the store', 'src/domain/chart/points.ts', '../../store/store'],
    ['the store importing a feature', 'src/store/derived.ts', '../features/charts/shapes'],
    ['a shared library importing the store', 'src/lib/download.ts', '../store/store'],
  ])('fails on %s', (_what, path, from) => {
    const { code, out } = lintImport(path, from);
    expect(out).toContain('no-restricted-imports');
    expect(code).not.toBe(0);
  });

  it.each([
    ['a feature importing its own file', 'src/features/table/Rows.tsx', './cells'],
    ['a feature subfolder importing its own feature', 'src/features/charts/canvas/draw.ts', '../shapes'],
    ['a feature importing the domain', 'src/features/table/Rows.tsx', '../../domain/fields'],
    ['a feature importing shared UI', 'src/features/table/Rows.tsx', '../../components/ui/ValueTip'],
    ['a feature importing a hook', 'src/features/table/Rows.tsx', '../../hooks/usePrefetchWhenIdle'],
    ['a feature subfolder importing the domain', 'src/features/charts/canvas/draw.ts', '../../../domain/chart/points'],
    ['a UI primitive importing React', 'src/components/ui/Tip.tsx', 'react'],
    ['the store importing the domain', 'src/store/derived.ts', '../domain/chart/derive'],
  ])('passes %s', (_what, path, from) => {
    const { code, out } = lintImport(path, from);
    expect(out).not.toContain('no-restricted-imports');
    expect(code).toBe(0);
  });
});
