/**
 * Draws every figures comparison with recharts, under jsdom, at each chart size, and writes the SVG
 * to generated/charts/<slug>/<size>.svg (under COUNTERCLAIM_GENERATED) for the pages and embeds to ship as static markup.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FigureBars } from "../components/chart/FigureBars";
import { CHART_SIZES, type ChartSize } from "../components/chart/layout";
import { shapeFigureChart } from "../lib/chart/figures";
import type { Dataset } from "../lib/dataset/validate";
import { chartFileName, GENERATED_CHARTS } from "../lib/render/chart-files";
import { LOCALES } from "../lib/i18n/locales";
import { comparisonIn, type FigureComparison } from "../lib/model/comparisons";
import { renderToStaticSvg } from "../lib/render/static-svg";
import { renderSeriesCharts } from "./render-series";

export async function renderCharts(dataset: Dataset, outDir = GENERATED_CHARTS): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  let count = 0;
  for (const comparison of dataset.comparisons) {
    if (comparison.kind === "series") {
      count += renderSeriesCharts(comparison, dataset, outDir).drawings;
      continue;
    }
    if (comparison.kind !== "figures") continue;
    mkdirSync(join(outDir, comparison.slug), { recursive: true });
    // Each edition's drawing: its category labels are in its language.
    for (const locale of LOCALES) {
      const chart = shapeFigureChart(comparisonIn(comparison, locale) as FigureComparison, dataset, locale);
      for (const size of Object.keys(CHART_SIZES) as ChartSize[]) {
        const svg = await renderToStaticSvg(<FigureBars chart={chart} size={size} />, `${chart.slug}-${size}`);
        writeFileSync(join(outDir, chart.slug, chartFileName(size, "full", locale)), svg);
        count += 1;
      }
    }
  }
  return count;
}
