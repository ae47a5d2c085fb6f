import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { sourceGroups } from "./source-groups";

describe("sourceGroups", () => {
  const groups = sourceGroups(loadDataset());

  it("lists every report once, by claimant, then by year, oldest first (the published tables are listed apart)", () => {
    const ids = groups.flatMap((g) => g.years.flatMap((y) => y.sources.map((s) => s.id)));
    expect(ids.sort()).toEqual(loadDataset().sources.filter((s) => s.kind === "report").map((s) => s.id).sort());
    for (const g of groups) {
      const years = g.years.map((y) => y.year);
      expect(years).toEqual([...years].sort());
      expect(g.count).toBe(g.years.reduce((n, y) => n + y.sources.length, 0));
    }
  });

  it("puts the Ministry's 55 reports under it, in 2022 to 2026, and the reports quoting several claimants last", () => {
    const ministry = groups.find((g) => g.claimantId === "ru-defence-ministry");
    expect(ministry?.count).toBe(55);
    expect(ministry?.years.map((y) => y.year)).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    expect(groups.at(-1)).toMatchObject({ claimantId: undefined, name: "Several claimants", count: 2 });
  });

  it("counts a relay apart from the claims recorded on a report, and names a language that is not English", () => {
    const all = groups.flatMap((g) => g.years.flatMap((y) => y.sources));
    expect(all.find((s) => s.id === "rumod-2022-05-22-tasnim")).toMatchObject({ claims: 0, relays: 8 });
    expect(all.find((s) => s.id === "rumod-2022-05-22-urdupoint")).toMatchObject({ claims: 8, relays: 0 });
    expect(all.find((s) => s.id === "rumod-2023-02-17-rmol")).toMatchObject({ claims: 0, relays: 8, language: "Indonesian" });
    expect(all.find((s) => s.id === "rumod-2022-02-27-tass")?.language).toBeUndefined();
  });
});
