import { describe, expect, it } from "vitest";
import { SLOW_4G, physicalLimitMs } from "./network";

describe("physicalLimitMs", () => {
  it("is two latencies plus the bytes at the line's speed", () => {
    expect(physicalLimitMs(0)).toBe(2 * SLOW_4G.latencyMs);
    // 20 KB at 1.6 Mbit/s is 100 ms.
    expect(physicalLimitMs(20_000)).toBeCloseTo(400, 6);
  });
});
