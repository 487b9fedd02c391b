// The built-in Open LLM Leaderboard in the benchmark: opened from the Dataset picker and from a link, then a filter.
import { filterClick, INSTRUMENT, median, nextFromPage, quiet, watchRedrawn } from './measure.mjs';

export const LEADERBOARD = { id: 'open-llm-leaderboard', label: 'Open LLM Leaderboard v1 (archived 2024)', models: 6797 };

/** Installed in the page: from the Dataset select's change to the frame after the leaderboard is painted. */
const WATCH_DATASET_OPENED = () => {
  window.__armDatasetOpened = (count) => {
    const opened = () => document.querySelector('.count-line output')?.textContent?.includes(`Showing ${count.toLocaleString('en')} of`)
      && document.querySelector('section.charts')?.getAttribute('data-visible-count') === String(count)
      && document.querySelector('[aria-label="Models"] tbody tr:not(.spacer)') && !document.querySelector('canvas[data-drawing]');
    document.addEventListener('change', (e) => {
      if (!e.target.closest?.('.field')) return;
      const start = e.timeStamp;
      const tick = () => {
        if (opened()) requestAnimationFrame(() => window.__benchOpened?.(performance.now() - start));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, { capture: true, once: true });
  };
};

/** Installed in the page: on a link to the leaderboard, from navigation to the frame after it is painted (the
 * generic "painted" would count the article's table while the file is on its way). */
const WATCH_LINK_OPENED = () => {
  if (!location.search.includes('d=open-llm-leaderboard')) return;
  const opened = () => document.querySelector('section.charts')?.getAttribute('data-visible-count') === '6797'
    && document.querySelector('[aria-label="Models"] tbody tr:not(.spacer)') && !document.querySelector('canvas[data-drawing]');
  const tick = () => {
    if (opened()) requestAnimationFrame(() => window.__benchLinkOpened?.(performance.now()));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Each run: a fresh page on the article, the leaderboard chosen in the picker, then its link, then a filter's INP. */
export async function measureLeaderboard(browser, base, runs) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await page.addInitScript(WATCH_DATASET_OPENED);
  await page.exposeFunction('__benchOpened', (ms) => page.__onOpened?.(ms));
  await page.addInitScript(WATCH_LINK_OPENED);
  await page.exposeFunction('__benchLinkOpened', (t) => page.__onLinkOpened?.(t));
  await watchRedrawn(page);
  const out = { pickerLoad: [], load: [], filterInp: [], filterSettled: [] };
  for (let run = 0; run <= runs; run++) {
    const record = (k, v) => { if (run > 0) out[k].push(v); };
    await page.goto(base);
    await page.getByRole('table', { name: 'Models' }).waitFor();
    await quiet(page);
    const opened = nextFromPage(page, '__onOpened', 'the leaderboard not painted after choosing it');
    await page.evaluate((n) => window.__armDatasetOpened(n), LEADERBOARD.models);
    await page.getByLabel('Dataset').selectOption({ label: LEADERBOARD.label });
    record('pickerLoad', await opened);
    const linkOpened = nextFromPage(page, '__onLinkOpened', 'the leaderboard not painted after opening its link');
    await page.goto(`${base}/?v=1&d=${LEADERBOARD.id}`);
    record('load', await linkOpened);
    const filter = await filterClick(page, page.getByRole('checkbox', { name: 'Include undisclosed size' }));
    record('filterInp', filter.inp);
    record('filterSettled', filter.charts);
    // Back to the article, so the next run's picker opens the leaderboard afresh.
    await page.evaluate(() => localStorage.clear());
  }
  await context.close();
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { median: median(v), runs: v.map((x) => Math.round(x * 10) / 10) }]));
}
