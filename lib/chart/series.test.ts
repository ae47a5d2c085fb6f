import { describe, expect, it } from "vitest";
import type { FigureClaim } from "../model/claims";
import type { SeriesComparison } from "../model/comparisons";
import type { Dataset } from "../dataset/validate";
import { cadenceOf, markPoints, pointsBetween, pointsOf, shapeLine, sumPoints, sumQualifier } from "./series";
import { gapSentence, growthSentence, ratioPoints, shapeSeriesChart } from "./series-chart";
import { mustKeep, reduceLine } from "./series-reduce";
import { parseRangeSlug, rangeSlug, rangeSpan } from "./series-ranges";
import { endLabels, linePaths, seriesLayout } from "./series-layout";
import { reducedChart, seriesMarks } from "./series-marks";
import { seriesChartCsv } from "../export/series-csv";
import { parse } from "csv-parse/sync";
import { loadDataset } from "../dataset/load";

type Extra = Partial<Pick<FigureClaim, "doubts" | "note" | "claimantId" | "subject" | "sourceId">>;

let counter = 0;
function claim(date: string, metric: FigureClaim["metric"], value: number, qualifier: "exact" | "about" | "more-than" | "at-least" = "exact", extra: Extra = {}): FigureClaim {
  counter += 1;
  return {
    id: `c${counter}`,
    sourceId: extra.sourceId ?? "s",
    claimantId: extra.claimantId ?? "gs",
    kind: "figure",
    metric,
    qualifier,
    value,
    stated: String(value),
    subject: extra.subject ?? "Russian losses",
    quote: String(value),
    statedOn: { date, precision: "day" },
    locator: { kind: "cell", record: date, field: metric },
    ...(extra.doubts ? { doubts: extra.doubts } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

describe("points from claims", () => {
  it("one point a day and figure; relays of the same figure share a point, different figures do not", () => {
    const { points } = pointsOf([claim("2022-03-01", "tanks", 10), claim("2022-03-01", "tanks", 10, "exact", { sourceId: "t" }), claim("2022-03-02", "tanks", 12), claim("2022-03-02", "tanks", 14)]);
    expect(points.map((p) => [p.date, p.value, p.claims.length])).toEqual([
      ["2022-03-01", 10, 2],
      ["2022-03-02", 12, 1],
      ["2022-03-02", 14, 1],
    ]);
  });
  it("keeps each point's qualifier", () => {
    const { points } = pointsOf([claim("2022-03-01", "tanks", 2800, "about")]);
    expect(points[0]).toMatchObject({ qualifier: "about", label: "~2,800", words: "about 2,800" });
  });
  it("leaves claims with doubts that keep them off the line off it, and lists them with why", () => {
    const doubted = claim("2022-03-03", "tanks", 99, "exact", { doubts: [{ kind: "stale-relay", note: "Repeats 1 Mar" }] });
    const mild = claim("2022-03-04", "tanks", 20, "exact", { doubts: [{ kind: "date-inferred", note: "weekday" }] });
    const { points, offLine } = pointsOf([claim("2022-03-01", "tanks", 10), doubted, mild]);
    expect(points.map((p) => p.value)).toEqual([10, 20]);
    expect(offLine).toHaveLength(1);
    expect(offLine[0]?.reason).toContain("Repeats 1 Mar");
  });
});

describe("sums", () => {
  it("adds the parts only on days where every part is reported: a gap stays a gap", () => {
    const claims = [claim("2022-03-01", "tanks", 10), claim("2022-03-01", "helicopters", 5), claim("2022-03-02", "tanks", 12), claim("2022-03-03", "tanks", 13), claim("2022-03-03", "helicopters", 7)];
    const { points } = sumPoints(["tanks", "helicopters"], claims);
    expect(points.map((p) => [p.date, p.value])).toEqual([
      ["2022-03-01", 15],
      ["2022-03-03", 20],
    ]);
    expect(points[0]?.parts?.map((p) => p.metric)).toEqual(["tanks", "helicopters"]);
    expect(points[0]?.claims).toHaveLength(2);
  });
  it("a part with two figures on one day makes no sum that day", () => {
    const claims = [claim("2022-03-01", "tanks", 10), claim("2022-03-01", "tanks", 11), claim("2022-03-01", "helicopters", 5)];
    expect(sumPoints(["tanks", "helicopters"], claims).points).toEqual([]);
  });
  it("carries qualifiers: exact only if every part is; about wins; lower bounds stay lower bounds", () => {
    expect(sumQualifier(["exact", "exact"])).toBe("exact");
    expect(sumQualifier(["exact", "about"])).toBe("about");
    expect(sumQualifier(["exact", "more-than"])).toBe("more-than");
    expect(sumQualifier(["at-least", "exact"])).toBe("at-least");
    expect(sumQualifier(["up-to", "exact"])).toBeUndefined();
  });
  it("is labelled derived, with what it adds up", () => {
    const line = shapeLine({ id: "a", claimantId: "gs", subject: "Russian losses", label: "x", about: "y", sum: ["tanks", "helicopters"], role: "claim" }, [claim("2022-03-01", "tanks", 1), claim("2022-03-01", "helicopters", 1)]);
    expect(line.derived).toEqual({ metrics: ["tanks", "helicopters"], adds: "tanks + helicopters", sentence: "Derived: the sum of tanks + helicopters, on days all are reported." });
  });
});

describe("revisions, gaps and cadence", () => {
  it("marks a total that falls, and a claim whose note says it was corrected", () => {
    const { points } = pointsOf([claim("2022-03-01", "tanks", 10), claim("2022-03-02", "tanks", 8), claim("2022-03-03", "tanks", 9, "exact", { note: "Corrected by the General Staff" })]);
    markPoints(points, "daily");
    expect(points.map((p) => p.revision !== undefined)).toEqual([false, true, true]);
  });
  it("breaks a daily line after more than 3 days without a figure, and nothing fills the gap", () => {
    const { points } = pointsOf([claim("2022-03-01", "tanks", 10), claim("2022-03-02", "tanks", 11), claim("2022-03-09", "tanks", 20)]);
    markPoints(points, "daily");
    expect(points.map((p) => p.breakBefore)).toEqual([false, false, true]);
    const layout = { x: (d: number) => d, y: (v: number) => v };
    expect(linePaths(points, layout)).toHaveLength(1);
    expect(linePaths(points, layout)[0]?.d.split("l")).toHaveLength(2);
  });
  it("tells daily from sparse", () => {
    expect(cadenceOf([1, 2, 3, 4, 5, 6])).toBe("daily");
    expect(cadenceOf([1, 2, 4, 7, 8, 12])).toBe("sparse");
    expect(cadenceOf([1, 20, 45, 80])).toBe("sparse");
  });
  it("draws 'about' stretches dashed", () => {
    const { points } = pointsOf([claim("2022-03-01", "tanks", 10), claim("2022-03-02", "tanks", 11, "about"), claim("2022-03-03", "tanks", 12, "about")]);
    expect(linePaths(points, { x: (d) => d, y: (v) => v }).map((p) => p.stroke)).toEqual(["dashed"]);
  });
});

describe("ranges", () => {
  const span = { from: "2022-02-24" };
  const data = { first: "2022-02-25", last: "2025-11-30" };
  it("cuts calendar years and the last 12 months of data", () => {
    expect(rangeSpan("2023", span, data)).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    expect(rangeSpan("2025", span, data)).toEqual({ from: "2025-01-01", to: "2025-11-30" });
    expect(rangeSpan("last-12-months", span, data)).toEqual({ from: "2024-12-01", to: "2025-11-30" });
    expect(rangeSpan("all", span, data)).toEqual({ from: "2022-02-24", to: "2025-11-30" });
    expect(rangeSpan("2025", span, { first: "2022-02-25", last: "2024-06-01" })).toBeUndefined();
  });
  it("names pages by slug and range, and reads them back", () => {
    expect(rangeSlug("armour", "2023")).toBe("armour-2023");
    expect(parseRangeSlug("armour-2023", ["armour"])).toEqual({ slug: "armour", range: "2023" });
    expect(parseRangeSlug("armour-last-12-months", ["armour"])).toEqual({ slug: "armour", range: "last-12-months" });
    expect(parseRangeSlug("armour", ["armour"])).toEqual({ slug: "armour", range: "all" });
    expect(parseRangeSlug("other-2023", ["armour"])).toBeUndefined();
  });
  it("filters points to the range, and the first point in it does not start with a break", () => {
    const { points } = pointsOf([claim("2022-12-01", "tanks", 1), claim("2023-01-10", "tanks", 2), claim("2023-02-01", "tanks", 3), claim("2024-01-01", "tanks", 4)]);
    markPoints(points, "daily");
    const inside = pointsBetween(points, "2023-01-01", "2023-12-31");
    expect(inside.map((p) => p.value)).toEqual([2, 3]);
    expect(inside[0]?.breakBefore).toBe(false);
  });
});

describe("in words", () => {
  const daily = pointsOf(days("2024-01-01", 400).map((d, i) => claim(d, "tanks", 1000 + i * 2))).points;
  it("growth over 30 days and 12 months, from a named earlier figure", () => {
    expect(growthSentence(daily, 30, "30 days")).toBe("up 60 over the 30 days to 3 Feb 2025, from 1,738 on 4 Jan 2025");
    expect(growthSentence(daily, 365, "12 months")).toContain("up 730");
  });
  it("a model's growth is of its central estimate, the figure its words lead with, not of its range's lower end", () => {
    const model = [
      { ...pointsOf([claim("2026-07-22", "tanks", 417086)]).points[0]!, central: 475253, valueHigh: 541534, words: "475,253, between 417,086 and 541,534" },
      { ...pointsOf([claim("2026-08-21", "tanks", 417284)]).points[0]!, central: 490321, valueHigh: 579031, words: "490,321, between 417,284 and 579,031" },
    ];
    expect(growthSentence(model, 30, "30 days")).toBe("up 15,068 over the 30 days to 21 Aug 2026, from 475,253, between 417,086 and 541,534 on 22 Jul 2026");
  });
  it("a sparse series names the nearest earlier figure", () => {
    const sparse = pointsOf([claim("2024-01-01", "tanks", 100), claim("2024-03-15", "tanks", 180)]).points;
    expect(growthSentence(sparse, 30, "30 days")).toContain("from 100 on 1 Jan 2024 (the nearest earlier figure)");
  });
  it("says when the latest figures are of different days, and that the armies differ", () => {
    const a = { label: "A", points: pointsOf([claim("2024-01-01", "tanks", 300)]).points } as Parameters<typeof gapSentence>[0];
    const b = { label: "B", points: pointsOf([claim("2024-02-01", "tanks", 100)]).points } as Parameters<typeof gapSentence>[0];
    const sentence = gapSentence(a, b, false);
    expect(sentence).toContain("different days");
    expect(sentence).toContain("3.0 times");
    expect(sentence).toContain("different armies");
  });
  it("a ratio only on days both lines have a point", () => {
    const n = pointsOf([claim("2024-01-01", "tanks", 300), claim("2024-01-02", "tanks", 310)]).points;
    const d = pointsOf([claim("2024-01-02", "tanks", 100)]).points;
    expect(ratioPoints(n, d).map((r) => [r.date, r.ratio])).toEqual([["2024-01-02", 3.1]]);
  });
});

describe("downsampling for the embed", () => {
  it("keeps the first and last points, every revision, turning point and gap end, and says it reduced", () => {
    const claims = days("2022-03-01", 1600).map((d, i) => claim(d, "tanks", i === 700 ? 500 : 1000 + i));
    claims.splice(1000, 10); // a gap of 10 days
    const { points } = pointsOf(claims);
    markPoints(points, "daily");
    const reduced = reduceLine(points, 100);
    expect(reduced.reduced?.of).toBe(points.length);
    expect(reduced.points.length).toBeLessThan(130);
    const kept = new Set(reduced.points);
    for (const i of mustKeep(points)) expect(kept.has(points[i] as (typeof points)[number])).toBe(true);
    expect(reduced.points.at(-1)).toBe(points.at(-1));
    expect(reduced.points.some((p) => p.value === 500)).toBe(true);
    expect(reduced.points.filter((p) => p.breakBefore)).toHaveLength(1);
  });
  it("leaves a short line as it is", () => {
    const { points } = pointsOf([claim("2022-03-01", "tanks", 1), claim("2022-03-05", "tanks", 2)]);
    expect(reduceLine(points, 100).reduced).toBeUndefined();
  });
});

const oryxTable = loadDataset().sources.find((s) => s.id === "oryx-by-type") as Dataset["sources"][number];

function dataset(claims: FigureClaim[]): Dataset {
  return {
    meta: { title: "T", version: "1.0.0" },
    sources: [
      { id: "s", kind: "dataset", publisher: "General Staff", title: "Tally", recordKey: "date", file: "x.json", sha256: "0".repeat(64), datePublished: "2025-12-01" },
      oryxTable,
    ],
    claimants: [
      { id: "gs", name: "General Staff", shortName: "General Staff", kind: "ministry", side: "ukraine" },
      { id: "ru", name: "Russian Defence Ministry", shortName: "Russian MoD", kind: "ministry", side: "russia" },
    ],
    claims,
    comparisons: [],
    topics: [],
  };
}

const comparison: SeriesComparison = {
  slug: "armour",
  kind: "series",
  title: "Armour",
  summary: "s",
  notes: [],
  methodology: "m",
  span: { from: "2022-02-24" },
  comparability: ["Different armies."],
  lines: [
    { id: "gs-armour", claimantId: "gs", subject: "Russian losses", label: "GS: Russian tanks + APCs", about: "a", sum: ["tanks", "other-military-vehicles"], role: "claim" },
    { id: "ru-armour", claimantId: "ru", subject: "Ukrainian losses", label: "Russian MoD: Ukrainian armour", about: "b", metric: "tanks-and-armoured-vehicles", role: "claim" },
  ],
};

describe("a whole chart", () => {
  const claims = [
    ...days("2022-02-25", 900).flatMap((d, i) => [claim(d, "tanks", 100 + i), claim(d, "other-military-vehicles", 200 + 2 * i)]),
    claim("2022-06-01", "tanks-and-armoured-vehicles", 3000, "about", { claimantId: "ru", subject: "Ukrainian losses", sourceId: "oryx-by-type" }),
    claim("2023-01-01", "tanks-and-armoured-vehicles", 6000, "exact", { claimantId: "ru", subject: "Ukrainian losses" }),
    claim("2023-02-01", "tanks-and-armoured-vehicles", 9999, "exact", { claimantId: "ru", subject: "Ukrainian losses", doubts: [{ kind: "outlier", note: "Far off" }] }),
  ];
  const chart = shapeSeriesChart(comparison, dataset(claims), "all");
  it("has every point of every line, the ranges with data, and the doubted claim listed", () => {
    expect(chart.lines.map((l) => l.points.length)).toEqual([900, 2]);
    expect(chart.ranges.map((r) => r.range)).toEqual(["all", "2022", "2023", "2024", "last-12-months"]);
    expect(chart.offLine).toHaveLength(1);
    expect(chart.lines[0]?.colour).not.toBe(chart.lines[1]?.colour);
  });
  it("names every claimant and publisher, with Oryx's CC BY credit", () => {
    expect(chart.sourceLine).toContain("General Staff");
    expect(chart.sourceLine).toContain("Russian Defence Ministry");
    expect(chart.sourceLine).toContain("Oryx, as scraped by scarnecchia/oryx_data (CC BY 4.0)");
  });
  it("a year's range holds only that year", () => {
    const year = shapeSeriesChart(comparison, dataset(claims), "2023");
    expect(year.slug).toBe("armour-2023");
    expect(year.lines.flatMap((l) => l.points).every((p) => p.date.startsWith("2023"))).toBe(true);
  });
  it("lists the marks it shows", () => {
    const marks = seriesMarks(chart);
    expect(marks.join(" ")).toContain("“about”");
    expect(marks.join(" ")).toContain("left off the line");
    expect(marks.join(" ")).toContain("derived");
  });
  it("reduces for the embed and says so", () => {
    const { chart: small, note } = reducedChart(chart, 50);
    expect(small.lines[0]?.points.length).toBeLessThan(100);
    expect(small.lines[0]?.points.at(-1)).toEqual(chart.lines[0]?.points.at(-1));
    expect(note).toMatch(/^Reduced drawing: \d+ of 902 points/);
  });
  it("places end labels apart", () => {
    const layout = seriesLayout(chart, "narrow");
    const labels = endLabels(chart.lines, layout);
    expect(labels).toHaveLength(2);
    const [a, b] = labels.map((l) => l.labelY).sort((x, y) => x - y);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(layout.fontSize * 2);
  });
  it("writes every point to the CSV, with claimant and source, and the doubted claim with why", () => {
    const rows: Record<string, string>[] = parse(seriesChartCsv(chart, new Map([["oryx-by-type", oryxTable]])), { columns: true });
    expect(rows.filter((r) => r.line === "gs-armour" && r.onLine === "yes")).toHaveLength(900);
    expect(rows.filter((r) => r.line === "ru-armour")).toHaveLength(3);
    expect(rows.find((r) => r.onLine === "no")?.leftOffBecause).toContain("Far off");
    expect(rows[0]?.claimIds?.split(" ")).toHaveLength(2);
    expect(rows[0]?.claimant).toBe("General Staff");
    // A sum's unit says what it adds up, not its first part's.
    expect(rows[0]?.unit).toBe("tanks + vehicles");
    for (const column of ["translation", "sourceUrl", "licence", "credit"]) expect(Object.keys(rows[0] ?? {})).toContain(column);
    const oryx = rows.find((r) => r.sourceIds === "oryx-by-type");
    if (oryx) expect(oryx).toMatchObject({ licence: "CC BY 4.0", credit: "Oryx, as scraped by scarnecchia/oryx_data (CC BY 4.0).", sourceUrl: expect.stringMatching(/^https:\/\/github\.com\/scarnecchia\/oryx_data\/blob\/[0-9a-f]{40}\/totals_by_type\.csv$/) });
  });
});

describe("end labels", () => {
  it("move only the labels that must move, and stay inside the plot", () => {
    const layout = { x: (d: number) => d, y: (v: number) => 300 - v, plot: { x0: 0, x1: 500, y0: 10, y1: 300 }, fontSize: 12 };
    const line = (id: string, value: number) => ({ id, colour: "#000", latest: pointsOf([claim("2024-01-01", "tanks", value)]).points[0] }) as Parameters<typeof endLabels>[0][number];
    const labels = endLabels([line("top", 250), line("a", 2), line("b", 1), line("c", 0)], layout);
    const top = labels.find((l) => l.lineId === "top");
    expect(top?.labelY).toBeCloseTo(50 + 12 * 0.35);
    const ys = labels.map((l) => l.labelY);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(30 - 0.01);
    expect(Math.max(...ys)).toBeLessThanOrEqual(300);
  });
});
