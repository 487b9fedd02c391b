// npm run bench: builds the app and its baseline pages (a plain Recharts scatter, a plain virtualized table),
// serves the production build and drives Debian's Chromium over seeded synthetic datasets loaded through the real
// import dialog, and over the built-in Open LLM Leaderboard (opened from the Dataset picker and from a link). Medians of BENCH_RUNS runs after a warm-up; writes bench/results/latest.json and latest.md; exits
// non-zero if a budget is missed. Method: docs/performance.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium-path.mjs';
import {
  exportPng, filterBox, filterClick, heapMb, importCsv, interaction, INSTRUMENT, loadTime, median, openApp, plainTableScroll,
  pointAt, quiet, scrollWorstFrame, sh, startPreview,
} from './measure.mjs';
import { LEADERBOARD, measureLeaderboard } from './leaderboard.mjs';

const PORT = 4399;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Synthetic sizes, and 'leaderboard' for the built-in leaderboard dataset (e.g. BENCH_SIZES=leaderboard BENCH_RUNS=1). */
const SIZES = (process.env.BENCH_SIZES ?? '6,1000,10000,100000,leaderboard').split(',').map((s) => (s === 'leaderboard' ? s : Number(s)));
const BASELINE_MAX = 10000; // a plain Recharts scatter of 100,000 points takes longer to mount than any budget

const BUDGETS = {
  load: { 6: 400, 10000: 1000, 100000: 2000, leaderboard: 1000 },
  pickerLoad: { leaderboard: 1000 },
  filterInp: { 6: 24, 10000: 50, 100000: 150, leaderboard: 50 },
  hideInp: { 6: 24, 10000: 50, 100000: 150 },
  axisInp: { 6: 24, 10000: 50, 100000: 150 },
  importMs: { 10000: 1000, 100000: 5000 },
  importLongestTask: { 100000: 100 },
  exportPng: { 6: 300, 10000: 1000, 100000: 2000 },
  heapMb: { 100000: 250 },
  initialJsKiB: 250,
};
/**
 * The app's table may drop at most this many frames for each one the plain virtualized table of the same rows
 * drops in the same run (first scroll after a load, totals over the runs). An absolute budget (no dropped frame)
 * could not be shown on a 2-core machine with software compositing, where a static table drops frames too.
 */
const SCROLL_RATIO_BUDGET = { 10000: 1.5, 100000: 1.5 };

async function measureApp(browser, base, n) {
  const { context, page } = await openApp(browser, base);
  const out = { load: [], filterInp: [], filterSettled: [], hideInp: [], axisInp: [], scrollWorstFrame: [], scrollDroppedFrames: [], scrollAgainWorstFrame: [], scrollAgainDroppedFrames: [], importMs: [], importWallMs: [], importLongestTask: [], exportPng: [], heapMb: [] };
  if (n !== 6) {
    const imp = await importCsv(page, n); // warm-up import also fills IndexedDB for the reload timings
    out.importMs.push(imp.ms);
    out.importWallMs.push(imp.wall);
    out.importLongestTask.push(imp.longest);
  }
  const box = filterBox(page, n);
  for (let run = 0; run <= RUNS; run++) {
    const warm = run === 0;
    const record = (k, v) => { if (!warm) out[k].push(v); };
    record('load', await loadTime(page));
    const filter = await filterClick(page, box);
    record('filterInp', filter.inp);
    record('filterSettled', filter.charts);
    const firstShow = page.getByRole('checkbox', { name: /^Show / }).first();
    await pointAt(page, firstShow);
    record('hideInp', await interaction(page, () => firstShow.click()));
    await firstShow.click();
    // Each measured interaction starts from a settled page: the charts have redrawn after the last one.
    await quiet(page);
    const axis = page.getByRole('figure').nth(1).getByLabel('Y axis');
    await axis.focus(); // makes its chart the one the table follows, which recomputes the Pareto column
    await quiet(page);
    record('axisInp', await interaction(page, () => page.keyboard.press('ArrowDown')));
    await page.keyboard.press('ArrowUp');
    await quiet(page);
    if (n >= 1000) {
      const scroll = await scrollWorstFrame(page);
      record('scrollWorstFrame', scroll.worst);
      record('scrollDroppedFrames', scroll.dropped);
      record('scrollAgainWorstFrame', scroll.againWorst);
      record('scrollAgainDroppedFrames', scroll.againDropped);
    }
    record('exportPng', await exportPng(page));
    if (n === 100000 && run === RUNS) record('heapMb', await heapMb(page));
  }
  if (n !== 6) {
    for (let run = 1; run < Math.min(RUNS, n >= 100000 ? 3 : RUNS); run++) {
      await removeOpenDataset(page);
      const imp = await importCsv(page, n);
      out.importMs.push(imp.ms);
      out.importWallMs.push(imp.wall);
      out.importLongestTask.push(imp.longest);
    }
  }
  await context.close();
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { median: median(v), runs: v.map((x) => Math.round(x * 10) / 10) }]));
}

