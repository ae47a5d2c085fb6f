/**
 * The tables at scale (issue 9): load + validate time and peak memory, with the published tables
 * re-read, at 1× and with every table repeated 5×; `npm run build` time at 1× and 5×; the largest
 * HTML page (gzip) and the /data files of the last build. `tsx bench/tables.ts [--no-build]` runs it
 * alone; `npm run bench` runs it with the rest.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { DEFAULT_SOURCES_DIR } from "../lib/dataset/read";
import { DEFAULT_TABLES_DIR } from "../lib/tables/read";

const ROOT = process.cwd();

export interface TablesLoadRow {
  factor: number;
  claims: number;
  cellsVerified: number;
  loadValidateMs: number;
  cpuMs: number;
  peakRssMb: number;
  buildMs?: number;
}

export interface TablesBench {
  rows: TablesLoadRow[];
  largestPage?: { path: string; gzipBytes: number; bytes: number };
  dataFiles: { path: string; bytes: number; gzipBytes: number }[];
}

/** A copy of data/ with each table source and its kept table repeated `factor` times (ids suffixed). */
export function writeRepeatedTables(factor: number, outDir: string): void {
  cpSync(join(ROOT, "data"), outDir, { recursive: true });
  for (let copy = 1; copy < factor; copy++) {
    for (const file of readdirSync(join(ROOT, "data", "table-sources"))) {
      const id = file.replace(/\.json$/, "");
      const source = JSON.parse(readFileSync(join(ROOT, "data", "table-sources", file), "utf8")) as { source: Record<string, unknown> };
      const table = JSON.parse(readFileSync(join(ROOT, "data", "tables", file), "utf8")) as Record<string, unknown>;
      const newId = `${id}-x${copy}`;
      const from = source.source.correctionsFrom;
      const renamed = { ...source.source, id: newId, title: `${String(source.source.title)} (copy ${copy})`, ...(typeof from === "string" ? { correctionsFrom: `${from}-x${copy}` } : {}) };
      // Only the originals relay: a relayed figure is checked once.
      delete (renamed as Record<string, unknown>).relayedBy;
      writeFileSync(join(outDir, "table-sources", `${newId}.json`), JSON.stringify({ source: renamed }));
      writeFileSync(join(outDir, "tables", `${newId}.json`), JSON.stringify({ ...table, source: newId }));
    }
  }
}

/** Load + validate in a fresh process (bench/tables-load.ts), so its peak memory is its own. */
function measureLoad(dataDir: string): Omit<TablesLoadRow, "factor"> {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "tables-load.ts"), dataDir, DEFAULT_SOURCES_DIR, DEFAULT_TABLES_DIR], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Omit<TablesLoadRow, "factor">;
}

function projectEntries(): string[] {
  const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  return [...new Set(tracked.map((path) => path.split("/")[0] ?? path))].filter((entry) => entry !== "data");
}

function measureBuild(dataDir: string, work: string): number {
  const project = join(work, "project");
  for (const entry of projectEntries()) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  execFileSync("cp", ["-al", join(ROOT, "node_modules"), join(project, "node_modules")]);
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], {
    cwd: project,
    stdio: "ignore",
    env: { ...process.env, COUNTERCLAIM_DATA: dataDir, COUNTERCLAIM_SOURCES: DEFAULT_SOURCES_DIR, COUNTERCLAIM_TABLES: DEFAULT_TABLES_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`npm run build failed at ${dataDir}`);
  return Math.round(performance.now() - started);
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** The largest prerendered HTML page of the build in .next, gzipped, and the /data files the prebuild wrote (with their .gz copies). */
export function measureOutput(nextDir = join(ROOT, ".next"), filesDir = join(ROOT, "generated", "files")): Pick<TablesBench, "largestPage" | "dataFiles"> {
  const app = join(nextDir, "server", "app");
  let largestPage: TablesBench["largestPage"];
  for (const file of walk(app).filter((f) => f.endsWith(".html"))) {
    const bytes = readFileSync(file);
    const gzipBytes = gzipSync(bytes).length;
    if (!largestPage || gzipBytes > largestPage.gzipBytes) largestPage = { path: relative(app, file), gzipBytes, bytes: bytes.length };
  }
  const dataFiles = walk(join(filesDir, "data"))
    .filter((f) => f.endsWith(".json") || f.endsWith(".csv"))
    .map((f) => ({ path: `/${relative(filesDir, f)}`, bytes: statSync(f).size, gzipBytes: statSync(`${f}.gz`).size }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { largestPage, dataFiles };
}

export function measureTables({ build }: { build: boolean }): TablesBench {
  const rows: TablesLoadRow[] = [];
  for (const factor of [1, 5]) {
    const work = mkdtempSync(join(tmpdir(), `counterclaim-tables-x${factor}-`));
    try {
      const data = join(work, "data");
      writeRepeatedTables(factor, data);
      const row: TablesLoadRow = { factor, ...measureLoad(data) };
      if (build) row.buildMs = measureBuild(data, work);
      rows.push(row);
      console.log(`bench tables x${factor}: ${JSON.stringify(row)}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { rows, ...measureOutput() };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tablesMarkdown(bench: TablesBench): string {
  const lines = [
    "| tables | claims | cells re-read | load + validate (wall) | (CPU) | peak memory | build |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...bench.rows.map(
      (r) =>
        `| ${r.factor}× | ${r.claims.toLocaleString("en-GB")} | ${r.cellsVerified.toLocaleString("en-GB")} | ${(r.loadValidateMs / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${r.peakRssMb} MB | ${r.buildMs === undefined ? "not run" : `${Math.round(r.buildMs / 1000)} s`} |`,
    ),
    "",
    bench.largestPage ? `Largest HTML page: \`${bench.largestPage.path}\`, ${(bench.largestPage.gzipBytes / 1024).toFixed(1)} KB gzip (${(bench.largestPage.bytes / 1024).toFixed(0)} KB).` : "No build output to measure.",
    "",
    "| /data file | size | gzip |",
    "| --- | --- | --- |",
    // The exports and the tables' CSVs; the reports' own CSVs are a few kilobytes each.
    ...bench.dataFiles.filter((f) => f.bytes >= 2 ** 19).map((f) => `| \`${f.path}\` | ${mb(f.bytes)} | ${mb(f.gzipBytes)} |`),
    `| ${bench.dataFiles.filter((f) => f.bytes < 2 ** 19).length} smaller files (schema, one CSV a report) | ${mb(bench.dataFiles.filter((f) => f.bytes < 2 ** 19).reduce((n, f) => n + f.bytes, 0))} | |`,
  ];
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("tables.ts")) {
  const bench = measureTables({ build: !process.argv.includes("--no-build") });
  console.log(tablesMarkdown(bench));
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "tables-results.json"), `${JSON.stringify(bench, null, 2)}\n`);
}
