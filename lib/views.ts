import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { type ControlTimeline, type FigureChart, shapeControlTimeline, shapeFigureChart } from "./chart-data";
import { loadDataset } from "./dataset/load";
import { type ChartMeta, shapeChartMeta } from "./chart-meta";
import { type EmbedModel, shapeEmbedModel } from "./embed/model";
import { type Sharing, shapeSharing } from "./embed/sharing";
import { siteOrigin } from "./site";
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

/** The title, source line, date and dataset version of one comparison, for its embed, image and citation. */
export function comparisonMeta(slug: string): ChartMeta | undefined {
  const view = comparisonView(slug);
  return view ? shapeChartMeta(view, loadDataset()) : undefined;
}

/** What the embed of one comparison shows, or undefined for an unknown slug. */
export function embedModel(slug: string): EmbedModel | undefined {
  const view = comparisonView(slug);
  return view ? shapeEmbedModel(view, shapeChartMeta(view, loadDataset())) : undefined;
}

/** Embed code, downloads and citation for one comparison's page, with absolute URLs on COUNTERCLAIM_SITE_URL. */
export function comparisonSharing(slug: string): Sharing | undefined {
  const model = embedModel(slug);
  return model ? shapeSharing(model, siteOrigin()) : undefined;
}