/** Removes the imported dataset that is open, through "Remove…" and its confirmation. */
async function removeOpenDataset(page) {
  await page.getByRole('button', { name: 'Remove…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Remove/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

async function measureBaseline(browser, base, n) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(INSTRUMENT);
  const mount = [];
  const filter = [];
  for (let run = 0; run <= RUNS; run++) {
    const t0 = Date.now();
    await page.goto(`${base}/bench-pages/baseline/?n=${n}&seed=42`);
    await page.getByRole('button', { name: 'Filter' }).waitFor({ timeout: 120000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(0))));
    if (run > 0) mount.push(Date.now() - t0);
    const ms = await interaction(page, () => page.getByRole('button', { name: 'Filter' }).click());
    if (run > 0) filter.push(ms);
  }
  await page.close();
  return { mount: { median: median(mount), runs: mount }, filterInp: { median: median(filter), runs: filter } };
}

/** The plain table's scroll, each run in a freshly loaded page, as the app's first scroll after a reload. */
async function measurePlainTable(browser, base, n) {
  const out = { scrollWorstFrame: [], scrollDroppedFrames: [], scrollAgainDroppedFrames: [] };
  for (let run = 0; run <= RUNS; run++) {
    const scroll = await plainTableScroll(browser, base, n);
    if (run === 0) continue;
    out.scrollWorstFrame.push(scroll.worst);
    out.scrollDroppedFrames.push(scroll.dropped);
    out.scrollAgainDroppedFrames.push(scroll.againDropped);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { median: median(v), runs: v }]));
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** The app's dropped frames (first scroll after a load, all runs) for each one the plain table dropped; null without a plain table. */
export function scrollRatio(app, plain) {
  if (!app || !plain) return null;
  const a = sum(app.scrollDroppedFrames.runs);
  const p = sum(plain.scrollDroppedFrames.runs);
  return { app: a, plain: p, ratio: p === 0 ? (a === 0 ? 1 : Infinity) : a / p };
}

function initialJsKiB() {
  const html = execSync('cat dist/index.html').toString();
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let total = 0;
  for (const s of scripts) total += Number(execSync(`gzip -c dist/${s} | wc -c`).toString());
  return total / 1024;
}

const fmt = (v) => (Number.isFinite(v) ? (v >= 100 ? Math.round(v) : Math.round(v * 10) / 10) : '—');

async function main() {
  sh('npx vite build');
  sh('npx vite build --config bench/vite.pages.config.ts');
  const server = await startPreview('dist', PORT);
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info'] });
    const results = { machine: { cpu: cpus()[0]?.model, cores: cpus().length, chromium: browser.version(), node: process.version, date: new Date().toISOString(), commit: gitCommit() }, runs: RUNS, sizes: {}, baseline: {}, plainTable: {}, scrollRatio: {}, initialJsKiB: initialJsKiB() };
    for (const n of SIZES) {
      console.log(`measuring ${n === 'leaderboard' ? 'the built-in leaderboard' : `${n} models`}…`);
      if (n === 'leaderboard') {
        results.sizes[n] = await measureLeaderboard(browser, server.base, RUNS);
        continue;
      }
      results.sizes[n] = await measureApp(browser, server.base, n);
      if (n >= 1000) {
        results.plainTable[n] = await measurePlainTable(browser, server.base, n);
        results.scrollRatio[n] = scrollRatio(results.sizes[n], results.plainTable[n]);
      }
      if (n <= BASELINE_MAX) results.baseline[n] = await measureBaseline(browser, server.base, n);
    }
    await browser.close();
    results.failures = budgetFailures(results);
    const md = report(results);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync('bench/results/latest.md', md);
    console.log(md);
    process.exitCode = results.failures.length ? 1 : 0;
  } finally {
    server.stop();
  }
}

function gitCommit() {
  try {
    const dirty = execSync('git status --porcelain -- src').toString().trim() ? ' (with uncommitted changes)' : '';
    return execSync('git rev-parse --short HEAD').toString().trim() + dirty;
  } catch {
    return 'unknown';
  }
}

