// npm run bench:ids: checking 20,000 rows whose names have no Latin letters, in Chromium through the real import
// dialog (budget 2 s): distinct names, and 40 names repeated 500 times each with "Keep all" (every id from the
// counter). Builds, serves the build, prints medians of BENCH_RUNS runs (default 3) after a warm-up.
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium-path.mjs';
import { rng } from './synthetic.mjs';

const ROWS = 20000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET_MS = 2000;

/** Seeded names from CJK ideographs, Cyrillic, Arabic, Devanagari and emoji: none has a Latin letter. */
function names(count, distinct, seed = 7) {
  const r = rng(seed);
  const pick = (lo, hi, n) => Array.from({ length: n }, () => String.fromCodePoint(lo + Math.floor(r() * (hi - lo)))).join('');
  const scripts = [() => pick(0x4e00, 0x9fff, 3), () => pick(0x0430, 0x044f, 6), () => pick(0x0627, 0x064a, 5), () => pick(0x0915, 0x0939, 4), () => pick(0x1f300, 0x1f5ff, 2)];
  const pool = Array.from({ length: distinct }, (_, i) => `${scripts[i % scripts.length]()} ${pick(0x4e00, 0x9fff, 2)}`);
  return Array.from({ length: count }, (_, i) => pool[i % distinct]);
}

const csv = (list) => `Model,Parameters,MMLU\n${list.map((n, i) => `${n},${1 + (i % 90)}B,${40 + (i % 50)}`).join('\n')}\n`;

const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** Opens the dialog on a fresh page with the file chosen, ready to check. */
async function openWith(page, base, text) {
  await page.goto(base);
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByLabel('Data file').evaluate((input, t) => {
    const files = new DataTransfer();
    files.items.add(new File([t], 'names.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: /^Check all/ }).waitFor({ timeout: 60000 });
}

/** In the page: click, then the frame after `ready()` holds; the time between, without Playwright in it. */
function timeClick(page, selector, readyText) {
  return page.evaluate(([sel, text]) => new Promise((resolve) => {
    const el = document.querySelector(sel);
    const t0 = performance.now();
    el.click();
    const tick = () => (document.querySelector('.import-summary')?.textContent?.includes(text)
      ? requestAnimationFrame(() => resolve(performance.now() - t0))
      : requestAnimationFrame(tick));
    tick();
  }), [selector, readyText]);
}

async function distinctCheck(page, base, text) {
  await openWith(page, base, text);
  return timeClick(page, '.import-dialog .dialog-actions .btn-primary', `of ${ROWS.toLocaleString('en-US')} rows`);
}

async function keepAllRecheck(page, base, text) {
  await openWith(page, base, text);
  await page.getByRole('button', { name: /^Check all/ }).click();
  await page.getByRole('radio', { name: /^Keep all/ }).waitFor({ timeout: 60000 });
  return timeClick(page, 'input[name="duplicates"][value="all"]', `${ROWS.toLocaleString('en-US')} of ${ROWS.toLocaleString('en-US')} rows`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function main() {
  if (!process.env.SKIP_BUILD) execSync('npx vite build', { stdio: 'inherit' });
  const port = await freePort();
  const base = `http://localhost:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    const scenarios = [
      ['20,000 distinct non-Latin names: "Check all" → review shown (ms)', distinctCheck, csv(names(ROWS, ROWS))],
      ['40 non-Latin names × 500: "Keep all" → review shown, 20,000 ids (ms)', keepAllRecheck, csv(names(ROWS, 40))],
    ];
    let missed = false;
    for (const [label, run, text] of scenarios) {
      const times = [];
      for (let i = 0; i <= RUNS; i++) {
        const page = await browser.newPage();
        const ms = await run(page, base, text);
        if (i > 0) times.push(ms);
        await page.close();
      }
      const m = median(times);
      missed ||= m > BUDGET_MS;
      console.log(`${label}: median ${Math.round(m)} (runs ${times.map(Math.round).join(', ')}; budget ${BUDGET_MS})`);
    }
    console.log(`Chromium ${browser.version()}, ${RUNS} runs after a warm-up.`);
    await browser.close();
    process.exitCode = missed ? 1 : 0;
  } finally {
    try { process.kill(-server.pid); } catch { /* already gone */ }
  }
}

await main();
