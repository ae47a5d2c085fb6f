import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { shapeChartMeta } from "./meta";
import { shapeEmbedModel } from "../embed/model";
import { drawSeries } from "../render/series-svg";
import { seriesChartFor, seriesViewOf } from "../site/series-views";
import { drawnLines, endingNotes, type SeriesChart, seriesAxisMax } from "./series-chart";
import { seriesLayout } from "./series-layout";

/** A chart draws only what its data holds: lines end at their last point, the axis ends just above the data. */
const dataset = loadDataset();
function chartOf(slug: string): SeriesChart {
  const chart = seriesChartFor(slug, dataset);
  if (!chart) throw new Error(slug);
  return chart;
}

/** The right-most x a path's data reaches (M/L/l/h/V commands, as linePaths writes them). */
function pathMaxX(d: string): number {
  let x = 0;
  let max = -Infinity;
  for (const [, cmd, args] of d.matchAll(/([MLlhV])([^MLlhVam]*)/g)) {
    const n = (args ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === "M" || cmd === "L") x = n[0] ?? x;
    else if (cmd === "l") x += n[0] ?? 0;
    else if (cmd === "h") x += n[0] ?? 0;
    max = Math.max(max, x);
  }
  return max;
}

describe("the value axis", () => {
  it("ends at a round number just above the data (d3-scale's nice)", () => {
    expect(seriesAxisMax(29_698)).toBe(30_000);
    expect(seriesAxisMax(37_350)).toBe(40_000);
    expect(seriesAxisMax(4_156)).toBe(5_000);
    expect(seriesAxisMax(0)).toBe(1);
  });

  it.each(["armour-claims", "armour-claims-2024", "armour-claims-last-12-months", "russian-tanks-two-ways"])("%s: no more than one step of ticks above its largest point", (slug) => {
    const chart = chartOf(slug);
    const largest = Math.max(...chart.lines.flatMap((l) => l.points.map((p) => p.valueHigh ?? p.value)));
    const ticks = seriesLayout(chart, "wide").yTicks;
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    expect(chart.axisMax).toBeGreaterThanOrEqual(largest);
    expect(chart.axisMax - largest).toBeLessThan(step);
    expect(ticks.at(-1)).toBe(chart.axisMax);
  });
});

describe("a line that ends before the chart does", () => {
  const chart = chartOf("armour-claims");
  const svg = drawSeries(chart, "wide", "t");
  const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  const layout = seriesLayout(chart, "wide");

  it("is drawn to its last point and no further: no dotted continuation", () => {
    expect(svg).not.toContain('stroke-dasharray="2 2"');
    for (const id of ["oryx-russian-armour", "oryx-ukrainian-armour"]) {
      const line = chart.lines.find((l) => l.id === id);
      const last = line?.points.at(-1);
      if (!line || !last) throw new Error(id);
      const paths = [...doc.querySelectorAll(`[data-line="${id}"] path`)].filter((p) => p.getAttribute("fill") === "none" && !p.getAttribute("class"));
      expect(paths.length).toBeGreaterThan(0);
      expect(Math.max(...paths.map((p) => pathMaxX(p.getAttribute("d") ?? "")))).toBeLessThanOrEqual(layout.x(last.day) + 1);
      expect(layout.x(last.day)).toBeLessThan(layout.plot.x1 - 50);
    }
  });

  it("has its label just past its end, naming the day", () => {
    const inline = [...doc.querySelectorAll(".cc-end-inline text")].map((t) => t.textContent);
    expect(inline).toContain("19 Jul 2025, last");
    expect(inline).toContain("13,019");
  });

  it("is said in words: whose history ends, and when", () => {
    expect(endingNotes([{ claimant: "Oryx", points: chart.lines.find((l) => l.id === "oryx-russian-armour")?.points ?? [] }], "2026-08-08", [])).toEqual(["Oryx's history here ends on 19 Jul 2025."]);
    // Once: not again where the chart's own notes say it already.
    expect(chart.endings.join(" ")).not.toContain("Oryx's");
    expect(chart.comparability.join(" ")).toContain("ends on 19 Jul 2025");
    const lastYear = chartOf("armour-claims-2025");
    expect([...lastYear.endings, ...lastYear.comparability].join(" ")).toContain("ends on 19 Jul 2025");
  });
});

describe("the legend", () => {
  it("lists only lines with points in the range", () => {
    const chart = chartOf("armour-claims-last-12-months");
    const empty = chart.lines.filter((l) => l.points.length === 0).map((l) => l.label);
    expect(empty).toEqual(expect.arrayContaining(["Oryx: Russian armour documented", "Oryx: Ukrainian armour documented"]));
    const view = seriesViewOf(chart, dataset, () => "<svg></svg>");
    const model = shapeEmbedModel(view, shapeChartMeta(view, dataset));
    const names = model.legend.map((l) => l.name);
    for (const label of empty) expect(names).not.toContain(label);
    expect(names).toEqual(drawnLines(chart.lines).map((l) => l.label));
    expect(chart.sourceLine).not.toContain("Oryx");
  });
});

describe("revision marks", () => {
  it("are thin open diamonds in the line's own colour (not the page's ink, not a hollow dot), and replace the dot on a daily line", () => {
    const chart = chartOf("armour-claims");
    const svg = drawSeries(chart, "wide", "t");
    const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
    const oryx = chart.lines.find((l) => l.id === "oryx-russian-armour");
    const ring = doc.querySelector('[data-line="oryx-russian-armour"] .cc-ring');
    expect(ring?.getAttribute("stroke")).toBe(oryx?.colour);
    expect(ring?.getAttribute("d")).not.toContain("a");
    const dots = doc.querySelector('[data-line="oryx-russian-armour"] path[fill]:not([fill="none"]):not(.cc-hollow)')?.getAttribute("d") ?? "";
    const rings = ring?.getAttribute("d") ?? "";
    // Every revision has a ring; a dot only where a point needs one for another reason (its last, a lone point).
    expect((rings.match(/M/g) ?? []).length).toBeGreaterThan(5);
    expect((dots.match(/M/g) ?? []).length).toBeLessThan(5);
  });
});
