import { describe, expect, it } from "vitest";
import type { ClaimInput } from "../model/claims";
import { scoreTotals } from "./manifest";

const figure = (claimantId: string, value: number): ClaimInput => ({
  id: `x-${value}`,
  kind: "figure",
  claimantId,
  statedOn: { date: "2022-02-27", precision: "by" },
  subject: "s",
  metric: "tanks",
  stated: String(value),
  qualifier: "exact",
  value,
  quote: String(value),
  locator: { kind: "text", start: 0, end: 1 },
});

describe("scoring the Ministry's totals of a report", () => {
  it("counts a total found when a figure states it, and attributed when that figure is the Ministry's", () => {
    const score = scoreTotals({ file: "r.txt", language: "en", totals: { aircraft: 31, tanks: 254, mlrs: 46 } }, [figure("ru-defence-ministry", 31), figure("unattributed", 254)]);
    expect(score).toEqual({ file: "r.txt", totals: 3, found: 2, attributed: 1, misses: ["tanks=254 by unattributed", "mlrs=46 missing"] });
  });
});
