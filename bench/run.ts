/**
 * npm run bench [-- --quick] [-- --only slow,loopback,throughput,scaling,custom,search,pages]: measures what issues 5,
 * 13 and 20 ask, prints tables, writes bench/results.json and the figures into README.md (between the bench
 * markers). Every run is bounded. --only runs those parts and keeps the others' last figures.
 *
 * - slow 4G (bench/network.ts: 150 ms, 1.6 Mbit/s, CPU 4× slower), median of 7 cold loads, the pages
 *   taken in turn so the machine's load falls on all alike: time until the chart is painted, bytes
 *   and requests before it, script before it, and the physical limit, for the bar embed and any
 *   series embed (a comparison of kind `series` in data/), from the site's server (scripts/serve.mjs,
 *   as npm start serves: Next behind compression) and from nginx serving
 *   the static export, against the conventional client-rendered recharts embed
 * - loopback: time until the bars are visible, embed vs the conventional page (median of 7 cold loads);
 *   script bytes (gzip) before the bars are visible, and in total, for embed and comparison pages
 * - requests per second for the embed from the site's server, and from nginx serving the static export
 * - validation and build time for the dataset at 1×, 10× and 100× (--quick: validation only)
 * - custom: /embed/chart drawn on demand, uncached (a new query each request) and cached (requests/s)
 * - search: the claims search (issue 18), median query time at 1× and 5×, index memory, results page gzip size
 * - pages (issue 20, bench/pages.ts): the HTML of the home page and every comparison page (bytes, gzip,
 *   brotli; always measured, from the build), and the home page's and each comparison page's chart
 *   painted on slow 4G against its physical limit
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { startNginx, stopNginx } from "../e2e/support/nginx";
import { shapeFigureChart } from "../lib/chart/figures";
import { loadDataset } from "../lib/dataset/load";
import { exportSite } from "../scripts/export-site";
import { type LoadMeasure, launch, measureLoad, median } from "./browser";
import { type NetworkProfile, SLOW_4G, physicalLimitMs } from "./network";
import { buildConventionalPage } from "./conventional/build";
import { measureScaling } from "./scaling";
import { measureTables, tablesMarkdown } from "./tables";
import { measurePagePaint, measurePages, pagesMarkdown, readPagesResults, type PagesResults } from "./pages";
import { startSite } from "./server";
import { measureSeries } from "./series";
import { serveFolder } from "./static-server";
import { measureThroughput } from "./throughput";
import { type CustomResult, customMarkdown, measureCustom } from "./custom";
import { measureSearch, searchMarkdown, type SearchResult } from "./search";

const SLUG = "equipment-losses";
/** Five ports from BENCH_PORT (default 3710), so two checkouts can measure at once. */
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3710);
const PORTS = { next: BENCH_PORT, conventional: BENCH_PORT + 1, nginx: BENCH_PORT + 2, exporter: BENCH_PORT + 3, floor: BENCH_PORT + 4 };
const LOADS = 7;
const BLANK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>A line of text.</p></body></html>`;
const OUR_BARS = "[data-claim-id] rect";
const RECHARTS_BARS = ".recharts-bar-rectangle path";
/** A series embed is drawn by another module: its chart is the SVG in the embed's main box. */
const ANY_CHART = "main svg";
const PARTS = ["slow", "loopback", "throughput", "scaling", "custom", "search", "pages"] as const;
type Part = (typeof PARTS)[number];
/** The targets of issue 13, on the slow profile. */
const TARGETS = { ofPhysicalLimit: 1.5, soonerThanConventional: 5, scriptBeforePaint: 0 } as const;

interface PageResult {
  page: string;
  url: string;
  barsVisibleMs: number;
  scriptBeforeBarsGzip: number;
  scriptTotalGzip: number;
  runsMs: number[];
}

function summarise(page: string, url: string, runs: LoadMeasure[]): PageResult {
  return {
    page,
    url,
    barsVisibleMs: Math.round(median(runs.map((r) => r.barsVisibleMs))),
    scriptBeforeBarsGzip: Math.round(median(runs.map((r) => r.scriptBeforeBarsGzip))),
    scriptTotalGzip: Math.round(median(runs.map((r) => r.scriptTotalGzip))),
    runsMs: runs.map((r) => Math.round(r.barsVisibleMs)),
  };
}

interface SlowResult {
  page: string;
  url: string;
  /** "bar" or "series" for our embeds, "conventional" for the recharts page, "blank" for the floor. */
  chart: "bar" | "series" | "conventional" | "blank";
  paintedMs: number;
  documentReceivedMs: number;
  bytesBeforePaint: number;
  bytesTotal: number;
  requestsBeforePaint: number;
  scriptBeforePaintGzip: number;
  physicalLimitMs: number;
  /** paintedMs / physicalLimitMs. */
  ofLimit: number;
  runsMs: number[];
}

function summariseSlow(page: string, url: string, chart: SlowResult["chart"], runs: LoadMeasure[], profile: NetworkProfile): SlowResult {
  const med = (pick: (r: LoadMeasure) => number) => Math.round(median(runs.map(pick)));
  const paintedMs = med((r) => r.barsVisibleMs);
  const bytesBeforePaint = med((r) => r.bytesBeforePaint);
  const limit = Math.round(physicalLimitMs(bytesBeforePaint, profile));
  return {
    page,
    url,
    chart,
    paintedMs,
    documentReceivedMs: med((r) => r.documentReceivedMs),
    bytesBeforePaint,
    bytesTotal: med((r) => r.bytesTotal),
    requestsBeforePaint: med((r) => r.requestsBeforePaint),
    scriptBeforePaintGzip: med((r) => r.scriptBeforeBarsGzip),
    physicalLimitMs: limit,
    ofLimit: Number((paintedMs / limit).toFixed(2)),
    runsMs: runs.map((r) => Math.round(r.barsVisibleMs)),
  };
}

/** Cold loads of every page on the slow profile, one of each in turn, `LOADS` rounds. */
async function measureSlow(pages: readonly { page: string; url: string; selector: string; chart: SlowResult["chart"] }[]): Promise<SlowResult[]> {
  const browser = await launch();
  const runs: LoadMeasure[][] = pages.map(() => []);
  try {
    // One load of each first, not counted: the servers make and compress each body on first request.
    for (const p of pages) await measureLoad(browser, p.url, p.selector);
    for (let round = 0; round < LOADS; round++) {
      for (const [i, p] of pages.entries()) runs[i]?.push(await measureLoad(browser, p.url, p.selector, { profile: SLOW_4G }));
    }
  } finally {
    await browser.close();
  }
  return pages.map((p, i) => summariseSlow(p.page, p.url, p.chart, runs[i] ?? [], SLOW_4G));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" } } });
  const only = new Set<Part>(values.only ? values.only.split(",").map((p) => z.enum(PARTS).parse(p.trim())) : PARTS);
  const previous: Partial<Results> = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as Partial<Results>) : {};
  const dataset = loadDataset();
  const comparison = dataset.comparisons.find((c) => c.slug === SLUG);
  if (comparison?.kind !== "figures") throw new Error(`no figures comparison ${SLUG}`);
  // Series comparisons are added by another branch: whichever the data holds, the first is measured.
  // The armour comparison is the daily series journalists embed most (1,600+ points a line); any series otherwise.
  const series = dataset.comparisons.find((c) => c.slug === "armour-claims") ?? dataset.comparisons.find((c) => c.kind === "series");
  const work = mkdtempSync(join(tmpdir(), "counterclaim-bench-"));
  chmodSync(work, 0o755);
  const stop: (() => Promise<void> | void)[] = [];
  const started = new Date().toISOString();
  try {
    console.log("bench: starting the site's server (scripts/serve.mjs, as npm start) (and, for the page loads, the conventional page and nginx on the static export)…");
    const next = await startSite(PORTS.next);
    stop.push(() => void next.kill());
    const nginxOrigin = `http://127.0.0.1:${PORTS.nginx}`;
    // The conventional page and the static export on nginx serve only the page-load and throughput parts.
    if (only.has("slow") || only.has("loopback") || only.has("throughput")) {
      await buildConventionalPage(shapeFigureChart(comparison, dataset), join(work, "conventional"));
      // A page with one line of text: what painting anything costs on this machine, at its load, under the same profile.
      writeFileSync(join(work, "conventional", "blank.html"), BLANK_PAGE);
      const conventional = await serveFolder(join(work, "conventional"), PORTS.conventional);
      stop.push(() => void conventional.close());
      await exportSite({ out: join(work, "site"), origin: nginxOrigin, listen: `127.0.0.1:${PORTS.nginx}`, port: PORTS.exporter });
      const nginx = await startNginx(join(work, "nginx"), join(work, "site", "_nginx.conf"), PORTS.nginx);
      stop.push(() => stopNginx(nginx));
    }
    const nextOrigin = `http://127.0.0.1:${PORTS.next}`;
    const conventionalUrl = `http://127.0.0.1:${PORTS.conventional}/`;

    let slow = previous.slow;
    if (only.has("slow")) {
      const pages = [
        { page: "bar embed (npm start)", url: `${nextOrigin}/embed/${SLUG}`, selector: OUR_BARS, chart: "bar" as const },
        { page: "bar embed (nginx, static export)", url: `${nginxOrigin}/embed/${SLUG}`, selector: OUR_BARS, chart: "bar" as const },
        ...(series
          ? [
              { page: `series embed: ${series.slug} (npm start)`, url: `${nextOrigin}/embed/${series.slug}`, selector: ANY_CHART, chart: "series" as const },
              { page: `series embed: ${series.slug} (nginx, static export)`, url: `${nginxOrigin}/embed/${series.slug}`, selector: ANY_CHART, chart: "series" as const },
              { page: "any chart: /embed/chart?topic=armour (npm start, drawn on demand)", url: `${nextOrigin}/embed/chart?topic=armour`, selector: ANY_CHART, chart: "series" as const },
            ]
          : []),
        { page: "conventional recharts embed", url: conventionalUrl, selector: RECHARTS_BARS, chart: "conventional" as const },
        { page: "blank page, one line of text (this machine's floor)", url: `${conventionalUrl}blank.html`, selector: "p", chart: "blank" as const },
      ];
      console.log(`bench: slow 4G, ${LOADS} cold loads of each of ${pages.length} pages, in turn${series ? "" : " (no series comparison in data/comparisons: none measured)"}…`);
      const loads = await measureSlow(pages);
      slow = { date: started, load: loadAverage(), profile: SLOW_4G, loads, seriesInData: series?.slug ?? null };
    }

    let loopback = previous.loopback;
    if (only.has("loopback")) {
      const pages: [string, string, string][] = [
        ["embed (npm start)", `${nextOrigin}/embed/${SLUG}`, OUR_BARS],
        ["embed (nginx, static export)", `${nginxOrigin}/embed/${SLUG}`, OUR_BARS],
        ["comparison page (npm start)", `${nextOrigin}/compare/${SLUG}`, OUR_BARS],
        ["conventional recharts embed", conventionalUrl, RECHARTS_BARS],
        ...(series ? [[`series embed: ${series.slug} (npm start)`, `${nextOrigin}/embed/${series.slug}`, ANY_CHART] as [string, string, string]] : []),
      ];
      console.log(`bench: loopback, ${LOADS} cold loads of each page in Chromium…`);
      const browser = await launch();
      const loads: PageResult[] = [];
      for (const [page, url, selector] of pages) {
        const runs: LoadMeasure[] = [];
        for (let i = 0; i < LOADS; i++) runs.push(await measureLoad(browser, url, selector));
        loads.push(summarise(page, url, runs));
      }
      await browser.close();
      const embed = loads[0] as PageResult;
      const conventionalLoad = loads[3] as PageResult;
      loopback = { date: started, load: loadAverage(), loads, barsSoonerRatio: Number((conventionalLoad.barsVisibleMs / embed.barsVisibleMs).toFixed(1)) };
    }

    let throughput = previous.throughput;
    if (only.has("throughput")) {
      console.log("bench: requests per second (8 s each, 20 connections)…");
      const rpsNext = await measureThroughput(`${nextOrigin}/embed/${SLUG}`);
      const rpsNginx = await measureThroughput(`${nginxOrigin}/embed/${SLUG}`);
      throughput = { date: started, next: rpsNext, nginx: rpsNginx, nextShareOfNginx: Number((rpsNext.requestsPerSecond / rpsNginx.requestsPerSecond).toFixed(2)) };
    }

    let scaling = previous.scaling;
    let scalingDate = previous.scalingDate ?? previous.date;
    if (only.has("scaling")) {
      console.log(`bench: validation${values.quick ? "" : " and build"} time at 1×, 10×, 100× the dataset…`);
      scaling = measureScaling([1, 10, 100], { build: !values.quick });
      scalingDate = started;
    }

    let custom = previous.custom;
    if (only.has("custom")) {
      console.log("bench: /embed/chart drawn on demand, uncached and cached…");
      custom = await measureCustom(nextOrigin, loadAverage, next.pid);
    }

    let search = previous.search;
    if (only.has("search")) {
      console.log("bench: the claims search at 1× and 5×, index memory, results pages…");
      search = await measureSearch(nextOrigin, loadAverage);
    }

    const results: Results = {
      date: started,
      machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      slow,
      loopback,
      throughput,
      scaling,
      scalingDate,
      series: measureSeries(),
      custom,
      search,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    const table = markdown(results);
    console.log(`\n${table}`);
    updateReadme(table);

    // Every page's HTML as built; and, with the pages part, the home page's and each comparison
    // page's chart painted on the slow profile (the last figures kept otherwise).
    const previousPages = readPagesResults();
    let paint = previousPages?.paint;
    if (only.has("pages")) {
      console.log(`bench: slow 4G, ${LOADS} cold loads of the home page and each comparison page, in turn…`);
      // The floor: a page with one line of text, loaded in the same rotation (what painting anything costs at this load).
      mkdirSync(join(work, "floor"), { recursive: true });
      writeFileSync(join(work, "floor", "index.html"), BLANK_PAGE);
      const floor = await serveFolder(join(work, "floor"), PORTS.floor);
      stop.push(() => void floor.close());
      paint = await measurePagePaint(nextOrigin, dataset, LOADS, loadAverage, `http://127.0.0.1:${PORTS.floor}/`);
    }
    const pagesResults: PagesResults = { date: new Date().toISOString().slice(0, 10), pages: measurePages(), paint };
    writeFileSync(join("bench", "pages-results.json"), `${JSON.stringify(pagesResults, null, 2)}\n`);
    const pagesTable = pagesMarkdown(pagesResults);
    console.log(`\n${pagesTable}`);
    updateReadme(pagesTable, "bench-pages");

    // The tables' figures go with the scaling part (a run of other parts alone keeps their last figures).
    if (values.only && !only.has("scaling")) return;
    console.log(`bench: the published tables at 1× and 5×: load + validate${values.quick ? "" : ", build"}, page and file sizes…`);
    const tables = measureTables({ build: !values.quick });
    writeFileSync(join("bench", "tables-results.json"), `${JSON.stringify(tables, null, 2)}\n`);
    const tablesTable = tablesMarkdown(tables);
    console.log(`\n${tablesTable}`);
    updateReadme(tablesTable, "bench-tables");
  } finally {
    for (const s of stop.reverse()) await s();
    rmSync(work, { recursive: true, force: true });
  }
}

