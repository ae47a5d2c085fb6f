/**
 * Draws every range of a series comparison at each chart size, in full (the page) and reduced (the
 * embed and the card), to generated/charts/<page slug>/<size>[-embed].svg. Plain React to static
 * markup, no DOM: SeriesLines draws its SVG itself.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_SIZES, type ChartSize } from "../components/chart/layout";
import { reducedChart } from "../lib/chart/series-marks";
import type { Dataset } from "../lib/dataset/validate";
import type { SeriesComparison } from "../lib/model/comparisons";
import { seriesChartFor, seriesPageSlugs } from "../lib/site/series-views";

import { drawSeries } from "../lib/render/series-svg";

export function renderSeriesCharts(comparison: SeriesComparison, dataset: Dataset, outDir: string): { drawings: number; points: number; ms: number } {
  const started = performance.now();
  let drawings = 0;
  let points = 0;
  for (const slug of seriesPageSlugs(comparison, dataset)) {
    const chart = seriesChartFor(slug, dataset);
    if (!chart) throw new Error(`series page ${slug}: no chart`);
    const reduced = reducedChart(chart).chart;
    points += chart.lines.reduce((n, l) => n + l.points.length, 0);
    mkdirSync(join(outDir, slug), { recursive: true });
    for (const size of Object.keys(CHART_SIZES) as ChartSize[]) {
      writeFileSync(join(outDir, slug, `${size}.svg`), drawSeries(chart, size, `${slug}-${size}`));
      writeFileSync(join(outDir, slug, `${size}-embed.svg`), drawSeries(reduced, size, `${slug}-${size}-e`));
      drawings += 2;
    }
  }
  return { drawings, points, ms: performance.now() - started };
}
