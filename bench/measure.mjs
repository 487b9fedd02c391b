// The benchmark's measurements in real Chromium, shared by the full run (run.mjs) and the A/B of two builds
// (ab.mjs): each takes a Playwright page and reads its timings in the page, so Playwright's own work is not counted.
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** Installs observers for Event Timing (INP-style durations), long tasks and frame times in the page. */
export const INSTRUMENT = () => {
  const w = window;
  w.__events = [];
  w.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) w.__events.push({ name: e.name, duration: e.duration, start: e.startTime });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Points at a control the way a user does before clicking it: scrolled into view, pointer over it, a moment's pause. */
export async function pointAt(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.hover();
  await page.waitForTimeout(150);
}

export async function interaction(page, act) {
  await page.evaluate(() => { window.__events = []; });
  await act();
  // Nothing goes to the page while the interaction's frames are drawn. A call arriving then is a task of its
  // own on the page's main thread: polling for "charts redrawn" with waitForFunction right after a filter click
  // moved that click's next paint from 16 ms to 24-32 ms at six models, where the app's own work took 5 ms.
  await new Promise((r) => setTimeout(r, 300));
  // Event Timing entries arrive after the next paint; give them a few frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  const events = await page.evaluate(() => window.__events);
  // Below the 16 ms threshold nothing is reported: the interaction took at most one frame.
  return events.length ? Math.max(...events.map((e) => e.duration)) : 16;
}

/** Installed in the page: once armed, the next click is watched at each frame until the charts have redrawn, and
 * the time from the click's event to the frame after that is handed out through a binding. "Redrawn": the charts
 * section records the count it last drew, which has come down to the count line's (the filters timed here only
 * remove models), and no canvas layer is still drawing. */