function budgetFailures(results) {
  const failures = [];
  for (const [metric, byN] of Object.entries(BUDGETS)) {
    if (metric === 'initialJsKiB') {
      if (results.initialJsKiB > byN) failures.push(`initial JS ${fmt(results.initialJsKiB)} KiB > ${byN} KiB`);
      continue;
    }
    for (const [n, budget] of Object.entries(byN)) {
      const v = results.sizes[n]?.[metric]?.median;
      if (v !== undefined && Number.isFinite(v) && v > budget) failures.push(`${metric} at ${n}: ${fmt(v)} > ${budget}`);
    }
  }
  for (const [n, budget] of Object.entries(SCROLL_RATIO_BUDGET)) {
    const r = results.scrollRatio[n];
    if (r && r.ratio > budget) failures.push(`table scroll at ${n}: ${r.app} dropped frames against the plain table's ${r.plain} (${fmt(r.ratio)}× > ${budget}×)`);
  }
  return failures;
}

function report(results) {
  const rows = [
    ['navigation → table and charts painted (ms); leaderboard: from a link', 'load'],
    ['leaderboard chosen in the Dataset picker → painted (ms)', 'pickerLoad'],
    ['filter change → next paint, INP (ms)', 'filterInp'],
    ['filter change → charts redrawn (ms)', 'filterSettled'],
    ['hide one model → next paint, INP (ms)', 'hideInp'],
    ['change an axis → next paint, INP (ms)', 'axisInp'],
    ['table scroll, worst frame (ms)', 'scrollWorstFrame'],
    ['table scroll, frames dropped (of 89)', 'scrollDroppedFrames'],
    ['same scroll again, no reload: worst frame (ms)', 'scrollAgainWorstFrame'],
    ['same scroll again, no reload: frames dropped (of 89)', 'scrollAgainDroppedFrames'],
    ['import CSV through the dialog: parse, validate, render (ms)', 'importMs'],
    ['import, wall time with Playwright driving the dialog (ms)', 'importWallMs'],
    ['import: longest main-thread task (ms)', 'importLongestTask'],
    ['export one chart as PNG 2× (ms)', 'exportPng'],
    ['JS heap after load (MB)', 'heapMb'],
  ];
  const sizes = Object.keys(results.sizes);
  const m = results.machine;
  let md = `Machine: ${m.cpu} (${m.cores} cores), Chromium ${m.chromium}, Node ${m.node}, ${m.date.slice(0, 10)}, commit ${m.commit}. Medians of ${results.runs} runs after a warm-up; INP values below 16 ms are not reported by the Event Timing API and show as 16.\n\n`;
  const column = (s) => (s === 'leaderboard' ? `leaderboard (${LEADERBOARD.models.toLocaleString('en')})` : `${Number(s).toLocaleString('en')} models`);
  md += `| what | ${sizes.map(column).join(' | ')} |\n|---|${sizes.map(() => '---').join('|')}|\n`;
  for (const [label, key] of rows) md += `| ${label} | ${sizes.map((s) => fmt(results.sizes[s]?.[key]?.median)).join(' | ')} |\n`;
  const tables = Object.keys(results.plainTable);
  if (tables.length) {
    md += `\nA plain \`useVirtualizer\` table of the same rows in a page of its own, scrolled the same way in the same run:\n\n| what | ${tables.map((s) => Number(s).toLocaleString('en')).join(' | ')} |\n|---|${tables.map(() => '---').join('|')}|\n`;
    md += `| plain table: frames dropped, first scroll after a load (median of 89) | ${tables.map((s) => fmt(results.plainTable[s].scrollDroppedFrames.median)).join(' | ')} |\n`;
    md += `| frames dropped over all runs: app / plain table | ${tables.map((s) => `${results.scrollRatio[s].app} / ${results.scrollRatio[s].plain}`).join(' | ')} |\n`;
    md += `| app ÷ plain table (budget ≤ 1.5×) | ${tables.map((s) => `${fmt(results.scrollRatio[s].ratio)}×`).join(' | ')} |\n`;
  }
  const base = Object.keys(results.baseline);
  md += `\nBaseline, a plain Recharts \`<Scatter>\` of the same points (animation off), same run:\n\n| what | ${base.map((s) => `${Number(s).toLocaleString('en')}`).join(' | ')} |\n|---|${base.map(() => '---').join('|')}|\n`;
  md += `| mount (ms) | ${base.map((s) => fmt(results.baseline[s].mount.median)).join(' | ')} |\n`;
  md += `| filter change INP (ms) | ${base.map((s) => fmt(results.baseline[s].filterInp.median)).join(' | ')} |\n`;
  md += `| baseline filter INP ÷ Model MPG's | ${base.map((s) => `${fmt(results.baseline[s].filterInp.median / results.sizes[s].filterInp.median)}×`).join(' | ')} |\n`;
  md += `\nInitial JavaScript: ${fmt(results.initialJsKiB)} KiB gzip (budget ${BUDGETS.initialJsKiB}).\n`;
  md += results.failures.length ? `\nBudgets missed: ${results.failures.join('; ')}.\n` : '\nAll budgets met.\n';
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
