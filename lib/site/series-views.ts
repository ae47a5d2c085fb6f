import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { claimsAsOf } from "../chart/as-of";
import { claimsOfLine } from "../chart/custom";
import { type ShapedLine, shapeLine } from "../chart/series";
import { availableRanges, dataSpan, type SeriesChart, shapeLines, shapeSeriesChart } from "../chart/series-chart";
import type { IsoDate } from "../model/dates";
import type { Locale } from "../i18n/locales";
import { chartWords } from "../chart/words";
import { claimantIn } from "../model/claimants";
import { drawSeries } from "../render/series-svg";
import { reducedChart, seriesMarks, seriesMarksShort } from "../chart/series-marks";
import { type PointRow, tableRows } from "../chart/series-points";
import { type CellNames, type CompactLine, compactLines } from "../chart/explorer";
import { claimRows, inTimeOrder } from "../claims-table/rows";
import { PAGE_SIZE } from "../claims-table/paging";
import { parseRangeSlug, rangeSlug } from "../chart/series-ranges";
import type { Dataset } from "../dataset/validate";
import { type Comparison, comparisonIn, type SeriesComparison } from "../model/comparisons";
import { seriesSvg } from "../render/chart-files";

/** One range of a series comparison, as its page, embed, image and CSV show it. */
export interface SeriesView {
  kind: "series";
  chart: SeriesChart;
  /** The full drawing, for the page. */
  svgs: Record<ChartSize, string>;
  /** The reduced drawing, for the embed and the card. */
  embedSvgs: Record<ChartSize, string>;
  /** Says how the embed's drawing was reduced; undefined when it was not. */
  reducedNote?: string;
  /** What each mark on this chart means. */
  marks: string[];
  /** The same, in one sentence, for the embed. */
  marksShort: string;
  /** The points the focus marker steps through, in one compact form: all the page's script gets of them. */
  explorer: CompactLine[];
  table: { rows: PointRow[]; monthly: string[] };
}

const SIZES = Object.keys(CHART_SIZES) as ChartSize[];

