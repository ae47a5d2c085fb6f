import { describe, expect, it } from "vitest";
import type { FigureClaim } from "../model/claims";
import { axisTicks, gapRatio, longLabel, niceAxisMax, shapeControlTimeline, shapeFigureChart, shortLabel } from "./figures";
import type { Comparison, FigureComparison } from "../model/comparisons";
import { loadDataset } from "../dataset/load";

type Qualified = Pick<FigureClaim, "qualifier"> & Partial<{ value: number; valueHigh: number; vagueTerm: string }>;

function figure(q: Qualified): FigureClaim {
  const base = {
    id: "c", sourceId: "s", claimantId: "a", kind: "figure", metric: "tanks", stated: "x", subject: "tanks", quote: "x",
    statedOn: { date: "2022-03-02", precision: "day" }, locator: { kind: "text", start: 0, end: 1 },
  } as const;
  if (q.qualifier === "vague") return { ...base, qualifier: "vague", vagueTerm: q.vagueTerm ?? "hundreds" };
  if (q.qualifier === "range") return { ...base, qualifier: "range", value: q.value ?? 0, valueHigh: q.valueHigh ?? 0 };
  return { ...base, qualifier: q.qualifier, value: q.value ?? 0 };
}

describe("labels keep the qualifier", () => {
  it.each([
    [{ qualifier: "exact", value: 1500 }, "1,500", "1,500"],
    [{ qualifier: "more-than", value: 470 }, ">470", "more than 470"],
    [{ qualifier: "at-least", value: 12 }, "≥12", "at least 12"],
    [{ qualifier: "about", value: 120 }, "~120", "about 120"],
    [{ qualifier: "up-to", value: 5 }, "≤5", "up to 5"],
    [{ qualifier: "range", value: 10, valueHigh: 20 }, "10–20", "between 10 and 20"],
    [{ qualifier: "vague", vagueTerm: "hundreds" }, "hundreds", "hundreds (no number stated)"],
  ] as const)("%o", (q, short, long) => {
    expect(shortLabel(figure(q))).toBe(short);
    expect(longLabel(figure(q))).toBe(long);
  });
});

describe("gapRatio carries qualifiers through", () => {
  it("a lower bound over an exact figure is a lower bound: >14×", () => {
    expect(gapRatio(figure({ qualifier: "more-than", value: 2000 }), figure({ qualifier: "exact", value: 142 }))).toBe(">14×");
  });
  it("two exact figures", () => {
    expect(gapRatio(figure({ qualifier: "exact", value: 58 }), figure({ qualifier: "exact", value: 30 }))).toBe("1.9×");
  });
  it("approximate figures give an approximate ratio", () => {
    expect(gapRatio(figure({ qualifier: "about", value: 300 }), figure({ qualifier: "exact", value: 100 }))).toBe("about 3.0×");
  });
  it("no ratio where the qualifiers do not allow one", () => {
    expect(gapRatio(figure({ qualifier: "more-than", value: 300 }), figure({ qualifier: "more-than", value: 100 }))).toBeUndefined();
    expect(gapRatio(figure({ qualifier: "vague", vagueTerm: "thousands" }), figure({ qualifier: "exact", value: 100 }))).toBeUndefined();
    expect(gapRatio(figure({ qualifier: "exact", value: 100 }), figure({ qualifier: "exact", value: 0 }))).toBeUndefined();
  });
});

