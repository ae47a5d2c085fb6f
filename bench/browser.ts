import { gzipSync } from "node:zlib";
import { type Browser, chromium } from "@playwright/test";

export interface LoadMeasure {
  /** ms from navigation start until the bars are on screen: the later of first paint and the bars existing with a size. */
  barsVisibleMs: number;
  /** gzip bytes of script (files and inline) that arrived before the bars were visible. */
  scriptBeforeBarsGzip: number;
  /** gzip bytes of all script the page loaded. */
  scriptTotalGzip: number;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Records, from the page itself, when any element matching the selector first has a size (hidden
 * copies have none). A string, not a function: tsx's transform would add helpers the page lacks.
 */
const watchBars = (selector: string) => `(() => {
  const check = () => {
    const shown = [...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => el.getBoundingClientRect().width > 0);
    if (shown) window.__barsAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** One cold load (fresh context, no cache) of `url`, measured in Chromium. */
export async function measureLoad(browser: Browser, url: string, barSelector: string): Promise<LoadMeasure> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const scripts: { startedAt: number; gzip: number }[] = [];
  const navStart = Date.now();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const startedAt = Date.now() - navStart;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ startedAt, gzip: gzipSync(body).length });
  });
  await page.addInitScript({ content: watchBars(barSelector) });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => (window as unknown as { __barsAt?: number }).__barsAt !== undefined, undefined, { timeout: 15_000 });
  const timing = await page.evaluate((selector) => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const barsAt = (window as unknown as { __barsAt: number }).__barsAt;
    // Inline scripts that stand before the first bar in the document run before it can show.
    const firstBar = document.querySelector(selector);
    const inline = [...document.querySelectorAll("script:not([src])")]
      .filter((s) => !firstBar || s.compareDocumentPosition(firstBar) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((s) => s.textContent ?? "")
      .filter((t) => t.trim() && !t.trimStart().startsWith("{"));
    const inlineAfter = [...document.querySelectorAll("script:not([src])")]
      .filter((s) => firstBar && !(s.compareDocumentPosition(firstBar) & Node.DOCUMENT_POSITION_FOLLOWING))
      .map((s) => s.textContent ?? "")
      .filter((t) => t.trim() && !t.trimStart().startsWith("{"));
    return { fcp, barsAt, inline, inlineAfter };
  }, barSelector);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await context.close();
  const barsVisibleMs = Math.max(timing.fcp, timing.barsAt);
  const gzipped = (texts: readonly string[]) => texts.reduce((sum, text) => sum + gzipSync(text).length, 0);
  const inlineBefore = gzipped(timing.inline);
  return {
    barsVisibleMs,
    scriptBeforeBarsGzip: inlineBefore + scripts.filter((s) => s.startedAt <= barsVisibleMs).reduce((sum, s) => sum + s.gzip, 0),
    scriptTotalGzip: inlineBefore + gzipped(timing.inlineAfter) + scripts.reduce((sum, s) => sum + s.gzip, 0),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