/** Lines shaped once per comparison and process: a build asks for the same comparison many times. */
const shapedCache = new WeakMap<Dataset, Map<string, ShapedLine[]>>();
function shaped(comparison: SeriesComparison, dataset: Dataset, locale: Locale = "en"): ShapedLine[] {
  const cache = shapedCache.get(dataset) ?? new Map<string, ShapedLine[]>();
  shapedCache.set(dataset, cache);
  const key = `${comparison.slug}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lines = shapeLines(comparison, dataset, locale);
  cache.set(key, lines);
  return lines;
}

function seriesComparisons(dataset: Dataset): SeriesComparison[] {
  return dataset.comparisons.filter((c): c is SeriesComparison => c.kind === "series");
}

/** The page slugs of one series comparison: the whole war, then each range with data. */
export function seriesPageSlugs(comparison: SeriesComparison, dataset: Dataset): string[] {
  return availableRanges(comparison, shaped(comparison, dataset)).map((r) => rangeSlug(comparison.slug, r));
}

/** The latest day of any line of a comparison, over its whole span: what its embed code is pinned to. */
export function seriesLatestDay(pageSlug: string, dataset: Dataset): IsoDate | undefined {
  const comparisons = seriesComparisons(dataset);
  const comparison = comparisons.find((c) => c.slug === parseRangeSlug(pageSlug, comparisons.map((s) => s.slug))?.slug);
  return comparison ? dataSpan(shaped(comparison, dataset))?.last : undefined;
}

const pinnedViews = new Map<string, SeriesView | undefined>();

/**
 * A series page as published by `asof`: its lines shaped from the claims as they stood that day
 * (lib/chart/as-of.ts), drawn on demand; undefined when the page has no point by then. For the
 * pinned embed, which keeps the figures an article discussed.
 */
export function pinnedSeriesView(pageSlug: string, dataset: Dataset, asof: IsoDate, locale: Locale = "en"): SeriesView | undefined {
  const key = `${pageSlug}@${asof}:${locale}`;
  if (pinnedViews.has(key)) return pinnedViews.get(key);
  const comparisons = seriesComparisons(dataset);
  const named = parseRangeSlug(pageSlug, comparisons.map((c) => c.slug));
  const comparison = comparisons.find((c) => c.slug === named?.slug);
  let view: SeriesView | undefined;
  if (named && comparison) {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const shown = comparisonIn(comparison, locale) as SeriesComparison;
    const lines = shown.lines.map((line) => shapeLine(line, claimsAsOf(claimsOfLine(line, dataset), sources, asof), locale));
    if (lines.some((l) => l.points.length > 0) && availableRanges(comparison, lines).includes(named.range)) {
      const latest = shapeSeriesChart(comparison, dataset, named.range, lines, locale);
      const words = chartWords(locale);
      const chart: SeriesChart = { ...latest, title: words.t("chart.titlePinned", { title: latest.title, date: words.date(asof) }), asOf: asof, ranges: [] };
      const reduced = reducedChart(chart).chart;
      view = seriesViewOf(chart, dataset, (size, variant) => drawSeries(variant === "full" ? chart : reduced, size, `${pageSlug}-${size}${variant === "embed" ? "-e" : ""}`));
    }
  }
  pinnedViews.set(key, view);
  if (pinnedViews.size > 200) pinnedViews.delete(pinnedViews.keys().next().value as string);
  return view;
}

/** The chart of one page slug, without the drawings: for the build that draws them, and for the view. */
export function seriesChartFor(pageSlug: string, dataset: Dataset, locale: Locale = "en"): SeriesChart | undefined {
  const comparisons = seriesComparisons(dataset);
  const named = parseRangeSlug(pageSlug, comparisons.map((c) => c.slug));
  const comparison = comparisons.find((c) => c.slug === named?.slug);
  if (!named || !comparison) return undefined;
  if (!availableRanges(comparison, shaped(comparison, dataset)).includes(named.range)) return undefined;
  return shapeSeriesChart(comparison, dataset, named.range, shaped(comparison, dataset, locale), locale);
}

const viewCache = new WeakMap<Dataset, Map<string, SeriesView | undefined>>();

/** The view of a series page, or undefined when the slug names no series page. */
export function seriesView(pageSlug: string, dataset: Dataset, locale: Locale = "en"): SeriesView | undefined {
  const cache = viewCache.get(dataset) ?? new Map<string, SeriesView | undefined>();
  viewCache.set(dataset, cache);
  const key = `${pageSlug}:${locale}`;
  if (cache.has(key)) return cache.get(key);
  const chart = seriesChartFor(pageSlug, dataset, locale);
  const view = chart ? seriesViewOf(chart, dataset, (size, variant) => seriesSvg(pageSlug, size, variant, locale)) : undefined;
  cache.set(key, view);
  return view;
}

/**
 * The drawings of each size, each made when first read and kept: a custom chart's page uses the full
 * ones and its embed the reduced ones, and drawing on demand the ones nobody reads would be waste.
 */
function drawings(draw: (size: ChartSize) => string): Record<ChartSize, string> {
  const out = {} as Record<ChartSize, string>;
  for (const size of SIZES) {
    let svg: string | undefined;
    Object.defineProperty(out, size, { enumerable: true, get: () => (svg ??= draw(size)) });
  }
  return out;
}

const namesCache = new WeakMap<Dataset, Map<Locale, CellNames>>();

/**
 * How the focus marker names a table's records ("Oryx, listing" of a day, "Ukraine's General
 * Staff, daily tally"), the publishers, and each claim's page in the claims table.
 */
function cellNames(dataset: Dataset, locale: Locale): CellNames {
  const byLocale = namesCache.get(dataset) ?? new Map<Locale, CellNames>();
  namesCache.set(dataset, byLocale);
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const { t } = chartWords(locale);
  const claimants = new Map(dataset.claimants.map((c) => claimantIn(c, locale)).map((c) => [c.id, c.shortName ?? c.name]));
  const tables = new Map(
    dataset.sources.flatMap((s) => {
      if (s.kind !== "table") return [];
      const name = claimants.get(s.claimantId) ?? s.publisher;
      return [[s.id, s.dates === "as-listed" ? t("chart.tableListing", { name }) : t("chart.tableDaily", { name })] as const];
    }),
  );
  let pages: Map<string, number> | undefined;
  const names: CellNames = {
    tables,
    publishers: new Map(dataset.sources.map((s) => [s.id, s.publisher])),
    pageOf: (id) => {
      pages ??= new Map(inTimeOrder(claimRows(dataset)).map((r, i) => [r.id, Math.floor(i / PAGE_SIZE) + 1]));
      return pages.get(id);
    },
  };
  byLocale.set(locale, names);
  return names;
}

/** The view of a shaped chart, with its drawings from `draw`: the build's files for a preset, drawn on demand for a custom chart. */
export function seriesViewOf(chart: SeriesChart, dataset: Dataset, draw: (size: ChartSize, variant: "full" | "embed") => string): SeriesView {
  let explorer: SeriesView["explorer"] | undefined;
  let table: SeriesView["table"] | undefined;
  let reduced: { note: string | undefined } | undefined;
  return {
    kind: "series",
    chart,
    svgs: drawings((size) => draw(size, "full")),
    embedSvgs: drawings((size) => draw(size, "embed")),
    get reducedNote() {
      return (reduced ??= { note: reducedChart(chart).note }).note;
    },
    marks: seriesMarks(chart),
    marksShort: seriesMarksShort(chart),
    // Made when first read: a custom chart's embed, drawn on demand, needs neither the page's points nor its table.
    get explorer() {
      return (explorer ??= compactLines(chart.lines, cellNames(dataset, chart.locale), chart.locale));
    },
    get table() {
      return (table ??= tableRows(chart.lines, cellNames(dataset, chart.locale), chart.locale));
    },
  };
}

/** The charts that lead the home page, in order: armour, then soldiers killed and ground held beside it. */
export const HOME_LEAD = ["armour-claims", "russian-soldiers-killed", "ground-held"] as const;

/** Home page order: the lead charts, then the other series comparisons in file order, then the rest. */
export function homeRank(comparison: Comparison): number {
  if (comparison.kind !== "series") return 100;
  const lead = (HOME_LEAD as readonly string[]).indexOf(comparison.slug);
  return lead >= 0 ? lead : HOME_LEAD.length;
}
