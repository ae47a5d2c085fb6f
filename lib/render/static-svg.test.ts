import { JSDOM } from "jsdom";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { FigureBars } from "@/components/chart/FigureBars";
import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { shapeFigureChart } from "../chart/figures";
import { loadDataset } from "../dataset/load";
import { renderToStaticSvg, roundNumbers, tidy } from "./static-svg";

const SIZES = Object.keys(CHART_SIZES) as ChartSize[];

describe("a figures chart drawn to static SVG", () => {
  const dataset = loadDataset();
  const figures = dataset.comparisons.filter((c) => c.kind === "figures");

  it("keeps every bar, figure, quote and label, and nothing recharts left for its own script", async () => {
    expect(figures.length).toBeGreaterThan(0);
    for (const comparison of figures) {
      const chart = shapeFigureChart(comparison, dataset);
      const cells = chart.rows.flatMap((r) => r.cells);
      for (const size of SIZES) {
        const svg = await renderToStaticSvg(createElement(FigureBars, { chart, size }), `${chart.slug}-${size}`);
        const where = `${chart.slug} ${size}`;
        const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
        // Every claim is a mark with its figure in words and its quote; every row has its label.
        for (const cell of cells) {
          if (cell.kind !== "figure") continue;
          const mark = doc.querySelector(`[data-claim-id="${cell.claim.id}"]`);
          expect(mark, `${where}: ${cell.claim.id}`).not.toBeNull();
          expect(mark?.querySelector("rect"), `${where}: ${cell.claim.id}'s bar`).not.toBeNull();
          expect(mark?.querySelector("title")?.textContent, `${where}: ${cell.claim.id}'s quote`).toContain(cell.claim.quote);
        }
        expect(doc.querySelectorAll(".cc-not-reported").length, where).toBe(cells.filter((c) => c.kind === "not-reported").length);
        for (const row of chart.rows) expect(doc.documentElement.textContent?.replace(/\s+/g, " "), `${where}: ${row.label}`).toContain(row.label.split(" ")[0]);
        // What a static chart has no use for is gone: recharts' classes and wrappers, empty groups, long decimals.
        expect(svg, where).not.toMatch(/recharts/);
        expect(svg, where).not.toMatch(/<g>|<g><\/g>/);
        expect(svg, where).not.toMatch(/\d\.\d{3,}/);
        // Every reference still resolves.
        for (const [, id] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(doc.getElementById(id ?? ""), `${where}: #${id}`).not.toBeNull();
      }
    }
  });
});

describe("tidy", () => {
  it("unwraps groups with nothing but recharts' classes, drops empty ones, keeps groups that carry anything", () => {
    const { document } = new JSDOM("<!doctype html><body></body>").window;
    const host = document.createElement("div");
    host.innerHTML =
      '<svg class="recharts-surface" viewBox="0 0 10 10" width="10" height="10" style="x"><g class="recharts-layer"><g class="recharts-zIndex-layer_-50"></g>' +
      '<g class="cc-cell recharts-layer" data-claim-id="a"><rect x="1.23456" y="0" width="2.5" height="1" stroke="#000" stroke-width="0"></rect></g>' +
      '<line x="5" y="4" width="3" height="2" x1="1" y1="0" x2="1" y2="9"></line></g><defs><clipPath id="recharts1-clip"><rect></rect></clipPath></defs></svg>';
    const svg = host.querySelector("svg");
    if (!svg) throw new Error("no svg");
    tidy(svg);
    expect(svg.outerHTML).toBe(
      '<svg viewBox="0 0 10 10"><g class="cc-cell" data-claim-id="a"><rect x="1.23" y="0" width="2.5" height="1"></rect></g><line x1="1" y1="0" x2="1" y2="9"></line></svg>',
    );
  });

  it("keeps a clip path that is used, with its id", () => {
    const { document } = new JSDOM("<!doctype html><body></body>").window;
    const host = document.createElement("div");
    host.innerHTML = '<svg viewBox="0 0 1 1"><defs><clipPath id="recharts2-clip"><rect></rect></clipPath></defs><g clip-path="url(#recharts2-clip)"><rect></rect></g></svg>';
    const svg = host.querySelector("svg");
    if (!svg) throw new Error("no svg");
    tidy(svg);
    expect(svg.outerHTML).toContain('<clipPath id="recharts2-clip">');
    expect(svg.outerHTML).toContain('clip-path="url(#recharts2-clip)"');
  });

  it("rounds numbers to a hundredth of a pixel, in paths too, and leaves short ones as written", () => {
    expect(roundNumbers("M193.25 28 L207.2500000001 36.005 Z")).toBe("M193.25 28 L207.25 36.01 Z");
    expect(roundNumbers("14.848000000000013")).toBe("14.85");
    expect(roundNumbers("-0.0001")).toBe("0");
  });
});