describe("axisTicks", () => {
  it("falls on round numbers", () => {
    expect(axisTicks(2000, 4)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(axisTicks(2000, 2)).toEqual([0, 1000, 2000]);
    expect(axisTicks(8000, 4)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(axisTicks(1.2, 4)).toEqual([0, 0.5, 1]);
    expect(axisTicks(150, 4)).toEqual([0, 50, 100, 150]);
  });
});

describe("niceAxisMax", () => {
  it("leaves room beyond the largest bar", () => {
    expect(niceAxisMax(1500)).toBe(2000);
    expect(niceAxisMax(142)).toBe(200);
    expect(niceAxisMax(5840)).toBe(8000);
    expect(niceAxisMax(0)).toBe(1);
  });
});

describe("shapeFigureChart on the real dataset", () => {
  const dataset = loadDataset();
  const get = (slug: string): FigureComparison => {
    const c: Comparison | undefined = dataset.comparisons.find((x) => x.slug === slug);
    if (c?.kind !== "figures") throw new Error(`no figures comparison ${slug}`);
    return c;
  };

  it("marks a category a side did not report as 'not reported', never a zero bar", () => {
    const chart = shapeFigureChart(get("equipment-losses"), dataset);
    const helicopters = chart.rows.find((r) => r.categoryId === "helicopters");
    expect(helicopters?.cells.map((c) => [c.claimantId, c.kind, c.label])).toEqual([
      ["russia", "not-reported", "not reported"],
      ["ua-defence-ministry", "figure", "31"],
    ]);
  });

  it("draws 'more than' as an open-ended bar and keeps rows that are not comparable marked", () => {
    const chart = shapeFigureChart(get("equipment-losses"), dataset);
    const tanks = chart.rows.find((r) => r.categoryId === "tanks");
    expect(tanks?.notComparable).toContain("tanks and armoured vehicles together");
    expect(tanks?.cells.map((c) => (c.kind === "figure" ? [c.label, c.end, c.openEnd] : c.kind))).toEqual([
      [">470", 470, true],
      [">200", 200, true],
    ]);
    expect(chart.textSummary).toContain("Tanks (and armoured vehicles): Russia: more than 470 (Ukrainian tanks and armoured vehicles); Ukrainian Defence Ministry: more than 200 (Russian tanks). Not comparable: ");
    // Planes: 58 and 30 are different armies' losses, and the words say whose.
    expect(chart.textSummary).toContain("Planes: Russia: 58 (Ukrainian planes); Ukrainian Defence Ministry: 30 (Russian planes). Not comparable: Different armies' losses");
  });

  it("names every claimant and publication in the source line", () => {
    const chart = shapeFigureChart(get("equipment-losses"), dataset);
    expect(chart.sourceLine).toBe(
      "Sources: Russia (body not named in the report), stated by 2 Mar 2022; Ukrainian Defence Ministry, stated by 2 Mar 2022. Reported in: report of 2 Mar 2022, publisher not identified.",
    );
  });

  it("states the gap between two claims about the same quantity, with caveats", () => {
    const chart = shapeFigureChart(get("civilian-deaths"), dataset);
    expect(chart.gap?.ratio).toBe(">14×");
    expect(chart.gap?.sentence).toBe(
      "Ukraine's State Emergency Service: more than 2,000 civilians. United Nations: 142. The first figure is more than 14 times the second. But they are of different dates (stated 2 Mar 2022; stated before 2 Mar 2022 (\"previously\")), so part of the gap may be time, not disagreement.",
    );
    expect(chart.gap?.headline).toBe(">14×, between figures of different dates");
    expect(chart.gap?.caveats.length).toBeGreaterThan(1);
    expect(chart.sourceLine).toContain('United Nations, stated before 2 Mar 2022 ("previously")');
  });
});

describe("shapeControlTimeline", () => {
  it("orders claims about Kherson by the date they were stated", () => {
    const dataset = loadDataset();
    const kherson = dataset.comparisons.find((c) => c.slug === "kherson-control");
    if (kherson?.kind !== "control") throw new Error("kherson-control should be a control comparison");
    const timeline = shapeControlTimeline(kherson, dataset);
    const dates = timeline.entries.map((e) => e.claim.statedOn.date);
    expect(dates).toEqual([...dates].sort());
    expect(timeline.entries.map((e) => e.status)).toContain("Under Russian control (the centre of the Kherson region)");
    expect(timeline.entries.map((e) => e.status)).toContain("Fighting ongoing");
  });
});

describe("Kherson: one statement reported twice counts once", () => {
  it("tallies the Defence Ministry's claim and the next day's \"Moscow claimed\" as one statement of Russian control", () => {
    const dataset = loadDataset();
    const comparison = dataset.comparisons.find((c): c is Extract<Comparison, { kind: "control" }> => c.kind === "control" && c.slug === "kherson-control");
    if (!comparison) throw new Error("no kherson-control comparison");
    const timeline = shapeControlTimeline(comparison, dataset);
    expect(timeline.tally.find((t) => t.status === "Under Russian control")?.claims).toBe(1);
    expect(timeline.entries.filter((e) => e.sameAs)).toHaveLength(1);
    expect(timeline.entries).toHaveLength(5);
  });
});
