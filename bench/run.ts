/**
 * npm run bench [-- --quick]: measures what issue 5 asks, prints a table, writes bench/results.json
 * and the figures into README.md (between the bench markers). Loopback only; every run is bounded.
 *
 * - time until the bars are visible, embed vs a conventional client-rendered recharts page (median of 7 cold loads)
 * - script bytes (gzip) before the bars are visible, and in total, for embed and comparison pages
 * - requests per second for the embed from `next start`, and from nginx serving the static export
 * - validation and build time for the dataset at 1×, 10× and 100× (--quick: validation only)
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startNginx, stopNginx } from "../e2e/support/nginx";
import { shapeFigureChart } from "../lib/chart/figures";
import { loadDataset } from "../lib/dataset/load";
import { exportSite } from "../scripts/export-site";
import { type LoadMeasure, launch, measureLoad, median } from "./browser";
import { buildConventionalPage } from "./conventional/build";
import { measureScaling } from "./scaling";
import { measureSeries } from "./series";
import { serveFolder } from "./static-server";
import { measureThroughput } from "./throughput";

const SLUG = "equipment-losses";
const PORTS = { next: 3710, conventional: 3711, nginx: 3712, exporter: 3713 };
const LOADS = 7;
const OUR_BARS = "[data-claim-id] rect";
const RECHARTS_BARS = ".recharts-bar-rectangle path";

async function startNext(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`next start did not answer on ${port}`);
}

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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
  const dataset = loadDataset();
  const comparison = dataset.comparisons.find((c) => c.slug === SLUG);
  if (comparison?.kind !== "figures") throw new Error(`no figures comparison ${SLUG}`);
  const work = mkdtempSync(join(tmpdir(), "counterclaim-bench-"));
  chmodSync(work, 0o755);
  const stop: (() => Promise<void> | void)[] = [];
  try {
    console.log("bench: starting next start, the conventional page and nginx on the static export…");
    const next = await startNext(PORTS.next);
    stop.push(() => void next.kill());
    await buildConventionalPage(shapeFigureChart(comparison, dataset), join(work, "conventional"));
    const conventional = await serveFolder(join(work, "conventional"), PORTS.conventional);
    stop.push(() => void conventional.close());
    const nginxOrigin = `http://127.0.0.1:${PORTS.nginx}`;
    await exportSite({ out: join(work, "site"), origin: nginxOrigin, listen: `127.0.0.1:${PORTS.nginx}`, port: PORTS.exporter });
    const nginx = await startNginx(join(work, "nginx"), join(work, "site", "_nginx.conf"), PORTS.nginx);
    stop.push(() => stopNginx(nginx));

    const nextOrigin = `http://127.0.0.1:${PORTS.next}`;
    const pages: [string, string, string][] = [
      ["embed (next start)", `${nextOrigin}/embed/${SLUG}`, OUR_BARS],
      ["embed (nginx, static export)", `${nginxOrigin}/embed/${SLUG}`, OUR_BARS],
      ["comparison page (next start)", `${nextOrigin}/compare/${SLUG}`, OUR_BARS],
      ["conventional recharts embed", `http://127.0.0.1:${PORTS.conventional}/`, RECHARTS_BARS],
      // Issue 11: a series embed (its lines), beside the bar embeds.
      ["series embed (next start)", `${nextOrigin}/embed/armour-claims`, "g.cc-line path"],
    ];
    console.log(`bench: ${LOADS} cold loads of each page in Chromium…`);
    const browser = await launch();
    const loads: PageResult[] = [];
    for (const [page, url, selector] of pages) {
      const runs: LoadMeasure[] = [];
      for (let i = 0; i < LOADS; i++) runs.push(await measureLoad(browser, url, selector));
      loads.push(summarise(page, url, runs));
    }
    await browser.close();

    console.log("bench: requests per second (8 s each, 20 connections)…");
    const rpsNext = await measureThroughput(`${nextOrigin}/embed/${SLUG}`);
    const rpsNginx = await measureThroughput(`${nginxOrigin}/embed/${SLUG}`);

    console.log(`bench: validation${values.quick ? "" : " and build"} time at 1×, 10×, 100× the dataset…`);
    const scaling = measureScaling([1, 10, 100], { build: !values.quick });

    const embed = loads[0] as PageResult;
    const conventionalLoad = loads[3] as PageResult;
    const results = {
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      loads,
      barsSoonerRatio: Number((conventionalLoad.barsVisibleMs / embed.barsVisibleMs).toFixed(1)),
      throughput: { next: rpsNext, nginx: rpsNginx, nextShareOfNginx: Number((rpsNext.requestsPerSecond / rpsNginx.requestsPerSecond).toFixed(2)) },
      scaling,
      series: measureSeries(),
    };
    writeFileSync(join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    const table = markdown(results);
    console.log(`\n${table}`);
    updateReadme(table);
  } finally {
    for (const s of stop.reverse()) await s();
    rmSync(work, { recursive: true, force: true });
  }
}

type Results = {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string };
  loads: PageResult[];
  barsSoonerRatio: number;
  throughput: { next: { requestsPerSecond: number; errors: number }; nginx: { requestsPerSecond: number; errors: number }; nextShareOfNginx: number };
  scaling: ReturnType<typeof measureScaling>;
};

function markdown(r: Results): string {
  const lines = [
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; Chromium headless, loopback.`,
    "",
    "| page | bars visible (median of 7 cold loads) | script before bars (gzip) | script in total (gzip) |",
    "| --- | --- | --- | --- |",
    ...r.loads.map((l) => `| ${l.page} | ${l.barsVisibleMs} ms | ${kb(l.scriptBeforeBarsGzip)} | ${kb(l.scriptTotalGzip)} |`),
    "",
    `Bars visible ${r.barsSoonerRatio}× sooner in the embed than in the conventional recharts embed (target ≥ 5×).`,
    "",
    "| embed served by | requests/s | errors |",
    "| --- | --- | --- |",
    `| next start | ${r.throughput.next.requestsPerSecond} | ${r.throughput.next.errors} |`,
    `| nginx, static export | ${r.throughput.nginx.requestsPerSecond} | ${r.throughput.nginx.errors} |`,
    "",
    `next start serves ${Math.round(r.throughput.nextShareOfNginx * 100)}% of nginx's requests per second (target ≥ 50%).`,
    "",
    "| dataset | claims | comparisons | validation | build |",
    "| --- | --- | --- | --- | --- |",
    ...r.scaling.map((s) => `| ${s.factor}× | ${s.claims} | ${s.comparisons} | ${s.validateMs} ms | ${s.buildMs === undefined ? "not run (--quick)" : `${(s.buildMs / 1000).toFixed(0)} s`} |`),
  ];
  return lines.join("\n");
}

function updateReadme(table: string): void {
  const readme = readFileSync("README.md", "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
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
