import { describe, expect, it } from "vitest";
import { coverage } from "./coverage";
import { loadDataset } from "../dataset/load";

describe("coverage", () => {
  it("spans the claims' stated dates and the reports' publication dates", () => {
    expect(coverage(loadDataset())).toEqual({
      stated: { from: "2022-02-22", to: "2026-08-22" },
      published: { from: "2022-02-27", to: "2026-01-01" },
    });
  });

  it("has no span for an empty dataset", () => {
    expect(coverage({ meta: { title: "t", version: "1.0.0" }, sources: [], claimants: [], claims: [], comparisons: [], topics: [] })).toEqual({
      stated: undefined,
      published: undefined,
    });
  });
});
