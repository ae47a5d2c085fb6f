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
import { chartFileName } from "../lib/render/chart-files";
import { LOCALES } from "../lib/i18n/locales";

export function renderSeriesCharts(comparison: SeriesComparison, dataset: Dataset, outDir: string): { drawings: number; points: number; ms: number } {
  const started = performance.now();
  let drawings = 0;
  let points = 0;
  for (const slug of seriesPageSlugs(comparison, dataset)) {
    mkdirSync(join(outDir, slug), { recursive: true });
    // Each edition's drawing: its ticks, figures and dates are written in its language.
    for (const locale of LOCALES) {
      const chart = seriesChartFor(slug, dataset, locale);
      if (!chart) throw new Error(`series page ${slug}: no chart`);
      const reduced = reducedChart(chart).chart;
      if (locale === "en") points += chart.lines.reduce((n, l) => n + l.points.length, 0);
      for (const size of Object.keys(CHART_SIZES) as ChartSize[]) {
        writeFileSync(join(outDir, slug, chartFileName(size, "full", locale)), drawSeries(chart, size, `${slug}-${size}`));
        writeFileSync(join(outDir, slug, chartFileName(size, "embed", locale)), drawSeries(reduced, size, `${slug}-${size}-e`));
        drawings += 2;
      }
    }
  }
  return { drawings, points, ms: performance.now() - started };
}
