import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import type { FigureClaim } from "../model/claims";
import type { Source } from "../model/sources";
import { claimAsOf } from "./as-of";
import { chartCatalogue, shapeCustomChart } from "./custom";
import { parseChartQuery } from "./query";

const dataset = loadDataset();
const catalogue = chartCatalogue(dataset);
function chart(q: string) {
  const parsed = parseChartQuery(new URLSearchParams(q), catalogue);
  if (!parsed.ok) throw new Error(parsed.message);
  return shapeCustomChart(parsed.query, dataset);
}

describe("a custom chart", () => {
  it("has every topic the issue names, each with lines that have figures", () => {
    expect(catalogue.topics.map((t) => t.id).sort()).toEqual(["air-defence", "aircraft", "area", "area-share", "armour", "artillery", "drones", "helicopters", "rocket-launchers", "ships", "soldiers", "soldiers-wounded", "tanks", "vehicles"]);
    for (const topic of catalogue.topics) expect(topic.lines.length, topic.id).toBeGreaterThan(0);
  });

  it("charts artillery over exactly the days asked for, with the General Staff's tally and Oryx", () => {
    const c = chart("topic=artillery&from=2023-10-10&to=2024-02-20");
    expect(c.title).toContain("10 Oct 2023 to 20 Feb 2024");
    const gs = c.lines.find((l) => l.id === "gs-russian-artillery");
    const oryx = c.lines.find((l) => l.id === "oryx-russian-artillery");
    expect(gs?.cadence).toBe("daily");
    expect(gs?.points[0]?.date).toBe("2023-10-10");
    expect(gs?.points.at(-1)?.date).toBe("2024-02-20");
    expect(oryx?.points.length).toBeGreaterThan(10);
    for (const line of c.lines) for (const p of line.points) expect(p.date >= "2023-10-10" && p.date <= "2024-02-20").toBe(true);
    expect(c.sourceLine).toContain("CC BY 4.0");
  });

  it("sets the Ministry's drone claims beside the General Staff's", () => {
    const c = chart("topic=drones");
    const mod = c.lines.find((l) => l.claimantId === "ru-defence-ministry");
    const gs = c.lines.find((l) => l.claimantId === "ua-general-staff");
    expect(mod?.points.length).toBeGreaterThan(30);
    expect(mod?.cadence).toBe("sparse");
    expect(gs?.points.length).toBeGreaterThan(1500);
  });

  it("pinned to a day, draws nothing published later, and says so", () => {
    const c = chart("topic=armour&asof=2024-06-30");
    expect(c.title).toContain("as published by 30 Jun 2024");
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const line of c.lines) {
      for (const p of line.points) {
        expect(p.date <= "2024-06-30").toBe(true);
        for (const claim of p.claims) if (claim.locator.kind === "text") expect(sources.get(claim.sourceId)?.datePublished ?? "unknown").toMatch(/^(2022|2023|2024-0[1-6])/);
      }
    }
    expect(c.notes.join(" ")).toContain("as published by 30 Jun 2024");
  });

  it("joins one type under its two names (Oryx's rocket artillery, renamed in Jun 2025)", () => {
    const line = chart("topic=rocket-launchers&army=russian").lines.find((l) => l.id === "oryx-russian-mrl");
    expect(line?.points.some((p) => p.claims[0]?.metric === "oryx-multiple-rocket-launchers")).toBe(true);
    expect(line?.points.some((p) => p.claims[0]?.metric === "oryx-rocket-and-missile-artillery")).toBe(true);
  });
});

describe("a claim as published by a day", () => {
  const source = { id: "r", datePublished: "2024-05-02" } as Source;
  const sources = new Map([["r", source]]);
  const text = { id: "t", kind: "figure", sourceId: "r", locator: { kind: "text", start: 0, end: 1 }, statedOn: { date: "2024-05-01" }, qualifier: "exact", value: 5, quote: "5", stated: "5" } as unknown as FigureClaim;
  const cell = {
    ...text,
    locator: { kind: "cell", record: "2024-05-01", field: "tank" },
    quote: "12",
    stated: "12",
    value: 12,
    table: { revisions: [{ from: 10, importedOn: "2024-07-01" }, { from: 11, importedOn: "2024-09-01" }] },
  } as unknown as FigureClaim;

  it("counts a report's claim from the day the report was published", () => {
    expect(claimAsOf(text, sources, "2024-05-01")).toBeUndefined();
    expect(claimAsOf(text, sources, "2024-05-02")).toBe(text);
  });

  it("undoes a table's revisions imported after the day, to the value it had then", () => {
    expect(claimAsOf(cell, sources, "2024-04-30")).toBeUndefined();
    expect(claimAsOf(cell, sources, "2024-06-30")).toMatchObject({ value: 10, quote: "10" });
    expect(claimAsOf(cell, sources, "2024-08-01")).toMatchObject({ value: 11, quote: "11" });
    expect(claimAsOf(cell, sources, "2024-10-01")).toBe(cell);
  });
});