const RESULTS = join("bench", "results.json");

/** The machine's 1-minute load average while measuring: it is shared, and the figures move with it. */
function loadAverage(): number {
  return Number((loadavg()[0] ?? 0).toFixed(1));
}

type Results = {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string };
  slow?: { date: string; load: number; profile: NetworkProfile; loads: SlowResult[]; seriesInData: string | null };
  loopback?: { date: string; load: number; loads: PageResult[]; barsSoonerRatio: number };
  throughput?: { date: string; next: { requestsPerSecond: number; errors: number }; nginx: { requestsPerSecond: number; errors: number }; nextShareOfNginx: number };
  scaling?: ReturnType<typeof measureScaling>;
  scalingDate?: string;
  series?: ReturnType<typeof measureSeries>;
  custom?: CustomResult;
  search?: SearchResult;
};

const met = (ok: boolean) => (ok ? "**met**" : "**not met**");

function slowMarkdown(slow: NonNullable<Results["slow"]>): string[] {
  const p = slow.profile;
  const ours = slow.loads.filter((l) => l.chart === "bar" || l.chart === "series");
  const conventional = slow.loads.find((l) => l.chart === "conventional");
  const bar = slow.loads.find((l) => l.chart === "bar");
  const ratio = conventional && bar ? conventional.paintedMs / bar.paintedMs : 0;
  const withinLimit = ours.every((l) => l.ofLimit <= TARGETS.ofPhysicalLimit);
  const noScript = ours.every((l) => l.scriptBeforePaintGzip === TARGETS.scriptBeforePaint);
  return [
    `**Slow 4G** (Chromium: ${p.latencyMs} ms latency a request, ${p.downBitsPerSecond / 1e6} Mbit/s down, ${p.upBitsPerSecond / 1e6} Mbit/s up, CPU ${p.cpuSlowdown}× slower; cold cache; median of ${LOADS} loads, pages in turn), measured ${slow.date.slice(0, 10)}, machine load ${slow.load}. Physical limit = 2 × latency + bytes before paint ÷ bandwidth. Document received: when the whole document had arrived (the network's and the server's share); from there to the paint is the page's own work on the slowed CPU. The blank page shows what painting anything costs here at this load.`,
    "",
    "| page | chart painted | physical limit | painted ÷ limit | document received | bytes before paint | requests before paint | script before paint | bytes in total |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...slow.loads.map((l) => `| ${l.page} | ${l.paintedMs} ms | ${l.physicalLimitMs} ms | ${l.ofLimit}× | ${l.documentReceivedMs} ms | ${kb(l.bytesBeforePaint)} | ${l.requestsBeforePaint} | ${kb(l.scriptBeforePaintGzip)} | ${kb(l.bytesTotal)} |`),
    "",
    `Targets on slow 4G: chart painted within ${TARGETS.ofPhysicalLimit}× the physical limit: ${met(withinLimit)} (${ours.map((l) => `${l.ofLimit}×`).join(", ")}); ` +
      `≥ ${TARGETS.soonerThanConventional}× sooner than the conventional recharts embed: ${met(ratio >= TARGETS.soonerThanConventional)} (${ratio.toFixed(1)}×, bar embed from next start); ` +
      `zero bytes of script before the chart is visible: ${met(noScript)}.` +
      (slow.seriesInData ? "" : " No comparison of kind `series` in data/comparisons yet: the series embed is measured when one is there."),
  ];
}