const WATCH_REDRAWN = () => {
  const redrawn = () => {
    const shown = document.querySelector('.count-line output')?.textContent?.match(/Showing ([\d,]+)/)?.[1]?.replace(/,/g, '');
    const drawn = document.querySelector('section.charts')?.getAttribute('data-visible-count');
    return shown !== undefined && drawn != null && Number(drawn) <= Number(shown) && !document.querySelector('canvas[data-drawing]');
  };
  window.__armRedrawn = () => {
    document.addEventListener('click', (e) => {
      const start = e.timeStamp;
      const tick = () => {
        if (redrawn()) requestAnimationFrame(() => window.__benchRedrawn?.(performance.now() - start));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, { capture: true, once: true });
  };
};

export async function watchRedrawn(page) {
  await page.addInitScript(WATCH_REDRAWN);
  await page.exposeFunction('__benchRedrawn', (ms) => page.__onRedrawn?.(ms));
}

/** The next value the page hands to the binding that calls `page[slot]`; rejects after 60 s. */
export function nextFromPage(page, slot, what) {
  let timer;
  return new Promise((resolve, reject) => {
    page[slot] = resolve;
    timer = setTimeout(() => reject(new Error(`${what} within 60 s`)), 60000);
  }).finally(() => clearTimeout(timer));
}

/** Arms the watch before a click; `redrawn` resolves with the click-to-redrawn time (ms). */
export async function armRedrawn(page) {
  const redrawn = nextFromPage(page, '__onRedrawn', 'charts not redrawn after the click');
  await page.evaluate(() => window.__armRedrawn());
  return { redrawn };
}

/** Waits until the page is quiet: no canvas layer drawing, and 20 frames in a row on time (charts redraw after a paint). */
export async function quiet(page) {
  await page.waitForFunction(() => new Promise((resolve) => {
    let calm = 0;
    let last = performance.now();
    const tick = (t) => {
      calm = t - last < 25 && !document.querySelector('canvas[data-drawing]') ? calm + 1 : 0;
      last = t;
      if (calm >= 20) resolve(true);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), null, { timeout: 60000 });
}

/** The seeded generator, run in the page: the file is made there, as a user's file would already be on disk. */
const SYNTHETIC_IN_PAGE = readFileSync(new URL('./synthetic.mjs', import.meta.url), 'utf8').replace(/^export /gm, '');

/**
 * Times the app's part of an import, in the page: from each step's input event to the frame after the dialog
 * (or the page) is ready for the next one. Playwright's own time between steps (finding the next control,
 * waiting for it to be stable, the round trips) was a third of the wall time at 10,000 rows; no user's
 * clicks are counted either.
 */
const WATCH_IMPORT = () => {
  if (window.__importWatch) return;
  window.__importWatch = true;
  const buttonReady = (re) => () => [...document.querySelectorAll('button')].some((b) => !b.disabled && re.test(b.textContent ?? ''));
  const steps = [
    { name: 'open', is: (t, type) => type === 'click' && t.closest?.('button')?.textContent === 'Import data', ready: () => document.querySelector('dialog input[type=file]') },
    { name: 'parse', is: (t, type) => type === 'change' && t.type === 'file', ready: buttonReady(/^Check all/) },
    { name: 'validate', is: (t, type) => type === 'click' && /^Check all/.test(t.closest?.('button')?.textContent ?? ''), ready: buttonReady(/^Import [\d,]+ valid rows/) },
    { name: 'choose', is: (t, type) => type === 'click' && t.type === 'radio', ready: () => true },
    {
      name: 'render', is: (t, type) => type === 'click' && /^Import [\d,]+ valid rows/.test(t.closest?.('button')?.textContent ?? ''),
      ready: () => document.querySelector('section.charts')?.getAttribute('data-visible-count') === String(window.__importRows)
        && document.querySelector('[aria-label="Models"] tbody tr:not(.spacer)') && !document.querySelector('canvas[data-drawing]'),
    },
  ];
  const onEvent = (e) => {
    const step = steps.find((s) => s.is(e.target, e.type));
    if (!step || !window.__importPhases || step.name in window.__importPhases) return;
    window.__importPhases[step.name] = null;
    const start = e.timeStamp;
    const tick = () => {
      if (step.ready()) requestAnimationFrame(() => { window.__importPhases[step.name] = performance.now() - start; });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  document.addEventListener('click', onEvent, true);
  document.addEventListener('change', onEvent, true);
};
const IMPORT_STEPS = ['open', 'parse', 'validate', 'choose', 'render'];

export async function importCsv(page, n) {
  // Playwright's setInputFiles ships the bytes over the DevTools protocol and builds the File in the page: at
  // 100,000 rows that alone was a 1.5 s main-thread task, which no user picking a file would see.
  await page.addScriptTag({ content: SYNTHETIC_IN_PAGE });
  await page.evaluate((count) => { window.__benchFile = new File([syntheticCsv(count, 42)], `synthetic-${count}.csv`, { type: 'text/csv' }); }, n);
  await page.evaluate(WATCH_IMPORT);
  await page.evaluate((count) => { window.__longtasks = []; window.__importPhases = {}; window.__importRows = count; }, n);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Import data' }).click();
  await page.getByLabel('Data file').evaluate((input) => {
    const files = new DataTransfer();
    files.items.add(window.__benchFile);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByRole('button', { name: /^Check all/ }).click({ timeout: 60000 });
  await page.getByRole('radio', { name: 'Load as a new dataset' }).click({ timeout: 60000 });
  await page.getByRole('button', { name: /^Import [\d,]+ valid rows/ }).click({ timeout: 60000 });
  // Done when the charts have drawn every imported model (the count line alone updates before them).
  await page.waitForFunction((count) => document.querySelector('section.charts')?.getAttribute('data-visible-count') === String(count)
    && document.querySelector('[aria-label="Models"] tbody tr:not(.spacer)') && !document.querySelector('canvas[data-drawing]'), n, { timeout: 60000 });
  const wall = await page.evaluate((t) => new Promise((r) => requestAnimationFrame(() => r(performance.now() - t))), t0);
  const phases = await page.waitForFunction((steps) => steps.every((s) => typeof window.__importPhases[s] === 'number') && window.__importPhases, IMPORT_STEPS, { timeout: 60000 }).then((h) => h.jsonValue());
  // The reload timings that follow need the import saved (the header says when it is); the longest task
  // counts the save too.
  // The save status is `.save-status output` since issue 21, `.import-controls output` before (A/Bs build both).
  await page.waitForFunction(() => {
    const status = [...document.querySelectorAll('.save-status output, .import-controls output')];
    return status.length > 0 && status.every((o) => o.textContent === '');
  }, null, { timeout: 120000 });
  const longest = await page.evaluate(() => Math.max(0, ...window.__longtasks.map((t) => t.duration)));
  return { ms: IMPORT_STEPS.reduce((sum, s) => sum + phases[s], 0), wall, longest };
}

/** "Painted" = table rows, and every chart showing its points (canvas layers finished drawing). Checked in the
 * page at each frame from navigation on; the time is taken at the frame after the first one that shows it, and
 * handed out through a binding. Polling from Playwright instead (waitForFunction, then an evaluate) added its
 * own script injection and round trips to the page's main thread during the load it measured. */
const WATCH_PAINTED = () => {
  const painted = () => {
    const figures = [...document.querySelectorAll('section.charts figure')];
    return document.querySelectorAll('[aria-label="Models"] tbody tr:not(.spacer)').length > 0 && figures.length > 0
      && figures.every((f) => f.querySelector('g.point') || f.querySelector('.canvas-hit canvas:not([data-drawing])'));
  };
  const tick = () => {
    if (painted()) requestAnimationFrame(() => window.__benchPainted?.(performance.now()));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function watchPainted(page) {
  await page.addInitScript(WATCH_PAINTED);
  await page.exposeFunction('__benchPainted', (t) => page.__onPainted?.(t));
}

export async function loadTime(page) {
  const painted = nextFromPage(page, '__onPainted', 'not painted after reload');
  await page.reload();
  return painted;
}

export async function scrollWorstFrame(page) {
  // The table must be on screen with the pointer over it: wheel events elsewhere scroll the page instead.
  const scroller = page.locator('.table-scroll');
  await scroller.scrollIntoViewIfNeeded();
  const box = await scroller.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(200, box.height / 2));
  // The budgeted figure is the first scroll after the reload, as a user's first scroll after opening the page.
  const first = await scrollRound(page, scroller);
  // The same scroll again, from the top, without a reload: reported beside the first, not budgeted. It tells a
  // cost of the first scroll after a load from one every scroll pays.
  await scroller.evaluate((el) => { el.scrollTop = 0; });
  await quiet(page);
  const again = await scrollRound(page, scroller);
  return { worst: first.worst, dropped: first.dropped, againWorst: again.worst, againDropped: again.dropped };
}

/** 30 wheel turns of 400 px over the table, counting rAF intervals; the pointer is already over the table. */
async function scrollRound(page, scroller) {
  const top = await scroller.evaluate((el) => el.scrollTop);
  // A moment's pause before turning the wheel, as a user's and as pointAt's: the row under the pointer takes the
  // hover (and every chart highlights its model) before the frames are counted.
  await page.waitForTimeout(150);
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 90) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
  }
  await page.waitForFunction(() => window.__frames.length >= 90);
  // Skip the first frame (it spans the setup). rAF timestamps of on-time 60 Hz frames jitter by a few tenths of
  // a millisecond around 16.7; a dropped frame shows as ~33 ms.
  const frames = await page.evaluate(() => window.__frames.slice(1));
  const scrolled = (await scroller.evaluate((el) => el.scrollTop)) - top;
  if (scrolled < 5000) throw new Error(`the table scrolled ${scrolled} px of 12,000: the wheel did not reach it`);
  return { worst: Math.max(...frames), dropped: frames.filter((f) => f > 1.5 * (1000 / 60)).length };
}

export async function exportPng(page) {
  const fig = page.getByRole('figure').first();
  // Since issue 24 the export is a menu (size, theme, scale), PNG at 1× by default; before, one "Export PNG" button.
  let button = fig.getByRole('button', { name: 'Export PNG' });
  if (await button.count() === 0) {
    const menu = fig.getByRole('button', { name: 'Export', exact: true });
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await fig.getByLabel('PNG scale').selectOption({ label: '2×' });
    button = fig.getByRole('button', { name: 'Download PNG' });
  }
  const t0 = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
  const ms = Date.now() - t0;
  await dl.delete();
  return ms;
}

export async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}


export function sh(cmd, options = {}) {
  execSync(cmd, { stdio: 'inherit', ...options });
}

/** Serves a build directory with the app's preview server (hashed assets immutable, as a static host would). */
export async function startPreview(outDir, port) {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  let exited = false;
  server.on('exit', () => { exited = true; });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 200; i++) {
    // With --strictPort a port already taken ends the server at once: never measure whoever answers there.
    if (exited) throw new Error(`vite preview of ${outDir} exited: is port ${port} taken?`);
    try {
      if ((await fetch(base)).ok && !exited) return { base, stop: () => { try { process.kill(-server.pid); } catch { /* already gone */ } } };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  try { process.kill(-server.pid); } catch { /* already gone */ }
  throw new Error(`vite preview of ${outDir} did not start`);
}

/** A new page on the app, instrumented; the context is the caller's to close. */
export async function openApp(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await watchPainted(page);
  await watchRedrawn(page);
  await page.goto(base);
  await page.getByRole('table', { name: 'Models' }).waitFor();
  return { context, page };
}

/** The filter a benchmark clicks at each size: one that changes what the charts show. */
export function filterBox(page, n) {
  return n === 6 ? page.getByRole('checkbox', { name: 'High (2)' }) : page.getByRole('checkbox', { name: 'Include undisclosed size' });
}

/** Clicks the filter and back; answers the click's INP and the time until the charts have redrawn. */
export async function filterClick(page, box) {
  await quiet(page);
  await pointAt(page, box);
  let charts = NaN;
  const inp = await interaction(page, async () => {
    const { redrawn } = await armRedrawn(page);
    await box.click();
    charts = await redrawn;
  });
  await box.click();
  await quiet(page);
  return { inp, charts };
}

/** Scrolls the plain virtualized table page (bench/plain-table) of the same rows, freshly loaded, as the app's. */
export async function plainTableScroll(browser, base, n) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/bench-pages/plain-table/?n=${n}&seed=42`);
  await page.locator('.table-scroll tbody tr:not(.spacer)').first().waitFor();
  await quiet(page);
  const scroll = await scrollWorstFrame(page);
  await page.close();
  return scroll;
}
