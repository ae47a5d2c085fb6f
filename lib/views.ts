import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { type ControlTimeline, type FigureChart, shapeControlTimeline, shapeFigureChart } from "./chart-data";
import { loadDataset } from "./dataset/load";
import { chartSvg } from "./render/chart-files";

export type ComparisonView =
  | { kind: "figures"; chart: FigureChart; svgs: Record<ChartSize, string> }
  | { kind: "control"; timeline: ControlTimeline };

/** Everything a page needs to show one comparison, or undefined for an unknown slug. */
export function comparisonView(slug: string): ComparisonView | undefined {
  const dataset = loadDataset();
  const comparison = dataset.comparisons.find((c) => c.slug === slug);
  if (!comparison) return undefined;
  if (comparison.kind === "control") return { kind: "control", timeline: shapeControlTimeline(comparison, dataset) };
  const sizes = Object.keys(CHART_SIZES) as ChartSize[];
  return {
    kind: "figures",
    chart: shapeFigureChart(comparison, dataset),
    svgs: Object.fromEntries(sizes.map((size) => [size, chartSvg(slug, size)])) as Record<ChartSize, string>,
  };
}

export function comparisonSlugs(): string[] {
  return loadDataset().comparisons.map((c) => c.slug);
}
