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
import { type Locale, localePath } from "../i18n/locales";
import { topicIn } from "../model/topics";

const CHART_PATHS = sitePaths.chart;

/** The paths of a custom chart: its page, embed and downloads all carry the same canonical query. */export function customPaths(query: Pick<ChartQuery, "given">, locale: Locale = "en"): ChartPaths {
  const q = canonicalQuery(query.given);
  const at = (path: string) => localePath(locale, path) + q;
  return { page: at(CHART_PATHS.page), embed: at(CHART_PATHS.embed), png: at(CHART_PATHS.png), svg: at(CHART_PATHS.svg), csv: at(CHART_PATHS.csv) };
}

const catalogues = new WeakMap<Dataset, ChartCatalogue>();
export function catalogue(dataset: Dataset = loadDataset()): ChartCatalogue {
  const hit = catalogues.get(dataset);
  if (hit) return hit;
  const made = chartCatalogue(dataset);
  catalogues.set(dataset, made);
  return made;
}

/** The catalogue as an edition names it: each topic's name and its lines' labels in that language (ids and days unchanged). */
export function catalogueIn(locale: Locale, dataset: Dataset = loadDataset()): ChartCatalogue {
  const made = catalogue(dataset);
  if (locale === "en") return made;
  const topics = new Map(dataset.topics.map((t) => [t.id, topicIn(t, locale)]));
  return {
    topics: made.topics.map((t) => {
      const topic = topics.get(t.id);
      const labels = new Map(topic?.lines.map((l) => [l.id, l.label]));
      return { ...t, name: topic?.name ?? t.name, lines: t.lines.map((l) => ({ ...l, label: labels.get(l.id) ?? l.label })) };
    }),
  };
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
export function customView(query: ChartQuery, locale: Locale = "en"): SeriesView {
  const key = `${locale}${canonicalQuery(query.given)}`;
  const hit = views.get(key);
  if (hit) return hit;
  const dataset = loadDataset();
  const chart = shapeCustomChart(query, dataset, locale);
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

export function customMeta(query: ChartQuery, view: SeriesView = customView(query), locale: Locale = "en"): ChartMeta {
  return { ...shapeChartMeta(view, loadDataset(), locale), paths: customPaths(query, locale) };
}

export function customEmbedModel(query: ChartQuery, locale: Locale = "en"): EmbedModel {
  const view = customView(query, locale);
  return shapeEmbedModel(view, customMeta(query, view, locale));
}

/**
 * Embed code, downloads and citation for a custom chart. The embed code is pinned to a day by
 * default (the query's asof, or else the data's latest day), so the chart in an article keeps the
 * figures the article discusses; the code that always shows the latest is the other choice.
 */
export function customSharing(query: ChartQuery, locale: Locale = "en"): Sharing {
  const live = shapeSharing(customEmbedModel(query, locale), siteOrigin());
  if (query.asof) return { ...live, pinnedTo: query.asof };
  const day = catalogueLast(query);
  const pinned = shapeSharing(customEmbedModel({ ...query, asof: day, given: { ...query.given, asof: day } }, locale), siteOrigin());
  return pinnedSharing(live, pinned, day);
}

/** The latest day of any line drawn: what a pinned embed is pinned to by default. */
function catalogueLast(query: ChartQuery): string {
  const topic = catalogue().topics.find((t) => t.id === query.topic);
  return (topic?.lines ?? []).filter((l) => query.lineIds.includes(l.id)).map((l) => l.last).sort().at(-1) ?? query.to;
}
