import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { PAGE_SIZE } from "../claims-table/paging";
import { allPagePaths, claimHref, claimsPageNumbers, claimsPageView, claimsTableView } from "./views";

describe("allPagePaths", () => {
  it("lists every page once: the sections, each comparison, each source and each claimant", () => {
    const dataset = loadDataset();
    const paths = allPagePaths();
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/", "/claims", "/control", "/chart", "/sources", "/claimants",
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
    expect([view.dateMin, view.dateMax]).toEqual(["2022-02-22", "2026-08-22"]);
  });
});

describe("the claims table's pages", () => {
  it("hold every claim once, a few hundred a page, in the order stated", () => {
    const all = claimsTableView().rows;
    const pages = claimsPageNumbers().map((n) => claimsPageView(n)?.rows ?? []);
    expect(pages.every((rows) => rows.length <= PAGE_SIZE)).toBe(true);
    const ids = pages.flat().map((r) => r.id);
    expect(ids).toHaveLength(loadDataset().claims.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(all.map((r) => r.id));
    expect(claimsPageView(pages.length + 1)).toBeUndefined();
  });

  it("link each claim to the page that holds it", () => {
    const href = claimHref("ua-mod-tanks-2022-03-02");
    const [path, anchor] = href.split("#");
    const n = path === "/claims" ? 1 : Number(path?.split("/").pop());
    expect(anchor).toBe("ua-mod-tanks-2022-03-02");
    expect(claimsPageView(n)?.rows.some((r) => r.id === anchor)).toBe(true);
    // The named count's weeks are stated by the snapshot's day (2026-08-22), the latest: on the last page.
    const last = claimHref("mediazona-named-count-2025-w52-soldiers-killed");
    expect(last).toBe(`/claims/page/${claimsPageNumbers().length}#mediazona-named-count-2025-w52-soldiers-killed`);
  });
});
