/**
 * node --expose-gc --import tsx bench/search-load.ts: loads the dataset (COUNTERCLAIM_DATA, else
 * data/), builds the claims search index as a server process does on its first search, and times
 * filtered queries over the whole record. Prints one line of JSON. Run in a fresh process by
 * bench/search.ts, so the memory it adds is the index's own.
 */
import { searchClaims, resultsPage } from "../lib/claims-search/search";
import type { ClaimsQuery } from "../lib/claims-search/query";
import { PAGE_SIZE } from "../lib/claims-table/paging";
import { loadDataset } from "../lib/dataset/load";
import { claimsIndex } from "../lib/site/claims-search-views";

const gc = (globalThis as { gc?: () => void }).gc;
const used = () => {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

/** Queries a fact-checker asks: a claimant's day, a figure, words, a metric over a year, a subject. */
export const QUERIES: Omit<ClaimsQuery, "page">[] = [
  { claimant: "ru-defence-ministry", from: "2023-05-01", to: "2023-05-01" },
  { q: "8927" },
  { q: "8 927" },
  { q: "konashenkov tanks" },
  { q: "general staff 3700" },
  { claimant: "ua-general-staff", metric: "tanks", from: "2023-01-01", to: "2023-12-31" },
  { metric: "control" },
  { subject: "russian losses", q: "aircraft" },
  { claimant: "oryx", from: "2024-01-01" },
  { q: "kherson" },
];

const dataset = loadDataset();
const before = used();
const started = performance.now();
const index = claimsIndex(dataset);
const buildMs = performance.now() - started;
const indexBytes = used() - before;
const ROUNDS = 7;
const perQuery = QUERIES.map((query) => {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const positions = searchClaims(index, query);
    total = resultsPage(index, positions, 1, PAGE_SIZE)?.total ?? 0;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { query, matches: total, medianMs: Number((times[Math.floor(ROUNDS / 2)] ?? 0).toFixed(2)) };
});
const all = perQuery.map((q) => q.medianMs).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    claims: dataset.claims.length,
    indexBuildMs: Math.round(buildMs),
    indexMb: Math.round(indexBytes / 1024 / 1024),
    medianMs: all[Math.floor(all.length / 2)] ?? 0,
    slowestMs: all.at(-1) ?? 0,
    perQuery,
  }),
);
