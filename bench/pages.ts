/**
 * Issue 20's page targets, for the home page and every comparison page:
 * - HTML as the build prerendered it (.next), in bytes, gzip and brotli: each ≤ 40 KB gzip;
 * - the chart painted on slow 4G (bench/network.ts: 150 ms, 1.6 Mbit/s, CPU 4×; cold cache; the
 *   pages loaded in turn, median of the rounds), from the site's server as `npm start` runs it:
 *   within 1.5× its physical limit: 2 × latency + the bytes painting needs (document, styles, fonts,
 *   images that started before the paint; not the script, which the chart does not wait for) at the
 *   line's speed. The embeds' limit (bench/run.ts) counts every byte before paint: they have no script.
 * Part of `npm run bench` (`-- --only pages` for these alone); the sizes alone, after a build:
 * `npx tsx bench/pages.ts [--readme]`, which keeps the last paint figures.
 */
import { LOCALES } from "../lib/i18n/locales";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Dataset } from "../lib/dataset/validate";
import { launch, type LoadMeasure, measureLoad, median } from "./browser";
import { type NetworkProfile, physicalLimitMs, SLOW_4G } from "./network";

export const PAGE_TARGET_GZIP = 40 * 1024;
export const PAINT_TARGET_OF_LIMIT = 1.5;
/** The row of a page with one line of text, loaded in the same rotation: this machine's floor at its load. */
export const FLOOR = "blank page, one line of text (this machine's floor)";
const RESULTS = join("bench", "pages-results.json");

export interface PageSize {
  path: string;
  bytes: number;
  gzip: number;
  brotli: number;
  /** The inline RSC payload (self.__next_f) in the HTML, before compression. */
  flight: number;
}

export interface PagePaint {
  path: string;
  /** What counts as the page's chart: its shown drawing, or for a control comparison its timeline. */
  selector: string;
  paintedMs: number;
  physicalLimitMs: number;
  /** paintedMs ÷ physicalLimitMs. */
  ofLimit: number;
  documentReceivedMs: number;
  /** On the wire (compressed as Chromium accepts: Next gzips pages), the document and all it had started loading before the paint. */
  bytesBeforePaint: number;
  /** Of those, what the paint needs (document, styles, fonts, images): the physical limit's bytes. */
  bytesNeededBeforePaint: number;
  requestsBeforePaint: number;
  runsMs: number[];
}

export interface PaintRun {
  date: string;
  /** The machine's 1-minute load average while measuring. */
  load: number;
  profile: NetworkProfile;
  rounds: number;
  pages: PagePaint[];
}

export interface PagesResults {
  date: string;
  pages: PageSize[];
  paint?: PaintRun;
}

export function measurePages(nextDir = join(process.cwd(), ".next")): PageSize[] {
  // Every page is prerendered under its edition (app/[locale]/: en, uk, ru); English is served at the site's paths.
  const app = join(nextDir, "server", "app");
  const files: { path: string; file: string }[] = [];
  for (const edition of LOCALES) {
    const prefix = edition === "en" ? "" : `/${edition}`;
    files.push({ path: prefix || "/", file: join(app, `${edition}.html`) });
    const compare = join(app, edition, "compare");
    if (existsSync(compare)) for (const f of readdirSync(compare).filter((f) => f.endsWith(".html")).sort()) files.push({ path: `${prefix}/compare/${f.replace(/\.html$/, "")}`, file: join(compare, f) });
  }
  return files
    .filter((f) => existsSync(f.file))
    .map(({ path, file }) => {
      const html = readFileSync(file);
      const flight = [...html.toString("utf8").matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);
      return { path, bytes: html.length, gzip: gzipSync(html, { level: 9 }).length, brotli: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, flight };
    });
}

/** The home page and each comparison of data/comparisons that has a page, with what its chart is. */
export function paintedPages(dataset: Pick<Dataset, "comparisons">): { path: string; selector: string }[] {
  const drawing = ".cc-size svg, .cc-size img";
  return [
    { path: "/", selector: drawing },
    ...dataset.comparisons
      .filter((c) => c.kind === "figures" || c.kind === "series" || c.kind === "control")
      .map((c) => ({ path: `/compare/${c.slug}`, selector: c.kind === "control" ? ".cc-timeline" : drawing })),
  ];
}

