import { gzipSync } from "node:zlib";
import { type Browser, chromium } from "@playwright/test";
import type { NetworkProfile } from "./network";

export interface LoadMeasure {
  /** ms from navigation start until the bars are on screen: the later of first paint and the bars existing with a size. */
  barsVisibleMs: number;
  /** gzip bytes of script (files and inline) that arrived before the bars were visible. */
  scriptBeforeBarsGzip: number;
  /** gzip bytes of all script the page loaded. */
  scriptTotalGzip: number;
  /** Bytes on the wire (compressed bodies and headers) of every request the load made. */
  bytesTotal: number;
  /** Bytes on the wire of the requests that started before the chart was painted: what painting it cost. */
  bytesBeforePaint: number;
  /**
   * Of those, what painting needs: the document, styles, fonts and images, not scripts or fetches
   * (a page's script starts early, but the chart is in the HTML and paints without it).
   */
  bytesNeededBeforePaint: number;
  /** Requests started before the chart was painted, the document included. */
  requestsBeforePaint: number;
  /**
   * ms from navigation start until the whole document had arrived: the network's and the server's
   * share of the time (Chromium's emulated latency falls on the body, not on the first byte).
   */
  documentReceivedMs: number;
  /** Whether text was set in the web font when the chart was painted (false where the page loads none). */
  webFontAtPaint: boolean;
}

export interface LoadOptions {
  /** Emulate this network and CPU (Chromium DevTools protocol); loopback at full speed without it. */
  profile?: NetworkProfile;
  /** Requests whose URL contains this are refused: to measure a page without, say, its font. */
  block?: string;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Records, from the page itself, when any element matching the selector first has a size (hidden
 * copies have none), and for an image, has loaded. A string, not a function: tsx's transform would add helpers the page lacks.
 */
const watchBars = (selector: string) => `(() => {
  const check = () => {
    // An image counts once it has loaded (a lazy one has its size before).
    const shown = [...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => el.getBoundingClientRect().width > 0 && (el.tagName !== "IMG" || (el.complete && el.naturalWidth > 0)));
    if (shown) window.__barsAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** One cold load (fresh context, no cache) of `url`, measured in Chromium. */
export async function measureLoad(browser: Browser, url: string, barSelector: string, options: LoadOptions = {}): Promise<LoadMeasure> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const { profile, block } = options;
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downBitsPerSecond / 8,
      uploadThroughput: profile.upBitsPerSecond / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  }
  if (block) await page.route((u) => u.href.includes(block), (route) => route.abort());
  let bytesTotal = 0;
  cdp.on("Network.loadingFinished", (event) => {
    bytesTotal += event.encodedDataLength;
  });
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
    // The document and every resource that started before the chart showed: what painting it cost.
    const paintAt = Math.max(fcp, barsAt);
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const before = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => r.startTime < paintAt);
    const bytesBeforePaint = (navigation?.transferSize ?? 0) + before.reduce((sum, r) => sum + r.transferSize, 0);
    const needed = before.filter((r) => !["script", "fetch", "xmlhttprequest"].includes(r.initiatorType) && !/\.js(?:\?|$)/.test(r.name));
    const bytesNeededBeforePaint = (navigation?.transferSize ?? 0) + needed.reduce((sum, r) => sum + r.transferSize, 0);
    const webFontAtPaint = [...document.fonts].some((f) => f.status === "loaded" && !f.family.includes("Fallback"));
    return { fcp, barsAt, inline, inlineAfter, bytesBeforePaint, bytesNeededBeforePaint, requestsBeforePaint: 1 + before.length, webFontAtPaint, documentReceivedMs: navigation?.responseEnd ?? 0 };
  }, barSelector);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await cdp.detach().catch(() => undefined);
  await context.close();
  const barsVisibleMs = Math.max(timing.fcp, timing.barsAt);
  const gzipped = (texts: readonly string[]) => texts.reduce((sum, text) => sum + gzipSync(text).length, 0);
  const inlineBefore = gzipped(timing.inline);
  return {
    barsVisibleMs,
    scriptBeforeBarsGzip: inlineBefore + scripts.filter((s) => s.startedAt <= barsVisibleMs).reduce((sum, s) => sum + s.gzip, 0),
    scriptTotalGzip: inlineBefore + gzipped(timing.inlineAfter) + scripts.reduce((sum, s) => sum + s.gzip, 0),
    bytesTotal,
    bytesBeforePaint: timing.bytesBeforePaint,
    bytesNeededBeforePaint: timing.bytesNeededBeforePaint,
    requestsBeforePaint: timing.requestsBeforePaint,
    webFontAtPaint: timing.webFontAtPaint,
    documentReceivedMs: timing.documentReceivedMs,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
