import { describe, expect, it } from "vitest";
import type { FigureClaim } from "../model/claims";
import { SeriesLine } from "../model/comparisons";
import { seriesMarks } from "./series-marks";
import { bandPaths, linePaths, markedPoints } from "./series-layout";
import { runningTotal, shapeLine } from "./series";

const claim = (id: string, claimantId: string, date: string, figure: Partial<FigureClaim> & { value: number }, extra: Partial<FigureClaim> = {}): FigureClaim =>
  ({
    id,
    kind: "figure",
    claimantId,
    statedOn: { date, precision: "day" },
    subject: "Russian losses",
    quote: String(figure.value),
    locator: { kind: "cell", record: date, field: "estimate" },
    metric: "soldiers-killed",
    stated: String(figure.value),
    qualifier: "exact",
    sourceId: "economist-estimates",
    ...figure,
    ...extra,
  }) as FigureClaim;

const layout = { x: (day: number) => day - 19000, y: (value: number) => 1000 - value / 1000 };

describe("separate estimates by several bodies", () => {
  const claims = [
    claim("a", "us-officials", "2023-08-18", { value: 120000 }),
    claim("b", "uk-defence-ministry", "2023-11-30", { value: 70000 }),
    claim("c", "nato-officials", "2022-04-23", { qualifier: "range", value: 7000, valueHigh: 15000 } as Partial<FigureClaim> & { value: number }),
    claim("d", "kobak", "2024-01-01", { value: 64000 }),
  ];
  const line = SeriesLine.parse({ id: "west", claimantId: "us-officials", alsoClaimants: ["uk-defence-ministry", "nato-officials"], subject: "Russian losses", metric: "soldiers-killed", label: "Western", about: "x", role: "estimate" });

  it("are points of each listed body only, never joined, with no fall read as a revision", () => {
    const shaped = shapeLine(line, claims);
    expect(shaped.draw).toBe("points");
    expect(shaped.points.map((p) => p.claims[0]?.id)).toEqual(["c", "a", "b"]);
    // 120,000 then 70,000: two bodies, not a total that fell.
    expect(shaped.points.some((p) => p.revision !== undefined)).toBe(false);
    expect(markedPoints(shaped)).toHaveLength(3);
    expect(seriesMarks({ lines: [{ ...shaped, colour: "#000", claimant: "x" }], offLine: [] })).toContain(
      "Dots and bars not joined: separate estimates by different bodies, each at its date; a bar is one estimate's low–high range.",
    );
  });

  it("one body's own series is joined, and its fall is a revision", () => {
    const own = SeriesLine.parse({ id: "uk", claimantId: "uk-defence-ministry", subject: "Russian losses", metric: "soldiers-killed", label: "UK", about: "x" });
    const shaped = shapeLine(own, [claim("x", "uk-defence-ministry", "2023-01-01", { value: 100 }), claim("y", "uk-defence-ministry", "2023-02-01", { value: 90 })]);
    expect(shaped.draw).toBe("line");
    expect(shaped.points[1]?.revision).toContain("lower than");
    expect(linePaths(shaped.points, layout)).toHaveLength(1);
  });

  it("only a line's sources, when it names them", () => {
    const monthly = SeriesLine.parse({ id: "m", claimantId: "uk-defence-ministry", sources: ["uk-mod-monthly"], subject: "Russian losses", metric: "soldiers-killed", label: "UK", about: "x" });
    const shaped = shapeLine(monthly, [claim("x", "uk-defence-ministry", "2023-01-01", { value: 100 }, { sourceId: "uk-mod-monthly" }), claim("y", "uk-defence-ministry", "2023-02-01", { value: 90 })]);
    expect(shaped.points.map((p) => p.claims[0]?.id)).toEqual(["x"]);
  });
});

describe("a model's band and a named count's running total", () => {
  it("draws a band along the highs and back along the lows, with its central figure, labelled by it", () => {
    const model = SeriesLine.parse({ id: "model", claimantId: "economist", subject: "Russian losses", metric: "soldiers-killed", label: "Model", about: "x", role: "model", draw: "band" });
    const days = ["2024-01-01", "2024-01-02", "2024-01-03"];
    const shaped = shapeLine(
      model,
      days.map((d, i) => claim(`m${i}`, "economist", d, { qualifier: "range", value: 1000 * (i + 1), valueHigh: 3000 * (i + 1), table: { central: { field: "estimate", value: 2000 * (i + 1) } } } as Partial<FigureClaim> & { value: number })),
    );
    const { band, central } = bandPaths(shaped.points, layout);
    const x = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000) - 19000;
    // Relative whole-pixel steps: along the highs (997, 994, 991), down to the last low (997), back along the lows (998, 999).
    expect(band).toBe(`M${x(days[0] ?? "")} 997l1 -3l1 -3l0 6l-1 1l-1 1Z`);
    expect(central).toBe(`M${x(days[0] ?? "")} 998l1 -2l1 -2`);
    expect(shaped.points.at(-1)?.label).toBe("~6,000");
    expect(shaped.points.at(-1)?.words).toBe("6,000, between 3,000 and 9,000");
    // Only its last figure carries a mark; the band draws the rest.
    expect(markedPoints(shaped)).toHaveLength(1);
  });

  it("adds weekly counts up into a running total, dated by each week's end, labelled derived", () => {
    const named = SeriesLine.parse({ id: "named", claimantId: "mediazona-bbc-named", subject: "Russian losses", metric: "soldiers-killed", label: "Named", about: "x", role: "reference", accumulate: true, caveat: "named so far: recent weeks fill in later" });
    const week = (id: string, asOf: string, value: number) => claim(id, "mediazona-bbc-named", "2026-08-22", { value }, { statedOn: { date: "2026-08-22", precision: "by" }, period: { wording: "week", asOf, sinceStart: false } });
    const shaped = shapeLine(named, [week("w8", "2022-02-27", 427), week("w9", "2022-03-06", 619), week("w10", "2022-03-13", 588)]);
    expect(shaped.points.map((p) => [p.date, p.value])).toEqual([
      ["2022-02-27", 427],
      ["2022-03-06", 1046],
      ["2022-03-13", 1634],
    ]);
    expect(shaped.derived?.sentence).toMatch(/^Derived: a running total/);
    expect(shaped.caveat).toBe("named so far: recent weeks fill in later");
    expect(seriesMarks({ lines: [{ ...shaped, colour: "#000", claimant: "x" }], offLine: [] })).toContain("Named: named so far: recent weeks fill in later.");
  });

  it("leaves a line of bounds as it is: only exact counts add up", () => {
    const points = shapeLine(SeriesLine.parse({ id: "n", claimantId: "k", subject: "Russian losses", metric: "soldiers-killed", label: "N", about: "x" }), [
      claim("p", "k", "2022-01-01", { value: 5, qualifier: "at-least" } as Partial<FigureClaim> & { value: number }),
      claim("q", "k", "2022-01-08", { value: 6 }),
    ]).points;
    expect(runningTotal(points).map((p) => p.value)).toEqual([5, 6]);
  });
});
