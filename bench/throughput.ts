import autocannon from "autocannon";

export interface Throughput {
  url: string;
  requestsPerSecond: number;
  /** Requests answered in the measured run (not the warm-up). */
  requestsTotal: number;
  errors: number;
  non2xx: number;
}

/**
 * Requests per second against a loopback URL, 20 connections: a 2 s warm-up (discarded, so a
 * server's first, slower requests do not count), then a bounded run of `seconds`.
 */
export async function measureThroughput(url: string, seconds = 8): Promise<Throughput> {
  await autocannon({ url, connections: 20, duration: 2, timeout: 10 });
  const result = await autocannon({ url, connections: 20, duration: seconds, timeout: 10 });
  return { url, requestsPerSecond: Math.round(result.requests.average), requestsTotal: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}
