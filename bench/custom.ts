import { readFileSync } from "node:fs";
import { measureThroughput, type Throughput } from "./throughput";

/**
 * The server's own CPU time so far (user + system, ms), from /proc: what a request costs the server,
 * whatever else the shared machine is doing, where wall-clock times move with its load. Undefined off Linux.
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
const perRequest = (before: number | undefined, after: number | undefined, requests: number) =>
  before === undefined || after === undefined ? undefined : Math.round(((after - before) / requests) * 10) / 10;

/** The targets of issue 17 for a custom chart's embed, drawn on demand. */
export const CUSTOM_TARGETS = { uncachedMedianMs: 60, uncachedP95Ms: 150, cachedRequestsPerSecond: 500 } as const;

export interface CustomResult {
  date: string;
  load: number;
  /** Four lines over the whole war: the armour topic, both armies. */
  url: string;
  points: number;
  uncached: { requests: number; medianMs: number; p95Ms: number; serverCpuMsPerRequest?: number };
  cached: Throughput & { serverCpuMsPerRequest?: number };
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Time to answer an uncached /embed/chart: each request a query not asked before (the same four
 * lines, the window's end a different day each time), one at a time on loopback, so the time is the
 * server's; then requests per second for one URL, answered from the server's memo.
 */
export async function measureCustom(origin: string, load: () => number, serverPid?: number, requests = 40): Promise<CustomResult> {
  const base = `${origin}/embed/chart?topic=armour&lines=ru-mod-ukrainian-armour,gs-russian-armour,oryx-russian-armour,oryx-ukrainian-armour&from=2022-02-24`;
  // One warm-up: the first request loads the dataset.
  await (await fetch(`${base}&to=2026-08-08`, { headers: { "Accept-Encoding": "gzip, br" } })).arrayBuffer();
  const times: number[] = [];
  let points = 0;
  const cpuBefore = processCpuMs(serverPid);
  for (let i = 1; i <= requests; i++) {
    const day = new Date(Date.UTC(2026, 7, 8) - i * 86_400_000).toISOString().slice(0, 10);
    const started = performance.now();
    const response = await fetch(`${base}&to=${day}`, { headers: { "Accept-Encoding": "gzip, br" } });
    const text = await response.text();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`bench: ${base}&to=${day} answered ${response.status}`);
    if (i === 1) points = (text.match(/<svg/g) ?? []).length;
  }
  const uncachedCpu = perRequest(cpuBefore, processCpuMs(serverPid), requests);
  const sorted = [...times].sort((a, b) => a - b);
  const url = `${base}&to=2026-08-08`;
  const cachedBefore = processCpuMs(serverPid);
  const cached = await measureThroughput(url);
  const cachedCpu = perRequest(cachedBefore, processCpuMs(serverPid), cached.requestsTotal);
  return {
    date: new Date().toISOString(),
    load: load(),
    url,
    points,
    uncached: { requests, medianMs: Math.round(quantile(sorted, 0.5)), p95Ms: Math.round(quantile(sorted, 0.95)), serverCpuMsPerRequest: uncachedCpu },
    cached: { ...cached, serverCpuMsPerRequest: cachedCpu },
  };
}

export function customMarkdown(r: CustomResult): string[] {
  const ok = (b: boolean) => (b ? "met" : "**not met**");
  const cpu = (ms: number | undefined) => (ms === undefined ? "" : `; the server's CPU ${ms} ms a request`);
  return [
    `**Any chart** (\`/embed/chart\`, four armour lines over the whole war, from next start on loopback), measured ${r.date.slice(0, 10)}, machine load ${r.load}:`,
    "",
    `uncached (a new query each time, ${r.uncached.requests} requests): median ${r.uncached.medianMs} ms (target ≤ ${CUSTOM_TARGETS.uncachedMedianMs}: ${ok(r.uncached.medianMs <= CUSTOM_TARGETS.uncachedMedianMs)}), p95 ${r.uncached.p95Ms} ms (target ≤ ${CUSTOM_TARGETS.uncachedP95Ms}: ${ok(r.uncached.p95Ms <= CUSTOM_TARGETS.uncachedP95Ms)})${cpu(r.uncached.serverCpuMsPerRequest)}; cached: ${r.cached.requestsPerSecond} requests/s, ${r.cached.errors} errors (target ≥ ${CUSTOM_TARGETS.cachedRequestsPerSecond}: ${ok(r.cached.requestsPerSecond >= CUSTOM_TARGETS.cachedRequestsPerSecond)})${cpu(r.cached.serverCpuMsPerRequest)}.`,
    "",
    "Wall-clock times here move with the machine's load (two cores shared with the load generator and any other work); the server's CPU time a request does not, and one core's worth of it is the ceiling a quiet machine would give: cached, 1000 ÷ that many requests/s.",
  ];
}
