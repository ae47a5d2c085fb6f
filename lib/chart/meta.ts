import type { ControlTimeline, FigureChart } from "./figures";
import type { SeriesChart } from "./series-chart";
import type { Dataset } from "../dataset/validate";
import { formatDate, type IsoDate } from "../model/dates";
import { sitePaths } from "../site/site";

/**
 * What a chart carries wherever it goes without its page (the embed, the image, the downloads, the
 * citation): its title, its source line, the date of the reports behind it, the dataset version.
 */
export interface ChartMeta {
  slug: string;
  kind: "figures" | "control" | "series";
  title: string;
  sourceLine: string;
  /** "As reported 2 Mar 2022", or "As reported 2–3 Mar 2022" when the reports span days. */
  dateLine: string;
  /** The latest publication date among the reports the chart quotes. */
  latestDate: IsoDate;
  datasetTitle: string;
  datasetVersion: string;
  paths: ChartPaths;
}

/** "As reported 2 Mar 2022"; a span within one month is written "2–3 Mar 2022". */
export function reportedDateLine(dates: readonly IsoDate[]): string {
  const sorted = [...new Set(dates)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "Date not stated";
  if (first === last) return `As reported ${formatDate(first)}`;
  if (first.slice(0, 7) === last.slice(0, 7)) return `As reported ${Number(first.slice(8))}–${formatDate(last)}`;
  return `As reported ${formatDate(first)} – ${formatDate(last)}`;
}

export function shapeChartMeta(
  shown: { kind: "figures"; chart: FigureChart } | { kind: "control"; timeline: ControlTimeline } | { kind: "series"; chart: SeriesChart },
  dataset: Dataset,
): ChartMeta {
  if (shown.kind === "series") {
    const { slug, title, sourceLine, from, latestDate, asOf } = shown.chart;
    return { slug, kind: "series", title, sourceLine, dateLine: seriesDateLine(from, latestDate, asOf), latestDate, paths: slugPaths(slug), datasetTitle: dataset.meta.title, datasetVersion: dataset.meta.version };
  }
  const attributions = shown.kind === "figures" ? shown.chart.attributions : shown.timeline.entries.map((e) => e.attribution);
  const published = new Map(dataset.sources.map((s) => [s.id, s.datePublished]));
  const dates = attributions.map((a) => published.get(a.sourceId)).filter((d): d is IsoDate => d !== undefined);
  const { slug, title, sourceLine } = shown.kind === "figures" ? shown.chart : shown.timeline;
  return {
    slug,
    kind: shown.kind,
    title,
    sourceLine,
    dateLine: reportedDateLine(dates),
    paths: slugPaths(slug),
    latestDate: [...dates].sort().at(-1) ?? "1970-01-01",
    datasetTitle: dataset.meta.title,
    datasetVersion: dataset.meta.version,
  };
}

/**
 * "Figures from 24 Feb 2022 to 1 Dec 2025 (latest point)": a series chart is as fresh as its latest
 * point; a pinned one says the day it is pinned to.
 */
export function seriesDateLine(from: IsoDate, latest: IsoDate, asOf?: IsoDate): string {
  return `Figures from ${formatDate(from)} to ${formatDate(latest)} (latest point${asOf ? `), as published by ${formatDate(asOf)}` : ")"}`;
}

/** Where a chart's page, embed and downloads are: by slug for the presets; a custom chart's carry its query. */
export interface ChartPaths {
  page: string;
  embed: string;
  png: string;
  svg: string;
  csv: string;
}

export function slugPaths(slug: string): ChartPaths {
  return { page: sitePaths.comparison(slug), embed: sitePaths.embed(slug), png: sitePaths.chartPng(slug), svg: sitePaths.chartSvg(slug), csv: sitePaths.chartCsv(slug) };
}
