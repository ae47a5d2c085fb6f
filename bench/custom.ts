import { measureThroughput, type Throughput } from "./throughput";

/** The targets of issue 17 for a custom chart's embed, drawn on demand. */
export const CUSTOM_TARGETS = { uncachedMedianMs: 60, uncachedP95Ms: 150, cachedRequestsPerSecond: 500 } as const;

export interface CustomResult {
  date: string;
  load: number;
  /** Four lines over the whole war: the armour topic, both armies. */
  url: string;
  points: number;
  uncached: { requests: number; medianMs: number; p95Ms: number };
  cached: Throughput;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Time to answer an uncached /embed/chart: each request a query not asked before (the same four
 * lines, the window's end a different day each time), one at a time on loopback, so the time is the
 * server's; then requests per second for one URL, answered from the server's memo.
 */
export async function measureCustom(origin: string, load: () => number, requests = 40): Promise<CustomResult> {
  const base = `${origin}/embed/chart?topic=armour&lines=ru-mod-ukrainian-armour,gs-russian-armour,oryx-russian-armour,oryx-ukrainian-armour&from=2022-02-24`;
  // One warm-up: the first request loads the dataset.
  await (await fetch(`${base}&to=2026-08-08`, { headers: { "Accept-Encoding": "gzip, br" } })).arrayBuffer();
  const times: number[] = [];
  let points = 0;
  for (let i = 1; i <= requests; i++) {
    const day = new Date(Date.UTC(2026, 7, 8) - i * 86_400_000).toISOString().slice(0, 10);
    const started = performance.now();
    const response = await fetch(`${base}&to=${day}`, { headers: { "Accept-Encoding": "gzip, br" } });
    const text = await response.text();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`bench: ${base}&to=${day} answered ${response.status}`);
    if (i === 1) points = (text.match(/<svg/g) ?? []).length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const url = `${base}&to=2026-08-08`;
  return {
    date: new Date().toISOString(),
    load: load(),
    url,
    points,
    uncached: { requests, medianMs: Math.round(quantile(sorted, 0.5)), p95Ms: Math.round(quantile(sorted, 0.95)) },
    cached: await measureThroughput(url),
  };
}

export function customMarkdown(r: CustomResult): string[] {
  const ok = (b: boolean) => (b ? "met" : "**not met**");
  return [
    `**Any chart** (\`/embed/chart\`, four armour lines over the whole war, from next start on loopback), measured ${r.date.slice(0, 10)}, machine load ${r.load}:`,
    "",
    `uncached (a new query each time, ${r.uncached.requests} requests): median ${r.uncached.medianMs} ms (target ≤ ${CUSTOM_TARGETS.uncachedMedianMs}: ${ok(r.uncached.medianMs <= CUSTOM_TARGETS.uncachedMedianMs)}), p95 ${r.uncached.p95Ms} ms (target ≤ ${CUSTOM_TARGETS.uncachedP95Ms}: ${ok(r.uncached.p95Ms <= CUSTOM_TARGETS.uncachedP95Ms)}); cached: ${r.cached.requestsPerSecond} requests/s, ${r.cached.errors} errors (target ≥ ${CUSTOM_TARGETS.cachedRequestsPerSecond}: ${ok(r.cached.requestsPerSecond >= CUSTOM_TARGETS.cachedRequestsPerSecond)}).`,
  ];
}