/** Cold loads on the slow profile of the home page and each comparison page, one of each in turn, `rounds` rounds. */
export async function measurePagePaint(origin: string, dataset: Pick<Dataset, "comparisons">, rounds: number, load: () => number, floorUrl?: string): Promise<PaintRun> {
  const pages: { path: string; selector: string; url?: string }[] = [...paintedPages(dataset), ...(floorUrl ? [{ path: FLOOR, selector: "p", url: floorUrl }] : [])];
  const urlOf = (p: { path: string; url?: string }) => p.url ?? origin + p.path;
  const date = new Date().toISOString();
  const browser = await launch();
  const runs: LoadMeasure[][] = pages.map(() => []);
  try {
    // One load of each first, not counted: the server reads and compresses each page on first request.
    for (const p of pages) await measureLoad(browser, urlOf(p), p.selector);
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of pages.entries()) runs[i]?.push(await measureLoad(browser, urlOf(p), p.selector, { profile: SLOW_4G }));
    }
  } finally {
    await browser.close();
  }
  return {
    date,
    load: load(),
    profile: SLOW_4G,
    rounds,
    pages: pages.map((p, i) => {
      const all = runs[i] ?? [];
      const med = (pick: (r: LoadMeasure) => number) => Math.round(median(all.map(pick)));
      const paintedMs = med((r) => r.barsVisibleMs);
      const bytesNeededBeforePaint = med((r) => r.bytesNeededBeforePaint);
      const limit = Math.round(physicalLimitMs(bytesNeededBeforePaint, SLOW_4G));
      return {
        path: p.path,
        selector: p.selector,
        paintedMs,
        physicalLimitMs: limit,
        ofLimit: Number((paintedMs / limit).toFixed(2)),
        documentReceivedMs: med((r) => r.documentReceivedMs),
        bytesBeforePaint: med((r) => r.bytesBeforePaint),
        bytesNeededBeforePaint,
        requestsBeforePaint: med((r) => r.requestsBeforePaint),
        runsMs: all.map((r) => Math.round(r.barsVisibleMs)),
      };
    }),
  };
}

export function readPagesResults(): PagesResults | undefined {
  return existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as PagesResults) : undefined;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const met = (ok: boolean) => (ok ? "**met**" : "**not met**");

/**
 * The README's table: the home page and each comparison page, size and paint; the range pages
 * (…-2022, …-last-12-months) summed up in a line (each one is in bench/pages-results.json).
 */
export function pagesMarkdown({ date, pages, paint }: PagesResults): string {
  const over = pages.filter((p) => p.gzip > PAGE_TARGET_GZIP);
  const painted = new Map((paint?.pages ?? []).filter((p) => p.path !== FLOOR).map((p) => [p.path, p]));
  const floor = paint?.pages.find((p) => p.path === FLOOR);
  const main = pages.filter((p) => p.path === "/" || painted.has(p.path) || !/-(?:\d{4}|last-12-months)$/.test(p.path));
  const ranges = pages.filter((p) => !main.includes(p));
  const largestRange = [...ranges].sort((a, b) => b.gzip - a.gzip)[0];
  const withinLimit = [...painted.values()].filter((p) => p.ofLimit <= PAINT_TARGET_OF_LIMIT);
  const lines = [
    `**Pages** (HTML as built, measured ${date}): ≤ 40 KB gzip for the home page and every comparison page: ${met(over.length === 0)}${over.length ? ` (${over.length} of ${pages.length} over)` : ""}.` +
      (paint
        ? ` **Slow 4G** (${paint.profile.latencyMs} ms, ${paint.profile.downBitsPerSecond / 1e6} Mbit/s, CPU ${paint.profile.cpuSlowdown}× slower; cold cache; median of ${paint.rounds} loads, pages in turn; measured ${paint.date.slice(0, 10)}, machine load ${paint.load}): chart painted within ${PAINT_TARGET_OF_LIMIT}× its physical limit: ${met(withinLimit.length === painted.size)} (${withinLimit.length} of ${painted.size}). Physical limit = 2 × latency + the bytes painting needs (document, styles, fonts, images; not script) ÷ bandwidth. The home page's chart is its first card's; the control comparison's, its timeline.`
        : ""),
    "",
    "| page | HTML | gzip | brotli | chart painted | physical limit | painted ÷ limit | bytes painting needs | all bytes before paint |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...main.map((p) => {
      const t = painted.get(p.path);
      const timing = t ? `${t.paintedMs} ms | ${t.physicalLimitMs} ms | ${t.ofLimit}×${t.ofLimit > PAINT_TARGET_OF_LIMIT ? " (over)" : ""} | ${kb(t.bytesNeededBeforePaint)} | ${kb(t.bytesBeforePaint)}` : "not measured | | | |";
      return `| ${p.path} | ${kb(p.bytes)} | ${kb(p.gzip)}${p.gzip > PAGE_TARGET_GZIP ? " (over)" : ""} | ${kb(p.brotli)} | ${timing} |`;
    }),
    ...(floor ? [`| ${FLOOR} | | | | ${floor.paintedMs} ms | ${floor.physicalLimitMs} ms | ${floor.ofLimit}× | ${kb(floor.bytesNeededBeforePaint)} | ${kb(floor.bytesBeforePaint)} |`] : []),
  ];
  if (largestRange) lines.push("", `The ${ranges.length} range pages (…-2022 to …-2025, …-last-12-months): largest ${largestRange.path}, ${kb(largestRange.gzip)} gzip; each in bench/pages-results.json.`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("pages.ts")) {
  const pages = measurePages();
  if (pages.length === 0) throw new Error("no prerendered pages in .next: run npm run build first");
  const results: PagesResults = { date: new Date().toISOString().slice(0, 10), pages, paint: readPagesResults()?.paint };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const table = pagesMarkdown(results);
  console.log(table);
  if (process.argv.includes("--readme")) {
    const readme = readFileSync("README.md", "utf8");
    const start = "<!-- bench-pages:start -->";
    const end = "<!-- bench-pages:end -->";
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from >= 0 && to > from) writeFileSync("README.md", `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
  }
}
