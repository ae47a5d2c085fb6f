/**
 * The slow network a reader on a phone meets (issue 13): what Chromium is told to emulate, and the
 * fastest any page could possibly paint on it.
 */
export const SLOW_4G = {
  name: "slow 4G",
  /** ms added to every request, from sending it to its response headers (Chromium's emulation). */
  latencyMs: 150,
  /** bits per second. */
  downBitsPerSecond: 1_600_000,
  upBitsPerSecond: 750_000,
  /** The CPU is slowed this many times (a mid-range phone against this machine). */
  cpuSlowdown: 4,
} as const;
export type NetworkProfile = typeof SLOW_4G;

/**
 * The physical limit for a page that paints from `bytes` (compressed, headers included) on
 * `profile`: one round trip to connect, one for the request, then the bytes at the line's speed.
 * Chromium's emulation adds its latency once a request, not to the connection, so a measured time
 * can come in under this by up to one latency.
 */
export function physicalLimitMs(bytes: number, profile: NetworkProfile = SLOW_4G): number {
  return 2 * profile.latencyMs + (bytes * 8 * 1000) / profile.downBitsPerSecond;
}
