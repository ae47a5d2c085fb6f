/**
 * tsx bench/series.ts (also run by npm run bench, after the build): the series charts' figures.
 * - each embed's HTML, raw and gzip, series beside bars (target for a series embed: ≤ 15 KB gzip),
 *   built by the one embed document builder (lib/embed/document.ts) from the built charts;
 * - time to draw one series chart (three sizes, full and reduced) as its points grow, on synthetic
 *   daily lines (drawing is what the build repeats for every range of every comparison).
 */
import { gzipSync } from "node:zlib";
import { CHART_SIZES, type ChartSize } from "../components/chart/layout";
import { shapeSeriesChart } from "../lib/chart/series-chart";
import { reducedChart } from "../lib/chart/series-marks";
import { loadDataset } from "../lib/dataset/load";
import type { Dataset } from "../lib/dataset/validate";
import { embedDocument } from "../lib/embed/document";
import type { FigureClaim } from "../lib/model/claims";
import type { SeriesComparison } from "../lib/model/comparisons";
import { comparisonSlugs, comparisonView, embedModel } from "../lib/site/views";
import { drawSeries } from "../lib/render/series-svg";

export interface EmbedSize {
  slug: string;
  kind: string;
  bytes: number;
  gzip: number;
}

export function embedSizes(): EmbedSize[] {
  return comparisonSlugs().flatMap((slug) => {
    const model = embedModel(slug);
    const view = comparisonView(slug);
    if (!model || !view) return [];
    const html = embedDocument(model);
    return [{ slug, kind: view.kind, bytes: Buffer.byteLength(html), gzip: gzipSync(html).length }];
  });
}

function syntheticDataset(points: number): { dataset: Dataset; comparison: SeriesComparison } {
  const real = loadDataset();
  const start = Date.parse("2022-02-25T00:00:00Z");
  const claims: FigureClaim[] = Array.from({ length: points }, (_, i) => {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const value = 100 + i * 3 + (i % 97 === 0 ? -5 : 0);
    return {
      id: `bench-${i}`, sourceId: "bench", claimantId: "ua-general-staff", kind: "figure", metric: "tanks", qualifier: "exact", value,
      stated: String(value), subject: "Bench losses", quote: String(value), statedOn: { date, precision: "day" }, locator: { kind: "cell", record: date, field: "tank" },
    };
  });
  const comparison: SeriesComparison = {
    slug: "bench", kind: "series", title: "Bench", summary: "s", notes: [], methodology: "m", span: { from: "2022-02-24", to: "2400-01-01" }, comparability: ["c"],
    lines: [{ id: "bench", claimantId: "ua-general-staff", subject: "Bench losses", metric: "tanks", label: "Bench", about: "a", role: "claim" }],
  };
  return { dataset: { ...real, claims, comparisons: [comparison] }, comparison };
}

/** ms to shape and draw one chart of `points` daily points: three sizes, full and reduced (median of 5). */
export function drawingTime(points: number): { points: number; shapeMs: number; drawMs: number } {
  const { dataset, comparison } = syntheticDataset(points);
  const shape: number[] = [];
  const draw: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const chart = shapeSeriesChart(comparison, dataset, "all");
    const reduced = reducedChart(chart).chart;
    const t1 = performance.now();
    for (const size of Object.keys(CHART_SIZES) as ChartSize[]) {
      drawSeries(chart, size, "b");
      drawSeries(reduced, size, "b");
    }
    shape.push(t1 - t0);
    draw.push(performance.now() - t1);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { points, shapeMs: Number(median(shape).toFixed(1)), drawMs: Number(median(draw).toFixed(1)) };
}

export function measureSeries() {
  return { embeds: embedSizes(), drawing: [100, 1_000, 1_600, 10_000, 50_000].map(drawingTime) };
}

if (process.argv[1]?.endsWith("series.ts")) {
  const { embeds, drawing } = measureSeries();
  console.log("| embed | kind | HTML bytes | gzip |\n| --- | --- | --- | --- |");
  for (const e of embeds) console.log(`| /embed/${e.slug} | ${e.kind} | ${e.bytes} | ${e.gzip} |`);
  console.log("\n| daily points | shape ms | draw ms (3 sizes × full + reduced) |\n| --- | --- | --- |");
  for (const d of drawing) console.log(`| ${d.points} | ${d.shapeMs} | ${d.drawMs} |`);
}
