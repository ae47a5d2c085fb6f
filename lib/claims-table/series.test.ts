import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { claimRows } from "./rows";
import { claimantSeries } from "./series";

describe("claimantSeries on the Russian Defence Ministry's claims", () => {
  const dataset = loadDataset();
  const rows = claimRows(dataset).filter((r) => r.claimantId === "ru-defence-ministry");
  const { series, others } = claimantSeries(rows);
  const find = (subject: string, metric: string) => series.find((s) => s.subject === subject && s.metric === metric);

  it("puts every claim in exactly one place: a category over time, or the others", () => {
    const placed = [...series.flatMap((s) => s.points), ...others].map((r) => r.id);
    expect(placed.sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it("gives each category as the Ministry words it, oldest point first", () => {
    const tanks = find("Ukrainian losses", "tanks-and-other-armoured-combat-vehicles");
    expect(tanks?.label).toBe("Tanks and other armoured combat vehicles");
    const dates = tanks?.points.map((p) => p.statedDate) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(tanks?.points[0]).toMatchObject({ claimed: "254", statedDate: "2022-02-27" });
    expect(tanks?.points.length).toBeGreaterThanOrEqual(45);
    expect(find("Ukrainian losses", "planes-on-the-ground")).toBeUndefined(); // stated once: among the others
    expect(others.map((r) => r.id)).toContain("rumod-2022-02-27-tass-planes-on-the-ground");
  });

  it("counts a briefing relayed by two reports once: one point, carrying the second report", () => {
    const aircraft = find("Ukrainian losses", "aircraft");
    const may22 = aircraft?.points.filter((p) => p.statedDate === "2022-05-22") ?? [];
    expect(may22).toHaveLength(1);
    expect(may22[0]?.sourceId).toBe("rumod-2022-05-22-urdupoint");
    expect(may22[0]?.alsoIn.map((a) => a.sourceId)).toEqual(["rumod-2022-05-22-tasnim"]);
    const feb16 = aircraft?.points.filter((p) => p.statedDate === "2023-02-16") ?? [];
    expect(feb16.map((p) => [p.sourceId, p.alsoIn[0]?.sourceId, p.alsoIn[0]?.translation?.text])).toEqual([
      ["rumod-2023-02-17-nation-pk", "rumod-2023-02-17-rmol", "385 aircraft"],
    ]);
  });

  it("leaves figures for part of the war out of the running totals", () => {
    const killed = find("Russian losses", "soldiers-killed");
    expect(killed?.points.map((p) => p.claimed)).toEqual(["about 498", "1,351", "5,937"]);
    expect(others.filter((r) => r.partOfWar).map((r) => r.claimed)).toEqual(expect.arrayContaining(["63", "89", "more than 71,420"]));
  });

  it("counts the flagged points of a category", () => {
    const vehicles = find("Ukrainian losses", "special-military-vehicles");
    expect(vehicles?.flagged).toBe(vehicles?.points.filter((p) => p.doubts.length > 0).length);
    expect(vehicles?.points.find((p) => p.id === "rumod-2022-07-24-tass-special-military-vehicles")?.doubts.map((d) => d.label)).toEqual(["Lower than an earlier total"]);
  });

  it("makes no series for a claimant that stated each category once", () => {
    const un = claimantSeries(claimRows(dataset).filter((r) => r.claimantId === "un"));
    expect(un.series).toEqual([]);
    expect(un.others).toHaveLength(claimRows(dataset).filter((r) => r.claimantId === "un").length);
  });
});