function markdown(r: Results): string {
  const lines: string[] = [`Measured on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; Chromium headless. The machine is shared with other work: figures move with its load.`, ""];
  if (r.slow) lines.push(...slowMarkdown(r.slow), "");
  if (r.loopback) {
    lines.push(
      `**Loopback** (no emulation), measured ${r.loopback.date.slice(0, 10)}, machine load ${r.loopback.load}.`,
      "",
      "| page | bars visible (median of 7 cold loads) | script before bars (gzip) | script in total (gzip) |",
      "| --- | --- | --- | --- |",
      ...r.loopback.loads.map((l) => `| ${l.page} | ${l.barsVisibleMs} ms | ${kb(l.scriptBeforeBarsGzip)} | ${kb(l.scriptTotalGzip)} |`),
      "",
      `Bars visible ${r.loopback.barsSoonerRatio}× sooner in the embed than in the conventional recharts embed on loopback.`,
      "",
    );
  }
  if (r.throughput) {
    lines.push(
      "| embed served by | requests/s | errors |",
      "| --- | --- | --- |",
      `| next start | ${r.throughput.next.requestsPerSecond} | ${r.throughput.next.errors} |`,
      `| nginx, static export | ${r.throughput.nginx.requestsPerSecond} | ${r.throughput.nginx.errors} |`,
      "",
      `next start serves ${Math.round(r.throughput.nextShareOfNginx * 100)}% of nginx's requests per second (target ≥ 50%).`,
      "",
    );
  }
  if (r.custom) lines.push(...customMarkdown(r.custom), "");
  if (r.search) lines.push(searchMarkdown(r.search), "");
  if (r.scaling) {
    lines.push(
      `Dataset scaling, measured ${(r.scalingDate ?? r.date).slice(0, 10)}:`,
      "",
      "| dataset | claims | comparisons | validation | build |",
      "| --- | --- | --- | --- | --- |",
      ...r.scaling.map((s) => `| ${s.factor}× | ${s.claims} | ${s.comparisons} | ${s.validateMs} ms | ${s.buildMs === undefined ? "not run (--quick)" : `${(s.buildMs / 1000).toFixed(0)} s`} |`),
    );
  }
  return lines.join("\n").trimEnd();
}

function updateReadme(table: string, marker = "bench"): void {
  const readme = readFileSync("README.md", "utf8");
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return void console.log("bench: README.md has no bench markers; figures not copied there.");
  writeFileSync("README.md", `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
  console.log("bench: README.md updated.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
