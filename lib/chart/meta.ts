import type { ControlTimeline, FigureChart } from "./figures";
import type { SeriesChart } from "./series-chart";
import type { Dataset } from "../dataset/validate";
import type { IsoDate } from "../model/dates";
import { sitePaths } from "../site/site";
import { type Locale, localePath } from "../i18n/locales";
import { chartWords } from "./words";

/**
 * What a chart carries wherever it goes without its page (the embed, the image, the downloads, the
 * citation): its title, its source line, the date of the reports behind it, the dataset version.
 */
export interface ChartMeta {
  /** The edition its words and paths are in. */
  locale: Locale;
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
export function reportedDateLine(dates: readonly IsoDate[], locale: Locale = "en"): string {
  const { t, date } = chartWords(locale);
  const sorted = [...new Set(dates)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return t("chart.dateNotStated");
  if (first === last) return t("chart.asReported", { date: date(first) });
  // "2–3 Mar 2022" is English's short form; the other editions write both dates.
  if (locale === "en" && first.slice(0, 7) === last.slice(0, 7)) return t("chart.asReported", { date: `${Number(first.slice(8))}–${date(last)}` });
  return t("chart.asReportedSpan", { from: date(first), to: date(last) });
}

export function shapeChartMeta(
  shown: { kind: "figures"; chart: FigureChart } | { kind: "control"; timeline: ControlTimeline } | { kind: "series"; chart: SeriesChart },
  dataset: Dataset,
  locale: Locale = "en",
): ChartMeta {
  if (shown.kind === "series") {
    const { slug, title, sourceLine, from, latestDate, asOf } = shown.chart;
    return { locale, slug, kind: "series", title, sourceLine, dateLine: seriesDateLine(from, latestDate, asOf, locale), latestDate, paths: slugPaths(slug, locale), datasetTitle: dataset.meta.title, datasetVersion: dataset.meta.version };
  }
  const attributions = shown.kind === "figures" ? shown.chart.attributions : shown.timeline.entries.map((e) => e.attribution);
  const published = new Map(dataset.sources.map((s) => [s.id, s.datePublished]));
  const dates = attributions.map((a) => published.get(a.sourceId)).filter((d): d is IsoDate => d !== undefined);
  const { slug, title, sourceLine } = shown.kind === "figures" ? shown.chart : shown.timeline;
  return {
    locale,
    slug,
    kind: shown.kind,
    title,
    sourceLine,
    dateLine: reportedDateLine(dates, locale),
    paths: slugPaths(slug, locale),
    latestDate: [...dates].sort().at(-1) ?? "1970-01-01",
    datasetTitle: dataset.meta.title,
    datasetVersion: dataset.meta.version,
  };
}

/**
 * "Figures from 24 Feb 2022 to 1 Dec 2025 (latest point)": a series chart is as fresh as its latest
 * point; a pinned one says the day it is pinned to.
 */
export function seriesDateLine(from: IsoDate, latest: IsoDate, asOf?: IsoDate, locale: Locale = "en"): string {
  const { t, date } = chartWords(locale);
  return asOf ? t("chart.figuresFromPinned", { from: date(from), latest: date(latest), asof: date(asOf) }) : t("chart.figuresFrom", { from: date(from), latest: date(latest) });
}

/** Where a chart's page, embed and downloads are: by slug for the presets; a custom chart's carry its query. */
export interface ChartPaths {
  page: string;
  embed: string;
  png: string;
  svg: string;
  csv: string;
}

export function slugPaths(slug: string, locale: Locale = "en"): ChartPaths {
  const at = (path: string) => localePath(locale, path);
  return { page: at(sitePaths.comparison(slug)), embed: at(sitePaths.embed(slug)), png: at(sitePaths.chartPng(slug)), svg: at(sitePaths.chartSvg(slug)), csv: at(sitePaths.chartCsv(slug)) };
}
