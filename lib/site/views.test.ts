import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { allPagePaths, claimsTableView } from "./views";

describe("allPagePaths", () => {
  it("lists every page once: the sections, each comparison, each source and each claimant", () => {
    const dataset = loadDataset();
    const paths = allPagePaths();
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/", "/claims", "/control", "/sources", "/claimants",
        ...dataset.comparisons.map((c) => `/compare/${c.slug}`),
        ...dataset.sources.map((s) => `/sources/${s.id}`),
        ...dataset.claimants.map((c) => `/claimants/${c.id}`),
      ]),
    );
  });
});

describe("claimsTableView", () => {
  it("offers only the claimants and metrics the data has, and claims of control", () => {
    const view = claimsTableView();
    expect(view.rows).toHaveLength(loadDataset().claims.length);
    expect(view.claimants.map((c) => c.value)).toContain("un");
    expect(view.topics.map((t) => t.value)).toContain("control");
    for (const topic of view.topics) expect(view.rows.some((r) => r.topic === topic.value)).toBe(true);
    expect([view.dateMin, view.dateMax]).toEqual(["2022-02-27", "2026-01-01"]);
  });
});
