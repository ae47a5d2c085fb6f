/**
 * The claims search at scale (issue 18): filtered queries over the whole record, median time at 1×
 * and 5× (every published table repeated five times, bench/tables.ts), the memory the index adds,
 * and a results page's size (gzip) as next start serves it. `npm run bench -- --only search`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DEFAULT_SOURCES_DIR } from "../lib/dataset/read";
import { writeRepeatedTables } from "./tables";

export const SEARCH_TARGETS = { medianMs1x: 50, medianMs5x: 150, indexMb1x: 150, pageGzipKb: 60 } as const;

export interface SearchLoad {
  claims: number;
  indexBuildMs: number;
  indexMb: number;
  medianMs: number;
  slowestMs: number;
  perQuery: { query: Record<string, unknown>; matches: number; medianMs: number }[];
}

export interface SearchResult {
  date: string;
  load: number;
  scales: (SearchLoad & { factor: number })[];
  pages: { url: string; gzipBytes: number; bytes: number; serverMs: number }[];
}

function measureLoad(dataDir: string | undefined): SearchLoad {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(process.cwd(), "bench", "search-load.ts")], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...(dataDir ? { COUNTERCLAIM_DATA: dataDir, COUNTERCLAIM_SOURCES: DEFAULT_SOURCES_DIR } : {}) },
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as SearchLoad;
}

/** Result pages as served: the one-day search, the figure, and a full page of 250 rows. */
const PAGES = ["/claims?claimant=ru-defence-ministry&from=2023-05-01&to=2023-05-01", "/claims?q=8927", "/claims?claimant=ua-general-staff&metric=tanks"];

export async function measureSearch(origin: string, load: () => number): Promise<SearchResult> {
  const date = new Date().toISOString();
  // The first request loads the dataset and builds the index in the server.
  await (await fetch(`${origin}${PAGES[0]}`)).text();
  const pages = [];
  for (const path of PAGES) {
    const started = performance.now();
    const response = await fetch(`${origin}${path}`, { headers: { "Accept-Encoding": "identity" } });
    const body = Buffer.from(await response.arrayBuffer());
    const serverMs = Math.round(performance.now() - started);
    if (!response.ok) throw new Error(`bench: ${path} answered ${response.status}`);
    pages.push({ url: path, bytes: body.length, gzipBytes: gzipSync(body).length, serverMs });
  }
  const scales: SearchResult["scales"] = [{ factor: 1, ...measureLoad(undefined) }];
  const work = mkdtempSync(join(tmpdir(), "counterclaim-search-x5-"));
  try {
    writeRepeatedTables(5, join(work, "data"));
    scales.push({ factor: 5, ...measureLoad(join(work, "data")) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { date, load: load(), scales, pages };
}

const met = (ok: boolean) => (ok ? "**met**" : "**not met**");

export function searchMarkdown(r: SearchResult): string {
  const one = r.scales.find((s) => s.factor === 1);
  const five = r.scales.find((s) => s.factor === 5);
  const biggest = Math.max(...r.pages.map((p) => p.gzipBytes));
  return [
    `**Claims search** (\`/claims?…\`, \`/api/claims\`: an inverted index of words and figures, lib/claims-search), measured ${r.date.slice(0, 10)}, machine load ${r.load}. Query time is the server's search of the whole record (filters, \`q\`, count and one page), median of 7 runs of each of ${one?.perQuery.length ?? 0} queries, in a fresh process; memory is what building the index (the rows and the word index) adds to it.`,
    "",
    "| dataset | claims | index built | index memory | median query | slowest query (median) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...r.scales.map((s) => `| ${s.factor}× | ${s.claims.toLocaleString("en-GB")} | ${s.indexBuildMs} ms | ${s.indexMb} MB | ${s.medianMs} ms | ${s.slowestMs} ms |`),
    "",
    "| results page (next start) | size | gzip | answered in |",
    "| --- | --- | --- | --- |",
    ...r.pages.map((p) => `| \`${p.url}\` | ${(p.bytes / 1024).toFixed(1)} KB | ${(p.gzipBytes / 1024).toFixed(1)} KB | ${p.serverMs} ms |`),
    "",
    `Targets: median ≤ ${SEARCH_TARGETS.medianMs1x} ms at 1×: ${met((one?.medianMs ?? Infinity) <= SEARCH_TARGETS.medianMs1x)}; ≤ ${SEARCH_TARGETS.medianMs5x} ms at 5×: ${met((five?.medianMs ?? Infinity) <= SEARCH_TARGETS.medianMs5x)}; index ≤ ${SEARCH_TARGETS.indexMb1x} MB at 1×: ${met((one?.indexMb ?? Infinity) <= SEARCH_TARGETS.indexMb1x)}; results page ≤ ${SEARCH_TARGETS.pageGzipKb} KB gzip: ${met(biggest <= SEARCH_TARGETS.pageGzipKb * 1024)}.`,
  ].join("\n");
}
