import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../claims-table/paging";
import { ClaimsExport } from "../export/claims";
import { claimsApiPage, claimsIndex, claimsSearchView } from "./claims-search-views";
import { claimsTableView } from "./views";
import { searchClaims } from "../claims-search/search";

const MOD_8927 = "rumod-2023-05-01-tass-tanks-and-other-armoured-combat-vehicles";

describe("the claims search, over the whole record", () => {
  it("finds the Ministry's 8,927 of 1 May 2023 by claimant and day, and by the figure alone", () => {
    const byDay = claimsSearchView({ claimant: "ru-defence-ministry", from: "2023-05-01", to: "2023-05-01", page: 1 });
    expect(byDay?.rows.map((r) => r.id)).toContain(MOD_8927);
    const byFigure = claimsSearchView({ q: "8927", page: 1 });
    expect(byFigure?.rows.map((r) => r.id)).toContain(MOD_8927);
    for (const written of ["8 927", "8.927", "8,927"]) expect(claimsSearchView({ q: written, page: 1 })?.rows.map((r) => r.id)).toContain(MOD_8927);
  });

  it("never reports zero for a claim that stands on another page: every claim of a sample across all pages is found by its claimant and day", () => {
    const { rows } = claimsTableView();
    const index = claimsIndex();
    const step = Math.floor(rows.length / 97);
    for (let i = 0; i < rows.length; i += step) {
      const row = rows[i];
      if (!row) continue;
      const found = searchClaims(index, { claimant: row.claimantId, metric: row.topic, from: row.statedDate, to: row.statedDate });
      expect(found.map((p) => rows[p]?.id), `${row.id} (page ${Math.floor(i / PAGE_SIZE) + 1})`).toContain(row.id);
    }
  });

  it("counts every match and pages through them; past the last page there is none", () => {
    const view = claimsSearchView({ claimant: "ua-general-staff", page: 1 });
    expect(view?.total).toBeGreaterThan(PAGE_SIZE * 2);
    expect(view?.rows).toHaveLength(PAGE_SIZE);
    const last = claimsSearchView({ claimant: "ua-general-staff", page: view?.pages ?? 0 });
    expect(last?.rows.length).toBe((view?.total ?? 0) - PAGE_SIZE * ((view?.pages ?? 1) - 1));
    expect(claimsSearchView({ claimant: "ua-general-staff", page: (view?.pages ?? 0) + 1 })).toBeUndefined();
    expect(claimsSearchView({ q: "zzzz-nothing", page: 1 })).toMatchObject({ total: 0, rows: [], pages: 1 });
  });

  it("searches speakers, publishers and Counterclaim's translations", () => {
    expect(claimsSearchView({ q: "konashenkov", page: 1 })?.total).toBeGreaterThan(10);
    expect(claimsSearchView({ q: "tass 8927", page: 1 })?.rows.map((r) => r.id)).toContain(MOD_8927);
  });

  it("answers the API in the published export's shape", () => {
    const result = claimsApiPage({ claimant: "ru-defence-ministry", from: "2023-05-01", to: "2023-05-01", page: 1 }, new Date("2026-12-07T00:00:00Z"));
    const parsed = ClaimsExport.parse(result?.page);
    expect(parsed.claims.map((c) => c.id)).toContain(MOD_8927);
    expect(parsed.sources.map((s) => s.id)).toContain("rumod-2023-05-01-tass");
    expect(parsed.claimants.map((c) => c.id)).toEqual(["ru-defence-ministry"]);
  });
});
