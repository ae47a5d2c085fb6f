import type { ChartSize } from "@/components/chart/layout";
import { chartCatalogue } from "../chart/custom";
import { shapeCustomChart } from "../chart/custom";
import { type ChartMeta, type ChartPaths, shapeChartMeta } from "../chart/meta";
import { canonicalQuery, type ChartCatalogue, type ChartQuery, type ChartQueryResult, parseChartQuery } from "../chart/query";
import { reducedChart } from "../chart/series-marks";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/validate";
import { type EmbedModel, shapeEmbedModel } from "../embed/model";
import { pinnedSharing, type Sharing, shapeSharing } from "../embed/sharing";
import { drawSeries } from "../render/series-svg";
import { type SeriesView, seriesViewOf } from "./series-views";
import { siteOrigin, sitePaths } from "./site";

const CHART_PATHS = sitePaths.chart;

/** The paths of a custom chart: its page, embed and downloads all carry the same canonical query. */export function customPaths(query: Pick<ChartQuery, "given">): ChartPaths {
  const q = canonicalQuery(query.given);
  return { page: CHART_PATHS.page + q, embed: CHART_PATHS.embed + q, png: CHART_PATHS.png + q, svg: CHART_PATHS.svg + q, csv: CHART_PATHS.csv + q };
}

const catalogues = new WeakMap<Dataset, ChartCatalogue>();
export function catalogue(dataset: Dataset = loadDataset()): ChartCatalogue {
  const hit = catalogues.get(dataset);
  if (hit) return hit;
  const made = chartCatalogue(dataset);
  catalogues.set(dataset, made);
  return made;
}

export function parseCustomQuery(params: URLSearchParams, extra: readonly string[] = []): ChartQueryResult {
  return parseChartQuery(params, catalogue(), extra);
}

/**
 * Views of custom charts, by canonical query: a chart embedded in an article is asked for again and
 * again. A few hundred are kept; the oldest goes first.
 */
const views = new Map<string, SeriesView>();
const KEPT = 200;

/** A custom chart as its page, embed, image and CSV show it, drawn on demand from the same components as the presets. */
export function customView(query: ChartQuery): SeriesView {
  const key = canonicalQuery(query.given);
  const hit = views.get(key);
  if (hit) return hit;
  const dataset = loadDataset();
  const chart = shapeCustomChart(query, dataset);
  const reduced = reducedChart(chart).chart;
  const drawn = new Map<string, string>();
  const view = seriesViewOf(chart, dataset, (size: ChartSize, variant) => {
    const id = `${size}-${variant}`;
    const svg = drawn.get(id) ?? drawSeries(variant === "full" ? chart : reduced, size, `${chart.slug}-${size}${variant === "embed" ? "-e" : ""}`);
    drawn.set(id, svg);
    return svg;
  });
  views.set(key, view);
  if (views.size > KEPT) views.delete(views.keys().next().value as string);
  return view;
}

export function customMeta(query: ChartQuery, view: SeriesView = customView(query)): ChartMeta {
  return { ...shapeChartMeta(view, loadDataset()), paths: customPaths(query) };
}

export function customEmbedModel(query: ChartQuery): EmbedModel {
  const view = customView(query);
  return shapeEmbedModel(view, customMeta(query, view));
}

/**
 * Embed code, downloads and citation for a custom chart. The embed code is pinned to a day by
 * default (the query's asof, or else the data's latest day), so the chart in an article keeps the
 * figures the article discusses; the code that always shows the latest is the other choice.
 */
export function customSharing(query: ChartQuery): Sharing {
  const live = shapeSharing(customEmbedModel(query), siteOrigin());
  if (query.asof) return { ...live, pinnedTo: query.asof };
  const day = catalogueLast(query);
  const pinned = shapeSharing(customEmbedModel({ ...query, asof: day, given: { ...query.given, asof: day } }), siteOrigin());
  return pinnedSharing(live, pinned, day);
}

/** The latest day of any line drawn: what a pinned embed is pinned to by default. */
function catalogueLast(query: ChartQuery): string {
  const topic = catalogue().topics.find((t) => t.id === query.topic);
  return (topic?.lines ?? []).filter((l) => query.lineIds.includes(l.id)).map((l) => l.last).sort().at(-1) ?? query.to;
}
