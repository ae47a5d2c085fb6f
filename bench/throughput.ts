import autocannon from "autocannon";

export interface Throughput {
  url: string;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
}

/** Requests per second against a loopback URL: a bounded run (fixed duration), 20 connections. */
export async function measureThroughput(url: string, seconds = 8): Promise<Throughput> {
  const result = await autocannon({ url, connections: 20, duration: seconds, timeout: 10 });
  return { url, requestsPerSecond: Math.round(result.requests.average), errors: result.errors + result.timeouts, non2xx: result.non2xx };
}
